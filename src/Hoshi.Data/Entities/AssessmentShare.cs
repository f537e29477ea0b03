namespace Hoshi.Data.Entities;

/// <summary>
/// A supplier's consent that one buyer may see one of its assessments. Owned by the supplier's organization,
/// which may revoke it at any time; from then on the buyer sees nothing of the assessment.
/// </summary>
public sealed class AssessmentShare : IOrganizationOwned
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid AssessmentId { get; set; }
    public Guid BuyerOrganizationId { get; set; }
    public Guid? RequestId { get; set; }
    public DateTime GrantedAt { get; set; }
    public required string GrantedBy { get; set; }
    public DateTime? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }

    public bool IsActive => RevokedAt is null;
}
