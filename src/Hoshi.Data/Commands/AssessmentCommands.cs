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

        if (!catalog.IsComplete(request.TargetLevel))
        {
            throw new ValidationException("target-level", $"catalog {catalog.Key} does not carry its ★{string.Join(", ★", catalog.IncompleteLevels)} criteria yet; import IPA's workbook first (hoshi catalog import-ipa FILE.xlsx --version {catalog.Version})");
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

    /// <summary>
    /// Starts the next period's assessment from a previous one: its answers and evidence links are carried over
    /// and marked to review, so nothing is taken as still true without a look. Criteria that the new catalog
    /// version no longer has are left behind.
    /// </summary>
    public async Task<Assessment> StartNextPeriodAsync(Guid organizationId, Guid previousId, NewAssessment request, Actor actor, CancellationToken cancellationToken = default)
    {
        var previous = await db.RequireAssessmentAsync(organizationId, previousId, cancellationToken);
        // The next period stays on the previous one's catalog unless another is asked for; moving to a new
        // version is its own step, with the answers mapped criterion by criterion.
        request = request with { Catalog = request.Catalog ?? $"{previous.CatalogId}@{previous.CatalogVersion}" };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var next = await CreateAsync(organizationId, request, actor, cancellationToken);
        next.PreviousAssessmentId = previous.Id;
        var catalog = catalogs.Find(next.CatalogId, next.CatalogVersion)!;
        var now = clock.GetUtcNow().UtcDateTime;
        var answers = await db.Answers.AsNoTracking()
            .Where(a => a.OrganizationId == organizationId && a.AssessmentId == previous.Id)
            .ToListAsync(cancellationToken);
        var carried = 0;
        foreach (var answer in answers.Where(a => catalog.FindCriterion(a.CriterionId) is { } c && c.Level <= next.TargetLevel))
        {
            db.Answers.Add(new Answer
            {
                Id = Guid.CreateVersion7(),
                OrganizationId = organizationId,
                AssessmentId = next.Id,
                CriterionId = answer.CriterionId,
                Status = answer.Status,
                Justification = answer.Justification,
                Note = answer.Note,
                Owner = answer.Owner,
                NeedsReview = true,
                UpdatedAt = now,
                UpdatedBy = actor.Name,
                Version = 1,
            });
            carried++;
        }

        var links = await db.EvidenceLinks.AsNoTracking()
            .Where(l => l.OrganizationId == organizationId && l.AssessmentId == previous.Id)
            .ToListAsync(cancellationToken);
        foreach (var link in links.Where(l => catalog.FindCriterion(l.CriterionId) is { } c && c.Level <= next.TargetLevel))
        {
            db.EvidenceLinks.Add(new EvidenceLink
            {
                Id = Guid.CreateVersion7(),
                OrganizationId = organizationId,
                EvidenceFileId = link.EvidenceFileId,
                AssessmentId = next.Id,
                CriterionId = link.CriterionId,
                LinkedAt = now,
                LinkedBy = actor.Name,
            });
        }

        db.Record(organizationId, actor.Name, now, AuditEventType.AssessmentCarriedOver, nameof(Assessment), next.Id, null,
            AuditTrail.Snapshot(new { from = previous.Id, answers = carried, evidenceLinks = links.Count }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return next;
    }

    /// <summary>Archives an assessment: it can still be read and compared, but nothing of it changes any more.</summary>
    public Task<Assessment> ArchiveAsync(Guid organizationId, Guid assessmentId, Actor actor, CancellationToken cancellationToken = default) =>
        SetArchivedAsync(organizationId, assessmentId, archived: true, actor, cancellationToken);

    /// <summary>Takes an assessment out of the archive, so its answers, evidence and actions can change again.</summary>
    public Task<Assessment> RestoreAsync(Guid organizationId, Guid assessmentId, Actor actor, CancellationToken cancellationToken = default) =>
        SetArchivedAsync(organizationId, assessmentId, archived: false, actor, cancellationToken);

    private async Task<Assessment> SetArchivedAsync(Guid organizationId, Guid assessmentId, bool archived, Actor actor, CancellationToken cancellationToken)
    {
        var assessment = await db.RequireAssessmentAsync(organizationId, assessmentId, cancellationToken);
        if ((assessment.Status == AssessmentStatus.Archived) == archived)
        {
            return assessment;
        }

        var before = AuditTrail.Snapshot(assessment);
        assessment.Status = archived ? AssessmentStatus.Archived : AssessmentStatus.InProgress;
        assessment.Version++;
        db.Record(organizationId, actor.Name, clock.GetUtcNow().UtcDateTime, archived ? AuditEventType.AssessmentArchived : AuditEventType.AssessmentRestored,
            nameof(Assessment), assessment.Id, before, AuditTrail.Snapshot(assessment));
        await db.SaveChangesAsync(cancellationToken);
        return assessment;
    }
}
