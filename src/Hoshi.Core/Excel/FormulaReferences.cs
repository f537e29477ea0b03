namespace Hoshi.Core.Excel;

/// <summary>What one formula's text refers to, as far as Hoshi needs to know: the cells and names it reads, and whether it reaches outside the workbook.</summary>
internal sealed class FormulaReferences
{
    public List<RangeReference> Ranges { get; } = [];

    /// <summary>Defined names the formula uses, with the sheet that qualifies a name (Sheet1!Name) where one does.</summary>
    public List<(string? Sheet, string Name)> Names { get; } = [];

    /// <summary>Why the formula reaches outside the workbook, or null when it does not.</summary>
    public string? Outside { get; set; }
}
