namespace Hoshi.Data.Entities;

/// <summary>
/// The organization's ECDSA P-256 key that signs its attestations. The private key is stored only encrypted
/// (see <see cref="Security.ISecretProtector"/>); the public key and its fingerprint are what buyers check.
/// </summary>
public sealed class OrganizationSigningKey : IOrganizationOwned
{
    public Guid OrganizationId { get; set; }

    /// <summary>SubjectPublicKeyInfo, base64.</summary>
    public required string PublicKey { get; set; }

    /// <summary>SHA-256 of the SubjectPublicKeyInfo, 64 lower-case hex digits.</summary>
    public required string Fingerprint { get; set; }
    public required string ProtectedPrivateKey { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
}
