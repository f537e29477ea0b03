using Hoshi.Core.Catalogs;

namespace Hoshi.Core.Export;

/// <summary>A criterion as one block of text: its wording, then its headings, sub-items and notes, one per line.</summary>
public static class CriterionText
{
    public static string Full(Criterion criterion, string language)
    {
        var lines = new List<string> { criterion.Text.In(language) };
        lines.AddRange(criterion.Parts.Select(p => p.Kind == CriterionPartKind.Item ? "- " + p.Text.In(language) : p.Text.In(language)));
        return string.Join('\n', lines);
    }
}
