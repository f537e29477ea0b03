using ClosedXML.Excel;
using Hoshi.Core.Catalogs;
using Hoshi.Core.Evaluation;
using Hoshi.Core.Input;
using static Hoshi.Core.Excel.CheckSheetLayout;

namespace Hoshi.Core.Excel;

/// <summary>
/// Reads a check sheet back, checked whole: every bad cell is reported with sheet, row and column, and nothing
/// is returned unless every row is valid.
/// </summary>
public static class CheckSheetReader
{
    public static IReadOnlyList<CheckSheetRow> Read(Stream input, string fileName, Catalog catalog, Guid assessmentId, int targetLevel)
    {
        using (var workbook = Workbooks.Open(input, fileName))
        {
            if (!workbook.TryGetWorksheet(Sheet, out var sheet))
            {
                throw new InvalidInputException([new InputError(fileName, 0, $"the workbook has no sheet named 「{Sheet}」; export a check sheet from Hoshi and edit that")]);
            }

            var where = $"{fileName} [{Sheet}]";
            if (workbook.TryGetWorksheet(MetaSheet, out var meta)
                && Guid.TryParse(meta.Cell(1, 2).GetString(), out var exportedFor) && exportedFor != assessmentId)
            {
                throw new InvalidInputException([new InputError(fileName, 0, "this check sheet was exported from another assessment")]);
            }

            var errors = new List<InputError>();
            for (var c = 0; c < Headers.Length; c++)
            {
                if (sheet.Cell(HeaderRow, c + 1).GetString().Trim() != Headers[c])
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
            var lastRow = sheet.LastRowUsed()?.RowNumber() ?? HeaderRow;
            for (var r = FirstDataRow; r <= lastRow; r++)
            {
                var criterionId = sheet.Cell(r, CriterionColumn).GetString().Trim();
                if (criterionId.Length == 0 && sheet.Row(r).IsEmpty())
                {
                    continue;
                }

                var before = errors.Count;
                void Fail(int column, string reason) => errors.Add(new InputError(where, r, reason, Letter(column)));

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

                var statusText = sheet.Cell(r, StatusColumn).GetString().Trim();
                if (!AnswerStatusNames.TryParse(statusText.Length == 0 ? "unanswered" : statusText, out var status))
                {
                    Fail(StatusColumn, $"「{statusText}」 is not a status; choose one of {AnswerStatusNames.Accepted}");
                }

                var justification = Text(sheet.Cell(r, JustificationColumn));
                if (status == AnswerStatus.NotApplicable && justification is null)
                {
                    Fail(JustificationColumn, $"criterion {criterionId} is 対象外 (not applicable) but has no justification");
                }

                var versionText = sheet.Cell(r, VersionColumn).GetString().Trim();
                if (!int.TryParse(versionText.Length == 0 ? "0" : versionText, out var version) || version < 0)
                {
                    Fail(VersionColumn, $"「{versionText}」 is not a version number; do not edit the hidden column L");
                }

                if (errors.Count == before)
                {
                    rows.Add(new CheckSheetRow(r, criterionId, status, justification, Text(sheet.Cell(r, NoteColumn)), Text(sheet.Cell(r, OwnerColumn)), version));
                }
            }

            return errors.Count == 0 ? rows : throw new InvalidInputException(errors);
        }
    }

    private static string? Text(IXLCell cell)
    {
        var text = cell.GetString().Trim();
        return text.Length == 0 ? null : text;
    }
}
