namespace Hoshi.Core.Catalogs;

/// <summary>
/// One published version of a control list. Immutable once loaded; an assessment is pinned to
/// <see cref="Id"/> and <see cref="Version"/>.
/// </summary>
public sealed class Catalog
{
    private readonly Dictionary<string, Requirement> requirementsById;
    private readonly Dictionary<string, Criterion> criteriaById;

    internal Catalog(
        int format, string id, string version, DateOnly published, LocalizedText title, CatalogSource source,
        IReadOnlyList<int> levels, IReadOnlyList<int> incompleteLevels, IReadOnlyList<CatalogCategory> categories, IReadOnlyList<Requirement> requirements)
    {
        Format = format;
        Id = id;
        Version = version;
        Published = published;
        Title = title;
        Source = source;
        Levels = levels;
        IncompleteLevels = incompleteLevels;
        Categories = categories;
        Requirements = requirements;
        Criteria = requirements.SelectMany(r => r.Criteria).ToList();
        foreach (var requirement in requirements)
        {
            requirement.Catalog = this;
        }

        requirementsById = requirements.ToDictionary(r => r.Id, StringComparer.Ordinal);
        criteriaById = Criteria.ToDictionary(c => c.Id, StringComparer.Ordinal);
    }

    /// <summary>The file format the catalog was read from: 1 (hoshi-catalog/1) or 2 (hoshi-catalog/2).</summary>
    public int Format { get; }

    public string Id { get; }
    public string Version { get; }
    public DateOnly Published { get; }
    public LocalizedText Title { get; }
    public CatalogSource Source { get; }

    /// <summary>The ★ levels this catalog defines, ascending (3 and 4 in v1).</summary>
    public IReadOnlyList<int> Levels { get; }
    /// <summary>
    /// Levels the published catalog has whose criteria this file does not carry (the revision of 2026-03-27 is
    /// built in with ★3 only, until IPA's workbook is imported). Such a level cannot be a target.
    /// </summary>
    public IReadOnlyList<int> IncompleteLevels { get; }

    public IReadOnlyList<CatalogCategory> Categories { get; }
    public IReadOnlyList<Requirement> Requirements { get; }

    /// <summary>Every criterion in source order.</summary>
    public IReadOnlyList<Criterion> Criteria { get; }

    /// <summary>"id@version", the key an assessment is pinned to.</summary>
    public string Key => $"{Id}@{Version}";

    public Requirement? FindRequirement(string id) => requirementsById.GetValueOrDefault(id);

    public Criterion? FindCriterion(string id) => criteriaById.GetValueOrDefault(id);

    /// <summary>The criteria a target level asks for: every criterion of that level and below, whatever its requirement.</summary>
    public IEnumerable<Criterion> CriteriaUpTo(int level) => Criteria.Where(c => c.Level <= level);

    /// <summary>The requirements a target level touches (those with a criterion of that level or below), in source order.</summary>
    public IEnumerable<Requirement> RequirementsUpTo(int level) => Requirements.Where(r => r.Level <= level);

    /// <summary>
    /// True when <paramref name="level"/> is one of the catalog's levels and the file carries every criterion a
    /// ★<paramref name="level"/> target asks for: neither that level nor one below it is incomplete.
    /// </summary>
    public bool IsComplete(int level) => Levels.Contains(level) && !IncompleteLevels.Any(l => l <= level);
}
