namespace Hoshi.Data.Entities;

/// <summary>適用範囲: the sites, departments or systems an assessment covers.</summary>
public sealed class Scope : IOrganizationOwned
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public DateTime CreatedAt { get; set; }
}
