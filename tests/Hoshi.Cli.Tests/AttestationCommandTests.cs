using System.Collections;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Hoshi.Core.Assessments;
using Hoshi.Core.Attestations;
using Hoshi.Core.Evaluation;
using Hoshi.Hosting;

namespace Hoshi.Cli.Tests;

/// <summary>Signing and exporting a stored assessment, on SQLite and on PostgreSQL.</summary>
public abstract class AttestationCommandTests(DatabaseProvider provider) : DatabaseCliTests(provider)
{
    private static readonly Core.Catalogs.Catalog Catalog = Core.Catalogs.CatalogLibrary.BuiltIn().Resolve("meti-scs@1")!;

    /// <summary>A ★4 assessment: all implemented but 2.2 partial and 5.1 not applicable; a policy file linked to 2.1 and 7.1.</summary>
    private async Task<(string Org, string Assessment, string PolicySha256)> StoredAssessment()
    {
        var org = await Ok("org", "create", "--name", "株式会社サンプル製作所", "--corporate-number", "9234567890123");
        var scope = await Ok("scope", "create", "--org", org, "--name", "本社");
        var assessment = await Ok("assessment", "create", "--org", org, "--catalog", "meti-scs@1", "--level", "4", "--scope", scope, "--title", "2026年度", "--period-start", "2026-04-01", "--period-end", "2027-03-31");
        var csv = "criterion,status,justification\n" + string.Concat(Catalog.Criteria.Select(c => c.Id switch
        {
            "2.2" => "2.2,一部実施,\n",
            "5.1" => "5.1,対象外,派遣社員を受け入れていないため\n",
            _ => $"{c.Id},実施済,\n",
        }));
        await Ok("answer", "import", "--org", org, "--assessment", assessment, "--file", Files.Write("a.csv", csv));
        var policy = "%PDF-1.4 基本方針"u8.ToArray();
        await Ok("evidence", "add", "--org", org, "--file", Files.Write("基本方針.pdf", policy), "--assessment", assessment, "--criteria", "2.1,7.1");
        return (org, assessment, Convert.ToHexStringLower(SHA256.HashData(policy)));
    }

    [Fact]
    public async Task A_signed_attestation_verifies_against_its_key_and_tampering_is_named()
    {
        var (org, assessment, policySha256) = await StoredAssessment();
        var keyFile = Path.Combine(Files.Directory, "org-key.pem");
        var publicFile = Path.Combine(Files.Directory, "org-key.pub.pem");
        var fingerprint = await Ok("attestation", "keygen", "-o", keyFile, "--public-out", publicFile);
        Assert.Matches("^[0-9a-f]{64}$", fingerprint);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
        }

        var overwrite = await Hoshi("attestation", "keygen", "-o", keyFile);
        Assert.Equal(1, overwrite.ExitCode);
        Assert.Contains("already exists", overwrite.Error, StringComparison.Ordinal);

        var attestation = Path.Combine(Files.Directory, "attestation.json");
        Assert.Equal("", await Ok("attestation", "sign", "--org", org, "--assessment", assessment, "--key", keyFile, "-o", attestation));

        var verified = await Hoshi("attestation", "verify", attestation, "--trust-key", publicFile);
        Assert.Equal(0, verified.ExitCode);
        Assert.Contains("organization:    株式会社サンプル製作所 (法人番号 9234567890123)", verified.Out, StringComparison.Ordinal);
        Assert.Contains("catalog:         meti-scs@1", verified.Out, StringComparison.Ordinal);
        Assert.Contains("★ reached:       none (target ★4)", verified.Out, StringComparison.Ordinal);
        Assert.Contains($"key fingerprint: {fingerprint}", verified.Out, StringComparison.Ordinal);
        Assert.EndsWith("valid", verified.Out.Trim(), StringComparison.Ordinal);

