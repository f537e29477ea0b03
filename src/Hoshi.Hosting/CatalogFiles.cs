using Hoshi.Core.Catalogs;
using Hoshi.Core.Export;

namespace Hoshi.Hosting;

/// <summary>
/// The catalog library: the built-in versions plus every *.catalog.json an operator put in the data folder (one of
/// an installed id@version only when it completes it, as an imported workbook does), then the *.guidance.json and
/// *.crosswalk.json files there.
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
            library.AddOrComplete(CatalogLoader.Load(stream, path), path);
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

    /// <summary>
    /// Writes a catalog into the data folder's catalogs directory as {id}-{version}.catalog.json, whole or not at
    /// all (a temporary file moved into place), replacing a file of that name. Returns the path written.
    /// </summary>
    public static string Install(HoshiSettings settings, Catalog catalog)
    {
        Directory.CreateDirectory(settings.CatalogDirectory);
        var path = Path.Combine(settings.CatalogDirectory, FileName(catalog));
        var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            using (var file = File.Create(temporary))
            {
                CatalogJsonWriter.Write(catalog, file);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        return path;
    }

    /// <summary>The file name a catalog is installed under.</summary>
    public static string FileName(Catalog catalog) => $"{catalog.Id}-{catalog.Version}.catalog.json";
}
