using Hoshi.Core.Catalogs;
using Hoshi.Core.Evaluation;
using Hoshi.Data;
using Hoshi.Data.Entities;
using Hoshi.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Web.Features.Assessments;

/// <summary>
/// Everything the dashboard and the workspace show of one assessment, read in a few queries: the pinned
/// catalog, answers, evidence per criterion, actions, and the evaluation.
/// </summary>
public sealed class AssessmentSnapshot
{
    private AssessmentSnapshot(Assessment assessment, Catalog catalog, Dictionary<string, Answer> answers,
        Dictionary<string, List<EvidenceFile>> evidence, Dictionary<string, int> evidenceCounts, List<RemediationAction> actions, Evaluation evaluation)
    {
        Assessment = assessment;
        Catalog = catalog;
        Answers = answers;
        Evidence = evidence;
        this.evidenceCounts = evidenceCounts;
        Actions = actions;
        Evaluation = evaluation;
    }

    private readonly Dictionary<string, int> evidenceCounts;

    public Assessment Assessment { get; }
    public Catalog Catalog { get; }
    public IReadOnlyDictionary<string, Answer> Answers { get; }
    public IReadOnlyDictionary<string, List<EvidenceFile>> Evidence { get; }
    public IReadOnlyList<RemediationAction> Actions { get; }
    public Evaluation Evaluation { get; }

    public AnswerStatus StatusOf(string criterionId) => Answers.TryGetValue(criterionId, out var a) ? a.Status : AnswerStatus.Unanswered;

    public int EvidenceCount(string criterionId) => evidenceCounts.GetValueOrDefault(criterionId);

    /// <param name="overview">
    /// For the workspace list: evidence only as counts per criterion and no actions, which halves the rows read.
    /// <see cref="Evidence"/> and <see cref="Actions"/> are then empty.
    /// </param>
    public static async Task<AssessmentSnapshot> LoadAsync(HoshiDbContext db, CatalogLibrary catalogs, Guid organizationId, Guid assessmentId, bool overview = false)
    {
        var assessment = await db.RequireAssessmentAsync(organizationId, assessmentId);
        var catalog = catalogs.CatalogOf(assessment);
        var answers = await db.Answers.AsNoTracking()
            .Where(a => a.OrganizationId == organizationId && a.AssessmentId == assessmentId)
            .ToDictionaryAsync(a => a.CriterionId, StringComparer.Ordinal);
        Dictionary<string, List<EvidenceFile>> evidence;
        Dictionary<string, int> counts;
        List<RemediationAction> actions;
        if (overview)
        {
            evidence = [];
            counts = await db.EvidenceLinks.AsNoTracking()
                .Where(l => l.OrganizationId == organizationId && l.AssessmentId == assessmentId)
                .GroupBy(l => l.CriterionId)
                .Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, StringComparer.Ordinal);
            actions = [];
        }
        else
        {
            var links = await (
                from l in db.EvidenceLinks.AsNoTracking()
                join f in db.EvidenceFiles.AsNoTracking() on l.EvidenceFileId equals f.Id
                where l.OrganizationId == organizationId && l.AssessmentId == assessmentId && f.OrganizationId == organizationId
                select new { l.CriterionId, File = f }).ToListAsync();
            evidence = links.GroupBy(l => l.CriterionId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(x => x.File).ToList(), StringComparer.Ordinal);
            counts = evidence.ToDictionary(e => e.Key, e => e.Value.Count, StringComparer.Ordinal);
            actions = await db.RemediationActions.AsNoTracking()
                .Where(r => r.OrganizationId == organizationId && r.AssessmentId == assessmentId)
                .OrderBy(r => r.DueDate)
                .ToListAsync();
        }

        var evaluation = LevelEvaluator.Evaluate(catalog, assessment.TargetLevel,
            answers.Values.Select(a => new CriterionAnswer(a.CriterionId, a.Status, a.Justification, counts.ContainsKey(a.CriterionId))));
        return new AssessmentSnapshot(assessment, catalog, answers, evidence, counts, actions, evaluation);
    }
}
