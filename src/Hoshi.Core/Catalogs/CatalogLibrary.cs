using Hoshi.Core.Crosswalks;

namespace Hoshi.Core.Catalogs;

/// <summary>
/// The catalogs Hoshi knows: the versions built into the product, plus any added as files by an operator, with
/// the guidance that explains them and the crosswalks that carry answers from one version to another.
/// A new version is a new file; nothing here names a version.
/// </summary>
public sealed class CatalogLibrary
{
    private const string ResourcePrefix = "Hoshi.Catalogs.";
    private const string CatalogSuffix = ".catalog.json";
    private const string GuidanceSuffix = ".guidance.json";
    private const string CrosswalkSuffix = ".crosswalk.json";

    private readonly List<Catalog> catalogs = [];
    private readonly List<Crosswalk> crosswalks = [];
    private readonly Dictionary<string, IReadOnlyDictionary<string, RequirementGuidance>> guidance = new(StringComparer.Ordinal);

    public IReadOnlyList<Catalog> Catalogs => catalogs;

    /// <summary>
    /// The catalogs shipped inside Hoshi.Core (every src/Hoshi.Core/Catalogs/Data/*.catalog.json), then their
    /// guidance and crosswalks, which need the catalogs in place.
    /// </summary>
    public static CatalogLibrary BuiltIn()
    {
        var library = new CatalogLibrary();
        var assembly = typeof(CatalogLibrary).Assembly;
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        foreach (var suffix in new[] { CatalogSuffix, GuidanceSuffix, CrosswalkSuffix })
        {
            foreach (var name in names.Where(n => n.EndsWith(suffix, StringComparison.Ordinal)))
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                var sourceName = name[ResourcePrefix.Length..];
                switch (suffix)
                {
                    case CatalogSuffix:
                        library.Add(CatalogLoader.Load(stream, sourceName));
                        break;
                    case GuidanceSuffix:
                        library.AddGuidance(stream, sourceName);
                        break;
                    default:
                        library.AddCrosswalk(stream, sourceName);
                        break;
                }
            }
        }

        return library;
    }

    /// <summary>True for a file name that this library reads as a catalog.</summary>
    public static bool IsCatalogFileName(string fileName) => fileName.EndsWith(CatalogSuffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>True for a file name that this library reads as guidance for a catalog version.</summary>
    public static bool IsGuidanceFileName(string fileName) => fileName.EndsWith(GuidanceSuffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>True for a file name that this library reads as a crosswalk between two catalog versions.</summary>
    public static bool IsCrosswalkFileName(string fileName) => fileName.EndsWith(CrosswalkSuffix, StringComparison.OrdinalIgnoreCase);

    public IReadOnlyList<Crosswalk> Crosswalks => crosswalks;

    /// <summary>
    /// Adds a crosswalk file; both its catalogs must be installed, and its ids are checked against them
    /// (<see cref="Crosswalk.CheckIds"/>). A second crosswalk between the same two versions is refused.
    /// </summary>
    public Crosswalk AddCrosswalk(Stream stream, string sourceName)
    {
        var crosswalk = CrosswalkLoader.Load(stream, sourceName);
        var from = Resolve(crosswalk.From) is { } f && f.Key == crosswalk.From ? f
            : throw new CatalogFormatException(sourceName, "$.from", $"catalog {crosswalk.From} is not installed");
        var to = Resolve(crosswalk.To) is { } t && t.Key == crosswalk.To ? t
            : throw new CatalogFormatException(sourceName, "$.to", $"catalog {crosswalk.To} is not installed");
        if (FindCrosswalk(from, to) is { } existing)
        {
            throw new CatalogFormatException(sourceName, "$", $"a crosswalk from {from.Key} to {to.Key} is already installed ({existing.SourceName})");
        }

        var problems = crosswalk.CheckIds(from, to).ToList();
        if (problems.Count > 0)
        {
            var more = problems.Count > 1 ? $" (and {problems.Count - 1} more)" : "";
            throw new CatalogFormatException(sourceName, problems[0].JsonPath, problems[0].Reason + more);
        }

        crosswalks.Add(crosswalk);
        return crosswalk;
    }

    /// <summary>The crosswalk that carries answers from one catalog version to another, when there is one.</summary>
    public Crosswalk? FindCrosswalk(Catalog from, Catalog to) =>
        crosswalks.FirstOrDefault(c => c.From == from.Key && c.To == to.Key);

    /// <summary>The crosswalks that carry answers away from a catalog version (for offering "move to the revision").</summary>
    public IEnumerable<Crosswalk> CrosswalksFrom(Catalog from) => crosswalks.Where(c => c.From == from.Key);

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

    /// <summary>
    /// Adds a catalog read from an operator's file. A file of an id@version already installed is accepted only as a
    /// true completion of it (<see cref="CatalogCompletion"/>): it then replaces the installed version, keeping its
    /// English where the Japanese is identical. A file with the same content as the installed version, or less of
    /// it, changes nothing. Any other file of an installed id@version is refused, naming its first difference.
    /// Returns the catalog now installed under that key.
    /// </summary>
    public Catalog AddOrComplete(Catalog catalog, string sourceName)
    {
        var installed = Find(catalog.Id, catalog.Version);
        if (installed is null)
        {
            Add(catalog);
            return catalog;
        }

        var comparison = CatalogCompletion.Compare(installed, catalog);
        switch (comparison.Relation)
        {
            case CatalogRelation.Completes:
                var completed = CatalogCompletion.Complete(installed, catalog, sourceName);
                catalogs[catalogs.IndexOf(installed)] = completed;
                return completed;
            case CatalogRelation.Same:
                return installed;
            default:
                if (CatalogCompletion.Compare(catalog, installed).Relation == CatalogRelation.Completes)
                {
                    return installed;
                }

                var differences = comparison.Differences;
                var more = differences.Count > 1 ? $" (and {differences.Count - 1} more differences)" : "";
                throw new CatalogFormatException(sourceName, "$.version",
                    $"catalog {catalog.Key} is already installed, and this file does not complete it: {differences[0]}{more}; give a new version a new version string");
        }
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

    /// <summary>
    /// The newest catalog that carries every criterion up to <paramref name="level"/>: what a questionnaire at that ★
    /// is asked against. Until IPA's workbook is imported, the revision in force carries ★3 only, so a ★4 request
    /// falls back to the newest version complete at ★4 (the 2025 draft), whose title says what it is.
    /// </summary>
    public Catalog? NewestComplete(int level) =>
        catalogs.Where(c => c.IsComplete(level)).OrderByDescending(c => c.Published).ThenByDescending(c => c.Version, StringComparer.Ordinal).FirstOrDefault();
}
