namespace Hoshi.Data.Entities;

/// <summary>
/// A buyer's request that a supplier show a ★, and the supplier's answer and the buyer's review. The supplier
/// reaches it through a secret link: only the SHA-256 of the secret is kept, the link expires, and the first
/// browser that opens it claims it (only the hash of the claim is kept too).
/// </summary>
public sealed class SupplierRequest : IOrganizationOwned
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid SupplierId { get; set; }
    public int RequiredLevel { get; set; }
    public DateOnly DueOn { get; set; }
    public string? Message { get; set; }

    /// <summary>The catalog ("id@version") the questionnaire and the evaluation of answers use.</summary>
    public required string CatalogKey { get; set; }
    public RequestStatus Status { get; set; }

    public required string TokenHash { get; set; }
    public DateTime TokenExpiresAt { get; set; }
    public string? ClaimHash { get; set; }
    public DateTime? ClaimedAt { get; set; }

    public ResponseKind? ResponseKind { get; set; }
    public DateTime? AnsweredAt { get; set; }
    public string? RespondentName { get; set; }
    public string? ResponseComment { get; set; }

    /// <summary>The ★ the answer shows: reached by the shared assessment or questionnaire, or declared.</summary>
    public int? AnsweredLevel { get; set; }

    /// <summary>Requirement ids the answer leaves unmet at the required ★, comma-separated, as of the answer.</summary>
    public string? MissedRequirements { get; set; }

    /// <summary>Declared ★: registration number and dates as the supplier gave them.</summary>
    public string? RegistrationNumber { get; set; }
    public DateOnly? ObtainedOn { get; set; }
    public DateOnly? DeclaredValidUntil { get; set; }

    /// <summary>The consent under which an assessment was shared, for a shared answer.</summary>
    public Guid? ShareId { get; set; }

    /// <summary>A signed attestation the supplier uploaded, stored as evidence of the buyer, and the key that signed it.</summary>
    public Guid? AttestationFileId { get; set; }
    public string? AttestationFingerprint { get; set; }

    /// <summary>Questionnaire answers (criterion → status and justification) as JSON, for a questionnaire answer.</summary>
    public string? QuestionnaireJson { get; set; }

    public string? ReviewComment { get; set; }
    public DateTime? ReviewedAt { get; set; }
    public string? ReviewedBy { get; set; }

    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public int Version { get; set; }

    public bool IsOpenForAnswer => Status is RequestStatus.Open or RequestStatus.Returned;
}
