using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClosedXML.Excel;
using Hoshi.Core.Assessments;
using Hoshi.Core.Attestations;
using Hoshi.Core.Csv;
using Hoshi.Core.Evaluation;
using Hoshi.Core.Excel;
using Hoshi.Core.Export;
using Hoshi.Core.Input;
using Hoshi.Tests.Shared;
using Json.Schema;

namespace Hoshi.Core.Tests.Catalogs;

/// <summary>
/// A format-2 catalog (ids such as 4-1-3-3, the ★ on each criterion, a requirement holding ★3 and ★4 criteria)
/// through every path that evaluates, exports or reads criterion ids.
/// </summary>
public sealed class RevisionPathTests
{
    private static readonly Core.Catalogs.Catalog Full = RevisionData.Load(RevisionData.Document(RevisionData.Star3And4));
    private static readonly Core.Catalogs.Catalog Star3 = RevisionData.Load(RevisionData.Document(RevisionData.Star3));

    /// <summary>Every ★3 criterion implemented; every ★4 one unanswered, among them 4-1-3-5 of the ★3 requirement 4-1-3.</summary>
    private static IEnumerable<CriterionAnswer> Star3Implemented(Core.Catalogs.Catalog catalog) =>
        catalog.CriteriaUpTo(3).Select(c => new CriterionAnswer(c.Id, AnswerStatus.Implemented, null, true));

    [Fact]
    public void A_star3_target_takes_only_star3_criteria_even_of_a_requirement_that_also_holds_star4_ones()
    {
        var star3 = LevelEvaluator.Evaluate(Full, 3, Star3Implemented(Full));
        Assert.True(star3.Achieved);
        Assert.Empty(star3.Gaps);
        Assert.Equal(81, star3.Counts.Total);
        Assert.Equal(81, star3.Categories.Sum(p => p.Total));

        var star4 = LevelEvaluator.Evaluate(Full, 4, Star3Implemented(Full));
        Assert.Equal((3, false, 72), (star4.AchievedLevel, star4.Achieved, star4.Gaps.Count));
        var gap = star4.Gaps.Single(g => g.CriterionId == "4-1-3-5");
        Assert.Equal(("4-1-3", 4), (gap.RequirementId, gap.Level));
    }

