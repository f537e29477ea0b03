using Hoshi.Data.Audit;

namespace Hoshi.Data.Entities;

/// <summary>One change, as it happened: who, when, what, and the record before and after (JSON). Append-only.</summary>
public sealed class AuditEvent : IOrganizationOwned
{
    public long Id { get; set; }
    public Guid OrganizationId { get; set; }
    public DateTime At { get; set; }
    public required string Actor { get; set; }
    public AuditEventType Type { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
}
