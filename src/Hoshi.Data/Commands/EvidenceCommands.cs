using Hoshi.Core.Catalogs;
using Hoshi.Data.Audit;
using Hoshi.Data.Entities;
using Hoshi.Data.Evidence;
using Hoshi.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Data.Commands;

/// <summary>The file name is the client's, for display and to tell the type; it is never used as a path.</summary>
public sealed record NewEvidence(string FileName, string? Description = null, DateOnly? ExpiresOn = null);

public sealed class EvidenceCommands(HoshiDbContext db, EvidenceStore store, CatalogLibrary catalogs, TimeProvider clock)
{
    /// <summary>Stores the bytes by SHA-256 and records who added what. The same content added twice keeps one file.</summary>
    public async Task<EvidenceFile> AddAsync(Guid organizationId, Stream content, NewEvidence request, Actor actor, CancellationToken cancellationToken = default)
    {
        await db.RequireOrganizationAsync(organizationId, cancellationToken);
        var fileName = Fields.RequiredText(Path.GetFileName(request.FileName?.Replace('\\', '/') ?? ""), "file-name", 255);
        var contentType = EvidenceTypes.ContentTypeOf(fileName);
        var (sha256, size) = await store.SaveAsync(content, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var evidence = new EvidenceFile
        {
            Id = Guid.CreateVersion7(),
            OrganizationId = organizationId,
            Sha256 = sha256,
            Size = size,
            ContentType = contentType,
            FileName = fileName,
            Description = Fields.OptionalText(request.Description, "description", 4000),
            ExpiresOn = request.ExpiresOn,
            UploadedAt = now,
            UploadedBy = actor.Name,
        };
        db.EvidenceFiles.Add(evidence);
        db.Record(organizationId, actor.Name, now, AuditEventType.EvidenceAdded, nameof(EvidenceFile), evidence.Id, null, AuditTrail.Snapshot(evidence));
        await db.SaveChangesAsync(cancellationToken);
        return evidence;
    }

    /// <summary>Links evidence to a criterion of an assessment; linking twice is harmless.</summary>
    public async Task<EvidenceLink> LinkAsync(Guid organizationId, Guid evidenceId, Guid assessmentId, string criterionId, Actor actor, CancellationToken cancellationToken = default)
    {
        var evidence = await db.RequireEvidenceAsync(organizationId, evidenceId, cancellationToken);
        var assessment = await db.RequireAssessmentAsync(organizationId, assessmentId, cancellationToken);
        catalogs.CatalogOf(assessment).RequireCriterion(criterionId);

        var existing = await db.EvidenceLinks.SingleOrDefaultAsync(
            l => l.OrganizationId == organizationId && l.AssessmentId == assessmentId && l.CriterionId == criterionId && l.EvidenceFileId == evidence.Id, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var link = new EvidenceLink
        {
            Id = Guid.CreateVersion7(),
            OrganizationId = organizationId,
            EvidenceFileId = evidence.Id,
            AssessmentId = assessment.Id,
            CriterionId = criterionId,
            LinkedAt = now,
            LinkedBy = actor.Name,
        };
        db.EvidenceLinks.Add(link);
        db.Record(organizationId, actor.Name, now, AuditEventType.EvidenceLinked, nameof(EvidenceLink), link.Id, null, AuditTrail.Snapshot(link));
        await db.SaveChangesAsync(cancellationToken);
        return link;
    }
}
