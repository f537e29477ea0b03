using System.Text.Json.Nodes;
using Hoshi.Hosting;

namespace Hoshi.Cli.Tests;

/// <summary>A script driving a stored assessment end to end, on SQLite and on PostgreSQL.</summary>
public abstract class StoredAssessmentTests(DatabaseProvider provider) : DatabaseCliTests(provider)
{
    [Fact]
    public async Task A_script_creates_answers_and_evaluates_an_assessment()
    {
        Assert.Contains("up to date", await Ok("db", "migrate"), StringComparison.Ordinal);
        var org = await Ok("org", "create", "--name", "株式会社サンプル製作所");
        var scope = await Ok("scope", "create", "--org", org, "--name", "本社");
        var assessment = await Ok("assessment", "create", "--org", org, "--catalog", "meti-scs@1", "--level", "3", "--scope", scope, "--title", "2026年度", "--period-start", "2026-04-01", "--period-end", "2027-03-31");

        var catalog = Core.Catalogs.CatalogLibrary.BuiltIn().Resolve("meti-scs@1")!;
        var csv = "criterion,status,justification\n" + string.Concat(catalog.CriteriaUpTo(3).Select(c => $"{c.Id},実施済,\n"));
        Assert.Equal("78 answers read, 78 changed", await Ok("answer", "import", "--org", org, "--assessment", assessment, "--file", Files.Write("a.csv", csv)));
        Assert.Equal("2.1 partial (version 2)", await Ok("answer", "set", "--org", org, "--assessment", assessment, "--criterion", "2.1", "--status", "partial", "--expected-version", "1"));

        var shown = JsonNode.Parse(await Ok("assessment", "show", "--org", org, "--assessment", assessment, "--format", "json"))!;
        Assert.False((bool)shown["achieved"]!);
        Assert.Equal("2.1", (string)shown["gaps"]![0]!["criterion"]!);

        var policy = Files.Write("基本方針.pdf", "%PDF-1.4 test"u8.ToArray());
        var evidence = await Ok("evidence", "add", "--org", org, "--file", policy, "--assessment", assessment, "--criteria", "2.1,7.1", "--expires", "2027-03-31");
        Assert.Contains("linked to 2.1, 7.1", evidence, StringComparison.Ordinal);
        await Ok("answer", "set", "--org", org, "--assessment", assessment, "--criterion", "2.1", "--status", "implemented");

        shown = JsonNode.Parse(await Ok("assessment", "show", "--org", org, "--assessment", assessment, "--format", "json"))!;
        Assert.True((bool)shown["achieved"]!);
        Assert.Equal(3, (int)shown["achievedLevel"]!);
        Assert.DoesNotContain("2.1", shown["metWithoutEvidence"]!.AsArray().Select(n => (string)n!));
        Assert.Contains("7.2", shown["metWithoutEvidence"]!.AsArray().Select(n => (string)n!));

        var audit = await Ok("audit", "list", "--org", org, "--limit", "500");
        Assert.Contains("cli:tester", audit, StringComparison.Ordinal);
        Assert.Contains("EvidenceLinked", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refusals_exit_1_and_change_nothing()
    {
        var org = await Ok("org", "create", "--name", "A社");
        var other = await Ok("org", "create", "--name", "B社");
        var assessment = await Ok("assessment", "create", "--org", org, "--catalog", "meti-scs@1", "--level", "4");

        var stale = await Hoshi("answer", "set", "--org", org, "--assessment", assessment, "--criterion", "2.1", "--status", "implemented", "--expected-version", "3");
        Assert.Equal(1, stale.ExitCode);
        Assert.Contains("changed by someone else", stale.Error, StringComparison.Ordinal);

        var crossTenant = await Hoshi("answer", "set", "--org", other, "--assessment", assessment, "--criterion", "2.1", "--status", "implemented");
        Assert.Equal(1, crossTenant.ExitCode);
        Assert.Contains($"assessment {assessment} was not found", crossTenant.Error, StringComparison.Ordinal);

        var badImport = await Hoshi("answer", "import", "--org", org, "--assessment", assessment, "--file",
            Files.Write("bad.csv", "criterion,status,justification\n2.1,implemented,\n2.2,maybe,\n"));
        Assert.Equal(1, badImport.ExitCode);
        Assert.Contains("bad.csv:3: unknown status \"maybe\"", badImport.Error, StringComparison.Ordinal);

        var badLink = await Hoshi("evidence", "add", "--org", org, "--file", Files.Write("x.pdf", "x"u8.ToArray()), "--assessment", assessment, "--criteria", "2.1,99.1");
        Assert.Equal(1, badLink.ExitCode);
        Assert.Contains("99.1", badLink.Error, StringComparison.Ordinal);

        var shown = JsonNode.Parse(await Ok("assessment", "show", "--org", org, "--assessment", assessment, "--format", "json"))!;
        Assert.Equal((int)shown["counts"]!["total"]!, (int)shown["counts"]!["unanswered"]!);
        Assert.False(Directory.Exists(Database.Settings.EvidenceDirectory) && Directory.EnumerateFiles(Database.Settings.EvidenceDirectory, "*", SearchOption.AllDirectories).Any());
    }
}

public sealed class SqliteStoredAssessmentTests() : StoredAssessmentTests(DatabaseProvider.Sqlite);

public sealed class PostgresStoredAssessmentTests() : StoredAssessmentTests(DatabaseProvider.Postgres);
