using System.Text;
using Hoshi.Core.Csv;
using Hoshi.Core.Export;

namespace Hoshi.Core.Tests.Export;

public sealed class CatalogCsvExportTests
{
    [Fact]
    public void Csv_has_one_row_per_criterion_and_reads_back()
    {
        var text = new StringWriter();
        CatalogCsvWriter.Write(TestFiles.Catalog, text);
        var records = CsvReader.Read(new StringReader(text.ToString())).ToList();
        Assert.Equal(TestFiles.Catalog.Criteria.Count + 1, records.Count);
        var header = records[0].Fields.ToList();
        var row = records.Single(r => r.Fields[header.IndexOf("criterion")] == "48.2").Fields;
        Assert.Equal("3", row[header.IndexOf("level")]);
        Assert.Contains("\n[対象]\n- 会社支給のパソコンの OS、ブラウザ、Office ソフト", row[header.IndexOf("criterion_ja")], StringComparison.Ordinal);
    }

    [Fact]
    public void Deterministic_guids_are_stable_version_5_uuids()
    {
        var a = DeterministicGuid.Create("x");
        Assert.Equal(a, DeterministicGuid.Create("x"));
        Assert.NotEqual(a, DeterministicGuid.Create("y"));
        Assert.Equal('5', a.ToString()[14]);
        Assert.Contains(a.ToString()[19], "89ab");
        Assert.True(Encoding.UTF8.GetByteCount(a.ToString()) == 36);
    }
}
