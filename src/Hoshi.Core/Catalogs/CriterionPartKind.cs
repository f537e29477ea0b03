namespace Hoshi.Core.Catalogs;

public enum CriterionPartKind
{
    /// <summary>A sub-item (a "- " line in the source).</summary>
    Item,
    /// <summary>A bracketed heading such as [対象] that heads the sub-items below it.</summary>
    Heading,
    /// <summary>A ※ note.</summary>
    Note,
    /// <summary>A further statement of the criterion (a second "・" line, "• " in English).</summary>
    Statement,
    /// <summary>Any other line, such as 6-1-1-1's "①発見報告、 ②初動…".</summary>
    Line,
}
