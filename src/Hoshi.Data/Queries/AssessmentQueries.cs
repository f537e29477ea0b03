using Hoshi.Core.Catalogs;
using Hoshi.Core.Evaluation;
using Hoshi.Data.Commands;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Data.Queries;

public static class AssessmentQueries
{
    /// <summary>Evaluates a stored assessment against its target level, with the catalog version it is pinned to.</summary>
    public static async Task<Evaluation> EvaluateAsync(
        this HoshiDbContext db, CatalogLibrary catalogs, Guid organizationId, Guid assessmentId, CancellationToken cancellationToken = default)
    {
        var assessment = await db.RequireAssessmentAsync(organizationId, assessmentId, cancellationToken);
        var catalog = catalogs.CatalogOf(assessment);

        var withEvidence = await db.EvidenceLinks
            .Where(l => l.OrganizationId == organizationId && l.AssessmentId == assessmentId)
            .Select(l => l.CriterionId)
            .Distinct()
            .ToListAsync(cancellationToken);
        var evidenced = withEvidence.ToHashSet(StringComparer.Ordinal);

        var answers = await db.Answers
            .Where(a => a.OrganizationId == organizationId && a.AssessmentId == assessmentId)
            .Select(a => new { a.CriterionId, a.Status, a.Justification })
            .ToListAsync(cancellationToken);

        return LevelEvaluator.Evaluate(
            catalog,
            assessment.TargetLevel,
            answers.Select(a => new CriterionAnswer(a.CriterionId, a.Status, a.Justification, evidenced.Contains(a.CriterionId))));
    }
}
