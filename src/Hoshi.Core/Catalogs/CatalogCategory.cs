namespace Hoshi.Core.Catalogs;

/// <summary>A category of the catalog; it follows a NIST CSF 2.0 function (GV, ID, PR, DE, RS, RC).</summary>
public sealed class CatalogCategory
{
    public required string Id { get; init; }
    public required string CsfFunction { get; init; }
    public required LocalizedText Title { get; init; }
    public required IReadOnlyList<CatalogSubcategory> Subcategories { get; init; }
}
