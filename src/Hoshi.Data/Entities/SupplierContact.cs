namespace Hoshi.Data.Entities;

/// <summary>
/// A further contact at a supplier (the primary one is on <see cref="Supplier"/> and receives request links):
/// for example the person for incidents (requirement 15) or for contract end (requirement 16).
/// </summary>
public sealed class SupplierContact : IOrganizationOwned
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid SupplierId { get; set; }
    public required string Name { get; set; }

    /// <summary>Department or role, e.g. 情報システム部 or インシデント連絡窓口.</summary>
    public string? Role { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
}
