using System.Security.Claims;
using Hoshi.Data;
using Hoshi.Data.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Web.Features.Home;

/// <summary>The start page: straight to the organization when there is one, otherwise a choice.</summary>
public sealed class IndexModel(HoshiDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<(Organization Organization, MemberRole Role)> Organizations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var userId = Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
        var now = clock.GetUtcNow().UtcDateTime;
        var memberships = await db.Memberships.Where(m => m.UserId == userId).ToListAsync();
        var active = memberships.Where(m => m.IsActiveAt(now)).ToList();
        var ids = active.Select(m => m.OrganizationId).Distinct().ToList();
        var organizations = await db.Organizations.Where(o => ids.Contains(o.Id)).OrderBy(o => o.Name).ToListAsync();
        Organizations = organizations.Select(o => (o, active.First(m => m.OrganizationId == o.Id).Role)).ToList();
        return Organizations.Count == 1 ? Redirect($"/o/{Organizations[0].Organization.Id}") : Page();
    }
}
