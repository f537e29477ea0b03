namespace Hoshi.Core.Catalogs;

/// <summary>
/// The catalogs Hoshi knows: the versions built into the product, plus any added as files by an operator.
/// A new version is a new file; nothing here names a version.
/// </summary>
public sealed class CatalogLibrary
{
    private const string ResourcePrefix = "Hoshi.Catalogs.";
    private const string CatalogSuffix = ".catalog.json";
    private const string GuidanceSuffix = ".guidance.json";

    private readonly List<Catalog> catalogs = [];
    private readonly Dictionary<string, IReadOnlyDictionary<string, RequirementGuidance>> guidance = new(StringComparer.Ordinal);

    public IReadOnlyList<Catalog> Catalogs => catalogs;

    /// <summary>The catalogs shipped inside Hoshi.Core (every src/Hoshi.Core/Catalogs/*.catalog.json).</summary>
    public static CatalogLibrary BuiltIn()
    {
        var library = new CatalogLibrary();
        var assembly = typeof(CatalogLibrary).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            if (!name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            if (name.EndsWith(CatalogSuffix, StringComparison.Ordinal))
            {
                library.Add(CatalogLoader.Load(stream, name[ResourcePrefix.Length..]));
            }
            else if (name.EndsWith(GuidanceSuffix, StringComparison.Ordinal))
            {
                library.AddGuidance(stream, name[ResourcePrefix.Length..]);
            }
        }

        return library;
    }

    /// <summary>True for a file name that this library reads as a catalog.</summary>
    public static bool IsCatalogFileName(string fileName) => fileName.EndsWith(CatalogSuffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>True for a file name that this library reads as guidance for a catalog version.</summary>
    public static bool IsGuidanceFileName(string fileName) => fileName.EndsWith(GuidanceSuffix, StringComparison.OrdinalIgnoreCase);

    public void AddGuidance(Stream stream, string sourceName)
    {
        var (key, requirements) = GuidanceLoader.Load(stream, sourceName);
        guidance[key] = requirements;
    }

    /// <summary>Hoshi's guidance for a requirement of a catalog version, when there is any.</summary>
    public RequirementGuidance? GuidanceFor(Catalog catalog, string requirementId) =>
        guidance.TryGetValue(catalog.Key, out var requirements) ? requirements.GetValueOrDefault(requirementId) : null;

    public void Add(Catalog catalog)
    {
        if (Find(catalog.Id, catalog.Version) is not null)
        {
            throw new InvalidOperationException($"catalog {catalog.Key} is loaded twice");
        }

        catalogs.Add(catalog);
    }

    public Catalog? Find(string id, string version) =>
        catalogs.FirstOrDefault(c => c.Id == id && c.Version == version);

    /// <summary>The newest published version of a catalog id.</summary>
    public Catalog? Latest(string id) =>
        catalogs.Where(c => c.Id == id).OrderByDescending(c => c.Published).ThenByDescending(c => c.Version, StringComparer.Ordinal).FirstOrDefault();

    /// <summary>
    /// Resolves "id@version", or a bare "id" to its newest version, or nothing to the newest
    /// catalog of all. Returns null when nothing matches.
    /// </summary>
    public Catalog? Resolve(string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return catalogs.OrderByDescending(c => c.Published).FirstOrDefault();
        }

        var at = key.IndexOf('@', StringComparison.Ordinal);
        return at < 0 ? Latest(key) : Find(key[..at], key[(at + 1)..]);
    }
}
