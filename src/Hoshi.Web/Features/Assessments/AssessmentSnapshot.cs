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
        Dictionary<string, List<EvidenceFile>> evidence, List<RemediationAction> actions, Evaluation evaluation)
    {
        Assessment = assessment;
        Catalog = catalog;
        Answers = answers;
        Evidence = evidence;
        Actions = actions;
        Evaluation = evaluation;
    }

    public Assessment Assessment { get; }
    public Catalog Catalog { get; }
    public IReadOnlyDictionary<string, Answer> Answers { get; }
    public IReadOnlyDictionary<string, List<EvidenceFile>> Evidence { get; }
    public IReadOnlyList<RemediationAction> Actions { get; }
    public Evaluation Evaluation { get; }

    public AnswerStatus StatusOf(string criterionId) => Answers.TryGetValue(criterionId, out var a) ? a.Status : AnswerStatus.Unanswered;

    public int EvidenceCount(string criterionId) => Evidence.TryGetValue(criterionId, out var files) ? files.Count : 0;

    public static async Task<AssessmentSnapshot> LoadAsync(HoshiDbContext db, CatalogLibrary catalogs, Guid organizationId, Guid assessmentId)
    {
        var assessment = await db.RequireAssessmentAsync(organizationId, assessmentId);
        var catalog = catalogs.CatalogOf(assessment);
        var answers = await db.Answers.AsNoTracking()
            .Where(a => a.OrganizationId == organizationId && a.AssessmentId == assessmentId)
            .ToDictionaryAsync(a => a.CriterionId, StringComparer.Ordinal);
        var links = await (
            from l in db.EvidenceLinks.AsNoTracking()
            join f in db.EvidenceFiles.AsNoTracking() on l.EvidenceFileId equals f.Id
            where l.OrganizationId == organizationId && l.AssessmentId == assessmentId && f.OrganizationId == organizationId
            select new { l.CriterionId, File = f }).ToListAsync();
        var evidence = links.GroupBy(l => l.CriterionId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.File).ToList(), StringComparer.Ordinal);
        var actions = await db.RemediationActions.AsNoTracking()
            .Where(r => r.OrganizationId == organizationId && r.AssessmentId == assessmentId)
            .OrderBy(r => r.DueDate)
            .ToListAsync();
        var evaluation = LevelEvaluator.Evaluate(catalog, assessment.TargetLevel,
            answers.Values.Select(a => new CriterionAnswer(a.CriterionId, a.Status, a.Justification, evidence.ContainsKey(a.CriterionId))));
        return new AssessmentSnapshot(assessment, catalog, answers, evidence, actions, evaluation);
    }
}
