using Hoshi.Core.Catalogs.Import;
using Hoshi.Core.Input;
using Hoshi.Tests.Shared;

namespace Hoshi.Core.Tests.Catalogs;

public sealed class IpaWorkbookReaderTests
{
    private const string Where = "20260327001-c.xlsx [★3・★4要求事項・評価基準]";

    private static IpaWorkbook Read(IpaWorkbookBuilder builder) => IpaWorkbookReader.Read(new MemoryStream(builder.Build()), "20260327001-c.xlsx");

    private static IReadOnlyList<InputError> Refuse(IpaWorkbookBuilder builder) =>
        Assert.Throws<InvalidInputException>(() => Read(builder)).Errors;

    private static int RowOf(string criterion) => RevisionData.Star3And4.Single(r => r.Criterion == criterion).Number;

    [Fact]
    public void The_official_layout_reads_every_criterion_with_its_level_row_and_verbatim_text()
    {
        var workbook = Read(new IpaWorkbookBuilder());
        Assert.Equal((RevisionData.Sheet, 2), (workbook.Sheet, workbook.HeaderRow));
        Assert.Equal(["C", "F", "J", "K", "L", "M"], workbook.Columns.OrderBy(c => c.Key).Select(c => c.Value));
        Assert.Equal(
            RevisionData.Star3And4.Select(r => (r.Number, r.Category, r.Requirement, r.RequirementText, r.Level, r.Criterion, r.CriterionText)),
            workbook.Rows.Select(r => (r.Row, r.Category!, r.RequirementId, r.RequirementText, r.Level, r.CriterionId, r.CriterionText)));
        Assert.Equal(153, workbook.Rows.Count);
        Assert.Equal(72, workbook.Rows.Count(r => r.Level == 4));
    }

    [Fact]
    public void Columns_are_found_by_their_labels_where_they_moved_and_by_position_where_no_label_says()
    {
        var moved = Read(new IpaWorkbookBuilder { Edit = sheet => { sheet.Row(1).InsertRowsBelow(1); sheet.Column(1).InsertColumnsBefore(2); } });
        Assert.Equal((3, "N", "O"), (moved.HeaderRow, moved.Columns[IpaColumn.CriterionNo], moved.Columns[IpaColumn.CriterionText]));
        Assert.Equal(RevisionData.Star3And4.Select(r => (r.Number + 1, r.CriterionText)), moved.Rows.Select(r => (r.Row, r.CriterionText)));

        var unlabelled = Read(new IpaWorkbookBuilder { Edit = sheet => sheet.Row(2).Clear() });
        Assert.Equal(153, unlabelled.Rows.Count);
        Assert.Equal("L", unlabelled.Columns[IpaColumn.CriterionNo]);
        Assert.Equal(RevisionData.Star3And4.Select(r => r.Criterion), unlabelled.Rows.Select(r => r.CriterionId));
    }

    [Fact]
    public void A_level_reads_as_star3_3_or_full_width_3_and_cells_need_not_be_merged()
    {
        var i = 0;
        var workbook = Read(new IpaWorkbookBuilder
        {
            Merge = false,
            Level = r => (i++ % 4) switch { 0 => $"★{r.Level}", 1 => r.Level, 2 => r.Level == 3 ? "３" : "４", _ => r.Level == 3 ? "★３" : "★４" },
        });
        Assert.Equal(RevisionData.Star3And4.Select(r => r.Level), workbook.Rows.Select(r => r.Level));
    }

