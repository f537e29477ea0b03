using System.Text;
using System.Text.Json.Nodes;
using Hoshi.Core.Catalogs;
using Hoshi.Core.Crosswalks;
using Hoshi.Core.Evaluation;
using Hoshi.Tests.Shared;

namespace Hoshi.Core.Tests.Crosswalks;

public sealed class CrosswalkTests
{
    private static readonly Core.Catalogs.Catalog Draft = TestFiles.Catalog;
    private static readonly Core.Catalogs.Catalog Revision = RevisionData.Load(RevisionData.Document(RevisionData.Star3, id: "test-scs"));
    private static readonly Guid EvidenceA = Guid.Parse("01a21800-0000-7000-8000-0000000000a1");
    private static readonly Guid EvidenceB = Guid.Parse("01a21800-0000-7000-8000-0000000000b2");

    /// <summary>
    /// A small crosswalk of test mappings: 1.1 and 1.2 both to 1-2-1-1, 2.1 to 1-2-1-2 and 1-2-1-3, 2.2 to nothing;
    /// every other draft criterion to nothing, and every revision ★3 criterion not mapped is new.
    /// </summary>
    private static JsonObject Document()
    {
        var map = new JsonObject();
        foreach (var c in Draft.Criteria)
        {
            map[c.Id] = c.Id switch
            {
                "1.1" or "1.2" => new JsonArray("1-2-1-1"),
                "2.1" => new JsonArray("1-2-1-2", "1-2-1-3"),
                _ => new JsonArray(),
            };
        }

        var mapped = new[] { "1-2-1-1", "1-2-1-2", "1-2-1-3" };
        return new JsonObject
        {
            ["format"] = "hoshi-crosswalk/1",
            ["from"] = "meti-scs@1",
            ["to"] = "test-scs@2026-03-27",
            ["note"] = new JsonObject { ["ja"] = "試験用", ["en"] = "for tests" },
            ["map"] = map,
            ["new"] = new JsonArray([.. Revision.Criteria.Select(c => c.Id).Where(id => !mapped.Contains(id)).Select(id => JsonValue.Create(id))]),
        };
    }

    private static Crosswalk Load(JsonObject document) => Load(document.ToJsonString());

    private static Crosswalk Load(string json) => CrosswalkLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test.crosswalk.json");

    private static CatalogFormatException Reject(string json) => Assert.Throws<CatalogFormatException>(() => Load(json));

    private static Dictionary<string, SourceAnswer> Answers(params SourceAnswer[] answers) => answers.ToDictionary(a => a.CriterionId);

    [Fact]
    public void A_complete_crosswalk_passes_every_check()
    {
        var crosswalk = Load(Document());
        Assert.Empty(crosswalk.Check(Draft, Revision, 3));
        Assert.Equal(("meti-scs@1", "test-scs@2026-03-27", "for tests"), (crosswalk.From, crosswalk.To, crosswalk.Note!.En));
        Assert.Equal(["1.1", "1.2"], crosswalk.SourcesOf("1-2-1-1"));
        Assert.True(crosswalk.IsNew("7-1-1-1"));
    }

    [Fact]
    public void Each_check_names_where_the_file_is_wrong()
    {
        var document = Document();
        document["map"]!.AsObject().Remove("1.3");
        document["map"]!["2.1"] = new JsonArray("1-2-1-2", "9-9-9-9");
        document["map"]!["99.1"] = new JsonArray();
        document["new"]!.AsArray().Add("1-2-1-1");
        document["new"]!.AsArray().Remove(document["new"]!.AsArray().First(n => (string?)n == "7-1-1-1"));
        var problems = Load(document).Check(Draft, Revision, 3).Select(p => p.ToString()).ToList();

        Assert.Contains("$.map[\"2.1\"][1]: 9-9-9-9 is not a criterion of test-scs@2026-03-27", problems);
        Assert.Contains("$.map[\"99.1\"]: 99.1 is not a criterion of meti-scs@1", problems);
        Assert.Contains("$.map[\"1.1\"][0]: 1-2-1-1 is mapped here and also listed as new", problems);
        Assert.Contains("$.new: criterion 1-2-1-3 (★3) of test-scs@2026-03-27 is neither the target of a map entry nor new", problems);
        Assert.Contains("$.new: criterion 7-1-1-1 (★3) of test-scs@2026-03-27 is neither the target of a map entry nor new", problems);
        Assert.Contains("$.map: criterion 1.3 (★4) of meti-scs@1 is missing; map it to its counterparts, or to [] when it has none", problems.Concat(Load(document).Check(Draft, Revision, 4).Select(p => p.ToString())));
        Assert.DoesNotContain(problems, p => p.Contains("1.3", StringComparison.Ordinal));
        Assert.Contains("$.from: names meti-scs@1, checked against test-scs@2026-03-27", Load(Document()).Check(Revision, Revision, 3).Select(p => p.ToString()));
    }

