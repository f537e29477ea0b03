using System.Text;
using System.Text.Json.Nodes;
using Hoshi.Core.Catalogs;
using Hoshi.Core.Export;
using Hoshi.Tests.Shared;

namespace Hoshi.Core.Tests.Catalogs;

public sealed class CatalogFormat2Tests
{
    private static readonly Core.Catalogs.Catalog Star3 = RevisionData.Load(RevisionData.Document(RevisionData.Star3));

    private static Core.Catalogs.Catalog Load(JsonObject json) =>
        CatalogLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(json.ToJsonString())), "test.catalog.json");

    private static CatalogFormatException Reject(JsonObject json) => Assert.Throws<CatalogFormatException>(() => Load(json));

    private static JsonObject CriterionNode(JsonObject document, string id, out string path)
    {
        var requirements = document["requirements"]!.AsArray();
        for (var i = 0; i < requirements.Count; i++)
        {
            var criteria = requirements[i]!["criteria"]!.AsArray();
            for (var j = 0; j < criteria.Count; j++)
            {
                if ((string)criteria[j]!["id"]! == id)
                {
                    path = $"$.requirements[{i}].criteria[{j}]";
                    return criteria[j]!.AsObject();
                }
            }
        }

        throw new ArgumentException(id);
    }

    [Fact]
    public void The_star3_part_loads_with_every_text_and_row_as_published()
    {
        Assert.Equal((2, "meti-scs@2026-03-27", 26, 81), (Star3.Format, Star3.Key, Star3.Requirements.Count, Star3.Criteria.Count));
        Assert.Equal(RevisionData.Star3.Select(r => (r.Criterion, r.Requirement, r.CriterionText, r.RequirementText, r.Number)),
            Star3.Criteria.Select(c => (c.Id, c.Requirement.Id, c.OfficialText.Ja, c.Requirement.Title.Ja, c.Row!.Value)));
        Assert.All(Star3.Criteria, c => Assert.Equal(3, c.Level));
        Assert.Equal("20260327001-c.xlsx", Star3.Source.File);
        Assert.Equal(RevisionData.Sheet, Star3.Source.Sheet);
        Assert.StartsWith("https://www.ipa.go.jp/", Star3.Source.Url, StringComparison.Ordinal);
    }

    [Fact]
    public void An_incomplete_level_is_never_a_complete_target()
    {
        Assert.Equal([4], Star3.IncompleteLevels);
        Assert.True(Star3.IsComplete(3));
        Assert.False(Star3.IsComplete(4));
        Assert.False(Star3.IsComplete(5));
    }

    [Fact]
    public void The_official_text_is_split_into_a_lead_and_its_parts_for_display()
    {
        var c = Star3.FindCriterion("4-4-4-2")!;
        Assert.StartsWith("利用している機能又は設定に関して", c.Text.Ja, StringComparison.Ordinal);
        Assert.Equal(
            [CriterionPartKind.Item, CriterionPartKind.Item, CriterionPartKind.Item, CriterionPartKind.Statement,
             CriterionPartKind.Item, CriterionPartKind.Item, CriterionPartKind.Item, CriterionPartKind.Item, CriterionPartKind.Heading,
             CriterionPartKind.Item, CriterionPartKind.Item, CriterionPartKind.Item, CriterionPartKind.Item],
            c.Parts.Select(p => p.Kind));
        Assert.Equal("[対象]", c.Parts[8].Text.Ja);
        Assert.Equal("会社支給のパソコンの OS、ブラウザ及びOffice ソフト", c.Parts[9].Text.Ja);
        Assert.StartsWith("やむを得ず上記のとおり", c.Parts[3].Text.Ja, StringComparison.Ordinal);

        Assert.Equal(CriterionPartKind.Note, Star3.FindCriterion("4-1-3-3")!.Parts[^1].Kind);
        Assert.Equal("①発見報告、 ②初動、③調査・対応、④復旧、⑤最終報告", Assert.Single(Star3.FindCriterion("6-1-1-1")!.Parts).Text.Ja);
        Assert.Equal(CriterionPartKind.Line, Star3.FindCriterion("6-1-1-1")!.Parts[0].Kind);
        Assert.StartsWith("外部情報サービスを利用する際", Star3.FindCriterion("3-1-3-1")!.Text.Ja, StringComparison.Ordinal);
        Assert.EndsWith("最終報告\n", Star3.FindCriterion("6-1-1-1")!.OfficialText.Ja, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_English_the_text_says_the_translation_is_missing_and_reads_as_Japanese()
    {
        var c = Star3.FindCriterion("4-1-3-3")!;
        Assert.False(c.HasEnglish);
        Assert.True(c.OfficialText.IsMissingIn("en"));
        Assert.False(c.OfficialText.IsMissingIn("ja"));
        Assert.Equal(c.Text.Ja, c.Text.In("en"));
        Assert.All(c.Parts, p => Assert.Null(p.Text.En));
        Assert.Null(c.Requirement.Title.En);
    }

    [Fact]
    public void With_English_each_part_is_paired_with_its_translation()
    {
        var catalog = Load(RevisionData.Document(RevisionData.Star3, english: true));
        var c = catalog.FindCriterion("4-4-4-2")!;
        Assert.True(c.HasEnglish);
        Assert.Equal("(en) statement 1", c.Text.En);
        Assert.Equal("(en) statement 5", c.Parts[3].Text.En);
        Assert.Equal("[(en) heading 11]", c.Parts[8].Text.En);
        Assert.Equal("(en) requirement 4-4-4", c.Requirement.Title.En);
    }

    [Fact]
    public void English_of_another_line_structure_is_refused_naming_the_first_line_that_differs()
    {
        var json = RevisionData.Document(RevisionData.Star3, english: true);
        var node = CriterionNode(json, "4-1-3-3", out var path);
        node["text"]!["en"] = "• (en) lead\n- a\n- b\nnot an item\n- d\n\n※ note";
        var e = Reject(json);
        Assert.Equal(path + ".text.en", e.JsonPath);
        Assert.Contains("line 4 (\"not an item\") is a plain line where the Japanese has an item", e.Reason, StringComparison.Ordinal);

        node["text"]!["en"] = "• (en) lead\n- a\n- b\n- c\n- d";
        Assert.Contains("the English ends where the Japanese goes on with a note", Reject(json).Reason, StringComparison.Ordinal);

        node["text"]!["en"] = "";
        Assert.Equal(path + ".text.en", Reject(json).JsonPath);
    }

    [Fact]
    public void A_requirement_holds_criteria_of_both_levels_and_a_target_takes_only_its_own()
    {
        var catalog = Load(RevisionData.Document(RevisionData.Star3And4));
        Assert.Equal(153, catalog.Criteria.Count);
        Assert.Empty(catalog.IncompleteLevels);
        Assert.True(catalog.IsComplete(4));

        var mixed = catalog.FindRequirement("4-1-3")!;
        Assert.Equal([3, 3, 3, 3, 4], mixed.Criteria.Select(c => c.Level));
        Assert.Equal(3, mixed.Level);
        Assert.Equal(4, mixed.CriteriaUpTo(3).Count());
        Assert.Equal(4, catalog.FindRequirement("1-1-1")!.Level);

        Assert.Equal(RevisionData.Star3.Select(r => r.Criterion), catalog.CriteriaUpTo(3).Select(c => c.Id));
        Assert.Equal(26, catalog.RequirementsUpTo(3).Count());
        Assert.Equal(153, catalog.CriteriaUpTo(4).Count());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Written_format_2_loads_back_identically(bool english)
    {
        var catalog = Load(RevisionData.Document(RevisionData.Star3And4, english: english));
        var written = Write(catalog);
        var again = CatalogLoader.Load(new MemoryStream(written), "again.catalog.json");
        Assert.Equal(written, Write(again));
        Assert.Equal(2, again.Format);
        Assert.Equal(
            catalog.Criteria.Select(c => (c.Id, c.Level, c.Row, c.OfficialText, c.Text, string.Join("|", c.Parts), c.Requirement.Title)),
            again.Criteria.Select(c => (c.Id, c.Level, c.Row, c.OfficialText, c.Text, string.Join("|", c.Parts), c.Requirement.Title)));
        Assert.Equal(catalog.Source, again.Source);
        Assert.DoesNotContain("\"parts\"", Encoding.UTF8.GetString(written), StringComparison.Ordinal);
    }

    [Fact]
    public void Written_format_1_stays_format_1_and_loads_back_identically()
    {
        var written = Write(TestFiles.Catalog);
        var again = CatalogLoader.Load(new MemoryStream(written), "again.catalog.json");
        Assert.Equal(written, Write(again));
        Assert.Equal(1, again.Format);
        Assert.Contains("\"format\": \"hoshi-catalog/1\"", Encoding.UTF8.GetString(written), StringComparison.Ordinal);
        Assert.Equal(TestFiles.Catalog.Criteria.Select(c => c.OfficialText), again.Criteria.Select(c => c.OfficialText));
    }

    [Fact]
    public void Format_1_official_text_is_the_lead_and_its_parts_line_by_line()
    {
        var c = TestFiles.Catalog.FindCriterion("48.2")!;
        Assert.Equal(string.Join('\n', [c.Text.Ja, .. c.Parts.Select(p => (p.Kind == CriterionPartKind.Item ? "- " : "") + p.Text.Ja)]), c.OfficialText.Ja);
        Assert.Contains("\n[対象]\n- ", c.OfficialText.Ja, StringComparison.Ordinal);
    }

    [Fact]
    public void Members_of_the_other_format_are_refused()
    {
        var json = RevisionData.Document(RevisionData.Star3);
        json["requirements"]![2]!["level"] = 3;
        var e = Reject(json);
        Assert.Equal("$.requirements[2].level", e.JsonPath);
        Assert.Contains("criteria[].level", e.Reason, StringComparison.Ordinal);

        json = RevisionData.Document(RevisionData.Star3);
        json["requirements"]![0]!["criteria"]![0]!["parts"] = new JsonArray();
        Assert.Equal("$.requirements[0].criteria[0].parts", Reject(json).JsonPath);

        var v1 = WrittenV1();
        v1["incompleteLevels"] = new JsonArray(4);
        Assert.Equal("$.incompleteLevels", Reject(v1).JsonPath);

        v1 = WrittenV1();
        v1["requirements"]![1]!["criteria"]![0]!["level"] = 3;
        Assert.Equal("$.requirements[1].criteria[0].level", Reject(v1).JsonPath);

        v1 = WrittenV1();
        v1["source"]!["url"] = "https://example.org/";
        Assert.Equal("$.source.url", Reject(v1).JsonPath);
    }

    [Fact]
    public void Unknown_members_are_refused()
    {
        var json = RevisionData.Document(RevisionData.Star3);
        json["requirements"]![0]!["criteria"]![0]!["lvl"] = 3;
        Assert.Contains("lvl", Reject(json).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5, "expected one of the levels this file carries (3; incompleteLevels excluded), found 5")]
    [InlineData(4, "expected one of the levels this file carries (3; incompleteLevels excluded), found 4")]
    [InlineData(null, "found nothing")]
    public void A_criterion_level_must_be_one_the_file_carries(int? level, string reason)
    {
        var json = RevisionData.Document(RevisionData.Star3);
        CriterionNode(json, "4-1-3-3", out var path)["level"] = level;
        var e = Reject(json);
        Assert.Equal((path + ".level", true), (e.JsonPath, e.Reason.Contains(reason, StringComparison.Ordinal)));
    }

    [Fact]
    public void Incomplete_levels_must_be_levels_of_the_catalog()
    {
        var json = RevisionData.Document(RevisionData.Star3);
        json["incompleteLevels"] = new JsonArray(4, 5);
        Assert.Equal("$.incompleteLevels[1]", Reject(json).JsonPath);
    }

    [Fact]
    public void A_criterion_id_starts_with_its_requirement_and_a_hyphen_and_a_row_is_used_once()
    {
        var json = RevisionData.Document(RevisionData.Star3);
        CriterionNode(json, "4-1-3-3", out var path)["id"] = "4-1-4-9";
        Assert.Equal(path + ".id", Reject(json).JsonPath);

        json = RevisionData.Document(RevisionData.Star3);
        CriterionNode(json, "4-1-3-3", out path)["row"] = 71;
        var e = Reject(json);
        Assert.Equal((path + ".row", "row 71 is already the row of criterion 4-1-3-2"), (e.JsonPath, e.Reason));
    }

    private static JsonObject WrittenV1() => JsonNode.Parse(Write(TestFiles.Catalog))!.AsObject();

    private static byte[] Write(Core.Catalogs.Catalog catalog)
    {
        using var stream = new MemoryStream();
        CatalogJsonWriter.Write(catalog, stream);
        return stream.ToArray();
    }
}
