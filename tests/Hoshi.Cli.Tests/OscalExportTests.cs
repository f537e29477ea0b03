using System.Text.Json.Nodes;
using Json.Schema;

namespace Hoshi.Cli.Tests;

public sealed class OscalExportTests
{
    private static EvaluationResults Validate(string json) => OscalSchemas.Validate("oscal_catalog_schema.json", json);

    private static string Describe(EvaluationResults results) => OscalSchemas.Describe(results);

    [Theory]
    [InlineData("ja")]
    [InlineData("en")]
    public async Task Export_validates_against_NISTs_OSCAL_catalog_schema(string language)
    {
        var run = await CliRun.RunAsync("catalog", "export", "--format", "oscal", "--lang", language);
        Assert.Equal(0, run.ExitCode);
        var results = Validate(run.Out);
        Assert.True(results.IsValid, Describe(results));
    }

    [Fact]
    public async Task Export_holds_59_requirements_25_at_level_3_and_34_at_level_4_with_every_criterion()
    {
        var run = await CliRun.RunAsync("catalog", "export", "--catalog", "meti-scs@1", "--format", "oscal");
        var catalog = JsonNode.Parse(run.Out)!["catalog"]!;
        Assert.Equal("1.2.1", (string?)catalog["metadata"]!["oscal-version"]);

        var controls = catalog["groups"]!.AsArray().SelectMany(g => g!["groups"]!.AsArray()).SelectMany(s => s!["controls"]!.AsArray()).ToList();
        Assert.Equal(59, controls.Count);
        string Level(JsonNode control) => (string)control["props"]!.AsArray().Single(p => (string?)p!["name"] == "level")!["value"]!;
        Assert.Equal(25, controls.Count(c => Level(c!) == "3"));
        Assert.Equal(34, controls.Count(c => Level(c!) == "4"));

        var criteria = controls.SelectMany(c => c!["parts"]![0]!["parts"]!.AsArray()).ToList();
        var catalogModel = Core.Catalogs.CatalogLibrary.BuiltIn().Resolve("meti-scs@1")!;
        Assert.Equal(catalogModel.Criteria.Select(c => "crit-" + c.Id), criteria.Select(p => (string)p!["id"]!));
        Assert.Equal(catalogModel.Criteria.Select(c => c.Text.Ja), criteria.Select(p => (string)p!["prose"]!));
        Assert.Equal(catalogModel.Criteria.Sum(c => c.Parts.Count), criteria.Sum(p => p!["parts"]?.AsArray().Count ?? 0));
    }

    [Fact]
    public void The_schema_check_itself_rejects_a_broken_catalog()
    {
        var broken = """{"catalog":{"uuid":"6f1c2b0e-8d5a-4a8e-9c3b-2f7d4e1a9b60","metadata":{"title":"x","last-modified":"2025-04-14T00:00:00Z","oscal-version":"1.2.1"},"controls":[{"id":"1 bad id","title":"x"}]}}""";
        Assert.False(Validate(broken).IsValid);
    }

    [Fact]
    public async Task Export_to_a_file_writes_it_whole()
    {
        var path = Path.Combine(Path.GetTempPath(), $"hoshi-oscal-{Guid.NewGuid():N}.json");
        try
        {
            var run = await CliRun.RunAsync("catalog", "export", "--format", "oscal", "--out", path);
            Assert.Equal(0, run.ExitCode);
            Assert.Equal("", run.Out);
            Assert.True(Validate(await File.ReadAllTextAsync(path)).IsValid);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
