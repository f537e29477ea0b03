using System.Collections;
using System.Security.Cryptography;
using System.Text;
using Hoshi.Core.Catalogs;
using Hoshi.Core.Export;
using Hoshi.Tests.Shared;

namespace Hoshi.Cli.Tests;

/// <summary>
/// `hoshi catalog import-ipa` on workbooks in the official layout, against a data folder where meti-scs@2026-03-27
/// is installed with its ★3 part only (built in, or from the reference file where this build has no such version).
/// </summary>
public sealed class CatalogImportTests : IDisposable
{
    private const string Key = "meti-scs@2026-03-27";
    private readonly TempFiles files = new();
    private readonly string catalogs;

    public CatalogImportTests()
    {
        catalogs = Directory.CreateDirectory(Path.Combine(files.Directory, "catalogs")).FullName;
        if (CatalogLibrary.BuiltIn().Find("meti-scs", RevisionData.Version) is null)
        {
            File.WriteAllText(Path.Combine(catalogs, "star3.catalog.json"), RevisionData.Document(RevisionData.Star3, english: true).ToJsonString());
        }
    }

    public void Dispose() => files.Dispose();

    private Task<CliRun> RunAsync(params string[] args) =>
        CliRun.RunAsync(new Hashtable { ["USER"] = "tester", ["HOSHI_DATA_DIR"] = files.Directory }, args);

    private string Workbook(IpaWorkbookBuilder? builder = null, string name = "20260327001-c.xlsx") =>
        files.Write(name, (builder ?? new IpaWorkbookBuilder()).Build());

