using Hoshi.Data.Audit;
using Hoshi.Data.Entities;
using Hoshi.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Data.Commands;

/// <summary>Creates, finds and revokes API tokens. Secrets are 256 random bits; only their SHA-256 is kept.</summary>
public sealed class ApiTokenCommands(HoshiDbContext db, TimeProvider clock)
{
    public const string SecretPrefix = "hoshi_";

    /// <summary>Returns the stored token and the secret, which is shown to the user once and never again.</summary>
    public async Task<(ApiToken Token, string Secret)> CreateAsync(Guid organizationId, Guid userId, string name, int days, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!await db.Memberships.AnyAsync(m => m.OrganizationId == organizationId && m.UserId == userId, cancellationToken))
        {
            throw new NotFoundException("membership", userId);
        }

        if (days is < 1 or > 366)
        {
            throw new ValidationException("days", "a token is valid for 1 to 366 days");
        }

        var secret = SecretPrefix + Secrets.New();
        var now = clock.GetUtcNow().UtcDateTime;
        var token = new ApiToken
        {
            Id = Guid.CreateVersion7(),
            OrganizationId = organizationId,
            UserId = userId,
            Name = Fields.RequiredText(name, "name", 200),
            Prefix = secret[..12],
            SecretHash = Secrets.Hash(secret),
            CreatedAt = now,
            ExpiresAt = now.AddDays(days),
        };
        db.ApiTokens.Add(token);
        db.Record(organizationId, actor.Name, now, AuditEventType.ApiTokenCreated, nameof(ApiToken), token.Id, null, AuditTrail.Snapshot(new { token.Name, token.Prefix, token.UserId, token.ExpiresAt }));
        await db.SaveChangesAsync(cancellationToken);
        return (token, secret);
    }

    /// <summary>The valid token a secret belongs to, or null; compares hashes only.</summary>
    public async Task<ApiToken?> FindValidAsync(string secret, CancellationToken cancellationToken = default)
    {
        if (!secret.StartsWith(SecretPrefix, StringComparison.Ordinal) || secret.Length > 100)
        {
            return null;
        }

        var hash = Secrets.Hash(secret);
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.SecretHash == hash, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (token is null || !token.IsValidAt(now))
        {
            return null;
        }

        if (token.LastUsedAt is null || now - token.LastUsedAt > TimeSpan.FromMinutes(5))
        {
            token.LastUsedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }

        return token;
    }

    public async Task RevokeAsync(Guid organizationId, Guid tokenId, Guid userId, Actor actor, CancellationToken cancellationToken = default)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.OrganizationId == organizationId && t.Id == tokenId && t.UserId == userId, cancellationToken)
            ?? throw new NotFoundException("token", tokenId);
        token.RevokedAt ??= clock.GetUtcNow().UtcDateTime;
        db.Record(organizationId, actor.Name, token.RevokedAt.Value, AuditEventType.ApiTokenRevoked, nameof(ApiToken), token.Id, null, AuditTrail.Snapshot(new { token.Name, token.Prefix }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
