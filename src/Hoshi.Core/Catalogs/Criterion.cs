namespace Hoshi.Core.Catalogs;

/// <summary>One criterion of a requirement; what an answer is given for.</summary>
public sealed class Criterion
{
    public required string Id { get; init; }

    /// <summary>
    /// The ★ this criterion belongs to. In format 2 it is the criterion's own (one requirement can hold ★3 and ★4
    /// criteria); in format 1 every criterion has its requirement's level.
    /// </summary>
    public required int Level { get; init; }

    /// <summary>The lead statement, without its "・" marker: what a list of criteria shows.</summary>
    public required LocalizedText Text { get; init; }

    /// <summary>The lines after the lead (sub-items, headings, notes, further statements), for display.</summary>
    public required IReadOnlyList<CriterionPart> Parts { get; init; }

    /// <summary>
    /// The whole official text: in format 2 exactly as published (markers, blank lines, trailing white space kept);
    /// in format 1 the lead and its parts joined line by line, sub-items marked "- ". Exports and comparisons use it.
    /// </summary>
    public required LocalizedText OfficialText { get; init; }

    /// <summary>The criterion's row in the official workbook, when known.</summary>
    public int? Row { get; init; }

    /// <summary>Set when the catalog is built; a criterion always belongs to one requirement.</summary>
    public Requirement Requirement { get; internal set; } = null!;

    public bool HasEnglish => OfficialText.HasEnglish;
}