    [Theory]
    [InlineData("{\"format\":\"hoshi-crosswalk/2\",\"from\":\"a@1\",\"to\":\"b@1\",\"map\":{}}", "$.format")]
    [InlineData("{\"format\":\"hoshi-crosswalk/1\",\"from\":\"a\",\"to\":\"b@1\",\"map\":{}}", "$.from")]
    [InlineData("{\"format\":\"hoshi-crosswalk/1\",\"from\":\"a@1\",\"to\":\"b@1\",\"map\":{},\"maps\":{}}", "$.maps")]
    [InlineData("{\"format\":\"hoshi-crosswalk/1\",\"from\":\"a@1\",\"to\":\"b@1\",\"map\":{\"1.1\":[\"x\",\"x\"]}}", "$.map[\"1.1\"][1]")]
    [InlineData("{\"format\":\"hoshi-crosswalk/1\",\"from\":\"a@1\",\"to\":\"b@1\",\"map\":{\"1.1\":\"x\"}}", "$.map[\"1.1\"]")]
    [InlineData("{\"format\":\"hoshi-crosswalk/1\",\"from\":\"a@1\",\"to\":\"b@1\",\"map\":{},\"new\":[1]}", "$.new[0]")]
    [InlineData("{\"format\":\"hoshi-crosswalk/1\",\"from\":\"a@1\",\"to\":\"b@1\"}", "$.map")]
    public void A_malformed_file_is_refused_with_its_path(string json, string path) =>
        Assert.Equal(path, Reject(json).JsonPath);

