using Hoshi.Core.Suppliers;
using Hoshi.Data.Audit;
using Hoshi.Data.Configurations;
using Hoshi.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Data.Commands;

/// <param name="HandlesConfidentialInformation">Question (1) of the decision tree.</param>
/// <param name="StopWouldDisruptBuyer">Question (2).</param>
/// <param name="CanReachBuyerSystems">Question (3).</param>
/// <param name="DecidedLevel">The ★ the buyer settles on; may differ from the proposal, with reasons.</param>
public sealed record LevelDecisionInput(
    bool HandlesConfidentialInformation, bool StopWouldDisruptBuyer, bool CanReachBuyerSystems,
    string? OtherFactors, int DecidedLevel, string? Reasons);

/// <summary>The buyer's supplier register: add, change, import thousands, and decide the ★ each must show.</summary>
public sealed class SupplierCommands(HoshiDbContext db, TimeProvider clock)
{
    public async Task<Supplier> CreateAsync(Guid organizationId, SupplierInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        var supplier = NewSupplier(organizationId, actor);
        input.ApplyTo(supplier);
        await RefuseDuplicateCorporateNumberAsync(organizationId, supplier, cancellationToken);
        db.Suppliers.Add(supplier);
        db.Record(organizationId, actor.Name, supplier.CreatedAt, AuditEventType.SupplierCreated, nameof(Supplier), supplier.Id, null, AuditTrail.Snapshot(supplier));
        await db.SaveChangesAsync(cancellationToken);
        return supplier;
    }

    public async Task<Supplier> UpdateAsync(Guid organizationId, Guid supplierId, SupplierInput input, int expectedVersion, Actor actor, CancellationToken cancellationToken = default)
    {
        var supplier = await RequireAsync(organizationId, supplierId, cancellationToken);
        if (supplier.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException("the supplier", expectedVersion, supplier);
        }

        var before = AuditTrail.Snapshot(supplier);
        input.ApplyTo(supplier);
        await RefuseDuplicateCorporateNumberAsync(organizationId, supplier, cancellationToken);
        Touch(supplier);
        db.Record(organizationId, actor.Name, supplier.UpdatedAt, AuditEventType.SupplierUpdated, nameof(Supplier), supplier.Id, before, AuditTrail.Snapshot(supplier));
        await db.SaveChangesAsync(cancellationToken);
        return supplier;
    }

