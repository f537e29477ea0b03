using Hoshi.Core.Catalogs;
using Hoshi.Data.Audit;
using Hoshi.Data.Entities;
using Hoshi.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Data.Commands;

public sealed record NewRemediation(string CriterionId, string Title, string Owner, DateOnly DueDate);

public sealed class RemediationCommands(HoshiDbContext db, CatalogLibrary catalogs, TimeProvider clock)
{
    public async Task<RemediationAction> CreateAsync(Guid organizationId, Guid assessmentId, NewRemediation request, Actor actor, CancellationToken cancellationToken = default)
    {
        var assessment = await db.RequireAssessmentAsync(organizationId, assessmentId, cancellationToken);
        catalogs.CatalogOf(assessment).RequireCriterion(request.CriterionId);

        var now = clock.GetUtcNow().UtcDateTime;
        var action = new RemediationAction
        {
            Id = Guid.CreateVersion7(),
            OrganizationId = organizationId,
            AssessmentId = assessmentId,
            CriterionId = request.CriterionId,
            Title = Fields.RequiredText(request.Title, "title", 500),
            Owner = Fields.RequiredText(request.Owner, "owner", 200),
            DueDate = request.DueDate,
            Status = RemediationStatus.Open,
            CreatedAt = now,
            CreatedBy = actor.Name,
            UpdatedAt = now,
            Version = 1,
        };
        db.RemediationActions.Add(action);
        db.Record(organizationId, actor.Name, now, AuditEventType.RemediationCreated, nameof(RemediationAction), action.Id, null, AuditTrail.Snapshot(action));
        await db.SaveChangesAsync(cancellationToken);
        return action;
    }

    public async Task<RemediationAction> SetStatusAsync(Guid organizationId, Guid actionId, RemediationStatus status, int expectedVersion, Actor actor, CancellationToken cancellationToken = default)
    {
        var action = await db.RemediationActions.SingleOrDefaultAsync(r => r.OrganizationId == organizationId && r.Id == actionId, cancellationToken)
            ?? throw new NotFoundException("remediation action", actionId);
        if (action.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException("the remediation action", expectedVersion, action);
        }

        var before = AuditTrail.Snapshot(action);
        action.Status = status;
        action.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        action.Version++;
        db.Record(organizationId, actor.Name, action.UpdatedAt, AuditEventType.RemediationUpdated, nameof(RemediationAction), action.Id, before, AuditTrail.Snapshot(action));
        await db.SaveChangesAsync(cancellationToken);
        return action;
    }
}
