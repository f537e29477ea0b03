using Hoshi.Core.Catalogs;
using Hoshi.Data.Audit;
using Hoshi.Data.Entities;
using Hoshi.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Data.Commands;

public sealed record NewAssessment(
    string Title, int TargetLevel, string? Catalog = null, Guid? ScopeId = null,
    DateOnly? PeriodStart = null, DateOnly? PeriodEnd = null, string? Owner = null);

public sealed class AssessmentCommands(HoshiDbContext db, CatalogLibrary catalogs, TimeProvider clock)
{
    public async Task<Assessment> CreateAsync(Guid organizationId, NewAssessment request, Actor actor, CancellationToken cancellationToken = default)
    {
        await db.RequireOrganizationAsync(organizationId, cancellationToken);
        var catalog = catalogs.Resolve(request.Catalog)
            ?? throw new ValidationException("catalog", $"no catalog \"{request.Catalog}\"; known: {string.Join(", ", catalogs.Catalogs.Select(c => c.Key))}");
        if (!catalog.Levels.Contains(request.TargetLevel))
        {
            throw new ValidationException("target-level", $"catalog {catalog.Key} has levels {string.Join(", ", catalog.Levels.Select(l => "★" + l))}; ★{request.TargetLevel} is not one of them");
        }

        if (request.ScopeId is { } scopeId && !await db.Scopes.AnyAsync(s => s.OrganizationId == organizationId && s.Id == scopeId, cancellationToken))
        {
            throw new NotFoundException("scope", scopeId);
        }

        if (request.PeriodStart is { } start && request.PeriodEnd is { } end && end < start)
        {
            throw new ValidationException("period-end", $"{end:yyyy-MM-dd} is before the start of the period ({start:yyyy-MM-dd})");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var assessment = new Assessment
        {
            Id = Guid.CreateVersion7(),
            OrganizationId = organizationId,
            ScopeId = request.ScopeId,
            Title = Fields.RequiredText(request.Title, "title", 200),
            CatalogId = catalog.Id,
            CatalogVersion = catalog.Version,
            TargetLevel = request.TargetLevel,
            Status = AssessmentStatus.InProgress,
            PeriodStart = request.PeriodStart,
            PeriodEnd = request.PeriodEnd,
            Owner = Fields.OptionalText(request.Owner, "owner", 200),
            CreatedAt = now,
            CreatedBy = actor.Name,
        };
        db.Assessments.Add(assessment);
        db.Record(organizationId, actor.Name, now, AuditEventType.AssessmentCreated, nameof(Assessment), assessment.Id, null, AuditTrail.Snapshot(assessment));
        await db.SaveChangesAsync(cancellationToken);
        return assessment;
    }

    public async Task<Assessment> ArchiveAsync(Guid organizationId, Guid assessmentId, Actor actor, CancellationToken cancellationToken = default)
    {
        var assessment = await db.RequireAssessmentAsync(organizationId, assessmentId, cancellationToken);
        if (assessment.Status == AssessmentStatus.Archived)
        {
            return assessment;
        }

        var before = AuditTrail.Snapshot(assessment);
        assessment.Status = AssessmentStatus.Archived;
        assessment.Version++;
        db.Record(organizationId, actor.Name, clock.GetUtcNow().UtcDateTime, AuditEventType.AssessmentArchived, nameof(Assessment), assessment.Id, before, AuditTrail.Snapshot(assessment));
        await db.SaveChangesAsync(cancellationToken);
        return assessment;
    }
}