    /// <summary>
    /// Adds and updates suppliers from a file, all or nothing: every row is checked first and every problem is
    /// reported with its row and field; only a file without problems is written, in one transaction.
    /// </summary>
    public async Task<SupplierImportResult> ImportAsync(Guid organizationId, IReadOnlyList<SupplierImportRow> rows, string fileName, Actor actor, CancellationToken cancellationToken = default)
    {
        var existing = await db.Suppliers.Where(s => s.OrganizationId == organizationId).ToDictionaryAsync(s => s.Id, cancellationToken);
        var numberOwners = existing.Values.Where(s => s.CorporateNumber is not null).ToDictionary(s => s.CorporateNumber!, s => s.Id, StringComparer.Ordinal);
        var errors = new List<SupplierImportError>();
        var seenIds = new HashSet<Guid>();
        var seenNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var changes = new List<(Supplier Supplier, bool IsNew, string? Before)>();

        foreach (var row in rows)
        {
            errors.AddRange(row.CellErrors ?? []);
            Supplier? target = null;
            if (row.Id is { } id)
            {
                if (!existing.TryGetValue(id, out var found))
                {
                    errors.Add(new SupplierImportError(row.Line, SupplierColumns.Id.Key, $"no supplier {id} in this register; leave the ID empty to add a new supplier"));
                    continue;
                }

                if (!seenIds.Add(id))
                {
                    errors.Add(new SupplierImportError(row.Line, SupplierColumns.Id.Key, $"supplier {id} appears twice in the file"));
                    continue;
                }

                target = found;
            }

            // The row's values, checked, on a new supplier: kept as is for a new row, compared for an existing one.
            var candidate = NewSupplier(organizationId, actor);
            var problems = row.Input.TryApplyTo(candidate);
            if (problems.Count > 0)
            {
                errors.AddRange(problems.Select(p => new SupplierImportError(row.Line, p.Field, p.Reason)));
                continue;
            }

            if (candidate.CorporateNumber is { } number)
            {
                if (seenNumbers.TryGetValue(number, out var firstLine))
                {
                    errors.Add(new SupplierImportError(row.Line, SupplierColumns.CorporateNumber.Key, $"{number} is also on line {firstLine} of the file"));
                    continue;
                }

                seenNumbers[number] = row.Line;
                if (numberOwners.TryGetValue(number, out var owner) && owner != target?.Id)
                {
                    errors.Add(new SupplierImportError(row.Line, SupplierColumns.CorporateNumber.Key, $"{number} already belongs to another supplier in the register ({existing[owner].Name})"));
                    continue;
                }
            }

            if (target is null)
            {
                changes.Add((candidate, true, null));
            }
            else if (!SameValues(target, candidate))
            {
                var before = AuditTrail.Snapshot(target);
                row.Input.ApplyTo(target);
                changes.Add((target, false, before));
            }
        }

        if (errors.Count > 0)
        {
            throw new SupplierImportException(errors.OrderBy(e => e.Line).ToList());
        }

        // Two passes over the register: a number moving from one supplier to another within the file is refused
        // above, so the unique index can never fail halfway.
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (supplier, isNew, before) in changes)
        {
            if (isNew)
            {
                db.Suppliers.Add(supplier);
            }
            else
            {
                Touch(supplier);
                db.Record(organizationId, actor.Name, now, AuditEventType.SupplierUpdated, nameof(Supplier), supplier.Id, before, AuditTrail.Snapshot(supplier));
            }
        }

        var added = changes.Count(c => c.IsNew);
        var result = new SupplierImportResult(added, changes.Count - added, rows.Count - changes.Count);
        db.Record(organizationId, actor.Name, now, AuditEventType.SuppliersImported, nameof(Organization), organizationId, null,
            AuditTrail.Snapshot(new { file = fileName, rows = rows.Count, result.Added, result.Updated, result.Unchanged }));
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    /// <summary>Records the decision tree's answers, the ★ decided and why; the supplier now requires that ★.</summary>
    public async Task<LevelDecision> DecideLevelAsync(Guid organizationId, Guid supplierId, LevelDecisionInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        var supplier = await RequireAsync(organizationId, supplierId, cancellationToken);
        if (input.DecidedLevel is not (3 or 4))
        {
            throw new ValidationException("decided_level", "must be ★3 or ★4");
        }

        var proposed = DecisionTree.Propose(input.HandlesConfidentialInformation, input.StopWouldDisruptBuyer, input.CanReachBuyerSystems);
        var reasons = Fields.RequiredText(input.Reasons, "reasons", 4000);
        if (input.DecidedLevel < proposed)
        {
            // The tree says ★4 whenever one question is yes; deciding lower would contradict the recorded answers.
            throw new ValidationException("decided_level", "the decision tree requires ★4 because at least one question is answered yes");
        }

        var before = AuditTrail.Snapshot(new { supplier.RequiredLevel });
        var decision = new LevelDecision
        {
            Id = Guid.CreateVersion7(),
            OrganizationId = organizationId,
            SupplierId = supplierId,
            HandlesConfidentialInformation = input.HandlesConfidentialInformation,
            StopWouldDisruptBuyer = input.StopWouldDisruptBuyer,
            CanReachBuyerSystems = input.CanReachBuyerSystems,
            OtherFactors = Fields.OptionalText(input.OtherFactors, "other_factors", 4000),
            ProposedLevel = proposed,
            DecidedLevel = input.DecidedLevel,
            Reasons = reasons,
            DecidedAt = clock.GetUtcNow().UtcDateTime,
            DecidedBy = actor.Name,
        };
        db.LevelDecisions.Add(decision);
        supplier.RequiredLevel = decision.DecidedLevel;
        Touch(supplier);
        db.Record(organizationId, actor.Name, decision.DecidedAt, AuditEventType.SupplierLevelDecided, nameof(Supplier), supplier.Id, before, AuditTrail.Snapshot(decision));
        await db.SaveChangesAsync(cancellationToken);
        return decision;
    }

