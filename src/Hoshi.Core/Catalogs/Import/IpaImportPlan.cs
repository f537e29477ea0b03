namespace Hoshi.Core.Catalogs.Import;

/// <summary>
/// What importing IPA's workbook does: the catalog to install (or the installed one, when nothing is to do), the
/// version it stands beside, each difference from it, and the workbook's SHA-256 against the published one.
/// </summary>
public sealed record IpaImportPlan(
    IpaImportOutcome Outcome, Catalog Catalog, Catalog? Installed, IReadOnlyList<CatalogDifference> Differences, string Sha256, string? PublishedSha256)
{
    /// <summary>True or false when the published workbook's SHA-256 is known (from the installed version's source), null otherwise.</summary>
    public bool? IsPublishedWorkbook => PublishedSha256 is null ? null : string.Equals(Sha256, PublishedSha256, StringComparison.OrdinalIgnoreCase);

    /// <summary>For each level the catalog carries, what a target of that level takes.</summary>
    public IReadOnlyList<LevelCount> Counts => [.. Catalog.Levels.Where(Catalog.IsComplete).Select(level => new LevelCount(
        level, Catalog.RequirementsUpTo(level).Count(), Catalog.CriteriaUpTo(level).Count(), Catalog.Criteria.Count(c => c.Level == level)))];
}
