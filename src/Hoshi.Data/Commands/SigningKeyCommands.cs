using System.Security.Cryptography;
using Hoshi.Core.Attestations;
using Hoshi.Core.Catalogs;
using Hoshi.Data.Audit;
using Hoshi.Data.Entities;
using Hoshi.Data.Queries;
using Hoshi.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Data.Commands;

/// <summary>The organization's signing key: made on first use, kept encrypted, never shown; its fingerprint is public.</summary>
public sealed class SigningKeyCommands(HoshiDbContext db, ISecretProtector protector, CatalogLibrary catalogs, TimeProvider clock)
{
    public async Task<string?> FingerprintAsync(Guid organizationId, CancellationToken cancellationToken = default) =>
        await db.SigningKeys.Where(k => k.OrganizationId == organizationId).Select(k => k.Fingerprint).SingleOrDefaultAsync(cancellationToken);

    /// <summary>
    /// A signed attestation of the assessment as it stands, with the organization's key (made on first use).
    /// Issuing is a statement of the organization, so it is audited.
    /// </summary>
    public async Task<byte[]> SignAttestationAsync(Guid organizationId, Guid assessmentId, Actor actor, CancellationToken cancellationToken = default)
    {
        var record = await db.LoadRecordAsync(catalogs, organizationId, assessmentId, cancellationToken);
        using var key = await GetOrCreateAsync(organizationId, actor, cancellationToken);
        var now = clock.GetUtcNow();
        var content = AttestationContent.From(record, now);
        var bytes = AttestationSigner.Sign(content, key);
        db.Record(organizationId, actor.Name, now.UtcDateTime, AuditEventType.AttestationIssued, nameof(Assessment), assessmentId, null,
            AuditTrail.Snapshot(new { content.Result.ReachedLevel, fingerprint = AttestationKeys.Fingerprint(key), content.Header.IssuedAt }));
        await db.SaveChangesAsync(cancellationToken);
        return bytes;
    }

    /// <summary>The organization's key, created (and audited) when it has none yet. The caller disposes it.</summary>
    private async Task<ECDsa> GetOrCreateAsync(Guid organizationId, Actor actor, CancellationToken cancellationToken = default)
    {
        var stored = await db.SigningKeys.SingleOrDefaultAsync(k => k.OrganizationId == organizationId, cancellationToken);
        var key = AttestationKeys.Create();
        if (stored is not null)
        {
            key.ImportPkcs8PrivateKey(Convert.FromBase64String(protector.Unprotect(stored.ProtectedPrivateKey)), out _);
            return key;
        }

        await db.RequireOrganizationAsync(organizationId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var created = new OrganizationSigningKey
        {
            OrganizationId = organizationId,
            PublicKey = Convert.ToBase64String(key.ExportSubjectPublicKeyInfo()),
            Fingerprint = AttestationKeys.Fingerprint(key),
            ProtectedPrivateKey = protector.Protect(Convert.ToBase64String(key.ExportPkcs8PrivateKey())),
            CreatedAt = now,
            CreatedBy = actor.Name,
        };
        db.Add(created);
        db.Record(organizationId, actor.Name, now, AuditEventType.SigningKeyCreated, nameof(OrganizationSigningKey), organizationId, null,
            AuditTrail.Snapshot(new { created.Fingerprint }));
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }
}
