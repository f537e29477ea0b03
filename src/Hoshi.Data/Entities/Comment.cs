namespace Hoshi.Data.Entities;

/// <summary>A remark on one criterion of an assessment, typically by the outside expert who reviews it.</summary>
public sealed class Comment : IOrganizationOwned
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid AssessmentId { get; set; }
    public required string CriterionId { get; set; }
    public Guid AuthorUserId { get; set; }
    public required string AuthorName { get; set; }
    public required string Text { get; set; }
    public DateTime CreatedAt { get; set; }
}
