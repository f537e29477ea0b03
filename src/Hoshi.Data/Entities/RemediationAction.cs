namespace Hoshi.Data.Entities;

/// <summary>
/// A planned fix for a gap. Planned is not done: an action and its date never change the answer's status.
/// </summary>
public sealed class RemediationAction : IOrganizationOwned
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid AssessmentId { get; set; }
    public required string CriterionId { get; set; }
    public required string Title { get; set; }
    public required string Owner { get; set; }
    public DateOnly DueDate { get; set; }
    public RemediationStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }

    public bool IsOpen => Status is RemediationStatus.Open or RemediationStatus.InProgress;

    public bool IsOverdueOn(DateOnly today) => IsOpen && DueDate < today;
}
