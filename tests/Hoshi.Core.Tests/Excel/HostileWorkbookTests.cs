using Hoshi.Core.Excel;
using Hoshi.Core.Input;
using Hoshi.Core.Suppliers;

namespace Hoshi.Core.Tests.Excel;

/// <summary>The files an outside probe uploaded, against the readers the pages use: each is refused, naming where, before it costs anything.</summary>
public sealed class HostileWorkbookTests
{
    private static readonly Core.Catalogs.Catalog Catalog = TestFiles.Catalog;
    private static readonly Guid Assessment = Guid.Parse("01a21800-0000-7000-8000-000000000001");

    private static readonly string Headers = string.Join('\t', ["要求事項", "★", "カテゴリ", "項目ID", "要求事項（原文）", "状態", "理由・実施内容", "メモ", "担当者", "証跡", "是正期限", "版"]);

    private static readonly string HeaderCells = string.Concat(Headers.Split('\t').Select((h, c) => $"<c r=\"{(char)('A' + c)}4\" t=\"inlineStr\"><is><t>{h}</t></is></c>"));

    /// <summary>A check sheet as a person might have edited it: header on row 4, the given rows from row 5.</summary>
    private static RawWorkbook CheckSheet(params string[] rows) =>
        new RawWorkbook().Grid("チェックシート", ["", "", "", Headers, .. rows]).Grid("_hoshi", $"assessment\t{Assessment}");

    private static IReadOnlyList<InputError> CheckSheetErrors(byte[] bytes) =>
        Assert.Throws<InvalidInputException>(() => CheckSheetReader.Read(new MemoryStream(bytes), "sheet.xlsx", Catalog, Assessment, 3)).Errors;

    private static IReadOnlyList<InputError> SupplierErrors(byte[] bytes) =>
        Assert.Throws<InvalidInputException>(() => SupplierTableReader.Read(new MemoryStream(bytes), "suppliers.xlsx")).Errors;

