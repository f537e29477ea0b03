namespace Hoshi.Core.Catalogs;

public sealed class Requirement
{
    /// <summary>The stable id: "1" to "59" in catalog v1, "4-1-3" in the 2026 revision.</summary>
    public required string Id { get; init; }
    public required LocalizedText Title { get; init; }
    public required IReadOnlyList<Criterion> Criteria { get; init; }

    /// <summary>The lowest ★ of its criteria: the level it is grouped and shown under.</summary>
    public int Level => Criteria.Min(c => c.Level);

    public CatalogSubcategory Subcategory { get; internal set; } = null!;

    /// <summary>The catalog version the requirement belongs to (set when the catalog is built).</summary>
    public Catalog Catalog { get; internal set; } = null!;
    public CatalogCategory Category => Subcategory.Category;

    /// <summary>The criteria a ★<paramref name="level"/> target asks of this requirement, in source order.</summary>
    public IEnumerable<Criterion> CriteriaUpTo(int level) => Criteria.Where(c => c.Level <= level);
}
