namespace Hoshi.Data.Entities;

/// <summary>
/// A requirement an accepted answer left unmet, one row per supplier and requirement, so the portfolio can
/// count the requirements suppliers miss most often with one grouped query.
/// </summary>
public sealed class SupplierGap : IOrganizationOwned
{
    public Guid OrganizationId { get; set; }
    public Guid SupplierId { get; set; }
    public required string RequirementId { get; set; }
}
