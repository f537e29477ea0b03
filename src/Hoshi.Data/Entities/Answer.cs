using Hoshi.Core.Evaluation;

namespace Hoshi.Data.Entities;

/// <summary>
/// The answer to one criterion of one assessment. <see cref="Version"/> is the optimistic-concurrency token:
/// a save names the version it started from, and a colleague's newer save is never silently overwritten.
/// </summary>
public sealed class Answer : IOrganizationOwned
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid AssessmentId { get; set; }
    public required string CriterionId { get; set; }
    public AnswerStatus Status { get; set; }
    public string? Justification { get; set; }
    public string? Note { get; set; }
    public string? Owner { get; set; }

    /// <summary>Carried over from a previous period and not yet confirmed.</summary>
    public bool NeedsReview { get; set; }
    public DateTime UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
    public int Version { get; set; }
}