    [Fact]
    public void A_missing_sheet_or_a_file_that_is_no_workbook_is_refused()
    {
        var sheet = Assert.Single(Refuse(new IpaWorkbookBuilder { SheetName = "評価基準" }));
        Assert.Equal(0, sheet.Line);
        Assert.Contains("no sheet named 「★3・★4要求事項・評価基準」", sheet.Reason, StringComparison.Ordinal);
        Assert.Contains("「評価基準」", sheet.Reason, StringComparison.Ordinal);

        var notAWorkbook = Assert.Throws<InvalidInputException>(() => IpaWorkbookReader.Read(new MemoryStream("criterion,level\n"u8.ToArray()), "x.xlsx")).Errors;
        Assert.Contains("not an Excel workbook", Assert.Single(notAWorkbook).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_column_is_refused_at_its_header()
    {
        var error = Assert.Single(Refuse(new IpaWorkbookBuilder { Edit = sheet => sheet.Column(12).Clear() }));
        Assert.Equal((Where, 2, "L"), (error.File, error.Line, error.Column));
        Assert.Contains("no column 「評価基準No.」", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_bad_cell_is_reported_with_sheet_row_and_column()
    {
        var builder = new IpaWorkbookBuilder();
        Replace(builder, "4-1-3-2", r => r with { Criterion = "4-1-3-x" });
        Replace(builder, "4-1-3-4", r => r with { Criterion = "4-1-3-1" });
        Replace(builder, "4-1-4-1", r => r with { Criterion = "4-1-5-9" });
        Replace(builder, "4-1-5-1", r => r with { CriterionText = " \n" });
        builder.Level = r => r.Criterion == "1-2-1-2" ? "★5" : r.Criterion == "1-2-1-3" ? "" : $"★{r.Level}";
        builder.Edit = sheet => sheet.Cell(RowOf("2-1-2-1"), 10).Value = "";

        var errors = Refuse(builder).Select(e => (e.Line, e.Column, e.File)).ToList();
        Assert.Equal(
            [
                (RowOf("1-2-1-2"), "K", Where),
                (RowOf("1-2-1-3"), "K", Where),
                (RowOf("2-1-2-1"), "J", Where),
                (RowOf("4-1-3-2"), "L", Where),
                (RowOf("4-1-3-4"), "L", Where),
                (RowOf("4-1-4-1"), "L", Where),
                (RowOf("4-1-5-1"), "M", Where),
            ],
            errors);

        var reasons = Refuse(builder).Select(e => e.Reason).ToList();
        Assert.Contains("「4-1-3-x」 is not a criterion No. such as 4-1-3-3", reasons);
        Assert.Contains($"criterion 4-1-3-1 appears twice (first on row {RowOf("4-1-3-1")})", reasons);
        Assert.Contains("criterion 4-1-5-9 does not start with its requirement's No. 4-1-4", reasons);
        Assert.Contains("「★5」 is not a ★ of a criterion: expected ★3 or ★4 (3, ３ and ★３ are read too)", reasons);
        Assert.Contains("requirement 2-1-2 has no text", reasons);
        Assert.Contains("criterion 4-1-5-1 has no text", reasons);
    }

    [Fact]
    public void A_malformed_requirement_No_is_reported_on_each_of_its_rows()
    {
        var builder = new IpaWorkbookBuilder { Merge = false };
        Replace(builder, "1-2-3-1", r => r with { Requirement = "1-2" });
        var error = Assert.Single(Refuse(builder));
        Assert.Equal((RowOf("1-2-3-1"), "F", "「1-2」 is not a requirement No. such as 4-1-3"), (error.Line, error.Column, error.Reason));
    }

    [Fact]
    public void A_No_that_Excel_turned_into_a_date_says_so()
    {
        var error = Assert.Single(Refuse(new IpaWorkbookBuilder { Edit = sheet => sheet.Cell(RowOf("4-1-3-3"), 12).Value = new DateTime(2004, 1, 3) }));
        Assert.Equal((RowOf("4-1-3-3"), "L"), (error.Line, error.Column));
        Assert.Contains("Excel turned it into a date; format the cell as text and type the No. again", error.Reason, StringComparison.Ordinal);
    }

    private static void Replace(IpaWorkbookBuilder builder, string criterion, Func<RevisionData.Row, RevisionData.Row> change)
    {
        var i = builder.Rows.FindIndex(r => r.Criterion == criterion);
        builder.Rows[i] = change(builder.Rows[i]);
    }
}
