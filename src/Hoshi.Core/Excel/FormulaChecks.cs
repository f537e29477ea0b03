namespace Hoshi.Core.Excel;

/// <summary>
/// What Hoshi requires of a workbook's formulas, since it reads only the values Excel saved: every formula has a
/// saved value, reads nothing outside the workbook (another workbook, another program through DDE, the network),
/// and is not circular. Each formula that breaks one is named by sheet and cell.
/// </summary>
internal static class FormulaChecks
{
    /// <summary>Circles reported at most: one circle is often found from many of its cells.</summary>
    private const int MaxCircles = 20;

    /// <summary>Names defined through names, followed this deep at most.</summary>
    private const int MaxNameDepth = 16;

    public static void Run(
        IReadOnlyList<string> sheetNames, List<(string Name, int? SheetIndex, string Text)> definedNames,
        List<FormulaCell> formulas, WorkbookProblems problems)
    {
        if (formulas.Count == 0)
        {
            return;
        }

        var sheetIndex = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < sheetNames.Count; i++)
        {
            sheetIndex.TryAdd(sheetNames[i], i);
        }

        var names = new NameResolver(definedNames, sheetIndex);
        var masters = new Dictionary<(int Sheet, string Index), FormulaCell>();
        var parsed = new Dictionary<FormulaCell, FormulaReferences>(ReferenceEqualityComparer.Instance);
        foreach (var formula in formulas.Where(f => f.SharedIndex is not null && !f.IsSharedCopy))
        {
            masters.TryAdd((formula.Sheet, formula.SharedIndex!), formula);
        }

        var circles = new FormulaCircles();
        foreach (var formula in formulas)
        {
            var sheet = sheetNames[formula.Sheet];
            var source = formula.IsSharedCopy ? masters.GetValueOrDefault((formula.Sheet, formula.SharedIndex!)) : formula;
            if (source is null)
            {
                problems.Add(sheet, formula.Row, formula.Column, $"the cell is a copy of shared formula {formula.SharedIndex}, which the sheet does not have");
                continue;
            }

            if (!parsed.TryGetValue(source, out var references))
            {
                parsed[source] = references = FormulaParser.Parse(source.Text);
            }

            var shown = Shown(source.Text);
            var outside = references.Outside ?? names.Outside(references, formula.Sheet, MaxNameDepth);
            if (outside is not null)
            {
                problems.Add(sheet, formula.Row, formula.Column, $"the formula ={shown} reads {outside}; Hoshi reads only what is in the workbook: replace the formula by its value");
            }
            else if (!formula.HasValue)
            {
                problems.Add(sheet, formula.Row, formula.Column, $"the formula ={shown} has no saved value (the file was saved without being calculated): open it in Excel, let it calculate, and save it again");
            }

            var (rows, columns) = (formula.Row - source.Row, formula.Column - source.Column);
            var ranges = new List<(int Sheet, RangeReference Range)>();
            foreach (var (onSheet, range) in names.Ranges(references, formula.Sheet, MaxNameDepth))
            {
                if ((rows, columns) == (0, 0))
                {
                    ranges.Add((onSheet, range));
                }
                else if (range.Shift(rows, columns) is { } shifted)
                {
                    ranges.Add((onSheet, shifted));
                }
            }

            circles.Add(formula.Sheet, formula.Row, formula.Column, ranges);
        }

        foreach (var circle in circles.Find(MaxCircles))
        {
            var (sheet, row, column) = circle[0];
            var path = string.Join(" → ", circle.Select(c => c.Sheet == sheet ? CellReferences.Name(c.Row, c.Column) : $"{sheetNames[c.Sheet]}!{CellReferences.Name(c.Row, c.Column)}"));
            problems.Add(sheetNames[sheet], row, column, $"the formula is circular ({path}): Excel cannot calculate it; break the circle");
        }
    }

    /// <summary>A formula as a message shows it: at most 80 characters.</summary>
    private static string Shown(string formula) => formula.Length <= 80 ? formula : formula[..77] + "...";
}
