using Hoshi.Core.Catalogs;
using Hoshi.Data;
using Microsoft.AspNetCore.Mvc;

namespace Hoshi.Web.Features.Assessments;

/// <summary>The workspace: categories → requirements → criteria, with filters for what still needs work.</summary>
public sealed class WorkspaceModel(HoshiDbContext db, TimeProvider clock, CatalogLibrary catalogs) : OrgPageModel(db, clock)
{
    [FromRoute(Name = "assessment")]
    public Guid AssessmentId { get; set; }

    /// <summary>all, unanswered, gaps, noevidence or review.</summary>
    [BindProperty(SupportsGet = true)]
    public string Filter { get; set; } = WorkspaceFilter.All;

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Level { get; set; }

    public AssessmentSnapshot Snapshot { get; private set; } = null!;
    public WorkspaceFilter Current { get; private set; } = null!;
    public IReadOnlyList<Requirement> Requirements { get; private set; } = [];
    public int Shown { get; private set; }

    public async Task OnGetAsync()
    {
        Snapshot = await AssessmentSnapshot.LoadAsync(Db, catalogs, Org.Organization.Id, AssessmentId, overview: true);
        Current = WorkspaceFilter.Of(Filter, Category, Level);
        Requirements = Current.Requirements(Snapshot.Catalog, Snapshot.Assessment.TargetLevel).Where(r => r.Criteria.Any(Matches)).ToList();
        Shown = Requirements.Sum(r => r.Criteria.Count(Matches));
    }

    public bool Matches(Criterion criterion) => Current.Matches(criterion, Snapshot);
}
