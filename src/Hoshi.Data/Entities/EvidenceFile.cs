namespace Hoshi.Data.Entities;

/// <summary>
/// Metadata of an evidence file. The bytes live outside the database, stored under their SHA-256;
/// <see cref="FileName"/> is what the client called it, for display only, never a path.
/// </summary>
public sealed class EvidenceFile : IOrganizationOwned
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public required string Sha256 { get; set; }
    public long Size { get; set; }
    public required string ContentType { get; set; }
    public required string FileName { get; set; }
    public string? Description { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    public DateTime UploadedAt { get; set; }
    public required string UploadedBy { get; set; }
}