    [Fact]
    public void A_check_sheet_answer_computed_by_a_formula_that_was_never_calculated_is_refused_not_read_as_empty()
    {
        var errors = CheckSheetErrors(CheckSheet("2.1\t★3\t\t2.1\t\t=\"実施\"&\"済\"\t=H5\t体制図\t\t\t\t1").Bytes());
        Assert.Equal([("sheet.xlsx [チェックシート]", 5, "F"), ("sheet.xlsx [チェックシート]", 5, "G")], errors.Select(e => (e.File, e.Line, e.Column)));
        Assert.Equal("the formula =\"実施\"&\"済\" has no saved value (the file was saved without being calculated): open it in Excel, let it calculate, and save it again", errors[0].Reason);
        Assert.StartsWith("the formula =H5 has no saved value", errors[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_check_sheet_answer_computed_by_a_formula_with_its_saved_value_is_read_as_that_value()
    {
        var bytes = new RawWorkbook()
            .Sheet("チェックシート", $"""
                <row r="4">{HeaderCells}</row>
                <row r="5"><c r="D5" t="inlineStr"><is><t>2.1</t></is></c><c r="F5" t="str"><f>"実施"&amp;"済"</f><v>実施済</v></c><c r="G5" t="str"><f>H5</f><v>体制図</v></c><c r="H5" t="inlineStr"><is><t>体制図</t></is></c><c r="L5"><v>2</v></c></row>
                """)
            .Bytes();
        var row = Assert.Single(CheckSheetReader.Read(new MemoryStream(bytes), "sheet.xlsx", Catalog, Assessment, 3));
        Assert.Equal((Core.Evaluation.AnswerStatus.Implemented, "体制図", 2), (row.Status, row.Justification, row.Version));
    }

    [Fact]
    public void A_check_sheet_with_a_circular_formula_or_a_link_to_another_workbook_is_refused_with_the_cells()
    {
        var bytes = new RawWorkbook()
            .Sheet("チェックシート", $"""
                <row r="4">{HeaderCells}</row>
                <row r="5"><c r="D5" t="inlineStr"><is><t>2.1</t></is></c><c r="F5" t="inlineStr"><is><t>実施済</t></is></c><c r="G5" t="str"><f>H5</f><v></v></c><c r="H5" t="str"><f>G5</f><v></v></c><c r="I5" t="str"><f>[1]担当!A1</f><v>佐藤</v></c></row>
                """)
            .Bytes();
        var errors = CheckSheetErrors(bytes);
        Assert.Equal([("I", "reads another workbook"), ("G", "is circular (G5 → H5 → G5)")], errors.Select(e => (e.Column!, e.Reason.Contains("another workbook", StringComparison.Ordinal) ? "reads another workbook" : e.Reason[(e.Reason.IndexOf("is circular", StringComparison.Ordinal))..(e.Reason.IndexOf(')', StringComparison.Ordinal) + 1)])));
        Assert.All(errors, e => Assert.Equal(("sheet.xlsx [チェックシート]", 5), (e.File, e.Line)));
    }

    [Fact]
    public void A_ZIP_that_holds_no_workbook_is_refused_by_both_readers()
    {
        var zip = RawWorkbook.Zip(("word/document.xml", "<w:document/>"));
        Assert.Contains("not an Excel workbook", Assert.Single(SupplierErrors(zip)).Reason, StringComparison.Ordinal);
        Assert.Contains("not an Excel workbook", Assert.Single(CheckSheetErrors(zip)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void One_cell_at_A1048576_is_refused_by_both_readers_at_its_row()
    {
        var far = new RawWorkbook().Sheet("取引先", """<row r="1"><c r="A1" t="inlineStr"><is><t>取引先名</t></is></c></row><row r="1048576"><c r="A1048576"><v>1</v></c></row>""", dimension: "A1:A1048576").Bytes();
        var error = Assert.Single(SupplierErrors(far));
        Assert.Equal("suppliers.xlsx [取引先]", error.File);
        Assert.StartsWith("the sheet declares cells up to A1048576 (dimension A1:A1048576); Hoshi reads at most 100,001 rows", error.Reason, StringComparison.Ordinal);

        var liar = new RawWorkbook().Sheet("チェックシート", """<row r="1048576"><c r="A1048576"><v>1</v></c></row>""", dimension: "A1").Bytes();
        error = Assert.Single(CheckSheetErrors(liar));
        Assert.Equal(("sheet.xlsx [チェックシート]", 1_048_576), (error.File, error.Line));
        Assert.StartsWith("the sheet reaches row 1,048,576; Hoshi reads at most 2,000 rows", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_register_of_more_rows_than_an_import_takes_is_refused_by_its_dimension()
    {
        var bytes = new RawWorkbook().Sheet("取引先", """<row r="1"><c r="A1" t="inlineStr"><is><t>取引先名</t></is></c></row>""", dimension: "A1:Q120000").Bytes();
        Assert.StartsWith("the sheet declares cells up to Q120000", Assert.Single(SupplierErrors(bytes)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_supplier_register_reads_the_first_sheet_with_cached_formula_values_and_numbers_as_text()
    {
        var bytes = new RawWorkbook()
            .Sheet("取引先", """
                <row r="1"><c r="A1" t="inlineStr"><is><t>取引先名</t></is></c><c r="B1" t="inlineStr"><is><t>法人番号</t></is></c><c r="C1" t="inlineStr"><is><t>重要な取引先</t></is></c></row>
                <row r="2"><c r="A2" t="str"><f>"株式会社"&amp;"A"</f><v>株式会社A</v></c><c r="B2"><v>1234567890123</v></c><c r="C2" t="b"><v>1</v></c></row>
                <row r="3"/>
                <row r="4"><c r="A4" t="inlineStr"><is><t>B社</t></is></c></row>
                """)
            .Grid("メモ", "ignored")
            .Bytes();
        var table = SupplierTableReader.Read(new MemoryStream(bytes), "suppliers.xlsx");
        Assert.Equal("suppliers.xlsx [取引先]", table.Location);
        Assert.Equal([(2, "株式会社A", "1234567890123", "TRUE"), (4, "B社", "", "")], table.Rows.Select(r => (r.Line, r.Cells["name"], r.Cells["corporate_number"], r.Cells["important"])));
        Assert.Equal("B", table.NameOf(SupplierColumns.CorporateNumber));
    }
}
