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
        string id, string version, DateOnly published, LocalizedText title, CatalogSource source,
        IReadOnlyList<int> levels, IReadOnlyList<CatalogCategory> categories, IReadOnlyList<Requirement> requirements)
    {
        Id = id;
        Version = version;
        Published = published;
        Title = title;
        Source = source;
        Levels = levels;
        Categories = categories;
        Requirements = requirements;
        Criteria = requirements.SelectMany(r => r.Criteria).ToList();
        requirementsById = requirements.ToDictionary(r => r.Id, StringComparer.Ordinal);
        criteriaById = Criteria.ToDictionary(c => c.Id, StringComparer.Ordinal);
    }

    public string Id { get; }
    public string Version { get; }
    public DateOnly Published { get; }
    public LocalizedText Title { get; }
    public CatalogSource Source { get; }

    /// <summary>The ★ levels this catalog defines, ascending (3 and 4 in v1).</summary>
    public IReadOnlyList<int> Levels { get; }
    public IReadOnlyList<CatalogCategory> Categories { get; }
    public IReadOnlyList<Requirement> Requirements { get; }

    /// <summary>Every criterion in source order.</summary>
    public IReadOnlyList<Criterion> Criteria { get; }

    /// <summary>"id@version", the key an assessment is pinned to.</summary>
    public string Key => $"{Id}@{Version}";

    public Requirement? FindRequirement(string id) => requirementsById.GetValueOrDefault(id);

    public Criterion? FindCriterion(string id) => criteriaById.GetValueOrDefault(id);

    /// <summary>The criteria a target level asks for: every criterion of that level and below.</summary>
    public IEnumerable<Criterion> CriteriaUpTo(int level) => Criteria.Where(c => c.Level <= level);
}
