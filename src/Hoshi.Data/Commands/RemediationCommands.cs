using Hoshi.Core.Catalogs;
using Hoshi.Data.Audit;
using Hoshi.Data.Entities;
using Hoshi.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Data.Commands;

public sealed record NewRemediation(string CriterionId, string Title, string Owner, DateOnly DueDate);

/// <summary>A change to a remediation action: what is null stays as it is.</summary>
public sealed record RemediationChange(string? Title = null, string? Owner = null, DateOnly? DueDate = null, RemediationStatus? Status = null);

public sealed class RemediationCommands(HoshiDbContext db, CatalogLibrary catalogs, TimeProvider clock)
{
    public async Task<RemediationAction> CreateAsync(Guid organizationId, Guid assessmentId, NewRemediation request, Actor actor, CancellationToken cancellationToken = default)
    {
        var assessment = await db.RequireOpenAssessmentAsync(organizationId, assessmentId, cancellationToken);
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

    public Task<RemediationAction> SetStatusAsync(Guid organizationId, Guid actionId, RemediationStatus status, int expectedVersion, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(organizationId, null, actionId, new RemediationChange(Status: status), expectedVersion, actor, cancellationToken);

    /// <summary>
    /// Changes an action of an assessment. <paramref name="expectedVersion"/> is the version the caller saw;
    /// null skips the check. A colleague's newer change is never overwritten.
    /// </summary>
    public Task<RemediationAction> UpdateAsync(
        Guid organizationId, Guid assessmentId, Guid actionId, RemediationChange change, int? expectedVersion, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(organizationId, assessmentId, actionId, change, expectedVersion, actor, cancellationToken);

    /// <summary>Deletes an action (one entered by mistake); the audit event keeps what it was.</summary>
    public async Task DeleteAsync(Guid organizationId, Guid assessmentId, Guid actionId, int? expectedVersion, Actor actor, CancellationToken cancellationToken = default)
    {
        var action = await RequireChangeableAsync(organizationId, assessmentId, actionId, expectedVersion, cancellationToken);
        db.RemediationActions.Remove(action);
        db.Record(organizationId, actor.Name, clock.GetUtcNow().UtcDateTime, AuditEventType.RemediationDeleted, nameof(RemediationAction), action.Id, AuditTrail.Snapshot(action), null);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<RemediationAction> ChangeAsync(
        Guid organizationId, Guid? assessmentId, Guid actionId, RemediationChange change, int? expectedVersion, Actor actor, CancellationToken cancellationToken)
    {
        var action = await RequireChangeableAsync(organizationId, assessmentId, actionId, expectedVersion, cancellationToken);
        var before = AuditTrail.Snapshot(action);
        if (change.Title is not null)
        {
            action.Title = Fields.RequiredText(change.Title, "title", 500);
        }

        if (change.Owner is not null)
        {
            action.Owner = Fields.RequiredText(change.Owner, "owner", 200);
        }

        if (change.DueDate is { } dueDate)
        {
            action.DueDate = dueDate;
        }

        if (change.Status is { } status)
        {
            action.Status = Enum.IsDefined(status) ? status : throw new ValidationException("status", "unknown status; expected open, in_progress, done or cancelled");
        }

        action.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        action.Version++;
        db.Record(organizationId, actor.Name, action.UpdatedAt, AuditEventType.RemediationUpdated, nameof(RemediationAction), action.Id, before, AuditTrail.Snapshot(action));
        await db.SaveChangesAsync(cancellationToken);
        return action;
    }

    /// <summary>The action, in the organization (and the assessment, when given), of an assessment that is not archived, at the version expected.</summary>
    private async Task<RemediationAction> RequireChangeableAsync(Guid organizationId, Guid? assessmentId, Guid actionId, int? expectedVersion, CancellationToken cancellationToken)
    {
        var action = await db.RemediationActions.SingleOrDefaultAsync(
                r => r.OrganizationId == organizationId && r.Id == actionId && (assessmentId == null || r.AssessmentId == assessmentId), cancellationToken)
            ?? throw new NotFoundException("remediation action", actionId);
        await db.RequireOpenAssessmentAsync(organizationId, action.AssessmentId, cancellationToken);
        if (expectedVersion is { } expected && expected != action.Version)
        {
            throw new ConcurrencyConflictException("the remediation action", expected, action);
        }

        return action;
    }
}
