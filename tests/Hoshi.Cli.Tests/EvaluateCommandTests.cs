using System.Text;
using System.Text.Json.Nodes;

namespace Hoshi.Cli.Tests;

public sealed class EvaluateCommandTests : IDisposable
{
    private static readonly Core.Catalogs.Catalog Catalog = Core.Catalogs.CatalogLibrary.BuiltIn().Resolve("meti-scs@1")!;
    private readonly TempFiles files = new();

    public void Dispose() => files.Dispose();

    private static string AllOf(int level, string status = "implemented") =>
        "criterion,status,justification\n" + string.Concat(Catalog.CriteriaUpTo(level).Select(c => $"{c.Id},{status},\n"));

    [Fact]
    public async Task Json_output_has_the_published_shape()
    {
        var path = files.Write("answers.csv", AllOf(3) + "1.1,partial,\n");
        var run = await CliRun.RunAsync("evaluate", "--catalog", "meti-scs@1", "--level", "4", "--answers", path, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var json = JsonNode.Parse(run.Out)!;
        Assert.Equal(4, (int)json["targetLevel"]!);
        Assert.False((bool)json["achieved"]!);
        Assert.Equal(3, (int?)json["achievedLevel"]);
        var counts = json["counts"]!;
        Assert.Equal(Catalog.CriteriaUpTo(3).Count(), (int)counts["met"]!);
        Assert.Equal(1, (int)counts["partial"]!);
        Assert.Equal(0, (int)counts["notMet"]!);
        Assert.Equal(0, (int)counts["notApplicable"]!);
        Assert.Equal(Catalog.Criteria.Count(c => c.Level == 4) - 1, (int)counts["unanswered"]!);
        var gap = json["gaps"]!.AsArray().First()!;
        Assert.Equal(("1.1", "1", "partial"), ((string)gap["criterion"]!, (string)gap["requirement"]!, (string)gap["status"]!));
        Assert.Equal(7, json["categories"]!.AsArray().Count);
        Assert.Equal(6, json["functions"]!.AsArray().Count);
    }

    [Fact]
    public async Task Achieved_level_is_null_in_json_when_nothing_is_reached()
    {
        var path = files.Write("answers.csv", "criterion,status,justification\n");
        var run = await CliRun.RunAsync("evaluate", "--catalog", "meti-scs@1", "--level", "3", "--answers", path, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var json = JsonNode.Parse(run.Out)!.AsObject();
        Assert.True(json.ContainsKey("achievedLevel"));
        Assert.Null(json["achievedLevel"]);
    }

    [Fact]
    public async Task Text_output_says_the_level_reached_in_Japanese_by_default()
    {
        var path = files.Write("answers.csv", "\uFEFF" + AllOf(3, "実施済"));
        var run = await CliRun.RunAsync("evaluate", "--catalog", "meti-scs@1", "--level", "3", "--answers", path);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("到達: ★3", run.Out, StringComparison.Ordinal);
        Assert.Contains("★3 の要求事項をすべて満たしています", run.Out, StringComparison.Ordinal);

        var english = await CliRun.RunAsync("evaluate", "--catalog", "meti-scs@1", "--level", "4", "--answers", path, "--lang", "en");
        Assert.Contains("Reached: ★3", english.Out, StringComparison.Ordinal);
        Assert.Contains("★4 is not reached", english.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("criterion,status,justification\n2.1,implemented,\n3.9,implemented,\n", ":3: unknown criterion \"3.9\"")]
    [InlineData("criterion,status,justification\n2.1,done,\n", ":2: unknown status \"done\"")]
    [InlineData("criterion,status,justification\n2.1,implemented,\n5.1,partial,\n2.1,partial,\n", ":4: criterion 2.1 appears twice (first on line 2)")]
    [InlineData("criterion,status,justification\n5.1,not_applicable,\n", ":2: criterion 5.1 is not applicable but has no justification")]
    [InlineData("criterion,status,justification\n5.1,対象外,\"理由\n", ":2: a quoted field is never closed")]
    [InlineData("criterion;status\n2.1;implemented\n", ":1: unknown column \"criterion;status\"")]
    public async Task Bad_input_exits_1_with_file_line_and_reason_and_no_result(string csv, string expected)
    {
        var path = files.Write("answers.csv", csv);
        var run = await CliRun.RunAsync("evaluate", "--catalog", "meti-scs@1", "--level", "3", "--answers", path, "--format", "json");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(path + expected, run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task A_Shift_JIS_file_is_refused_with_the_line_of_the_first_bad_byte()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("shift_jis").GetBytes("criterion,status,justification\n2.1,implemented,\n5.1,対象外,派遣なし\n");
        var path = files.Write("sjis.csv", bytes);
        var run = await CliRun.RunAsync("evaluate", "--catalog", "meti-scs@1", "--level", "3", "--answers", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{path}:3: not valid UTF-8", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_a_user_error()
    {
        var run = await CliRun.RunAsync("evaluate", "--catalog", "meti-scs@1", "--level", "3", "--answers", Path.Combine(files.Directory, "none.csv"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("none.csv: file not found", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evaluate", "--answers", "a.csv")]
    [InlineData("evaluate", "--level", "three", "--answers", "a.csv")]
    [InlineData("evaluate", "--level", "5", "--answers", "a.csv")]
    [InlineData("evaluate", "--level", "3", "--answers", "a.csv", "--format", "xml")]
    [InlineData("evalute", "--level", "3")]
    [InlineData("catalog", "export", "--format", "pdf")]
    [InlineData()]
    public async Task Usage_errors_exit_2(params string[] args)
    {
        var run = await CliRun.RunAsync(args);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("hoshi: ", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task Help_exits_0()
    {
        var run = await CliRun.RunAsync("evaluate", "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--answers", run.Out, StringComparison.Ordinal);
    }
}
