using Hoshi.Core.Catalogs;
using Hoshi.Core.Evaluation;
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
    public string Filter { get; set; } = "all";

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Level { get; set; }

    public AssessmentSnapshot Snapshot { get; private set; } = null!;
    public IReadOnlyList<Requirement> Requirements { get; private set; } = [];
    public int Shown { get; private set; }

    public async Task OnGetAsync()
    {
        Snapshot = await AssessmentSnapshot.LoadAsync(Db, catalogs, Org.Organization.Id, AssessmentId);
        Requirements = Snapshot.Catalog.Requirements
            .Where(r => r.Level <= Snapshot.Assessment.TargetLevel)
            .Where(r => Category is null || r.Category.Id == Category)
            .Where(r => Level is null || r.Level == Level)
            .Where(r => r.Criteria.Any(Matches))
            .ToList();
        Shown = Requirements.Sum(r => r.Criteria.Count(Matches));
    }

    public bool Matches(Criterion criterion)
    {
        var gaps = Snapshot.Evaluation.Gaps;
        return Filter switch
        {
            "unanswered" => Snapshot.StatusOf(criterion.Id) == AnswerStatus.Unanswered,
            "gaps" => gaps.Any(g => g.CriterionId == criterion.Id),
            "noevidence" => Snapshot.Evaluation.MetWithoutEvidence.Contains(criterion.Id),
            "review" => Snapshot.Answers.TryGetValue(criterion.Id, out var answer) && answer.NeedsReview,
            _ => true,
        };
    }
}
