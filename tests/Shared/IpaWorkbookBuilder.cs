using ClosedXML.Excel;

namespace Hoshi.Tests.Shared;

/// <summary>
/// Builds a workbook in the layout of IPA's 20260327001-c.xlsx as far as it is known: sheet
/// 「★3・★4要求事項・評価基準」, a title in row 1, headers in row 2, a criterion per row from row 3 (C category,
/// F requirement No., G/H the requirement's ★ marks, J requirement text, K criterion ★, L criterion No., M criterion
/// text), the category and requirement cells merged over their rows. Tests change <see cref="Rows"/> or edit the
/// sheet to build each refused variant.
/// </summary>
internal sealed class IpaWorkbookBuilder
{
    public static readonly string[] Headers = ["通番", "", "カテゴリー", "サブカテゴリー", "CSF", "要求事項No.", "★3", "★4", "", "要求事項", "★", "評価基準No.", "評価基準"];

    public List<RevisionData.Row> Rows { get; } = [.. RevisionData.Star3And4];

    public string SheetName { get; set; } = RevisionData.Sheet;

    /// <summary>Merge the category and requirement cells over their rows, as the official workbook does.</summary>
    public bool Merge { get; set; } = true;

    /// <summary>The text of each criterion's ★ cell; "★3" or "★4" by default.</summary>
    public Func<RevisionData.Row, object> Level { get; set; } = r => $"★{r.Level}";

    /// <summary>A last change to the sheet, after the rows are written.</summary>
    public Action<IXLWorksheet>? Edit { get; set; }

    public byte[] Build()
    {
        using var workbook = new XLWorkbook();
        workbook.AddWorksheet("表紙").Cell(1, 1).Value = "サプライチェーン強化に向けたセキュリティ対策評価制度（試験用）";
        var sheet = workbook.AddWorksheet(SheetName);
        sheet.Cell(1, 1).Value = "★3・★4要求事項・評価基準（試験用に作成したもの）";
        for (var c = 0; c < Headers.Length; c++)
        {
            sheet.Cell(2, c + 1).Value = Headers[c];
        }

        var levelsOf = Rows.GroupBy(r => r.Requirement).ToDictionary(g => g.Key, g => g.Select(r => r.Level).ToHashSet());
        for (var i = 0; i < Rows.Count; i++)
        {
            var r = Rows[i];
            var row = 3 + i;
            var first = i == 0 || Rows[i - 1].Requirement != r.Requirement || !Merge;
            var firstOfCategory = i == 0 || Rows[i - 1].Category != r.Category || !Merge;
            sheet.Cell(row, 1).Value = i + 1;
            if (firstOfCategory)
            {
                Text(sheet.Cell(row, 3), r.Category);
            }

            if (first)
            {
                Text(sheet.Cell(row, 6), r.Requirement);
                sheet.Cell(row, 7).Value = levelsOf[r.Requirement].Contains(3) ? "○" : "";
                sheet.Cell(row, 8).Value = "○";
                Text(sheet.Cell(row, 10), r.RequirementText);
            }

            sheet.Cell(row, 11).Value = Level(r);
            Text(sheet.Cell(row, 12), r.Criterion);
            Text(sheet.Cell(row, 13), r.CriterionText);
        }

        if (Merge)
        {
            MergeRuns(sheet, r => r.Requirement, 6, 7, 8, 10);
            MergeRuns(sheet, r => r.Category, 3);
        }

        Edit?.Invoke(sheet);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>A text cell, as the official workbook has them: ClosedXML would read "4-1-3" as a date, as Excel does.</summary>
    private static void Text(IXLCell cell, string text) => cell.SetValue(text).DataType = XLDataType.Text;

    /// <summary>Merges the given columns over each run of rows with the same key.</summary>
    private void MergeRuns(IXLWorksheet sheet, Func<RevisionData.Row, string> key, params int[] columns)
    {
        for (var start = 0; start < Rows.Count;)
        {
            var end = start;
            while (end + 1 < Rows.Count && key(Rows[end + 1]) == key(Rows[start]))
            {
                end++;
            }

            if (end > start)
            {
                foreach (var column in columns)
                {
                    sheet.Range(3 + start, column, 3 + end, column).Merge();
                }
            }

            start = end + 1;
        }
    }
}
