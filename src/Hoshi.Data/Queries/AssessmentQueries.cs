using Hoshi.Core.Assessments;
using Hoshi.Core.Catalogs;
using Hoshi.Core.Evaluation;
using Hoshi.Data.Commands;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Data.Queries;

public static class AssessmentQueries
{
    /// <summary>
    /// Evaluates a stored assessment against its target level, with the catalog version it is pinned to; with
    /// <paramref name="atLeastLevel"/>, against the higher of the two (a buyer asking ★4 of a ★3 assessment).
    /// </summary>
    public static async Task<Evaluation> EvaluateAsync(
        this HoshiDbContext db, CatalogLibrary catalogs, Guid organizationId, Guid assessmentId, int atLeastLevel = 0,
        CancellationToken cancellationToken = default)
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
            Math.Max(assessment.TargetLevel, atLeastLevel),
            answers.Select(a => new CriterionAnswer(a.CriterionId, a.Status, a.Justification, evidenced.Contains(a.CriterionId))));
    }

    /// <summary>
    /// A stored assessment as the one record attestations and OSCAL results are built from: organization, scope,
    /// answers and the evidence files linked to each criterion. <see cref="AssessmentRecord.AssessedAt"/> is the
    /// latest change of an answer or link (the creation time when there is none).
    /// </summary>
    public static async Task<AssessmentRecord> LoadRecordAsync(
        this HoshiDbContext db, CatalogLibrary catalogs, Guid organizationId, Guid assessmentId, CancellationToken cancellationToken = default)
    {
        var assessment = await db.RequireAssessmentAsync(organizationId, assessmentId, cancellationToken);
        var organization = await db.RequireOrganizationAsync(organizationId, cancellationToken);
        var scopeName = assessment.ScopeId is { } scopeId
            ? await db.Scopes.Where(s => s.OrganizationId == organizationId && s.Id == scopeId).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken)
            : null;

        var answers = await db.Answers
            .Where(a => a.OrganizationId == organizationId && a.AssessmentId == assessmentId)
            .Select(a => new { a.CriterionId, a.Status, a.Justification, a.UpdatedAt })
            .ToListAsync(cancellationToken);
        var links = await db.EvidenceLinks
            .Where(l => l.OrganizationId == organizationId && l.AssessmentId == assessmentId)
            .Join(db.EvidenceFiles.Where(f => f.OrganizationId == organizationId), l => l.EvidenceFileId, f => f.Id,
                (l, f) => new { l.CriterionId, f.FileName, f.Sha256, l.LinkedAt })
            .ToListAsync(cancellationToken);

        var answerOf = answers.ToDictionary(a => a.CriterionId, StringComparer.Ordinal);
        var evidenceOf = links.ToLookup(l => l.CriterionId, l => new EvidenceRecord(l.FileName, l.Sha256), StringComparer.Ordinal);
        var criteria = answerOf.Keys.Union(evidenceOf.Select(g => g.Key), StringComparer.Ordinal)
            .Select(id => new CriterionRecord(
                id,
                answerOf.GetValueOrDefault(id)?.Status ?? AnswerStatus.Unanswered,
                answerOf.GetValueOrDefault(id)?.Justification,
                [.. evidenceOf[id]]))
            .ToList();
        var changed = answers.Select(a => a.UpdatedAt).Concat(links.Select(l => l.LinkedAt)).Append(assessment.CreatedAt).Max();

        return new AssessmentRecord
        {
            Organization = new OrganizationRecord(organization.Name, organization.CorporateNumber),
            ScopeName = scopeName,
            AssessmentId = assessment.Id,
            Title = assessment.Title,
            Catalog = catalogs.CatalogOf(assessment),
            TargetLevel = assessment.TargetLevel,
            PeriodStart = assessment.PeriodStart,
            PeriodEnd = assessment.PeriodEnd,
            AssessedAt = new DateTimeOffset(DateTime.SpecifyKind(changed, DateTimeKind.Utc)),
            Criteria = criteria,
        };
    }
}
