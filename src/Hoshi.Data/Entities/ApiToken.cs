namespace Hoshi.Data.Entities;

/// <summary>
/// A token a script uses for the JSON API, acting as its owner within one organization. Only the SHA-256 of the
/// secret is stored; the secret is shown once at creation.
/// </summary>
public sealed class ApiToken : IOrganizationOwned
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid UserId { get; set; }
    public required string Name { get; set; }

    /// <summary>The first characters of the secret, to recognise a token in lists and logs.</summary>
    public required string Prefix { get; set; }
    public required string SecretHash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }

    public bool IsValidAt(DateTime utcNow) => RevokedAt is null && utcNow < ExpiresAt;
}