    private string[] Installed() => [.. Directory.GetFiles(catalogs).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    private static string Sha(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    [Fact]
    public async Task The_official_layout_completes_the_version_with_its_star4_criteria_and_prints_the_counts()
    {
        var path = Workbook();
        var run = await RunAsync("catalog", "import-ipa", path, "--version", "2026-03-27");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"SHA-256 {Sha(path)}", run.Out, StringComparison.Ordinal);
        Assert.Contains($"not the published workbook's ({RevisionData.PublishedSha256})", run.Out, StringComparison.Ordinal);
        Assert.Contains($"Completed {Key}: assessments on it stay valid.", run.Out, StringComparison.Ordinal);
        Assert.Contains("★3: 26 requirements, 81 criteria\n", run.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Matches(@"★4: \d+ requirements, 153 criteria \(72 of them ★4\)", run.Out);
        Assert.Contains("meti-scs-2026-03-27.catalog.json", Installed());

        var versions = await RunAsync("catalog", "versions");
        Assert.Matches(@"meti-scs@2026-03-27 +2026-03-27  \d+ requirements, 153 criteria  ", versions.Out);

        var again = await RunAsync("catalog", "import-ipa", path, "--version", "2026-03-27");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains($"{Key} already carries every criterion of this workbook; nothing was installed.", again.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_installed_version_exports_in_its_own_format_and_loads_back_identically()
    {
        Assert.Equal(0, (await RunAsync("catalog", "import-ipa", Workbook(), "--version", "2026-03-27")).ExitCode);
        var exported = Path.Combine(files.Directory, "export.json");
        var run = await RunAsync("catalog", "export", "--catalog", Key, "--format", "json", "--out", exported);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"wrote {Key}", run.Error, StringComparison.Ordinal);

        var bytes = await File.ReadAllBytesAsync(exported);
        var catalog = CatalogLoader.Load(new MemoryStream(bytes), exported);
        Assert.Equal((2, 153, 81), (catalog.Format, catalog.Criteria.Count, catalog.CriteriaUpTo(3).Count()));
        using var again = new MemoryStream();
        CatalogJsonWriter.Write(catalog, again);
        Assert.Equal(bytes, again.ToArray());
        Assert.Equal(RevisionData.Star3.Select(r => r.CriterionText), catalog.CriteriaUpTo(3).Select(c => c.OfficialText.Ja));

        var stdout = await RunAsync("catalog", "export", "--catalog", Key, "--format", "json");
        Assert.Equal(Encoding.UTF8.GetString(bytes), stdout.Out);
        var draft = await RunAsync("catalog", "export", "--catalog", "meti-scs@1", "--format", "json");
        Assert.Contains("\"format\": \"hoshi-catalog/1\"", draft.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_workbook_with_other_star3_text_is_installed_only_as_a_new_version_listing_each_difference()
    {
        var builder = new IpaWorkbookBuilder();
        var i = builder.Rows.FindIndex(r => r.Criterion == "4-1-3-3");
        builder.Rows[i] = builder.Rows[i] with { CriterionText = builder.Rows[i].CriterionText.Replace("2種類以上", "3種類以上", StringComparison.Ordinal) };
        var path = Workbook(builder);
        var run = await RunAsync("catalog", "import-ipa", path, "--version", "2026-03-27");

        var version = $"2026-03-27-{Sha(path)[..8]}";
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"The workbook differs from {Key} in 1 places:", run.Out, StringComparison.Ordinal);
        Assert.Contains("  criterion 4-1-3-3: text differs at line 1, character 29", run.Out, StringComparison.Ordinal);
        Assert.Contains($"Installed as a new version meti-scs@{version}; assessments on {Key} are unchanged.", run.Out, StringComparison.Ordinal);
        Assert.Contains($"meti-scs-{version}.catalog.json", Installed());

        var versions = await RunAsync("catalog", "versions");
        Assert.Contains("(★4 not installed)", versions.Out, StringComparison.Ordinal);
        Assert.Contains($"meti-scs@{version}", versions.Out, StringComparison.Ordinal);
    }

    private static readonly Dictionary<string, (Action<IpaWorkbookBuilder> Change, string Error)> Variants = new()
    {
        ["missing sheet"] = (b => b.SheetName = "Sheet1", "20260327001-c.xlsx: the workbook has no sheet named 「★3・★4要求事項・評価基準」"),
        ["missing column"] = (b => b.Edit = s => s.Column(13).Clear(), "[★3・★4要求事項・評価基準]:2: M: no column 「評価基準」"),
        ["malformed No."] = (b => Change(b, "4-1-3-3", r => r with { Criterion = "4-1-3-３x" }), "[★3・★4要求事項・評価基準]:72: L: 「4-1-3-３x」 is not a criterion No."),
        ["duplicate No."] = (b => Change(b, "4-1-3-3", r => r with { Criterion = "4-1-3-2" }), "[★3・★4要求事項・評価基準]:72: L: criterion 4-1-3-2 appears twice (first on row 71)"),
        ["No. of another requirement"] = (b => Change(b, "4-1-3-3", r => r with { Criterion = "4-1-4-3" }), "[★3・★4要求事項・評価基準]:72: L: criterion 4-1-4-3 does not start with its requirement's No. 4-1-3"),
        ["★ other than 3 or 4"] = (b => b.Level = r => r.Criterion == "4-1-3-3" ? "★2" : $"★{r.Level}", "[★3・★4要求事項・評価基準]:72: K: 「★2」 is not a ★ of a criterion"),
        ["empty text"] = (b => Change(b, "4-1-3-3", r => r with { CriterionText = "　" }), "[★3・★4要求事項・評価基準]:72: M: criterion 4-1-3-3 has no text"),
    };

    public static TheoryData<string> Refused => [.. Variants.Keys];

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Each_malformed_workbook_is_refused_naming_sheet_row_and_column_and_nothing_is_installed(string variant)
    {
        var builder = new IpaWorkbookBuilder();
        Variants[variant].Change(builder);
        var before = Installed();
        var run = await RunAsync("catalog", "import-ipa", Workbook(builder), "--version", "2026-03-27");

        Assert.True(run.ExitCode == 1, variant);
        Assert.Contains(Variants[variant].Error, run.Error, StringComparison.Ordinal);
        Assert.Equal(before, Installed());
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task Every_problem_is_listed_at_once()
    {
        var builder = new IpaWorkbookBuilder();
        Change(builder, "1-2-1-1", r => r with { Criterion = "1-2-1-1-1" });
        Change(builder, "7-1-1-1", r => r with { CriterionText = "" });
        builder.Level = r => r.Criterion == "4-1-3-3" ? "5" : $"★{r.Level}";
        var run = await RunAsync("catalog", "import-ipa", Workbook(builder), "--version", "2026-03-27");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(3, run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains(":6: L:", run.Error, StringComparison.Ordinal);
        Assert.Contains(":72: K:", run.Error, StringComparison.Ordinal);
        Assert.Contains(":154: M:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_a_workbook_or_not_there_is_refused()
    {
        var before = Installed();
        var text = files.Write("criteria.xlsx", "criterion,level\n4-1-3-3,3\n");
        var run = await RunAsync("catalog", "import-ipa", text, "--version", "2026-03-27");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("criteria.xlsx: this is not an Excel workbook (.xlsx) that Hoshi can read", run.Error, StringComparison.Ordinal);

        var missing = await RunAsync("catalog", "import-ipa", Path.Combine(files.Directory, "nothing.xlsx"), "--version", "2026-03-27");
        Assert.Equal((1, true), (missing.ExitCode, missing.Error.Contains("nothing.xlsx: file not found", StringComparison.Ordinal)));

        var usage = await RunAsync("catalog", "import-ipa", text);
        Assert.Equal(2, usage.ExitCode);
        Assert.Equal(before, Installed());
    }

    [Fact]
    public async Task A_level_the_catalog_does_not_carry_yet_cannot_be_evaluated_and_hyphenated_ids_can()
    {
        var answers = files.Write("answers.csv", "criterion,status\n4-1-3-3,implemented\n");
        var refused = await RunAsync("evaluate", "--catalog", Key, "--level", "4", "--answers", answers);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("import IPA's workbook first: hoshi catalog import-ipa FILE.xlsx --version 2026-03-27", refused.Error, StringComparison.Ordinal);

        var run = await RunAsync("evaluate", "--catalog", Key, "--level", "3", "--answers", answers, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"total\": 81", run.Out, StringComparison.Ordinal);
        Assert.Contains("\"criterion\": \"4-1-3-4\"", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\"criterion\": \"4-1-3-3\"", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_crosswalk_in_the_data_folder_is_loaded_and_a_wrong_one_stops_with_its_path()
    {
        File.WriteAllText(Path.Combine(catalogs, "test-scs.catalog.json"), RevisionData.Document(RevisionData.Star3, id: "test-scs").ToJsonString());
        var crosswalk = Path.Combine(catalogs, "draft--test.crosswalk.json");
        File.WriteAllText(crosswalk, """{ "format": "hoshi-crosswalk/1", "from": "meti-scs@1", "to": "test-scs@2026-03-27", "map": { "2.1": ["1-2-1-1"] }, "new": [] }""");
        Assert.Equal(0, (await RunAsync("catalog", "versions")).ExitCode);

        File.WriteAllText(crosswalk, """{ "format": "hoshi-crosswalk/1", "from": "meti-scs@1", "to": "test-scs@2026-03-27", "map": { "2.1": ["1-2-1-9"] } }""");
        var run = await RunAsync("catalog", "versions");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("draft--test.crosswalk.json: $.map[\"2.1\"][0]: 1-2-1-9 is not a criterion of test-scs@2026-03-27", run.Error, StringComparison.Ordinal);
    }

    private static void Change(IpaWorkbookBuilder builder, string criterion, Func<RevisionData.Row, RevisionData.Row> change)
    {
        var i = builder.Rows.FindIndex(r => r.Criterion == criterion);
        builder.Rows[i] = change(builder.Rows[i]);
    }
}
