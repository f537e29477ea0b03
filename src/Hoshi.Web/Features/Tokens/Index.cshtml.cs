using System.Security.Claims;
using Hoshi.Data;
using Hoshi.Data.Commands;
using Hoshi.Data.Entities;
using Hoshi.Data.Security;
using Hoshi.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Web.Features.Tokens;

/// <summary>A member's own API tokens for this organization: create (secret shown once), list, revoke.</summary>
public sealed class IndexModel(HoshiDbContext db, TimeProvider clock, ApiTokenCommands tokens) : OrgPageModel(db, clock)
{
    // Creating a token for oneself is open to every member; the token can do no more than its owner's role.
    protected override Access RequiredAccess => Access.Read;

    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];
    public string? Secret { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync(string? name, int days = 90)
    {
        try
        {
            (_, Secret) = await tokens.CreateAsync(Org.Organization.Id, UserId, name ?? "", days, Actor);
        }
        catch (ValidationException e)
        {
            ModelState.AddModelError("", e.Field == "name" ? Ui.T("トークンの名前（用途）を入力してください。", "Name the token (what it is for).") : Ui.T("有効期間は1〜366日です。", "A token is valid for 1 to 366 days."));
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id)
    {
        await tokens.RevokeAsync(Org.Organization.Id, id, UserId, Actor);
        return RedirectToPage();
    }

    private Guid UserId => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);

    private async Task LoadAsync()
    {
        var userId = UserId;
        Tokens = await Db.ApiTokens.AsNoTracking().Where(t => t.OrganizationId == Org.Organization.Id && t.UserId == userId)
            .OrderByDescending(t => t.CreatedAt).ToListAsync();
    }
}
