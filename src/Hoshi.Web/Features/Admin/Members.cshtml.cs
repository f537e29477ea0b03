using System.Security.Claims;
using Hoshi.Data;
using Hoshi.Data.Commands;
using Hoshi.Data.Entities;
using Hoshi.Data.Security;
using Hoshi.Web.Localization;
using Hoshi.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Web.Features.Admin;

/// <summary>
/// Members and roles, for administrators: add a person (a new account gets a one-time password shown once),
/// give an outside assessor one assessment for a limited time, remove members, reset a password.
/// </summary>
public sealed class MembersModel(HoshiDbContext db, TimeProvider clock, UserManager<HoshiUser> users, MembershipCommands memberships)
    : OrgPageModel(db, clock)
{
    protected override Access RequiredAccess => Access.Administer;

    [BindProperty]
    public MemberForm Form { get; set; } = new();

    public IReadOnlyList<(Membership Membership, HoshiUser User)> Members { get; private set; } = [];
    public IReadOnlyList<Assessment> Assessments { get; private set; } = [];

    /// <summary>Shown once after an account was created or a password reset; never stored in clear.</summary>
    public (string Email, string Password)? IssuedPassword { get; private set; }
    public string? Message { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAddAsync()
    {
        if (string.IsNullOrWhiteSpace(Form.Email) || !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(Form.Email))
        {
            ModelState.AddModelError("Form.Email", Ui.T("メールアドレスを正しく入力してください。", "Enter a valid e-mail address."));
            await LoadAsync();
            return Page();
        }

        await using var transaction = await Db.Database.BeginTransactionAsync();
        var user = await users.FindByEmailAsync(Form.Email);
        string? password = null;
        if (user is null)
        {
            password = PasswordGenerator.Create();
            user = new HoshiUser
            {
                Id = Guid.CreateVersion7(),
                UserName = Form.Email,
                Email = Form.Email,
                DisplayName = string.IsNullOrWhiteSpace(Form.DisplayName) ? Form.Email : Form.DisplayName.Trim(),
                CreatedAt = Clock.GetUtcNow().UtcDateTime,
                MustChangePassword = true,
            };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                foreach (var error in created.Errors)
                {
                    ModelState.AddModelError("Form.Email", error.Description);
                }

                await LoadAsync();
                return Page();
            }
        }

        try
        {
            var expires = Form.Role == MemberRole.Assessor && Form.ExpiresOn is { } day
                ? day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-9) // end of that day in Japan
                : (DateTime?)null;
            await memberships.AddAsync(Org.Organization.Id,
                new NewMembership(user.Id, Form.Role, Form.Role == MemberRole.Assessor ? Form.AssessmentId : null, expires), Actor);
            await transaction.CommitAsync();
        }
        catch (Hoshi.Data.Commands.ValidationException e)
        {
            ModelState.AddModelError("", e.Field switch
            {
                "assessment" => Ui.T("評価者には、見てもらう自己評価を1つ選んでください。", "Choose the one assessment the assessor may see."),
                "expires" => Ui.T("評価者の利用期限（今日より後の日付）を入力してください。", "Enter the assessor's end date, after today."),
                "email" => Ui.T("この人は既にメンバーです。", "This person is already a member."),
                _ => ErrorText.Of(e),
            });
            await LoadAsync();
            return Page();
        }

        IssuedPassword = password is null ? null : (Form.Email, password);
        Message = Ui.T($"{Form.Email} を{RoleNames.Of(Form.Role)}として追加しました。", $"Added {Form.Email} as {RoleNames.Of(Form.Role)}.");
        Form = new MemberForm();
        ModelState.Clear();
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id)
    {
        try
        {
            await memberships.RemoveAsync(Org.Organization.Id, id, CurrentUserId, Actor);
            Message = Ui.T("メンバーを外しました。", "The member was removed.");
        }
        catch (Hoshi.Data.Commands.ValidationException e)
        {
            ModelState.AddModelError("", e.Reason.Contains("yourself", StringComparison.Ordinal)
                ? Ui.T("自分自身は外せません。", "You cannot remove yourself.")
                : Ui.T("管理者が1人もいなくなるため、外せません。", "The organization must keep at least one administrator."));
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostResetAsync(Guid userId)
    {
        // Only for people who belong to this organization alone: an administrator never takes over an account
        // that other organizations rely on.
        var isMember = await Db.Memberships.AnyAsync(m => m.OrganizationId == Org.Organization.Id && m.UserId == userId);
        var elsewhere = await Db.Memberships.AnyAsync(m => m.UserId == userId && m.OrganizationId != Org.Organization.Id);
        var user = isMember ? await users.FindByIdAsync(userId.ToString()) : null;
        if (user is null)
        {
            return NotFound();
        }

        if (elsewhere || user.Id == CurrentUserId)
        {
            ModelState.AddModelError("", Ui.T("他の組織にも所属している人や自分自身のパスワードは、ここでは再設定できません。", "You cannot reset the password of someone who also belongs to another organization, or your own, here."));
            await LoadAsync();
            return Page();
        }

        var password = PasswordGenerator.Create();
        await users.RemovePasswordAsync(user);
        await users.AddPasswordAsync(user, password);
        user.MustChangePassword = true;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        IssuedPassword = (user.Email ?? "", password);
        await LoadAsync();
        return Page();
    }

    private Guid CurrentUserId => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);

    private async Task LoadAsync()
    {
        var organizationId = Org.Organization.Id;
        var rows = await (
            from m in Db.Memberships
            join u in Db.Users on m.UserId equals u.Id
            where m.OrganizationId == organizationId
            orderby m.Role, u.Email
            select new { m, u }).ToListAsync();
        Members = rows.Select(r => (r.m, r.u)).ToList();
        Assessments = await Db.Assessments.Where(a => a.OrganizationId == organizationId && a.Status != AssessmentStatus.Archived)
            .OrderByDescending(a => a.CreatedAt).ToListAsync();
    }

    public sealed class MemberForm
    {
        public string Email { get; set; } = "";
        public string? DisplayName { get; set; }
        public MemberRole Role { get; set; } = MemberRole.Editor;
        public Guid? AssessmentId { get; set; }
        public DateOnly? ExpiresOn { get; set; }
    }
}
