using Hoshi.Core.Catalogs;

namespace Hoshi.Hosting;

/// <summary>
/// The catalog library: the built-in versions plus every *.catalog.json an operator put in the data folder, then
/// the *.guidance.json and *.crosswalk.json files there.
/// </summary>
public static class CatalogFiles
{
    public static CatalogLibrary Load(HoshiSettings settings)
    {
        var library = CatalogLibrary.BuiltIn();
        if (!Directory.Exists(settings.CatalogDirectory))
        {
            return library;
        }

        foreach (var path in Directory.EnumerateFiles(settings.CatalogDirectory).Where(p => CatalogLibrary.IsCatalogFileName(p)).Order(StringComparer.Ordinal))
        {
            using var stream = File.OpenRead(path);
            var catalog = CatalogLoader.Load(stream, path);
            if (library.Find(catalog.Id, catalog.Version) is not null)
            {
                throw new CatalogFormatException(path, "$.version", $"catalog {catalog.Key} is already installed; give a new version a new version string");
            }

            library.Add(catalog);
        }

        foreach (var path in Directory.EnumerateFiles(settings.CatalogDirectory).Where(p => CatalogLibrary.IsGuidanceFileName(p)).Order(StringComparer.Ordinal))
        {
            using var stream = File.OpenRead(path);
            library.AddGuidance(stream, path);
        }

        foreach (var path in Directory.EnumerateFiles(settings.CatalogDirectory).Where(p => CatalogLibrary.IsCrosswalkFileName(p)).Order(StringComparer.Ordinal))
        {
            using var stream = File.OpenRead(path);
            library.AddCrosswalk(stream, path);
        }

        return library;
    }
}
