namespace Hoshi.Core.Catalogs;

/// <summary>Where the catalog text came from, so a reader can check it against the publication.</summary>
public sealed record CatalogSource(string Publisher, string Description, string? File, string? Sha256);