    [Fact]
    public void A_source_listed_twice_is_refused()
    {
        var e = Reject("{\"format\":\"hoshi-crosswalk/1\",\"from\":\"a@1\",\"to\":\"b@1\",\n\"map\":{\"1.1\":[],\n\"1.1\":[]}}");
        Assert.Contains("Duplicate property '1.1'", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_status_is_carried_only_when_all_sources_agree_and_everything_carried_is_to_review()
    {
        var crosswalk = Load(Document());
        var agreed = AnswerCarryOver.For(crosswalk, "1-2-1-1", Answers(
            new SourceAnswer("1.1", AnswerStatus.Implemented, "規程あり", [EvidenceA]),
            new SourceAnswer("1.2", AnswerStatus.Implemented, null, [EvidenceA, EvidenceB])));
        Assert.Equal((CarryOutcome.Carried, AnswerStatus.Implemented, "[1.1] 規程あり", true), (agreed.Outcome, agreed.Status, agreed.Justification, agreed.NeedsReview));
        Assert.Equal([EvidenceA, EvidenceB], agreed.Evidence);
        Assert.Equal(["1.1", "1.2"], agreed.Sources);

        var conflicting = AnswerCarryOver.For(crosswalk, "1-2-1-1", Answers(
            new SourceAnswer("1.1", AnswerStatus.Implemented, "規程あり", []),
            new SourceAnswer("1.2", AnswerStatus.Partial, "一部の部署のみ", [EvidenceB])));
        Assert.Equal((CarryOutcome.Conflicting, AnswerStatus.Unanswered, "[1.1] 規程あり\n[1.2] 一部の部署のみ", true),
            (conflicting.Outcome, conflicting.Status, conflicting.Justification, conflicting.NeedsReview));
        Assert.Equal([EvidenceB], conflicting.Evidence);

        var oneUnanswered = AnswerCarryOver.For(crosswalk, "1-2-1-1", Answers(new SourceAnswer("1.1", AnswerStatus.Implemented, null, [])));
        Assert.Equal((CarryOutcome.Conflicting, AnswerStatus.Unanswered, false), (oneUnanswered.Outcome, oneUnanswered.Status, oneUnanswered.NeedsReview));
    }

    [Fact]
    public void Not_applicable_is_carried_with_its_justification_and_a_new_criterion_gets_nothing()
    {
        var crosswalk = Load(Document());
        var split = AnswerCarryOver.For(crosswalk, "1-2-1-3", Answers(new SourceAnswer("2.1", AnswerStatus.NotApplicable, "対象の体制がない", [])));
        Assert.Equal((CarryOutcome.Carried, AnswerStatus.NotApplicable, "[2.1] 対象の体制がない"), (split.Outcome, split.Status, split.Justification));

        var unjustified = AnswerCarryOver.For(crosswalk, "1-2-1-3", Answers(new SourceAnswer("2.1", AnswerStatus.NotApplicable, "  ", [])));
        Assert.Equal((AnswerStatus.Unanswered, false), (unjustified.Status, unjustified.HasContent));

        var fresh = AnswerCarryOver.For(crosswalk, "7-1-1-1", Answers(new SourceAnswer("1.1", AnswerStatus.Implemented, null, [])));
        Assert.Equal((CarryOutcome.New, AnswerStatus.Unanswered, false), (fresh.Outcome, fresh.Status, fresh.NeedsReview));
        Assert.Empty(fresh.Sources);
    }

    [Fact]
    public void Carrying_a_whole_assessment_covers_every_target_criterion_and_names_answers_left_behind()
    {
        var crosswalk = Load(Document());
        var result = crosswalk.CarryOver(Revision, 3, [
            new SourceAnswer("1.1", AnswerStatus.Implemented, null, []),
            new SourceAnswer("1.2", AnswerStatus.Implemented, null, []),
            new SourceAnswer("2.1", AnswerStatus.NotImplemented, null, []),
            new SourceAnswer("2.2", AnswerStatus.Implemented, "方針あり", []),
            new SourceAnswer("3.1", AnswerStatus.Unanswered, null, []),
        ]);
        Assert.Equal(Revision.CriteriaUpTo(3).Select(c => c.Id), result.Criteria.Select(c => c.CriterionId));
        Assert.Equal(["1-2-1-1", "1-2-1-2", "1-2-1-3"], result.Carried.Select(c => c.CriterionId));
        Assert.Equal(78, result.New.Count());
        Assert.Empty(result.Conflicting);
        Assert.Equal(3, result.ToStore.Count());
        Assert.All(result.ToStore, c => Assert.True(c.NeedsReview));
        Assert.Equal(["2.2"], result.LeftBehind);

        Assert.Throws<ArgumentException>(() => crosswalk.CarryOver(Draft, 3, []));
        Assert.Throws<ArgumentException>(() => crosswalk.CarryOver(Revision, 3, [new SourceAnswer("1.1", AnswerStatus.Implemented, null, []), new SourceAnswer("1.1", AnswerStatus.Partial, null, [])]));
    }

    [Fact]
    public void The_library_takes_a_crosswalk_between_installed_catalogs_once()
    {
        var library = CatalogLibrary.BuiltIn();
        var json = Document().ToJsonString();
        Assert.Equal("$.to", Assert.Throws<CatalogFormatException>(() => library.AddCrosswalk(new MemoryStream(Encoding.UTF8.GetBytes(json)), "x.crosswalk.json")).JsonPath);

        library.Add(Revision);
        var crosswalk = library.AddCrosswalk(new MemoryStream(Encoding.UTF8.GetBytes(json)), "x.crosswalk.json");
        Assert.Same(crosswalk, library.FindCrosswalk(library.Find("meti-scs", "1")!, Revision));
        Assert.Same(crosswalk, Assert.Single(library.CrosswalksFrom(library.Find("meti-scs", "1")!), c => c.To == Revision.Key));
        Assert.Equal("$", Assert.Throws<CatalogFormatException>(() => library.AddCrosswalk(new MemoryStream(Encoding.UTF8.GetBytes(json)), "y.crosswalk.json")).JsonPath);

        var unknownId = Document();
        unknownId["to"] = "meti-scs@1";
        var e = Assert.Throws<CatalogFormatException>(() => library.AddCrosswalk(new MemoryStream(Encoding.UTF8.GetBytes(unknownId.ToJsonString())), "z.crosswalk.json"));
        Assert.Equal("$.map[\"1.1\"][0]", e.JsonPath);
        Assert.Contains("more", e.Reason, StringComparison.Ordinal);
    }
}