    [Fact]
    public void An_incomplete_level_is_refused_as_a_target_and_never_reached()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => LevelEvaluator.Evaluate(Star3, 4, []));
        Assert.Contains("import IPA's workbook", e.Message, StringComparison.Ordinal);
        Assert.Equal(3, LevelEvaluator.Evaluate(Star3, 3, Star3Implemented(Star3)).AchievedLevel);
    }

    [Fact]
    public void The_answers_csv_reads_hyphenated_ids_and_names_a_wrong_one()
    {
        var answers = AnswerFile.Parse(new StringReader("criterion,status\n4-1-3-3,implemented\n4-1-3-5,partial\n"), "answers.csv", Full);
        Assert.Equal(["4-1-3-3", "4-1-3-5"], answers.Select(a => a.CriterionId));

        var errors = Assert.Throws<InvalidInputException>(() =>
            AnswerFile.Parse(new StringReader("criterion,status\n4-1-3-3,implemented\n4.1.3.3,implemented\n"), "answers.csv", Star3)).Errors;
        Assert.Equal("answers.csv:3: unknown criterion \"4.1.3.3\" (catalog meti-scs@2026-03-27 numbers criteria like 1-2-1-1, 7-1-1-1)", Assert.Single(errors).ToString());
    }

    [Fact]
    public void The_catalog_csv_has_each_criterions_own_level_its_verbatim_text_and_its_row()
    {
        var text = new StringWriter();
        CatalogCsvWriter.Write(Full, text);
        var records = CsvReader.Read(new StringReader(text.ToString())).ToList();
        var header = records[0].Fields.ToList();
        string Field(string criterion, string column) => records.Single(r => r.Fields[header.IndexOf("criterion")] == criterion).Fields[header.IndexOf(column)];
        Assert.Equal(154, records.Count);
        Assert.Equal(("4", "4-1-3"), (Field("4-1-3-5", "level"), Field("4-1-3-5", "requirement")));
        Assert.Equal(("3", "72", ""), (Field("4-1-3-3", "level"), Field("4-1-3-3", "row"), Field("4-1-3-3", "criterion_en")));
        Assert.Equal(Full.FindCriterion("6-1-1-1")!.OfficialText.Ja, Field("6-1-1-1", "criterion_ja"));
    }

    [Fact]
    public void The_check_sheet_carries_each_criterions_own_level_and_reads_hyphenated_ids_back()
    {
        var exported = new MemoryStream();
        var assessment = Guid.Parse("01a21800-0000-7000-8000-00000000000a");
        CheckSheetWriter.Write(exported, Full, assessment, "★3", 3, new Dictionary<string, CheckSheetAnswer>(), DateTimeOffset.UnixEpoch);
        exported.Position = 0;

        var edited = new MemoryStream();
        var rowOf = new Dictionary<string, int>();
        using (var workbook = new XLWorkbook(exported))
        {
            var sheet = workbook.Worksheet("チェックシート");
            sheet.Unprotect();
            var ids = sheet.Column(4).CellsUsed().Skip(1).ToList();
            Assert.Equal(Full.CriteriaUpTo(3).Select(c => c.Id), ids.Select(c => c.GetString()));
            Assert.All(ids, c => Assert.Equal(("★3", XLDataType.Text), (sheet.Cell(c.Address.RowNumber, 2).GetString(), c.DataType)));
            rowOf = ids.ToDictionary(c => c.GetString(), c => c.Address.RowNumber);
            Assert.Equal(Full.FindCriterion("4-1-3-3")!.OfficialText.Ja, sheet.Cell(rowOf["4-1-3-3"], 5).GetString());
            sheet.Cell(rowOf["4-1-3-3"], 6).Value = "実施済";
            workbook.SaveAs(edited);
        }

        edited.Position = 0;
        var rows = CheckSheetReader.Read(edited, "sheet.xlsx", Full, assessment, 3);
        Assert.Equal(AnswerStatus.Implemented, rows.Single(r => r.CriterionId == "4-1-3-3").Status);

        edited.Position = 0;
        using (var workbook = new XLWorkbook(edited))
        {
            workbook.Worksheet("チェックシート").Cell(rowOf["4-1-3-4"], 4).Value = "4-1-3-5";
            edited = new MemoryStream();
            workbook.SaveAs(edited);
        }

        edited.Position = 0;
        var error = Assert.Single(Assert.Throws<InvalidInputException>(() => CheckSheetReader.Read(edited, "sheet.xlsx", Full, assessment, 3)).Errors);
        Assert.Equal((rowOf["4-1-3-4"], "D"), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("ja")]
    [InlineData("en")]
    public void The_OSCAL_catalog_validates_with_the_level_of_each_criterion_as_a_prop(string language)
    {
        var json = Write(stream => OscalCatalogWriter.Write(Full, language, stream));
        AssertValid("oscal_catalog_schema.json", json);

        var controls = JsonNode.Parse(json)!["catalog"]!["groups"]!.AsArray()
            .SelectMany(g => g!["groups"]!.AsArray()).SelectMany(s => s!["controls"]?.AsArray() ?? []).ToList();
        var control = controls.Single(c => (string?)c!["id"] == "req-4-1-3")!;
        Assert.Equal("3", Prop(control, "level"));
        var criteria = control["parts"]![0]!["parts"]!.AsArray();
        Assert.Equal(["3", "3", "3", "3", "4"], criteria.Select(p => Prop(p!, "level")));
        Assert.Equal("72", Prop(criteria[2]!, "workbook-row"));
        Assert.Equal(language == "en" ? "ja" : null, criteria[2]!["props"]!.AsArray().SingleOrDefault(p => (string?)p!["name"] == "language")?["value"]?.GetValue<string>());
        Assert.Equal(153, controls.Sum(c => c!["parts"]![0]!["parts"]!.AsArray().Count));
    }

    [Fact]
    public void The_OSCAL_assessment_results_validate_and_cover_the_target_criteria()
    {
        var json = Write(stream => OscalAssessmentResultsWriter.Write(Record(3), "ja", stream));
        AssertValid("oscal_assessment-results_schema.json", json);
        var findings = JsonNode.Parse(json)!["assessment-results"]!["results"]![0]!["findings"]!.AsArray();
        Assert.Equal(81, findings.Count);
        Assert.Contains(findings, f => (string?)f!["target"]!["target-id"] == "crit-4-1-3-3");
    }

    [Fact]
    public void An_attestation_carries_each_criterions_level_and_verifies()
    {
        using var key = AttestationKeys.Create();
        var content = AttestationContent.From(Record(4), DateTimeOffset.UnixEpoch);
        Assert.Equal((4, 3), (content.Result.TargetLevel, content.Result.ReachedLevel));
        Assert.Equal(4, content.Criteria.Single(c => c.Id == "4-1-3-5").Level);

        var result = AttestationVerifier.Verify(AttestationSigner.Sign(content, key), AttestationKeys.Fingerprint(key));
        Assert.True(result.Valid, string.Join("\n", result.Problems));
        Assert.Equal(153, result.Content.Criteria.Count);
    }

    private static AssessmentRecord Record(int level) => new()
    {
        Organization = new OrganizationRecord("試験株式会社"),
        AssessmentId = Guid.Parse("01a21800-0000-7000-8000-00000000000b"),
        Title = "改訂版",
        Catalog = Full,
        TargetLevel = level,
        AssessedAt = DateTimeOffset.UnixEpoch,
        Criteria = [.. Full.CriteriaUpTo(3).Select(c => new CriterionRecord(c.Id, AnswerStatus.Implemented, null, []))],
    };

    private static string Prop(JsonNode node, string name) =>
        (string)node["props"]!.AsArray().Single(p => (string?)p!["name"] == name)!["value"]!;

    private static string Write(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void AssertValid(string schemaFile, string json)
    {
        var schema = JsonSchema.FromText(File.ReadAllText(TestFiles.Path("oscal", schemaFile)), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        var results = schema.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        Assert.True(results.IsValid, string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Take(10).Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}")));
    }
}
