using System.Text.Json;
using Hoshi.Core.Export;
using Hoshi.Data.Entities;

namespace Hoshi.Data.Audit;

/// <summary>
/// Adds audit events to the same unit of work as the change they describe, so a change and its audit row are
/// saved together or not at all.
/// </summary>
public static class AuditTrail
{
    public static string Snapshot<T>(T entity) => JsonSerializer.Serialize(entity, Json.Compact);

    public static void Record(
        this HoshiDbContext db, Guid organizationId, string actor, DateTime at, AuditEventType type,
        string entityType, object entityId, string? before, string? after) =>
        db.AuditEvents.Add(new AuditEvent
        {
            OrganizationId = organizationId,
            At = at,
            Actor = actor,
            Type = type,
            EntityType = entityType,
            EntityId = entityId.ToString()!,
            Before = before,
            After = after,
        });
}
