using System.Text.RegularExpressions;

namespace Hoshi.Core.Catalogs;

/// <summary>
/// Finds the cross references of an official text: "No." followed by a criterion id of four numbers
/// ("No.4-1-3-3") or a requirement id of three ("No.4-1-5"), and says which the catalog resolves. The draft's
/// "[No.15]" and "No.6" are not of this form: they number the official per-level lists, not this catalog's
/// requirements, and are never references.
/// </summary>
public static partial class CrossReferences
{
    /// <summary>The text cut into plain runs and references, in order; joined, the runs give the text back unchanged.</summary>
    public static IReadOnlyList<TextSegment> Split(string text, Catalog catalog)
    {
        var segments = new List<TextSegment>();
        var at = 0;
        foreach (Match match in Pattern().Matches(text))
        {
            if (match.Index > at)
            {
                segments.Add(new TextSegment(text[at..match.Index]));
            }

            var id = match.Groups["id"].Value;
            var criterion = match.Groups["criterion"].Success ? catalog.FindCriterion(id) : null;
            var requirement = match.Groups["criterion"].Success ? null : catalog.FindRequirement(id);
            segments.Add(new TextSegment(match.Value, new CrossReference(id, criterion, requirement)));
            at = match.Index + match.Length;
        }

        if (at < text.Length)
        {
            segments.Add(new TextSegment(text[at..]));
        }

        return segments;
    }

    /// <summary>The references of a text, resolved or not, in order.</summary>
    public static IEnumerable<CrossReference> In(string text, Catalog catalog) =>
        Split(text, catalog).Select(s => s.Reference).OfType<CrossReference>();

    // ASCII digits only (\d would take full-width ones); a longer or shorter run of numbers is no reference.
    [GeneratedRegex(@"No\.(?<id>[0-9]+-[0-9]+-[0-9]+(?<criterion>-[0-9]+)?)(?![-0-9])")]
    private static partial Regex Pattern();
}
