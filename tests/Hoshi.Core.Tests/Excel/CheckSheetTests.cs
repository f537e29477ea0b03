using ClosedXML.Excel;
using Hoshi.Core.Evaluation;
using Hoshi.Core.Excel;
using Hoshi.Core.Input;

namespace Hoshi.Core.Tests.Excel;

public sealed class CheckSheetTests
{
    private static readonly Core.Catalogs.Catalog Catalog = TestFiles.Catalog;
    private static readonly Guid Assessment = Guid.Parse("01a21800-0000-7000-8000-000000000001");

    private static MemoryStream Export(int level = 3, IReadOnlyDictionary<string, CheckSheetAnswer>? answers = null)
    {
        var stream = new MemoryStream();
        CheckSheetWriter.Write(stream, Catalog, Assessment, "2026年度 自己評価", level,
            answers ?? new Dictionary<string, CheckSheetAnswer>
            {
                ["2.1"] = new(AnswerStatus.Partial, null, "体制図を作成中", "総務 佐藤", 3, ["体制図.pdf"], new DateOnly(2027, 1, 31)),
            },
            new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(9)));
        stream.Position = 0;
        return stream;
    }

    private static MemoryStream Edit(MemoryStream exported, Action<IXLWorksheet> edit)
    {
        using var workbook = new XLWorkbook(exported);
        var sheet = workbook.Worksheet("チェックシート");
        sheet.Unprotect();
        edit(sheet);
        var edited = new MemoryStream();
        workbook.SaveAs(edited);
        edited.Position = 0;
        return edited;
    }

    private static int RowOf(IXLWorksheet sheet, string criterion) =>
        sheet.Column(4).CellsUsed().Single(c => c.GetString() == criterion).Address.RowNumber;

    [Fact]
    public void Export_has_a_row_per_criterion_of_the_target_with_a_status_dropdown()
    {
        using var workbook = new XLWorkbook(Export(level: 4));
        var sheet = workbook.Worksheet("チェックシート");
        Assert.Equal(Catalog.Criteria.Count, sheet.Column(4).CellsUsed().Count() - 1);
        var row = RowOf(sheet, "2.1");
        Assert.Equal("一部実施", sheet.Cell(row, 6).GetString());
        Assert.Equal("総務 佐藤", sheet.Cell(row, 9).GetString());
        Assert.Equal("体制図.pdf", sheet.Cell(row, 10).GetString());
        Assert.Equal(new DateTime(2027, 1, 31), sheet.Cell(row, 11).GetDateTime());
        Assert.Equal("yyyy-mm-dd", sheet.Cell(row, 11).Style.DateFormat.Format);
        Assert.Equal(XLDataType.Text, sheet.Cell(row, 4).DataType);
        Assert.StartsWith("セキュリティを統括する役員", sheet.Cell(row, 5).GetString(), StringComparison.Ordinal);
        Assert.True(sheet.Cell(row, 6).HasDataValidation);
        Assert.Contains("実施済", sheet.Cell(row, 6).DataValidation.Value, StringComparison.Ordinal);
        Assert.True(sheet.IsProtected);
        Assert.False(sheet.Cell(row, 6).Style.Protection.Locked);
        Assert.True(sheet.Cell(row, 5).Style.Protection.Locked);
    }

    [Fact]
    public void An_edited_sheet_reads_back_with_its_versions()
    {
        var edited = Edit(Export(), sheet =>
        {
            sheet.Cell(RowOf(sheet, "2.1"), 6).Value = "実施済";
            sheet.Cell(RowOf(sheet, "5.1"), 6).Value = "対象外";
            sheet.Cell(RowOf(sheet, "5.1"), 7).Value = "社外要員を受け入れていない";
        });
        var rows = CheckSheetReader.Read(edited, "sheet.xlsx", Catalog, Assessment, 3);
        Assert.Equal(Catalog.CriteriaUpTo(3).Count(), rows.Count);
        var r21 = rows.Single(r => r.CriterionId == "2.1");
        Assert.Equal((AnswerStatus.Implemented, 3, "体制図を作成中"), (r21.Status, r21.Version, r21.Note));
        Assert.Equal("社外要員を受け入れていない", rows.Single(r => r.CriterionId == "5.1").Justification);
    }

    [Fact]
    public void Every_bad_cell_is_reported_with_sheet_row_and_column()
    {
        var rowOf = new Dictionary<string, int>();
        var edited = Edit(Export(), sheet =>
        {
            rowOf["2.2"] = RowOf(sheet, "2.2");
            rowOf["5.1"] = RowOf(sheet, "5.1");
            rowOf["5.2"] = RowOf(sheet, "5.2");
            sheet.Cell(rowOf["2.2"], 6).Value = "たぶん";
            sheet.Cell(rowOf["5.1"], 6).Value = "対象外";
            sheet.Cell(rowOf["5.2"], 4).Value = "1.1"; // a ★4 criterion in a ★3 sheet
        });
        var errors = Assert.Throws<InvalidInputException>(() => CheckSheetReader.Read(edited, "sheet.xlsx", Catalog, Assessment, 3)).Errors;
        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, e => e.Line == rowOf["2.2"] && e.Column == "F" && e.File == "sheet.xlsx [チェックシート]" && e.Reason.Contains("たぶん", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == rowOf["5.1"] && e.Column == "G");
        Assert.Contains(errors, e => e.Line == rowOf["5.2"] && e.Column == "D");
    }

    [Fact]
    public void A_sheet_of_another_assessment_or_a_non_workbook_is_refused()
    {
        Assert.Throws<InvalidInputException>(() => CheckSheetReader.Read(Export(), "x.xlsx", Catalog, Guid.NewGuid(), 3));
        var error = Assert.Single(Assert.Throws<InvalidInputException>(() =>
            CheckSheetReader.Read(new MemoryStream("not a workbook"u8.ToArray()), "x.xlsx", Catalog, Assessment, 3)).Errors);
        Assert.Contains("not an Excel workbook", error.Reason, StringComparison.Ordinal);
    }
}
