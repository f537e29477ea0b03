using Hoshi.Core.Catalogs;
using Hoshi.Core.Evaluation;

namespace Hoshi.Core.Assessments;

/// <summary>
/// Everything known of one assessment at one moment, independent of how it is stored: the organization, the
/// scope, the catalog version it is pinned to, and the answer and evidence of each criterion. Attestations and
/// OSCAL assessment results are both built from it, so a host maps its rows once.
/// </summary>
public sealed record AssessmentRecord
{
    public required OrganizationRecord Organization { get; init; }

    /// <summary>The name of the scope (適用範囲) the assessment covers, when it has one.</summary>
    public string? ScopeName { get; init; }

    public required Guid AssessmentId { get; init; }
    public required string Title { get; init; }
    public required Catalog Catalog { get; init; }
    public required int TargetLevel { get; init; }
    public DateOnly? PeriodStart { get; init; }
    public DateOnly? PeriodEnd { get; init; }

    /// <summary>When the answers were last changed: the moment this record describes.</summary>
    public required DateTimeOffset AssessedAt { get; init; }

    /// <summary>
    /// The criteria that have an answer or evidence, at most one entry each; any criterion not listed is
    /// unanswered and has no evidence.
    /// </summary>
    public required IReadOnlyList<CriterionRecord> Criteria { get; init; }

    /// <summary>The evaluation against the target level (every level's criteria are considered for the level reached).</summary>
    public Evaluation.Evaluation Evaluate() =>
        LevelEvaluator.Evaluate(Catalog, TargetLevel, Criteria.Select(c => new CriterionAnswer(c.CriterionId, c.Status, c.Justification, c.Evidence.Count > 0)));

    /// <summary>
    /// The ★ this record shows, capped at the target: only the target's criteria are reported, so a level above
    /// it could not be checked by a reader.
    /// </summary>
    public static int? ReachedLevel(Evaluation.Evaluation evaluation) =>
        evaluation.AchievedLevel is { } level ? Math.Min(level, evaluation.TargetLevel) : null;

    /// <summary>Every criterion of the target level and below, in catalog order, with its answer (unanswered when none).</summary>
    public IReadOnlyList<ScopedCriterion> InScope()
    {
        var byId = Criteria.ToDictionary(c => c.CriterionId, StringComparer.Ordinal);
        return Catalog.CriteriaUpTo(TargetLevel)
            .Select(c => new ScopedCriterion(c, byId.GetValueOrDefault(c.Id) ?? new CriterionRecord(c.Id, AnswerStatus.Unanswered, null, [])))
            .ToList();
    }
}

/// <summary>The organization an assessment belongs to; <see cref="CorporateNumber"/> is the 13-digit 法人番号 when known.</summary>
public sealed record OrganizationRecord(string Name, string? CorporateNumber = null);

/// <summary>The answer to one criterion and the evidence files linked to it.</summary>
public sealed record CriterionRecord(string CriterionId, AnswerStatus Status, string? Justification, IReadOnlyList<EvidenceRecord> Evidence)
{
    public bool Satisfies => new CriterionAnswer(CriterionId, Status, Justification).Satisfies;
}

/// <summary>An evidence file as the client named it, and the SHA-256 of its bytes (lowercase hex).</summary>
public sealed record EvidenceRecord(string FileName, string Sha256);

/// <summary>A criterion of the catalog together with what the record says of it.</summary>
public sealed record ScopedCriterion(Criterion Criterion, CriterionRecord Record);
