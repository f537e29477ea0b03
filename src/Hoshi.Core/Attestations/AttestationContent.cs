using Hoshi.Core.Assessments;
using Hoshi.Core.Evaluation;

namespace Hoshi.Core.Attestations;

/// <summary>
/// What an attestation states: who, which scope, which assessment against which catalog version, the ★ reached,
/// and the answer and evidence files of every criterion of the target level and below. Signed by
/// <see cref="AttestationSigner"/>; the file format is described in docs/attestation.md.
/// </summary>
public sealed record AttestationContent(
    AttestationHeader Header,
    OrganizationRecord Organization,
    string? ScopeName,
    AttestedResult Result,
    IReadOnlyList<AttestedCriterion> Criteria)
{
    /// <summary>The content of an attestation of <paramref name="record"/>, issued at <paramref name="issuedAt"/> (times kept to the second, in UTC).</summary>
    public static AttestationContent From(AssessmentRecord record, DateTimeOffset issuedAt)
    {
        var evaluation = record.Evaluate();
        var header = new AttestationHeader(
            record.AssessmentId, record.Title, record.Catalog.Id, record.Catalog.Version, record.PeriodStart, record.PeriodEnd,
            ToSecond(record.AssessedAt), ToSecond(issuedAt));
        var criteria = record.InScope()
            .Select(x => new AttestedCriterion(
                x.Criterion.Id, x.Criterion.Level, x.Record.Status, x.Record.Justification,
                [.. x.Record.Evidence.OrderBy(e => e.FileName, StringComparer.Ordinal).ThenBy(e => e.Sha256, StringComparer.Ordinal)]))
            .ToList();
        return new AttestationContent(header, record.Organization, record.ScopeName, new AttestedResult(record.TargetLevel, AssessmentRecord.ReachedLevel(evaluation)), criteria);
    }

    private static DateTimeOffset ToSecond(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }
}

/// <summary>Which assessment, against which catalog version, when it was last answered and when it was attested.</summary>
public sealed record AttestationHeader(
    Guid AssessmentId,
    string AssessmentTitle,
    string CatalogId,
    string CatalogVersion,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    DateTimeOffset AssessedAt,
    DateTimeOffset IssuedAt)
{
    public string CatalogKey => $"{CatalogId}@{CatalogVersion}";
}

/// <summary>The target ★ and the ★ reached (null when none), as <see cref="LevelEvaluator"/> found it, capped at the target.</summary>
public sealed record AttestedResult(int TargetLevel, int? ReachedLevel)
{
    public bool Achieved => ReachedLevel == TargetLevel;
}

/// <summary>One criterion of the target level and below: its ★ level, the answer, and the evidence files linked to it.</summary>
public sealed record AttestedCriterion(string Id, int Level, AnswerStatus Status, string? Justification, IReadOnlyList<EvidenceRecord> Evidence)
{
    public bool Satisfies => new CriterionAnswer(Id, Status, Justification).Satisfies;
}
