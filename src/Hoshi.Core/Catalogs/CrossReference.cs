namespace Hoshi.Core.Catalogs;

/// <summary>
/// A reference in an official text to another criterion ("No.4-1-3-3") or requirement ("No.4-1-5") of the
/// 2026 numbering. <see cref="Criterion"/> or <see cref="Requirement"/> is set when the catalog has that id; only
/// such a reference is a link.
/// </summary>
public sealed record CrossReference(string Id, Criterion? Criterion, Requirement? Requirement)
{
    public bool Resolves => Criterion is not null || Requirement is not null;
}
