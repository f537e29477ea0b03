namespace Hoshi.Core.Catalogs;

/// <summary>A catalog file that cannot be loaded: which file, where in it (a JSON path), and why.</summary>
public sealed class CatalogFormatException(string sourceName, string jsonPath, string reason, Exception? inner = null)
    : Exception($"{sourceName}: {jsonPath}: {reason}", inner)
{
    public string SourceName { get; } = sourceName;
    public string JsonPath { get; } = jsonPath;
    public string Reason { get; } = reason;
}
