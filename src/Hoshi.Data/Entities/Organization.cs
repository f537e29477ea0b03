namespace Hoshi.Data.Entities;

public sealed class Organization : IOrganizationOwned
{
    public Guid Id { get; set; }
    public required string Name { get; set; }

    /// <summary>法人番号, 13 digits, when known.</summary>
    public string? CorporateNumber { get; set; }
    public DateTime CreatedAt { get; set; }

    Guid IOrganizationOwned.OrganizationId => Id;
}
