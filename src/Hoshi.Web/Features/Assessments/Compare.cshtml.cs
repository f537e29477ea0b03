using Hoshi.Core.Catalogs;
using Hoshi.Core.Evaluation;
using Hoshi.Data;
using Microsoft.AspNetCore.Mvc;

namespace Hoshi.Web.Features.Assessments;

/// <summary>Two assessments side by side: the level then and now, the counts, and every criterion whose answer changed.</summary>
public sealed class CompareModel(HoshiDbContext db, TimeProvider clock, CatalogLibrary catalogs) : OrgPageModel(db, clock)
{
    [FromRoute(Name = "assessment")]
    public Guid AssessmentId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid With { get; set; }

    public AssessmentSnapshot Now { get; private set; } = null!;
    public AssessmentSnapshot Then { get; private set; } = null!;
    public IReadOnlyList<(Criterion Criterion, AnswerStatus Before, AnswerStatus After)> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!Org.Can(Hoshi.Data.Security.Access.Read, With))
        {
            return NotFound();
        }

        Now = await AssessmentSnapshot.LoadAsync(Db, catalogs, Org.Organization.Id, AssessmentId);
        Then = await AssessmentSnapshot.LoadAsync(Db, catalogs, Org.Organization.Id, With);
        Changes = Now.Catalog.CriteriaUpTo(Math.Max(Now.Assessment.TargetLevel, Then.Assessment.TargetLevel))
            .Select(c => (c, Then.StatusOf(c.Id), Now.StatusOf(c.Id)))
            .Where(x => x.Item2 != x.Item3)
            .ToList();
        return Page();
    }
}
