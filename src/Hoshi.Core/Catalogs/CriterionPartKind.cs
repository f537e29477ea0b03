namespace Hoshi.Core.Catalogs;

public enum CriterionPartKind
{
    /// <summary>A sub-item (a "- " line in the source).</summary>
    Item,
    /// <summary>A bracketed heading such as [対象] that heads the sub-items below it.</summary>
    Heading,
    /// <summary>A ※ note.</summary>
    Note,
}
