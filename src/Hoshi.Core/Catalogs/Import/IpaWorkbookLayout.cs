using System.Text;

namespace Hoshi.Core.Catalogs.Import;

/// <summary>
/// What is known of IPA's workbook (20260327001-c.xlsx): the sheet, and for each column read, how its header is
/// worded and where it stands when no header says so (header row 2, criteria from row 3; C category, F requirement
/// No., J requirement text, K criterion ★, L criterion No., M criterion text). The requirement ★ marks in G/H are
/// not read: a requirement's ★ is the lowest of its criteria.
/// </summary>
internal static class IpaWorkbookLayout
{
    public const string Sheet = "★3・★4要求事項・評価基準";
    public const int HeaderRow = 2;

    /// <summary>How far down a header row is looked for.</summary>
    public const int HeaderSearchRows = 10;

    public static readonly IReadOnlyDictionary<IpaColumn, int> KnownColumns = new Dictionary<IpaColumn, int>
    {
        [IpaColumn.Category] = 3,
        [IpaColumn.RequirementNo] = 6,
        [IpaColumn.RequirementText] = 10,
        [IpaColumn.CriterionLevel] = 11,
        [IpaColumn.CriterionNo] = 12,
        [IpaColumn.CriterionText] = 13,
    };

    /// <summary>The header each column is expected to carry, for messages.</summary>
    public static readonly IReadOnlyDictionary<IpaColumn, string> Labels = new Dictionary<IpaColumn, string>
    {
        [IpaColumn.Category] = "カテゴリー",
        [IpaColumn.RequirementNo] = "要求事項No.",
        [IpaColumn.RequirementText] = "要求事項",
        [IpaColumn.CriterionLevel] = "★",
        [IpaColumn.CriterionNo] = "評価基準No.",
        [IpaColumn.CriterionText] = "評価基準",
    };

    /// <summary>
    /// Which column a header names, if any: compared after NFKC and without white space, so "要求事項 No" and
    /// "要求事項番号" both name the requirement No. A header of only "★3" or "★4" is the requirement's ★ mark, not read.
    /// </summary>
    public static IpaColumn? Recognise(string header)
    {
        var h = Normalize(header);
        var number = h.Contains("No", StringComparison.OrdinalIgnoreCase) || h.Contains("番号", StringComparison.Ordinal);
        var star = h.Contains('★', StringComparison.Ordinal) || h.Contains("レベル", StringComparison.Ordinal);
        if (h is "★3" or "★4" or "")
        {
            return null;
        }

        if (h.Contains("評価基準", StringComparison.Ordinal))
        {
            return number ? IpaColumn.CriterionNo : star ? IpaColumn.CriterionLevel : IpaColumn.CriterionText;
        }

        if (h.Contains("要求事項", StringComparison.Ordinal))
        {
            return number ? IpaColumn.RequirementNo : star ? null : IpaColumn.RequirementText;
        }

        return star ? IpaColumn.CriterionLevel
            : h.Contains("カテゴリ", StringComparison.Ordinal) || h.Contains("分類", StringComparison.Ordinal) ? IpaColumn.Category
            : null;
    }

    public static string Normalize(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized.Where(c => !char.IsWhiteSpace(c)))
        {
            builder.Append(c);
        }

        return builder.ToString();
    }

    public static string Letter(int column)
    {
        var letters = "";
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}
