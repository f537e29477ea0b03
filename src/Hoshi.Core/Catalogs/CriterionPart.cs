namespace Hoshi.Core.Catalogs;

/// <summary>A line of a criterion after its lead statement, without its list marker ("- ", "・").</summary>
public sealed record CriterionPart(CriterionPartKind Kind, LocalizedText Text);
