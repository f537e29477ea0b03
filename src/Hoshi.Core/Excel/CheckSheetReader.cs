using Hoshi.Core.Catalogs;
using Hoshi.Core.Evaluation;
using Hoshi.Core.Input;
using static Hoshi.Core.Excel.CheckSheetLayout;

namespace Hoshi.Core.Excel;

/// <summary>
/// Reads a check sheet back, checked whole: every bad cell is reported with sheet, row and column, and nothing
/// is returned unless every row is valid. The workbook is read by <see cref="SafeWorkbook"/>, within <see cref="Limits"/>.
/// </summary>
public static class CheckSheetReader
{
    /// <summary>
    /// A check sheet has a row per criterion (152 for ★4 in catalog v1, about 160 rows with the header) and 12
    /// columns; a person may add notes beside and below it. Anything beyond this is not a check sheet.
    /// </summary>
    public static readonly WorkbookLimits Limits = new(MaxRows: 2_000, MaxColumns: 64, MaxCells: 100_000, MaxUncompressedBytes: 32L << 20);

    public static IReadOnlyList<CheckSheetRow> Read(Stream input, string fileName, Catalog catalog, Guid assessmentId, int targetLevel)
    {
        var workbook = SafeWorkbook.Read(input, fileName, Limits);
        if (workbook.Sheet(Sheet) is not { } sheet)
        {
            throw new InvalidInputException([new InputError(fileName, 0, $"the workbook has no sheet named 「{Sheet}」; export a check sheet from Hoshi and edit that")]);
        }

        var where = workbook.Where(sheet);
        if (workbook.Sheet(MetaSheet) is { } meta && Guid.TryParse(meta.Cell(1, 2), out var exportedFor) && exportedFor != assessmentId)
        {
            throw new InvalidInputException([new InputError(fileName, 0, "this check sheet was exported from another assessment")]);
        }

        var errors = new List<InputError>();
        for (var c = 0; c < Headers.Length; c++)
        {
            if (sheet.Cell(HeaderRow, c + 1).Trim() != Headers[c])
            {
                errors.Add(new InputError(where, HeaderRow, $"expected the header 「{Headers[c]}」", Letter(c + 1)));
            }
        }

        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }

        var rows = new List<CheckSheetRow>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in sheet.Rows.Where(r => r.Number >= FirstDataRow && !r.IsEmpty))
        {
            var r = row.Number;
            var before = errors.Count;
            void Fail(int column, string reason) => errors.Add(new InputError(where, r, reason, Letter(column)));

            var criterionId = row[CriterionColumn].Trim();
            var criterion = catalog.FindCriterion(criterionId);
            if (criterion is null || criterion.Level > targetLevel)
            {
                Fail(CriterionColumn, $"「{criterionId}」 is not a criterion of this assessment");
            }
            else if (seen.TryGetValue(criterionId, out var first))
            {
                Fail(CriterionColumn, $"criterion {criterionId} appears twice (first on row {first})");
            }
            else
            {
                seen[criterionId] = r;
            }

            var statusText = row[StatusColumn].Trim();
            if (!AnswerStatusNames.TryParse(statusText.Length == 0 ? "unanswered" : statusText, out var status))
            {
                Fail(StatusColumn, $"「{statusText}」 is not a status; choose one of {AnswerStatusNames.Accepted}");
            }

            var justification = Text(row[JustificationColumn]);
            if (status == AnswerStatus.NotApplicable && justification is null)
            {
                Fail(JustificationColumn, $"criterion {criterionId} is 対象外 (not applicable) but has no justification");
            }

            var versionText = row[VersionColumn].Trim();
            if (!int.TryParse(versionText.Length == 0 ? "0" : versionText, out var version) || version < 0)
            {
                Fail(VersionColumn, $"「{versionText}」 is not a version number; do not edit the hidden column L");
            }

            if (errors.Count == before)
            {
                rows.Add(new CheckSheetRow(r, criterionId, status, justification, Text(row[NoteColumn]), Text(row[OwnerColumn]), version));
            }
        }

        return errors.Count == 0 ? rows : throw new InvalidInputException(errors);
    }

    private static string? Text(string cell)
    {
        var text = cell.Trim();
        return text.Length == 0 ? null : text;
    }
}
