namespace Hoshi.Core.Catalogs;

public sealed class Requirement
{
    /// <summary>The stable id, "1" to "59" in catalog v1.</summary>
    public required string Id { get; init; }
    public required int Level { get; init; }
    public required LocalizedText Title { get; init; }
    public required IReadOnlyList<Criterion> Criteria { get; init; }

    public CatalogSubcategory Subcategory { get; internal set; } = null!;
    public CatalogCategory Category => Subcategory.Category;
}
