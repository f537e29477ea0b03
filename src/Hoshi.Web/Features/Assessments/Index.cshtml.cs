using Hoshi.Core.Catalogs;
using Hoshi.Data;
using Hoshi.Data.Commands;
using Hoshi.Data.Entities;
using Hoshi.Data.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Web.Features.Assessments;

public sealed class IndexModel(HoshiDbContext db, TimeProvider clock, AssessmentCommands commands) : OrgPageModel(db, clock)
{
    public IReadOnlyList<Assessment> Assessments { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var query = Db.Assessments.Where(a => a.OrganizationId == Org.Organization.Id);
        if (!Org.Membership.SeesAllAssessments())
        {
            query = query.Where(a => a.Id == Org.Membership.AssessmentId);
        }

        Assessments = await query.OrderBy(a => a.Status).ThenByDescending(a => a.CreatedAt).ToListAsync();
    }

    public async Task<IActionResult> OnPostArchiveAsync(Guid id)
    {
        await commands.ArchiveAsync(Org.Organization.Id, id, Actor);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRestoreAsync(Guid id)
    {
        await commands.RestoreAsync(Org.Organization.Id, id, Actor);
        return RedirectToPage();
    }
}
