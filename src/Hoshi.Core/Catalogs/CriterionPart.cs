namespace Hoshi.Core.Catalogs;

public sealed record CriterionPart(CriterionPartKind Kind, LocalizedText Text);
