namespace Hoshi.Core.Catalogs;

/// <summary>One way a catalog differs from an installed version of the same key: what (a criterion, a requirement, a category) and how.</summary>
public sealed record CatalogDifference(string Item, string What)
{
    public override string ToString() => $"{Item}: {What}";
}
