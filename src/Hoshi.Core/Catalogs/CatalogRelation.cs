namespace Hoshi.Core.Catalogs;

/// <summary>How a catalog stands to an installed version of the same key (<see cref="CatalogCompletion.Compare"/>).</summary>
public enum CatalogRelation
{
    /// <summary>The same official content on the same levels.</summary>
    Same,
    /// <summary>The installed version's content unchanged, plus the criteria of a level it does not carry yet.</summary>
    Completes,
    /// <summary>Some official content differs: it can only be another version.</summary>
    Differs,
}
