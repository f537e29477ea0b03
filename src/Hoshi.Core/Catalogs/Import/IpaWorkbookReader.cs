using System.Globalization;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Hoshi.Core.Excel;
using Hoshi.Core.Input;
using static Hoshi.Core.Catalogs.Import.IpaWorkbookLayout;

namespace Hoshi.Core.Catalogs.Import;

/// <summary>
/// Reads the criteria of IPA's workbook, checked whole: every problem is reported with sheet, row and column,
/// and nothing is returned unless every row is valid. The header row and the columns are found by their labels,
/// falling back to the known positions (<see cref="IpaWorkbookLayout"/>). A merged cell (a requirement spanning its
/// criteria's rows) reads as its top-left value.
/// </summary>
public static partial class IpaWorkbookReader
{
    private static readonly IpaColumn[] Required =
        [IpaColumn.RequirementNo, IpaColumn.RequirementText, IpaColumn.CriterionLevel, IpaColumn.CriterionNo, IpaColumn.CriterionText];

    public static IpaWorkbook Read(Stream input, string fileName)
    {
        using var workbook = Workbooks.Open(input, fileName);
        var sheet = workbook.Worksheets.FirstOrDefault(s => Normalize(s.Name) == Normalize(Sheet))
            ?? throw new InvalidInputException([new InputError(fileName, 0,
                $"the workbook has no sheet named 「{Sheet}」 (it has {string.Join("、", workbook.Worksheets.Select(s => $"「{s.Name}」"))}); import IPA's workbook of requirements and criteria")]);

        var where = $"{fileName} [{sheet.Name}]";
        var lastRow = sheet.LastRowUsed()?.RowNumber() ?? 0;
        var lastColumn = sheet.LastColumnUsed()?.ColumnNumber() ?? 0;
        var headerRow = FindHeaderRow(sheet, lastColumn);
        var errors = new List<InputError>();
        var columns = new Dictionary<IpaColumn, int>();
        foreach (var (column, known) in KnownColumns)
        {
            var labelled = Enumerable.Range(1, lastColumn).Where(c => Recognise(sheet.Cell(headerRow, c).GetString()) == column).ToList();
            var found = labelled.Contains(known) ? known : labelled.Count > 0 ? labelled[0] : known;
            var hasData = Enumerable.Range(headerRow + 1, Math.Max(0, lastRow - headerRow)).Any(r => Value(sheet, r, found).Trim().Length > 0);
            if (labelled.Count == 0 && !hasData)
            {
                if (Required.Contains(column))
                {
                    errors.Add(new InputError(where, headerRow,
                        $"no column 「{Labels[column]}」: no header of that name in row {headerRow}, and column {Letter(known)}, where IPA's workbook has it, is empty",
                        Letter(known)));
                }

                continue;
            }

            columns[column] = found;
        }

        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }

