namespace Hoshi.Core.Catalogs;

/// <summary>A subcategory; it follows a NIST CSF 2.0 category such as GV.OC.</summary>
public sealed class CatalogSubcategory
{
    public required string Id { get; init; }
    public required string CsfCategory { get; init; }
    public required LocalizedText Title { get; init; }

    public CatalogCategory Category { get; internal set; } = null!;
    public List<Requirement> Requirements { get; } = [];
}
