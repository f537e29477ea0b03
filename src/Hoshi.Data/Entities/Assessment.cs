namespace Hoshi.Data.Entities;

/// <summary>A self-assessment, pinned to the catalog id and version it was made against.</summary>
public sealed class Assessment : IOrganizationOwned
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid? ScopeId { get; set; }
    public required string Title { get; set; }
    public required string CatalogId { get; set; }
    public required string CatalogVersion { get; set; }
    public int TargetLevel { get; set; }
    public AssessmentStatus Status { get; set; }
    public DateOnly? PeriodStart { get; set; }
    public DateOnly? PeriodEnd { get; set; }
    public string? Owner { get; set; }

    /// <summary>The assessment of the previous period this one was started from, if any.</summary>
    public Guid? PreviousAssessmentId { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public int Version { get; set; }
}