        var rows = ReadRows(sheet, where, headerRow, lastRow, columns, errors);
        return errors.Count == 0
            ? new IpaWorkbook(fileName, sheet.Name, headerRow, columns.ToDictionary(c => c.Key, c => Letter(c.Value)), rows)
            : throw new InvalidInputException(errors);
    }

    /// <summary>The first row whose headers name both the criterion No. and the criterion text; the known row otherwise.</summary>
    private static int FindHeaderRow(IXLWorksheet sheet, int lastColumn)
    {
        for (var r = 1; r <= HeaderSearchRows; r++)
        {
            var named = Enumerable.Range(1, lastColumn).Select(c => Recognise(sheet.Cell(r, c).GetString())).ToList();
            if (named.Contains(IpaColumn.CriterionNo) && named.Contains(IpaColumn.CriterionText))
            {
                return r;
            }
        }

        return HeaderRow;
    }

    private static List<IpaWorkbookRow> ReadRows(IXLWorksheet sheet, string where, int headerRow, int lastRow, Dictionary<IpaColumn, int> columns, List<InputError> errors)
    {
        var rows = new List<IpaWorkbookRow>();
        var criteria = new Dictionary<string, int>(StringComparer.Ordinal);
        var requirements = new Dictionary<string, (string Text, int Row)>(StringComparer.Ordinal);
        for (var r = headerRow + 1; r <= lastRow; r++)
        {
            string Cell(IpaColumn column) => columns.TryGetValue(column, out var c) ? Value(sheet, r, c) : "";
            void Fail(IpaColumn column, string reason) => errors.Add(new InputError(where, r, reason, Letter(columns[column])));

            var criterionText = Cell(IpaColumn.CriterionText);
            var criterionNo = Normalize(Cell(IpaColumn.CriterionNo));
            var levelText = Normalize(Cell(IpaColumn.CriterionLevel));
            if (criterionNo.Length == 0 && levelText.Length == 0 && criterionText.Trim().Length == 0)
            {
                continue;
            }

            var before = errors.Count;
            var requirementNo = Normalize(Cell(IpaColumn.RequirementNo));
            var requirementText = Cell(IpaColumn.RequirementText);
            if (!RequirementPattern().IsMatch(requirementNo))
            {
                Fail(IpaColumn.RequirementNo, $"「{Cell(IpaColumn.RequirementNo).Trim()}」 is not a requirement No. such as 4-1-3{DateHint(sheet, r, columns[IpaColumn.RequirementNo])}");
            }

            if (!CriterionPattern().IsMatch(criterionNo))
            {
                Fail(IpaColumn.CriterionNo, $"「{Cell(IpaColumn.CriterionNo).Trim()}」 is not a criterion No. such as 4-1-3-3{DateHint(sheet, r, columns[IpaColumn.CriterionNo])}");
            }
            else if (criteria.TryGetValue(criterionNo, out var first))
            {
                Fail(IpaColumn.CriterionNo, $"criterion {criterionNo} appears twice (first on row {first})");
            }
            else if (RequirementPattern().IsMatch(requirementNo) && !criterionNo.StartsWith(requirementNo + "-", StringComparison.Ordinal))
            {
                Fail(IpaColumn.CriterionNo, $"criterion {criterionNo} does not start with its requirement's No. {requirementNo}");
            }

            if (CriterionPattern().IsMatch(criterionNo))
            {
                criteria.TryAdd(criterionNo, r);
            }

            var level = levelText.TrimStart('★') switch { "3" => 3, "4" => 4, _ => 0 };
            if (level == 0)
            {
                Fail(IpaColumn.CriterionLevel, $"「{Cell(IpaColumn.CriterionLevel).Trim()}」 is not a ★ of a criterion: expected ★3 or ★4 (3, ３ and ★３ are read too)");
            }

            if (criterionText.Trim().Length == 0)
            {
                Fail(IpaColumn.CriterionText, $"criterion {criterionNo} has no text");
            }

            if (requirementText.Trim().Length == 0)
            {
                Fail(IpaColumn.RequirementText, $"requirement {requirementNo} has no text");
            }
            else if (requirements.TryGetValue(requirementNo, out var known) && known.Text != requirementText)
            {
                Fail(IpaColumn.RequirementText, $"requirement {requirementNo} reads differently here than on row {known.Row}");
            }
            else
            {
                requirements.TryAdd(requirementNo, (requirementText, r));
            }

            if (errors.Count == before)
            {
                var category = Cell(IpaColumn.Category).Trim();
                rows.Add(new IpaWorkbookRow(r, category.Length == 0 ? null : category, requirementNo, requirementText, level, criterionNo, criterionText));
            }
        }

        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(new InputError(where, headerRow + 1, "no criterion below the header row", Letter(columns[IpaColumn.CriterionNo])));
        }

        return rows;
    }

    /// <summary>A cell's text; a cell inside a merged range reads as the range's top-left cell.</summary>
    private static string Value(IXLWorksheet sheet, int row, int column)
    {
        var cell = sheet.Cell(row, column);
        if (cell.IsMerged())
        {
            cell = cell.MergedRange().FirstCell();
        }

        return cell.DataType == XLDataType.Number ? cell.GetDouble().ToString(CultureInfo.InvariantCulture) : cell.GetString();
    }

    private static string DateHint(IXLWorksheet sheet, int row, int column) =>
        sheet.Cell(row, column).DataType == XLDataType.DateTime ? " (Excel turned it into a date; format the cell as text and type the No. again)" : "";

    [GeneratedRegex(@"^[0-9]+-[0-9]+-[0-9]+$")]
    private static partial Regex RequirementPattern();

    [GeneratedRegex(@"^[0-9]+-[0-9]+-[0-9]+-[0-9]+$")]
    private static partial Regex CriterionPattern();
}
