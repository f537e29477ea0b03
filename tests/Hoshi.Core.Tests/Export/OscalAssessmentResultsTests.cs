using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hoshi.Core.Assessments;
using Hoshi.Core.Export;
using Json.Schema;

namespace Hoshi.Core.Tests.Export;

public sealed class OscalAssessmentResultsTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(TestFiles.Path("oscal", "oscal_assessment-results_schema.json")));

    private static string Write(AssessmentRecord record, string language = "ja")
    {
        using var buffer = new MemoryStream();
        OscalAssessmentResultsWriter.Write(record, language, buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void AssertValid(string json)
    {
        var results = Schema.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        Assert.True(results.IsValid, string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Take(10).Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}")));
    }

    private static JsonNode Result(string json) => JsonNode.Parse(json)!["assessment-results"]!["results"]![0]!;

    private static string Prop(JsonNode node, string name) => (string)node["props"]!.AsArray().Single(p => (string?)p!["name"] == name)!["value"]!;

    [Theory]
    [InlineData(3, "ja", false)]
    [InlineData(4, "ja", false)]
    [InlineData(4, "en", false)]
    [InlineData(4, "ja", true)]
    public void Results_validate_against_NISTs_OSCAL_assessment_results_schema(int level, string language, bool complete) =>
        AssertValid(Write(SampleAssessment.Create(level, complete), language));

    [Fact]
    public void The_schema_check_rejects_results_that_break_it()
    {
        var document = JsonNode.Parse(Write(SampleAssessment.Create()))!;
        document["assessment-results"]!.AsObject().Remove("import-ap");
        Assert.Throws<Xunit.Sdk.TrueException>(() => AssertValid(document.ToJsonString()));

        document = JsonNode.Parse(Write(SampleAssessment.Create()))!;
        document["assessment-results"]!["results"]![0]!["findings"]![0]!["target"]!["status"]!["state"] = "partial";
        Assert.Throws<Xunit.Sdk.TrueException>(() => AssertValid(document.ToJsonString()));
    }

    [Fact]
    public void Each_criterion_of_the_target_has_a_finding_with_its_state_and_an_observation()
    {
        var result = Result(Write(SampleAssessment.Create(3)));
        var findings = result["findings"]!.AsArray();
        Assert.Equal(TestFiles.Catalog.CriteriaUpTo(3).Select(c => $"crit-{c.Id}"), findings.Select(f => (string)f!["target"]!["target-id"]!));
        Assert.Equal(findings.Count, result["observations"]!.AsArray().Count);
        Assert.Equal(TestFiles.Catalog.Requirements.Count(r => r.Level <= 3), result["reviewed-controls"]!["control-selections"]![0]!["include-controls"]!.AsArray().Count);

        JsonNode Status(string id) => findings.Single(f => (string?)f!["target"]!["target-id"] == $"crit-{id}")!["target"]!["status"]!;
        Assert.Equal(("satisfied", "pass"), ((string)Status("2.1")["state"]!, (string)Status("2.1")["reason"]!));
        Assert.Equal(("not-satisfied", "fail"), ((string)Status("2.2")["state"]!, (string)Status("2.2")["reason"]!));
        Assert.Equal(("satisfied", "other"), ((string)Status("5.1")["state"]!, (string)Status("5.1")["reason"]!));
        Assert.Equal("not-satisfied", (string)Status("7.2")["state"]!);
        Assert.Equal(2, findings.Count(f => (string?)f!["target"]!["status"]!["state"] == "not-satisfied"));
    }

    [Fact]
    public void The_level_reached_is_a_hoshi_prop_of_the_result()
    {
        var gaps = Result(Write(SampleAssessment.Create(4)));
        Assert.Equal(("4", "none", "false"), (Prop(gaps, "target-level"), Prop(gaps, "reached-level"), Prop(gaps, "achieved")));
        Assert.All(gaps["props"]!.AsArray(), p => Assert.Equal(OscalCatalogWriter.Namespace, (string?)p!["ns"]));

        var complete = Result(Write(SampleAssessment.Create(4, complete: true)));
        Assert.Equal(("4", "4", "true"), (Prop(complete, "target-level"), Prop(complete, "reached-level"), Prop(complete, "achieved")));

        var aboveTarget = Result(Write(SampleAssessment.Create(4, complete: true) with { TargetLevel = 3 }));
        Assert.Equal("3", Prop(aboveTarget, "reached-level"));
    }

    [Fact]
    public void Evidence_is_relevant_evidence_pointing_to_a_resource_with_its_SHA256()
    {
        var document = JsonNode.Parse(Write(SampleAssessment.Create(4)))!["assessment-results"]!;
        var resources = document["back-matter"]!["resources"]!.AsArray().ToDictionary(r => "#" + (string)r!["uuid"]!);
        Assert.True(resources.ContainsKey((string)document["import-ap"]!["href"]!));

        var observation = document["results"]![0]!["observations"]!.AsArray().Single(o => Prop(o!, "label") == "2.1")!;
        var evidence = observation["relevant-evidence"]!.AsArray();
        Assert.Equal([SampleAssessment.Sha("policy v1"), SampleAssessment.Sha("policy v2")], evidence.Select(e => Prop(e!, "sha-256")));
        Assert.Equal(["EXAMINE"], observation["methods"]!.AsArray().Select(m => (string)m!));
        foreach (var e in evidence)
        {
            var resource = resources[(string)e!["href"]!]!;
            Assert.Equal("情報セキュリティ基本方針.pdf", (string)resource["title"]!);
            Assert.Equal(Prop(e, "sha-256"), (string)resource["rlinks"]![0]!["hashes"]![0]!["value"]!);
        }

        // The unanswered 7.2 has a draft linked: it is shown, and the criterion is still not satisfied.
        Assert.Single(document["results"]![0]!["observations"]!.AsArray().Single(o => Prop(o!, "label") == "7.2")!["relevant-evidence"]!.AsArray());
    }

    [Fact]
    public void The_same_state_exports_to_the_same_document_and_a_later_state_to_new_uuids()
    {
        var record = SampleAssessment.Create(4);
        Assert.Equal(Write(record), Write(record));
        var later = JsonNode.Parse(Write(record with { AssessedAt = record.AssessedAt.AddHours(1) }))!;
        Assert.NotEqual((string?)JsonNode.Parse(Write(record))!["assessment-results"]!["uuid"], (string?)later["assessment-results"]!["uuid"]);
    }
}
