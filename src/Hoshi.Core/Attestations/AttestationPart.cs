namespace Hoshi.Core.Attestations;

public enum AttestationPartKind
{
    Header,
    Organization,
    Scope,
    Result,
    Criterion,
    Evidence,
}

/// <summary>
/// One separately digested part of an attestation's content, so that verification can name what changed.
/// <see cref="Occurrence"/> tells apart evidence files of one criterion that have the same name (1 for the
/// first of that name, in the order listed); it is 0 for the other kinds.
/// </summary>
public sealed record AttestationPart(AttestationPartKind Kind, string? Criterion = null, string? File = null, int Occurrence = 0)
{
    public static readonly AttestationPart Header = new(AttestationPartKind.Header);
    public static readonly AttestationPart Organization = new(AttestationPartKind.Organization);
    public static readonly AttestationPart Scope = new(AttestationPartKind.Scope);
    public static readonly AttestationPart Result = new(AttestationPartKind.Result);

    /// <summary>The word that names the kind in the digest list: header, organization, scope, result, criterion, evidence.</summary>
    public string Name => Kind.ToString().ToLowerInvariant();

    public override string ToString() => Kind switch
    {
        AttestationPartKind.Header => "header (assessment, catalog, dates)",
        AttestationPartKind.Result => "result (★ reached)",
        AttestationPartKind.Criterion => $"criterion {Criterion}",
        AttestationPartKind.Evidence => $"evidence '{File}' of criterion {Criterion}" + (Occurrence > 1 ? $" (#{Occurrence} of that name)" : ""),
        _ => Name,
    };
}

/// <summary>
/// One reason an attestation does not verify. <see cref="Subject"/> is the part ("criterion 2.1", "evidence
/// 'policy.pdf' of criterion 2.1") or "signature" or "key"; <see cref="Part"/> is set for content parts.
/// </summary>
public sealed record AttestationProblem(string Subject, string Reason, AttestationPart? Part = null)
{
    public static AttestationProblem Of(AttestationPart part, string reason) => new(part.ToString(), reason, part);

    public override string ToString() => $"{Subject}: {Reason}";
}
