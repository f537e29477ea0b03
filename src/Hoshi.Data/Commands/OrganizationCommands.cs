using Hoshi.Data.Audit;
using Hoshi.Data.Entities;
using Hoshi.Data.Queries;

namespace Hoshi.Data.Commands;

public sealed class OrganizationCommands(HoshiDbContext db, TimeProvider clock)
{
    public async Task<Organization> CreateAsync(string name, string? corporateNumber, Actor actor, CancellationToken cancellationToken = default)
    {
        var organization = new Organization
        {
            Id = Guid.CreateVersion7(),
            Name = Fields.RequiredText(name, "name", 200),
            CorporateNumber = Fields.CorporateNumber(corporateNumber, "corporate-number"),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Organizations.Add(organization);
        db.Record(organization.Id, actor.Name, organization.CreatedAt, AuditEventType.OrganizationCreated, nameof(Organization), organization.Id, null, AuditTrail.Snapshot(organization));
        await db.SaveChangesAsync(cancellationToken);
        return organization;
    }

    /// <summary>Checks a 法人番号 (13 digits and its check digit) without writing anything.</summary>
    public static void ValidateCorporateNumber(string? corporateNumber) => Fields.CorporateNumber(corporateNumber, "corporate-number");

    public async Task<Scope> CreateScopeAsync(Guid organizationId, string name, string? description, Actor actor, CancellationToken cancellationToken = default)
    {
        await db.RequireOrganizationAsync(organizationId, cancellationToken);
        var scope = new Scope
        {
            Id = Guid.CreateVersion7(),
            OrganizationId = organizationId,
            Name = Fields.RequiredText(name, "name", 200),
            Description = Fields.OptionalText(description, "description", 4000),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        if (db.Scopes.Any(s => s.OrganizationId == organizationId && s.Name == scope.Name))
        {
            throw new ValidationException("name", $"a scope named \"{scope.Name}\" already exists");
        }

        db.Scopes.Add(scope);
        db.Record(organizationId, actor.Name, scope.CreatedAt, AuditEventType.ScopeCreated, nameof(Scope), scope.Id, null, AuditTrail.Snapshot(scope));
        await db.SaveChangesAsync(cancellationToken);
        return scope;
    }
}
