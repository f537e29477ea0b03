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
        var evidence = await StoreAsync(organizationId, content, request, actor, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return evidence;
    }

    /// <summary>
    /// Adds a file and links it to a criterion of an assessment, all or nothing. The assessment (not archived),
    /// the criterion, the name and the type are checked before a byte is stored.
    /// </summary>
    public async Task<EvidenceFile> AddToCriterionAsync(
        Guid organizationId, Guid assessmentId, string criterionId, Stream content, NewEvidence request, Actor actor, CancellationToken cancellationToken = default)
    {
        var assessment = await RequireLinkTargetAsync(organizationId, assessmentId, criterionId, cancellationToken);
        var evidence = await StoreAsync(organizationId, content, request, actor, cancellationToken);
        AddLink(evidence, assessment, criterionId, actor);
        await db.SaveChangesAsync(cancellationToken);
        return evidence;
    }

    /// <summary>Links evidence to a criterion of an assessment; linking twice is harmless.</summary>
    public async Task<EvidenceLink> LinkAsync(Guid organizationId, Guid evidenceId, Guid assessmentId, string criterionId, Actor actor, CancellationToken cancellationToken = default)
    {
        var evidence = await db.RequireEvidenceAsync(organizationId, evidenceId, cancellationToken);
        var assessment = await RequireLinkTargetAsync(organizationId, assessmentId, criterionId, cancellationToken);
        var existing = await FindLinkAsync(organizationId, evidence.Id, assessmentId, criterionId, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var link = AddLink(evidence, assessment, criterionId, actor);
        await db.SaveChangesAsync(cancellationToken);
        return link;
    }

    /// <summary>Takes a file off a criterion. The file itself stays, with any other links it has.</summary>
    public async Task UnlinkAsync(Guid organizationId, Guid evidenceId, Guid assessmentId, string criterionId, Actor actor, CancellationToken cancellationToken = default)
    {
        await db.RequireOpenAssessmentAsync(organizationId, assessmentId, cancellationToken);
        var link = await FindLinkAsync(organizationId, evidenceId, assessmentId, criterionId, cancellationToken)
            ?? throw new NotFoundException("evidence link", $"{evidenceId} {criterionId}");
        db.EvidenceLinks.Remove(link);
        db.Record(organizationId, actor.Name, clock.GetUtcNow().UtcDateTime, AuditEventType.EvidenceUnlinked, nameof(EvidenceLink), link.Id, AuditTrail.Snapshot(link), null);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Sets or clears the date after which the evidence no longer proves anything (a certificate, a contract).</summary>
    public async Task<EvidenceFile> SetExpiryAsync(Guid organizationId, Guid evidenceId, DateOnly? expiresOn, Actor actor, CancellationToken cancellationToken = default)
    {
        var evidence = await db.RequireEvidenceAsync(organizationId, evidenceId, cancellationToken);
        if (evidence.ExpiresOn == expiresOn)
        {
            return evidence;
        }

        var before = AuditTrail.Snapshot(evidence);
        evidence.ExpiresOn = expiresOn;
        db.Record(organizationId, actor.Name, clock.GetUtcNow().UtcDateTime, AuditEventType.EvidenceUpdated, nameof(EvidenceFile), evidence.Id, before, AuditTrail.Snapshot(evidence));
        await db.SaveChangesAsync(cancellationToken);
        return evidence;
    }

    /// <summary>Checks the request, stores the bytes and adds the file with its audit event (not yet saved).</summary>
    private async Task<EvidenceFile> StoreAsync(Guid organizationId, Stream content, NewEvidence request, Actor actor, CancellationToken cancellationToken)
    {
        var fileName = Fields.RequiredText(Path.GetFileName(request.FileName?.Replace('\\', '/') ?? ""), "file-name", 255);
        var contentType = EvidenceTypes.ContentTypeOf(fileName);
        var description = Fields.OptionalText(request.Description, "description", 4000);
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
            Description = description,
            ExpiresOn = request.ExpiresOn,
            UploadedAt = now,
            UploadedBy = actor.Name,
        };
        db.EvidenceFiles.Add(evidence);
        db.Record(organizationId, actor.Name, now, AuditEventType.EvidenceAdded, nameof(EvidenceFile), evidence.Id, null, AuditTrail.Snapshot(evidence));
        return evidence;
    }

    private async Task<Assessment> RequireLinkTargetAsync(Guid organizationId, Guid assessmentId, string criterionId, CancellationToken cancellationToken)
    {
        var assessment = await db.RequireOpenAssessmentAsync(organizationId, assessmentId, cancellationToken);
        catalogs.CatalogOf(assessment).RequireCriterion(criterionId);
        return assessment;
    }

    private Task<EvidenceLink?> FindLinkAsync(Guid organizationId, Guid evidenceId, Guid assessmentId, string criterionId, CancellationToken cancellationToken) =>
        db.EvidenceLinks.SingleOrDefaultAsync(
            l => l.OrganizationId == organizationId && l.AssessmentId == assessmentId && l.CriterionId == criterionId && l.EvidenceFileId == evidenceId, cancellationToken);

    private EvidenceLink AddLink(EvidenceFile evidence, Assessment assessment, string criterionId, Actor actor)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var link = new EvidenceLink
        {
            Id = Guid.CreateVersion7(),
            OrganizationId = evidence.OrganizationId,
            EvidenceFileId = evidence.Id,
            AssessmentId = assessment.Id,
            CriterionId = criterionId,
            LinkedAt = now,
            LinkedBy = actor.Name,
        };
        db.EvidenceLinks.Add(link);
        db.Record(evidence.OrganizationId, actor.Name, now, AuditEventType.EvidenceLinked, nameof(EvidenceLink), link.Id, null, AuditTrail.Snapshot(link));
        return link;
    }
}
