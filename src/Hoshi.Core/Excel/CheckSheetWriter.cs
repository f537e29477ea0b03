using ClosedXML.Excel;
using Hoshi.Core.Catalogs;
using Hoshi.Core.Evaluation;
using static Hoshi.Core.Excel.CheckSheetLayout;

namespace Hoshi.Core.Excel;

/// <summary>
/// Writes an assessment as the Excel check sheet everyone in Japan already uses: one row per criterion with
/// ids, level, the official Japanese text, a status dropdown, justification, note, owner, evidence names and
/// the due date of open actions. Only the answer columns are unlocked for editing. Every text is a string cell
/// (<see cref="TextCells"/>): a justification that begins with "=" is text, never a formula.
/// </summary>
public static class CheckSheetWriter
{
    public static void Write(
        Stream output, Catalog catalog, Guid assessmentId, string title, int targetLevel,
        IReadOnlyDictionary<string, CheckSheetAnswer> answers, DateTimeOffset exportedAt)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(Sheet);
        sheet.Cell(1, 1).SetText(title);
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 14;
        sheet.Cell(2, 1).SetText($"{catalog.Title.Ja}（{catalog.Key}）　目標: ★{targetLevel}　出力日時: {exportedAt:yyyy-MM-dd HH:mm}");
        sheet.Cell(3, 1).SetText("「状態」「理由・実施内容」「メモ」「担当者」の列を編集して、Hoshi の「Excel から取り込む」で読み込めます。「対象外」には理由が必要です。");

        for (var c = 0; c < Headers.Length; c++)
        {
            var cell = sheet.Cell(HeaderRow, c + 1);
            cell.SetText(Headers[c]);
            cell.Style.Font.Bold = true;
            cell.Style.Fill.BackgroundColor = XLColor.FromHtml("#1D3557");
            cell.Style.Font.FontColor = XLColor.White;
        }

        var labels = Enum.GetValues<AnswerStatus>().Select(s => s.Label("ja")).ToList();
        var row = FirstDataRow;
        foreach (var criterion in catalog.CriteriaUpTo(targetLevel))
        {
            var answer = answers.GetValueOrDefault(criterion.Id);
            var requirement = criterion.Requirement;
            sheet.Cell(row, RequirementColumn).SetText(requirement.Id);
            sheet.Cell(row, LevelColumn).SetText("★" + criterion.Level);
            sheet.Cell(row, CategoryColumn).SetText($"{requirement.Category.Id} {requirement.Category.Title.Ja}");
            // Text, so that an id such as 27.10 never becomes the number 27.1.
            sheet.Cell(row, CriterionColumn).SetText(criterion.Id);
            sheet.Cell(row, TextColumn).SetText(criterion.OfficialText.Ja);
            sheet.Cell(row, StatusColumn).SetText((answer?.Status ?? AnswerStatus.Unanswered).Label("ja"));
            sheet.Cell(row, JustificationColumn).SetText(answer?.Justification);
            sheet.Cell(row, NoteColumn).SetText(answer?.Note);
            sheet.Cell(row, OwnerColumn).SetText(answer?.Owner);
            sheet.Cell(row, EvidenceColumn).SetText(string.Join("\n", answer?.EvidenceNames ?? []));
            if (answer?.DueDate is { } due)
            {
                sheet.Cell(row, DueDateColumn).Value = due.ToDateTime(TimeOnly.MinValue);
                sheet.Cell(row, DueDateColumn).Style.DateFormat.Format = "yyyy-mm-dd";
            }

            sheet.Cell(row, VersionColumn).Value = answer?.Version ?? 0;
            row++;
        }

        var last = row - 1;
        var statusRange = sheet.Range(FirstDataRow, StatusColumn, last, StatusColumn);
        var validation = statusRange.SetDataValidation();
        validation.List("\"" + string.Join(",", labels) + "\"", true);
        validation.ErrorTitle = "状態";
        validation.ErrorMessage = "一覧から選んでください: " + string.Join("、", labels);

        var table = sheet.Range(HeaderRow, 1, last, Headers.Length);
        table.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        table.Style.Alignment.WrapText = true;
        table.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        table.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        table.SetAutoFilter();
        sheet.SheetView.FreezeRows(HeaderRow);

        // Fixed widths: auto-fit would need a native graphics library on Linux.
        double[] widths = [8, 5, 18, 8, 60, 11, 40, 25, 14, 28, 11, 5];
        for (var c = 0; c < widths.Length; c++)
        {
            sheet.Column(c + 1).Width = widths[c];
        }

        sheet.Column(VersionColumn).Hide();
        foreach (var editable in new[] { StatusColumn, JustificationColumn, NoteColumn, OwnerColumn })
        {
            sheet.Range(FirstDataRow, editable, last, editable).Style.Protection.Locked = false;
            sheet.Range(FirstDataRow, editable, last, editable).Style.Fill.BackgroundColor = XLColor.FromHtml("#FFFBEA");
        }

        sheet.Protect().AllowElement(XLSheetProtectionElements.AutoFilter | XLSheetProtectionElements.FormatColumns | XLSheetProtectionElements.FormatRows);

        var meta = workbook.AddWorksheet(MetaSheet);
        meta.Cell(1, 1).SetText("assessment");
        meta.Cell(1, 2).SetText(assessmentId.ToString());
        meta.Cell(2, 1).SetText("catalog");
        meta.Cell(2, 2).SetText(catalog.Key);
        meta.Hide();

        workbook.SaveAs(output);
    }
}
