namespace Hoshi.Core.Catalogs;

/// <summary>The relation of a catalog to an installed version, and every difference found on the installed version's levels.</summary>
public sealed record CatalogComparison(CatalogRelation Relation, IReadOnlyList<CatalogDifference> Differences);
