using Hoshi.Core.Csv;
using Hoshi.Core.Evaluation;
using Hoshi.Core.Input;
using Hoshi.Core.Suppliers;

namespace Hoshi.Core.Tests.Csv;

public sealed class CsvReaderTests
{
    private static List<(int Line, string Fields)> Read(string text) =>
        [.. CsvReader.Read(new StringReader(text)).Select(r => (r.Line, string.Join("|", r.Fields)))];

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    [InlineData("\r")]
    public void Every_line_end_ends_a_record(string end)
    {
        Assert.Equal([(1, "a|b"), (2, "c|d"), (4, "e|")], Read($"a,b{end}c,d{end}{end}e,{end}"));
    }

    [Fact]
    public void Mixed_line_ends_count_one_line_each_also_inside_quoted_fields()
    {
        var records = Read("a,\"x\ry\r\nz\nw\"\rb,c\r\nd,e\n");
        Assert.Equal([(1, "a|x\ry\r\nz\nw"), (5, "b|c"), (6, "d|e")], records);
    }

    [Fact]
    public void A_classic_Mac_answers_file_reads_every_line()
    {
        var answers = AnswerFile.Parse(new StringReader("criterion,status,justification\r2.1,implemented,\r5.1,対象外,\"一行目\r二行目\"\r"), "mac.csv", TestFiles.Catalog);
        Assert.Equal([("2.1", AnswerStatus.Implemented, null), ("5.1", AnswerStatus.NotApplicable, "一行目\r二行目")], answers.Select(a => (a.CriterionId, a.Status, a.Justification)));
    }

    [Fact]
    public void A_classic_Mac_answers_file_reports_the_right_line()
    {
        var errors = Assert.Throws<InvalidInputException>(() => AnswerFile.Parse(
            new StringReader("criterion,status,justification\r2.1,implemented,\r5.1,対象外,\"一行目\r二行目\"\r2.2,bad,\r"), "mac.csv", TestFiles.Catalog)).Errors;
        Assert.Equal("mac.csv:5: unknown status \"bad\"; expected one of", Assert.Single(errors).ToString()[..48]);
    }

    [Fact]
    public void A_classic_Mac_supplier_register_reads_every_row()
    {
        var table = SupplierTableReader.Read(new MemoryStream("取引先名,法人番号\r株式会社A,\r株式会社B,\r"u8.ToArray()), "mac.csv");
        Assert.Equal([("株式会社A", 2), ("株式会社B", 3)], table.Rows.Select(r => (r.Cells["name"], r.Line)));
    }
}
