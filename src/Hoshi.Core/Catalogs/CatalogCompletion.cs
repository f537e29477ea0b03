using Hoshi.Core.Export;

namespace Hoshi.Core.Catalogs;

/// <summary>
/// When a catalog may complete an installed version of the same id@version: both are format 2, and on every level
/// the installed version carries, the official content (ids, ★, requirement, category and subcategory, every
/// character of the Japanese) is identical. Completing keeps the installed version's English wherever the
/// Japanese is identical, so a completed version reads as before, plus its new criteria.
/// </summary>
public static class CatalogCompletion
{
    public static CatalogComparison Compare(Catalog installed, Catalog candidate)
    {
        if (installed.Format != 2 || candidate.Format != 2)
        {
            return new CatalogComparison(CatalogRelation.Differs, [new CatalogDifference("format", "only a hoshi-catalog/2 version can be completed")]);
        }

        var carried = Carried(installed).ToList();
        var differences = Differences(installed, candidate, carried);
        if (differences.Count > 0)
        {
            return new CatalogComparison(CatalogRelation.Differs, differences);
        }

        return new CatalogComparison(Carried(candidate).Except(carried).Any() ? CatalogRelation.Completes : CatalogRelation.Same, []);
    }

    /// <summary>
    /// Every difference of <paramref name="candidate"/> from <paramref name="installed"/> in the criteria of
    /// <paramref name="levels"/>, their requirements, subcategories and categories.
    /// </summary>
    public static IReadOnlyList<CatalogDifference> Differences(Catalog installed, Catalog candidate, IReadOnlyCollection<int> levels)
    {
        var differences = new List<CatalogDifference>();
        if (!installed.Levels.SequenceEqual(candidate.Levels))
        {
            differences.Add(new CatalogDifference("levels", $"installed ★{string.Join(", ★", installed.Levels)}, new ★{string.Join(", ★", candidate.Levels)}"));
        }

        foreach (var c in installed.Criteria.Where(c => levels.Contains(c.Level)))
        {
            var item = $"criterion {c.Id}";
            if (candidate.FindCriterion(c.Id) is not { } n)
            {
                differences.Add(new CatalogDifference(item, $"missing (★{c.Level} in the installed version)"));
                continue;
            }

            if (n.Level != c.Level)
            {
                differences.Add(new CatalogDifference(item, $"★ differs: installed ★{c.Level}, new ★{n.Level}"));
            }

            if (n.Requirement.Id != c.Requirement.Id)
            {
                differences.Add(new CatalogDifference(item, $"requirement differs: installed {c.Requirement.Id}, new {n.Requirement.Id}"));
            }

            if (n.OfficialText.Ja != c.OfficialText.Ja)
            {
                differences.Add(new CatalogDifference(item, "text differs " + FirstDifference(c.OfficialText.Ja, n.OfficialText.Ja)));
            }
        }

        differences.AddRange(candidate.Criteria
            .Where(n => levels.Contains(n.Level) && installed.FindCriterion(n.Id) is null)
            .Select(n => new CatalogDifference($"criterion {n.Id}", $"not in the installed version (★{n.Level} here)")));

        foreach (var r in installed.Requirements.Where(r => r.Criteria.Any(c => levels.Contains(c.Level))))
        {
            if (candidate.FindRequirement(r.Id) is not { } n)
            {
                continue;
            }

            if (n.Title.Ja != r.Title.Ja)
            {
                differences.Add(new CatalogDifference($"requirement {r.Id}", "text differs " + FirstDifference(r.Title.Ja, n.Title.Ja)));
            }

            if (n.Subcategory.Id != r.Subcategory.Id || n.Subcategory.CsfCategory != r.Subcategory.CsfCategory || n.Subcategory.Title.Ja != r.Subcategory.Title.Ja)
            {
                differences.Add(new CatalogDifference($"requirement {r.Id}", $"subcategory differs: installed {r.Subcategory.Id} {r.Subcategory.Title.Ja} ({r.Subcategory.CsfCategory}), new {n.Subcategory.Id} {n.Subcategory.Title.Ja} ({n.Subcategory.CsfCategory})"));
            }
        }

        foreach (var category in installed.Requirements.Where(r => r.Criteria.Any(c => levels.Contains(c.Level))).Select(r => r.Category).Distinct())
        {
            var n = candidate.Categories.FirstOrDefault(c => c.Id == category.Id);
            if (n is not null && (n.Title.Ja != category.Title.Ja || n.CsfFunction != category.CsfFunction))
            {
                differences.Add(new CatalogDifference($"category {category.Id}", $"differs: installed {category.Title.Ja} ({category.CsfFunction}), new {n.Title.Ja} ({n.CsfFunction})"));
            }
        }

        return differences;
    }

    /// <summary>
    /// <paramref name="candidate"/>, which completes <paramref name="installed"/>, with the installed version's
    /// English wherever the Japanese is identical (its own English elsewhere).
    /// </summary>
    public static Catalog Complete(Catalog installed, Catalog candidate, string sourceName)
    {
        var document = CatalogJsonWriter.Document(candidate);
        WithEnglishOf(document, installed);
        return CatalogLoader.Build(document, sourceName);
    }

    /// <summary>Takes the English of <paramref name="source"/> for every text of the document whose Japanese is identical.</summary>
    internal static void WithEnglishOf(CatalogDocument document, Catalog source)
    {
        static void Take(TextDocument? text, LocalizedText? from)
        {
            if (text is not null && from is { En: { } en } && from.Ja == text.Ja)
            {
                text.En = en;
            }
        }

        foreach (var category in document.Categories ?? [])
        {
            var known = source.Categories.FirstOrDefault(c => c.Id == category.Id);
            Take(category.Title, known?.Title);
            foreach (var subcategory in category.Subcategories ?? [])
            {
                Take(subcategory.Title, known?.Subcategories.FirstOrDefault(s => s.Id == subcategory.Id)?.Title);
            }
        }

        foreach (var requirement in document.Requirements ?? [])
        {
            Take(requirement.Title, requirement.Id is { } id ? source.FindRequirement(id)?.Title : null);
            foreach (var criterion in requirement.Criteria ?? [])
            {
                Take(criterion.Text, criterion.Id is { } cid ? source.FindCriterion(cid)?.OfficialText : null);
            }
        }
    }

    /// <summary>The levels whose criteria a catalog carries.</summary>
    private static IEnumerable<int> Carried(Catalog catalog) => catalog.Levels.Where(l => !catalog.IncompleteLevels.Contains(l));

    /// <summary>Where two texts first differ: the line and character, and a little of each text there, with invisible characters named.</summary>
    private static string FirstDifference(string installed, string candidate)
    {
        var i = 0;
        while (i < installed.Length && i < candidate.Length && installed[i] == candidate[i])
        {
            i++;
        }

        var line = installed[..i].Count(c => c == '\n') + 1;
        var column = i - (installed.LastIndexOf('\n', Math.Max(0, i - 1)) + 1) + 1;
        string Around(string text) => Visible(text.Substring(Math.Max(0, i - 8), Math.Min(text.Length, i + 12) - Math.Max(0, i - 8)));
        return $"at line {line}, character {column}: installed 「{Around(installed)}」, new 「{Around(candidate)}」";
    }

    private static string Visible(string text) => text.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\u3000", "\\u3000", StringComparison.Ordinal);
}