        var document = JsonNode.Parse(await File.ReadAllTextAsync(attestation))!;
        var criteria = document["content"]!["criteria"]!.AsArray();
        Assert.Equal(Catalog.Criteria.Count, criteria.Count);
        var linked = criteria.Single(c => (string?)c!["id"] == "7.1")!["evidence"]!.AsArray().Single()!;
        Assert.Equal(("基本方針.pdf", policySha256), ((string)linked["file"]!, (string)linked["sha256"]!));

        criteria.Single(c => (string?)c!["id"] == "2.2")!["status"] = "implemented";
        linked["sha256"] = new string('0', 64);
        var tampered = Files.Write("tampered.json", document.ToJsonString());
        var run = await Hoshi("attestation", "verify", tampered, "--trust-fingerprint", fingerprint.ToUpperInvariant());
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("invalid: 3 problems", run.Out, StringComparison.Ordinal);
        Assert.Contains("  criterion 2.2: content changed", run.Out, StringComparison.Ordinal);
        Assert.Contains("  evidence '基本方針.pdf' of criterion 7.1: content changed", run.Out, StringComparison.Ordinal);
        Assert.Contains("  result (★ reached): states ★ reached none, but its criteria show ★4", run.Out, StringComparison.Ordinal);

        var otherKey = await Ok("attestation", "keygen", "-o", Path.Combine(Files.Directory, "other.pem"));
        var untrusted = await Hoshi("attestation", "verify", attestation, "--trust-fingerprint", otherKey);
        Assert.Equal(1, untrusted.ExitCode);
        Assert.Contains("key:             NOT the trusted key", untrusted.Out, StringComparison.Ordinal);
        Assert.Contains($"  key: signed with key {fingerprint}, not with the trusted key {otherKey}", untrusted.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_writes_OSCAL_assessment_results_that_validate_against_NISTs_schema()
    {
        var (org, assessment, policySha256) = await StoredAssessment();
        var path = Path.Combine(Files.Directory, "results.json");
        Assert.Equal("", await Ok("assessment", "export", "--org", org, "--assessment", assessment, "--format", "oscal-results", "-o", path));
        var json = await File.ReadAllTextAsync(path);
        var validation = OscalSchemas.Validate("oscal_assessment-results_schema.json", json);
        Assert.True(validation.IsValid, OscalSchemas.Describe(validation));

        var results = JsonNode.Parse(json)!["assessment-results"]!;
        var findings = results["results"]![0]!["findings"]!.AsArray();
        Assert.Equal(Catalog.Criteria.Count, findings.Count);
        Assert.Equal(["crit-2.2"], findings.Where(f => (string?)f!["target"]!["status"]!["state"] == "not-satisfied").Select(f => (string)f!["target"]!["target-id"]!));
        var resource = results["back-matter"]!["resources"]!.AsArray().Single(r => (string?)r!["title"] == "基本方針.pdf")!;
        Assert.Equal(policySha256, (string)resource["rlinks"]![0]!["hashes"]![0]!["value"]!);

        var english = await Ok("assessment", "export", "--org", org, "--assessment", assessment, "--lang", "en");
        Assert.True(OscalSchemas.Validate("oscal_assessment-results_schema.json", english).IsValid);
        Assert.Contains("Partially implemented", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_refuses_a_key_that_is_not_a_P256_private_key()
    {
        var (org, assessment, _) = await StoredAssessment();
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        foreach (var pem in new[] { p384.ExportPkcs8PrivateKeyPem(), AttestationKeys.Create().ExportSubjectPublicKeyInfoPem(), "not a key" })
        {
            var run = await Hoshi("attestation", "sign", "--org", org, "--assessment", assessment, "--key", Files.Write("bad.pem", pem));
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("not an unencrypted P-256 private key", run.Error, StringComparison.Ordinal);
            Assert.Equal("", run.Out);
        }
    }
}

public sealed class SqliteAttestationCommandTests() : AttestationCommandTests(DatabaseProvider.Sqlite);

public sealed class PostgresAttestationCommandTests() : AttestationCommandTests(DatabaseProvider.Postgres);

/// <summary>`attestation verify` needs no database: a file and, optionally, a trusted key.</summary>
public sealed class AttestationVerifyCommandTests : IDisposable
{
    private readonly TempFiles files = new();
    private readonly ECDsa key = AttestationKeys.Create();

    public void Dispose()
    {
        files.Dispose();
        key.Dispose();
    }

    // A database that could never be opened: verification must not try.
    private static readonly Hashtable NoDatabase = new()
    {
        ["USER"] = "tester",
        ["HOSHI_DB_PROVIDER"] = "postgres",
        ["HOSHI_DB_CONNECTION"] = "Host=127.0.0.1;Port=1;Timeout=1",
        ["HOSHI_DATA_DIR"] = "/nonexistent/hoshi",
    };

    private string Signed()
    {
        var record = new AssessmentRecord
        {
            Organization = new OrganizationRecord("A社"),
            AssessmentId = Guid.NewGuid(),
            Title = "★3",
            Catalog = Core.Catalogs.CatalogLibrary.BuiltIn().Resolve("meti-scs@1")!,
            TargetLevel = 3,
            AssessedAt = DateTimeOffset.UnixEpoch,
            Criteria = [new CriterionRecord("2.1", AnswerStatus.Implemented, null, [])],
        };
        return files.Write("a.json", AttestationSigner.Sign(AttestationContent.From(record, DateTimeOffset.UnixEpoch.AddDays(1)), key));
    }

    [Fact]
    public async Task A_valid_file_verifies_offline_and_says_its_key_was_not_checked()
    {
        var run = await CliRun.RunAsync(NoDatabase, "attestation", "verify", Signed());
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("not checked against a trusted key", run.Out, StringComparison.Ordinal);
        Assert.Contains("★ reached:       none (target ★3)", run.Out, StringComparison.Ordinal);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public async Task A_malformed_or_missing_file_exits_2_with_where()
    {
        var bad = files.Write("bad.json", "{\n  \"format\": \"hoshi-attestation/1\",\n  \"content\": [1, 2,]\n}");
        var run = await CliRun.RunAsync(NoDatabase, "attestation", "verify", bad);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{bad}:3: column 20: not valid JSON:", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);

        var shape = files.Write("shape.json", """{"format":"hoshi-attestation/1","content":{},"signed":{},"key":{},"signature":""}""");
        run = await CliRun.RunAsync(NoDatabase, "attestation", "verify", shape);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{shape}: $.signed: missing member \"format\"", run.Error, StringComparison.Ordinal);

        var document = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Signed()))!;
        document["signature"] = "!" + (string)document["signature"]!;
        var notBase64 = files.Write("sig.json", document.ToJsonString());
        run = await CliRun.RunAsync(NoDatabase, "attestation", "verify", notBase64);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{notBase64}: $.signature: expected base64", run.Error, StringComparison.Ordinal);

        run = await CliRun.RunAsync(NoDatabase, "attestation", "verify", Path.Combine(files.Directory, "none.json"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("none.json: file not found", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--trust-fingerprint", "abc", "is not a SHA-256 fingerprint")]
    [InlineData("--trust-key", "missing.pem", "file not found")]
    public async Task A_bad_trust_option_exits_2(string option, string value, string message)
    {
        var run = await CliRun.RunAsync(NoDatabase, "attestation", "verify", Signed(), option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Both_trust_options_at_once_exit_2()
    {
        var publicKey = files.Write("pub.pem", key.ExportSubjectPublicKeyInfoPem());
        var run = await CliRun.RunAsync(NoDatabase, "attestation", "verify", Signed(), "--trust-key", publicKey, "--trust-fingerprint", AttestationKeys.Fingerprint(key));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not both", run.Error, StringComparison.Ordinal);
    }
}
