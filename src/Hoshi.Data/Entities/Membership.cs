namespace Hoshi.Data.Entities;

/// <summary>A user's role in one organization. For an assessor, limited to one assessment and a period.</summary>
public sealed class Membership : IOrganizationOwned
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid UserId { get; set; }
    public MemberRole Role { get; set; }

    /// <summary>The one assessment an assessor may see; null for the other roles.</summary>
    public Guid? AssessmentId { get; set; }

    /// <summary>When the membership stops granting access (UTC); required for assessors.</summary>
    public DateTime? ExpiresAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }

    public bool IsActiveAt(DateTime utcNow) => ExpiresAt is null || utcNow < ExpiresAt;
}
