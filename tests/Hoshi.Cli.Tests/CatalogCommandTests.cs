using System.Text;
using Hoshi.Core.Catalogs;
using Hoshi.Core.Csv;

namespace Hoshi.Cli.Tests;

public sealed class CatalogCommandTests : IDisposable
{
    private readonly TempFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public async Task Json_export_loads_back_as_the_same_catalog()
    {
        var run = await CliRun.RunAsync("catalog", "export", "--catalog", "meti-scs@1", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var catalog = CatalogLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(run.Out)), "export.json");
        Assert.Equal(("meti-scs@1", 59, 152), (catalog.Key, catalog.Requirements.Count, catalog.Criteria.Count));
    }

    [Fact]
    public async Task Csv_export_to_a_file_starts_with_a_BOM_for_Excel_and_has_a_row_per_criterion()
    {
        var path = Path.Combine(files.Directory, "catalog.csv");
        var run = await CliRun.RunAsync("catalog", "export", "--catalog", "meti-scs@1", "--format", "csv", "--out", path);
        Assert.Equal(0, run.ExitCode);
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble));
        var records = CsvReader.Read(new StringReader(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3))).ToList();
        Assert.Equal(153, records.Count);
    }

    [Fact]
    public async Task List_and_show_print_the_requirements()
    {
        var list = await CliRun.RunAsync("catalog", "list", "--catalog", "meti-scs@1", "--level", "3");
        Assert.Equal(25, list.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        var show = await CliRun.RunAsync("catalog", "show", "--catalog", "meti-scs@1", "47", "--lang", "en");
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("47.3", show.Out, StringComparison.Ordinal);
        Assert.Contains("Firewall logs (6 months)", show.Out, StringComparison.Ordinal);

        var missing = await CliRun.RunAsync("catalog", "show", "--catalog", "meti-scs@1", "60");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("requirement 60 is not in catalog meti-scs@1", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_catalog_version_is_picked_up_from_the_data_folder_without_code()
    {
        var export = await CliRun.RunAsync("catalog", "export", "--catalog", "meti-scs@1", "--format", "json");
        var catalogs = Directory.CreateDirectory(Path.Combine(files.Directory, "catalogs"));
        var next = export.Out.Replace("\"version\": \"1\"", "\"version\": \"2-test\"", StringComparison.Ordinal)
            .Replace("\"published\": \"2025-04-14\"", "\"published\": \"2026-03-27\"", StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(catalogs.FullName, "next.catalog.json"), next);

        var versions = await CliRun.RunAsync("catalog", "versions", "--data-dir", files.Directory);
        Assert.Contains("meti-scs@1 ", versions.Out, StringComparison.Ordinal);
        Assert.Contains("meti-scs@2-test", versions.Out, StringComparison.Ordinal);

        await File.WriteAllTextAsync(Path.Combine(catalogs.FullName, "broken.catalog.json"), "{\"format\": 1}");
        var broken = await CliRun.RunAsync("catalog", "versions", "--data-dir", files.Directory);
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("broken.catalog.json: $.format", broken.Error, StringComparison.Ordinal);
    }
}
