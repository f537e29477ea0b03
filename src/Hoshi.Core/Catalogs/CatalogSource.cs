namespace Hoshi.Core.Catalogs;

/// <summary>
/// Where the catalog text came from, so a reader can check it against the publication: the publisher, the file
/// (its SHA-256), and in format 2 its address and the workbook sheet the criteria were read from.
/// </summary>
public sealed record CatalogSource(string Publisher, string Description, string? File, string? Sha256, string? Url = null, string? Sheet = null);
