using Hoshi.Core.Catalogs;
using Hoshi.Data;
using Hoshi.Data.Entities;
using Hoshi.Data.Security;
using Hoshi.Web.Features.Assessments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Web.Features.Dashboard;

public sealed class IndexModel(HoshiDbContext db, TimeProvider clock, CatalogLibrary catalogs, Suppliers.Portfolio portfolio) : OrgPageModel(db, clock)
{
    [BindProperty(SupportsGet = true, Name = "assessment")]
    public Guid? Selected { get; set; }

    public IReadOnlyList<Assessment> Assessments { get; private set; } = [];
    public AssessmentSnapshot? Snapshot { get; private set; }
    public DateOnly Today { get; private set; }
    public IReadOnlyList<RemediationAction> Overdue { get; private set; } = [];
    public IReadOnlyList<(EvidenceFile File, int Days)> Expiring { get; private set; } = [];

    /// <summary>The buyer's supplier reminders (in-app), when the organization keeps a supplier register.</summary>
    public Suppliers.PortfolioSummary? SupplierReminders { get; private set; }

    protected override Guid? AssessmentInRoute => Selected;

    public async Task<IActionResult> OnGetAsync()
    {
        Today = DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);
        if (Org.Membership.SeesAllAssessments() && await Db.Suppliers.AnyAsync(x => x.OrganizationId == Org.Organization.Id))
        {
            SupplierReminders = await portfolio.SummarizeAsync(Org.Organization.Id, Today);
        }

        var query = Db.Assessments.Where(a => a.OrganizationId == Org.Organization.Id && a.Status != AssessmentStatus.Archived);
        if (!Org.Membership.SeesAllAssessments())
        {
            query = query.Where(a => a.Id == Org.Membership.AssessmentId);
        }

        Assessments = await query.OrderByDescending(a => a.CreatedAt).ToListAsync();
        var current = Assessments.FirstOrDefault(a => a.Id == Selected) ?? (Assessments.Count > 0 ? Assessments[0] : null);
        if (current is null)
        {
            return Page();
        }

        Snapshot = await AssessmentSnapshot.LoadAsync(Db, catalogs, Org.Organization.Id, current.Id);
        Overdue = Snapshot.Actions.Where(a => a.IsOverdueOn(Today)).ToList();
        Expiring = Snapshot.Evidence.Values.SelectMany(f => f).DistinctBy(f => f.Id)
            .Where(f => f.ExpiresOn is { } e && e <= Today.AddDays(60))
            .Select(f => (f, f.ExpiresOn!.Value.DayNumber - Today.DayNumber))
            .OrderBy(x => x.Item2)
            .ToList();
        return Page();
    }
}