    /// <summary>Adds a further contact; the name is required, e-mail and phone are checked like the primary contact's.</summary>
    public async Task<SupplierContact> AddContactAsync(Guid organizationId, Guid supplierId, string? name, string? role, string? email, string? phone, Actor actor, CancellationToken cancellationToken = default)
    {
        await RequireAsync(organizationId, supplierId, cancellationToken);
        var contact = new SupplierContact
        {
            Id = Guid.CreateVersion7(),
            OrganizationId = organizationId,
            SupplierId = supplierId,
            Name = Fields.RequiredText(name, "contact_name", SupplierLimits.Person),
            Role = Fields.OptionalText(role, "contact_role", SupplierLimits.Person),
            Email = SupplierInput.Email(email, "contact_email"),
            Phone = SupplierInput.Phone(phone, "contact_phone"),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = actor.Name,
        };
        db.SupplierContacts.Add(contact);
        db.Record(organizationId, actor.Name, contact.CreatedAt, AuditEventType.SupplierContactAdded, nameof(SupplierContact), contact.Id, null, AuditTrail.Snapshot(contact));
        await db.SaveChangesAsync(cancellationToken);
        return contact;
    }

    public async Task RemoveContactAsync(Guid organizationId, Guid contactId, Actor actor, CancellationToken cancellationToken = default)
    {
        var contact = await db.SupplierContacts.SingleOrDefaultAsync(c => c.OrganizationId == organizationId && c.Id == contactId, cancellationToken)
            ?? throw new NotFoundException("contact", contactId);
        db.SupplierContacts.Remove(contact);
        db.Record(organizationId, actor.Name, clock.GetUtcNow().UtcDateTime, AuditEventType.SupplierContactRemoved, nameof(SupplierContact), contact.Id, AuditTrail.Snapshot(contact), null);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<Supplier> RequireAsync(Guid organizationId, Guid supplierId, CancellationToken cancellationToken = default) =>
        await db.Suppliers.SingleOrDefaultAsync(s => s.OrganizationId == organizationId && s.Id == supplierId, cancellationToken)
            ?? throw new NotFoundException("supplier", supplierId);

    private Supplier NewSupplier(Guid organizationId, Actor actor)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new Supplier
        {
            Id = Guid.CreateVersion7(),
            OrganizationId = organizationId,
            Name = "",
            Status = SupplierStatus.NotRequested,
            CreatedAt = now,
            CreatedBy = actor.Name,
            UpdatedAt = now,
            Version = 1,
        };
    }

    private void Touch(Supplier supplier) => supplier.Touch(clock.GetUtcNow().UtcDateTime);

    private async Task RefuseDuplicateCorporateNumberAsync(Guid organizationId, Supplier supplier, CancellationToken cancellationToken)
    {
        if (supplier.CorporateNumber is { } number
            && await db.Suppliers.AnyAsync(s => s.OrganizationId == organizationId && s.CorporateNumber == number && s.Id != supplier.Id, cancellationToken))
        {
            throw new ValidationException("corporate_number", $"{number} already belongs to another supplier in the register");
        }
    }

    private static bool SameValues(Supplier a, Supplier b) =>
        a.Name == b.Name && a.CorporateNumber == b.CorporateNumber && a.Relationship == b.Relationship
        && a.InformationExchanged == b.InformationExchanged && a.ExchangeMethod == b.ExchangeMethod
        && a.ConnectedSystems == b.ConnectedSystems && a.Tags == b.Tags && a.Owner == b.Owner
        && a.ContactName == b.ContactName && a.ContactEmail == b.ContactEmail && a.ContactPhone == b.ContactPhone
        && a.Important == b.Important;
}
