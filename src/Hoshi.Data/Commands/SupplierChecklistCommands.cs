using Hoshi.Data.Audit;
using Hoshi.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Data.Commands;

/// <param name="EvidenceFileId">A stored evidence file of the same organization, or null to keep none.</param>
public sealed record ChecklistItemChange(bool Done, DateOnly? DoneOn, string? Note, Guid? EvidenceFileId, int ExpectedVersion);

/// <summary>
/// The per-supplier checklists: the incident roles agreement (requirement 15) and what to collect or destroy at
/// contract end (requirement 16). Items are the buyer's own lines, started from standard ones; each is audited.
/// </summary>
public sealed class SupplierChecklistCommands(HoshiDbContext db, TimeProvider clock)
{
    /// <summary>The lines a checklist starts with: requirement 15's examples, and requirement 16's usual subjects.</summary>
    public static IReadOnlyList<string> StandardItems(SupplierChecklist checklist) => checklist switch
    {
        SupplierChecklist.IncidentRoles =>
        [
            "セキュリティインシデント発生時の相手方への通知義務",
            "セキュリティインシデント発生時の連絡先",
            "再発防止策の協議方法",
        ],
        _ =>
        [
            "提供・共有した機密情報（データ・書類）の回収または破棄",
            "付与したアカウント・アクセス権の削除",
            "貸与した機器・媒体・入館証の回収",
            "破棄・削除の証明書（報告書）の受領",
        ],
    };

    public async Task<SupplierChecklistItem> AddAsync(Guid organizationId, Guid supplierId, SupplierChecklist checklist, string? title, Actor actor, CancellationToken cancellationToken = default)
    {
        await RequireSupplierAsync(organizationId, supplierId, cancellationToken);
        var item = await NewItemAsync(organizationId, supplierId, checklist, Fields.RequiredText(title, "title", 500), actor, cancellationToken);
        db.SupplierChecklistItems.Add(item);
        Audit(item, null, actor);
        await db.SaveChangesAsync(cancellationToken);
        return item;
    }

    /// <summary>Adds the standard lines that are not on the checklist yet.</summary>
    public async Task<int> AddStandardItemsAsync(Guid organizationId, Guid supplierId, SupplierChecklist checklist, Actor actor, CancellationToken cancellationToken = default)
    {
        await RequireSupplierAsync(organizationId, supplierId, cancellationToken);
        var present = await db.SupplierChecklistItems
            .Where(i => i.OrganizationId == organizationId && i.SupplierId == supplierId && i.Checklist == checklist)
            .Select(i => i.Title).ToListAsync(cancellationToken);
        var added = 0;
        foreach (var title in StandardItems(checklist).Except(present, StringComparer.Ordinal))
        {
            var item = await NewItemAsync(organizationId, supplierId, checklist, title, actor, cancellationToken, added);
            db.SupplierChecklistItems.Add(item);
            Audit(item, null, actor);
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    public async Task<SupplierChecklistItem> UpdateAsync(Guid organizationId, Guid itemId, ChecklistItemChange change, Actor actor, CancellationToken cancellationToken = default)
    {
        var item = await RequireItemAsync(organizationId, itemId, cancellationToken);
        if (item.Version != change.ExpectedVersion)
        {
            throw new ConcurrencyConflictException("the checklist item", change.ExpectedVersion, item);
        }

        if (change.EvidenceFileId is { } evidenceId
            && !await db.EvidenceFiles.AnyAsync(e => e.OrganizationId == organizationId && e.Id == evidenceId, cancellationToken))
        {
            throw new NotFoundException("evidence", evidenceId);
        }

        var before = AuditTrail.Snapshot(item);
        item.Done = change.Done;
        item.DoneOn = change.Done ? change.DoneOn ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime) : null;
        item.Note = Fields.OptionalText(change.Note, "note", 2000);
        item.EvidenceFileId = change.EvidenceFileId;
        item.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        item.UpdatedBy = actor.Name;
        item.Version++;
        Audit(item, before, actor);
        await db.SaveChangesAsync(cancellationToken);
        return item;
    }

    public async Task RemoveAsync(Guid organizationId, Guid itemId, Actor actor, CancellationToken cancellationToken = default)
    {
        var item = await RequireItemAsync(organizationId, itemId, cancellationToken);
        db.SupplierChecklistItems.Remove(item);
        db.Record(organizationId, actor.Name, clock.GetUtcNow().UtcDateTime, AuditEventType.SupplierChecklistUpdated, nameof(SupplierChecklistItem), item.Id, AuditTrail.Snapshot(item), null);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<SupplierChecklistItem> NewItemAsync(Guid organizationId, Guid supplierId, SupplierChecklist checklist, string title, Actor actor, CancellationToken cancellationToken, int offset = 0)
    {
        var last = await db.SupplierChecklistItems
            .Where(i => i.OrganizationId == organizationId && i.SupplierId == supplierId && i.Checklist == checklist)
            .MaxAsync(i => (int?)i.SortOrder, cancellationToken) ?? 0;
        return new SupplierChecklistItem
        {
            Id = Guid.CreateVersion7(),
            OrganizationId = organizationId,
            SupplierId = supplierId,
            Checklist = checklist,
            Title = title,
            SortOrder = last + 1 + offset,
            UpdatedAt = clock.GetUtcNow().UtcDateTime,
            UpdatedBy = actor.Name,
            Version = 1,
        };
    }

    private void Audit(SupplierChecklistItem item, string? before, Actor actor) =>
        db.Record(item.OrganizationId, actor.Name, item.UpdatedAt, AuditEventType.SupplierChecklistUpdated, nameof(SupplierChecklistItem), item.Id, before, AuditTrail.Snapshot(item));

    private async Task RequireSupplierAsync(Guid organizationId, Guid supplierId, CancellationToken cancellationToken)
    {
        if (!await db.Suppliers.AnyAsync(s => s.OrganizationId == organizationId && s.Id == supplierId, cancellationToken))
        {
            throw new NotFoundException("supplier", supplierId);
        }
    }

    private async Task<SupplierChecklistItem> RequireItemAsync(Guid organizationId, Guid itemId, CancellationToken cancellationToken) =>
        await db.SupplierChecklistItems.SingleOrDefaultAsync(i => i.OrganizationId == organizationId && i.Id == itemId, cancellationToken)
            ?? throw new NotFoundException("checklist item", itemId);
}
