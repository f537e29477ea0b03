namespace Hoshi.Core.Catalogs;

/// <summary>
/// Hoshi's own explanation of a requirement, never part of the official text: what it means for a small firm,
/// and typical evidence that satisfies it.
/// </summary>
public sealed record RequirementGuidance(LocalizedText Summary, IReadOnlyList<LocalizedText> Evidence);
