using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Hoshi.Core.Tests.Catalogs;

/// <summary>
/// The built-in catalog of the revision of 2026-03-27 (format 2), read as plain JSON and compared with the
/// reference transcription of IPA's workbook, character for character.
/// </summary>
public sealed partial class RevisionCatalogTests
{
    /// <summary>SHA-256 of tests/TestData/scs-2026-03-27-star3.json, the byte-identical copy of the reference.</summary>
    private const string ReferenceSha256 = "2ecec62bd7bc71188db6feb0cd9acc55e4b8827819f317ef356cdd821621602b";

    private static readonly JsonSerializerOptions ReferenceOptions = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly JsonElement Catalog = CatalogDataFiles.Read(CatalogDataFiles.Revision);
    private static readonly IReadOnlyList<(JsonElement Requirement, JsonElement Criterion)> Criteria = CatalogDataFiles.Criteria(Catalog);
    private static readonly List<ReferenceCriterion> Reference =
        JsonSerializer.Deserialize<List<ReferenceCriterion>>(File.ReadAllBytes(TestFiles.Path(CatalogDataFiles.RevisionReference)), ReferenceOptions)!;

    [Fact]
    public void Reference_file_is_the_byte_identical_copy()
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(TestFiles.Path(CatalogDataFiles.RevisionReference))));
        Assert.Equal(ReferenceSha256, hash);
        Assert.Equal(Enumerable.Range(1, 81), Reference.Select(r => r.Seq));
    }

    [Fact]
    public void Is_format_2_of_the_revision_of_2026_03_27_with_level_4_not_yet_carried()
    {
        Assert.Equal("hoshi-catalog/2", Catalog.GetProperty("format").GetString());
        Assert.Equal("meti-scs", Catalog.GetProperty("id").GetString());
        Assert.Equal("2026-03-27", Catalog.GetProperty("version").GetString());
        Assert.Equal("2026-03-27", Catalog.GetProperty("published").GetString());
        Assert.Equal([3, 4], Catalog.GetProperty("levels").EnumerateArray().Select(l => l.GetInt32()));
        Assert.Equal([4], Catalog.GetProperty("incompleteLevels").EnumerateArray().Select(l => l.GetInt32()));

        var source = Catalog.GetProperty("source");
        Assert.Equal("https://www.ipa.go.jp/security/scs/rcu1hd0000007a2i-att/20260327001-c.xlsx", source.GetProperty("url").GetString());
        Assert.Equal("20260327001-c.xlsx", source.GetProperty("file").GetString());
        Assert.Equal("★3・★4要求事項・評価基準", source.GetProperty("sheet").GetString());
        Assert.Equal("d4c27aa4bfed5521a98ff9ce8c042743e4204e4b8310ceb3df0c54eabfdc8dd1", source.GetProperty("sha256").GetString());

        // The title names the revision in force, in both languages, so it is never taken for the 2025 draft.
        var title = Catalog.GetProperty("title");
        Assert.Contains("2026年3月27日", title.GetProperty("ja").GetString(), StringComparison.Ordinal);
        Assert.Contains("2026-03-27", title.GetProperty("en").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("案", title.GetProperty("ja").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Holds_the_26_requirements_and_81_criteria_of_the_reference_in_workbook_order()
    {
        var requirements = Catalog.GetProperty("requirements").EnumerateArray().Select(CatalogDataFiles.Id).ToList();
        Assert.Equal(26, requirements.Count);
        Assert.Equal(81, Criteria.Count);
        Assert.Equal(Reference.Select(r => r.Requirement).Distinct(), requirements);
        Assert.Equal(Reference.Select(r => r.Criterion), Criteria.Select(c => CatalogDataFiles.Id(c.Criterion)));
        Assert.Equal(Reference.Select(r => r.Requirement), Criteria.Select(c => CatalogDataFiles.Id(c.Requirement)));
        Assert.Equal(Reference.Select(r => r.Row), Criteria.Select(c => c.Criterion.GetProperty("row").GetInt32()));
        Assert.All(Criteria, c => Assert.Equal(3, c.Criterion.GetProperty("level").GetInt32()));
        Assert.All(Criteria, c => Assert.False(c.Requirement.TryGetProperty("level", out _), "a format-2 requirement has no level"));
    }

    [Fact]
    public void Every_criterion_text_equals_the_reference_character_for_character()
    {
        // Ordinal equality, no normalization: U+3000, trailing newlines and spaces, full-width digits all count.
        var differences = Reference.Zip(Criteria)
            .Where(p => !string.Equals(p.First.CriterionText, Ja(p.Second.Criterion.GetProperty("text")), StringComparison.Ordinal))
            .Select(p => p.First.Criterion)
            .ToList();
        Assert.Empty(differences);
    }

    [Fact]
    public void Every_requirement_title_equals_the_reference_character_for_character()
    {
        var differences = Reference.Zip(Criteria)
            .Where(p => !string.Equals(p.First.RequirementText, Ja(p.Second.Requirement.GetProperty("title")), StringComparison.Ordinal))
            .Select(p => p.First.Criterion)
            .ToList();
        Assert.Empty(differences);
    }

    [Fact]
    public void The_oddities_of_the_official_text_are_kept()
    {
        // Spot checks beside the full comparison, so that a "clean-up" of the reference and the catalog together fails too.
        Assert.EndsWith("周知すること。\u3000", Ja(Requirement("1-3-1").GetProperty("title")), StringComparison.Ordinal);
        Assert.EndsWith("⑤最終報告\n", Ja(Criterion("6-1-1-1").GetProperty("text")), StringComparison.Ordinal);
        Assert.StartsWith("・年１回以上", Ja(Criterion("4-2-2-3").GetProperty("text")), StringComparison.Ordinal);
        Assert.Contains("提供されていない。 \n・やむを得ず", Ja(Criterion("4-4-4-2").GetProperty("text")), StringComparison.Ordinal);
        Assert.StartsWith("外部情報サービスを", Ja(Criterion("3-1-3-1").GetProperty("text")), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_requirement_and_criterion_has_English_beside_it()
    {
        var texts = Criteria.Select(c => (Id: CatalogDataFiles.Id(c.Criterion), Text: c.Criterion.GetProperty("text")))
            .Concat(Catalog.GetProperty("requirements").EnumerateArray().Select(r => (Id: CatalogDataFiles.Id(r), Text: r.GetProperty("title"))));
        Assert.All(texts, t =>
        {
            var en = t.Text.TryGetProperty("en", out var value) ? value.GetString() : null;
            Assert.False(string.IsNullOrWhiteSpace(en), $"{t.Id} has no English");
            Assert.DoesNotMatch(JapaneseScript(), en!);
        });
    }

    [Fact]
    public void English_has_the_line_structure_of_the_Japanese()
    {
        var texts = Criteria.Select(c => (Id: CatalogDataFiles.Id(c.Criterion), Text: c.Criterion.GetProperty("text")))
            .Concat(Catalog.GetProperty("requirements").EnumerateArray().Select(r => (Id: CatalogDataFiles.Id(r), Text: r.GetProperty("title"))));
        Assert.All(texts, t =>
            Assert.True(
                LineKinds(Ja(t.Text), "・").SequenceEqual(LineKinds(En(t.Text), "• ")),
                $"{t.Id}: ja {string.Join(' ', LineKinds(Ja(t.Text), "・"))} / en {string.Join(' ', LineKinds(En(t.Text), "• "))}"));

        // The structure is really there: two statements in 4-4-4-2, a heading in 7-1-1-1, a note in 4-1-3-3.
        Assert.Equal(
            ["statement", "item", "item", "item", "statement", "item", "item", "item", "item", "heading", "item", "item", "item", "item"],
            LineKinds(En(Criterion("4-4-4-2").GetProperty("text")), "• "));
        Assert.Equal(["statement", "heading", "item", "item"], LineKinds(En(Criterion("7-1-1-1").GetProperty("text")), "• "));
        Assert.Equal("note", LineKinds(En(Criterion("4-1-3-3").GetProperty("text")), "• ")[^1]);
        Assert.Equal(["statement", "line"], LineKinds(En(Criterion("6-1-1-1").GetProperty("text")), "• "));
    }

    [Fact]
    public void Cross_references_are_kept_verbatim_in_English()
    {
        Assert.All(Criteria, c =>
        {
            var text = c.Criterion.GetProperty("text");
            Assert.Equal(CrossReference().Matches(Ja(text)).Select(m => m.Value), CrossReference().Matches(En(text)).Select(m => m.Value));
        });
        Assert.Contains(Criteria, c => CrossReference().IsMatch(Ja(c.Criterion.GetProperty("text"))));
    }

    [Fact]
    public void Categories_and_subcategories_are_the_drafts_with_their_CSF_mapping()
    {
        var expected = new Dictionary<string, string>
        {
            ["1-1"] = "GV.OC", ["1-2"] = "GV.RR", ["1-3"] = "GV.PO", ["1-4"] = "GV.OV", ["2-1"] = "GV.SC",
            ["3-1"] = "ID.AM", ["3-2"] = "ID.RA", ["4-1"] = "PR.AA", ["4-2"] = "PR.AT", ["4-3"] = "PR.DS",
            ["4-4"] = "PR.PS", ["4-5"] = "PR.IR", ["5-1"] = "DE.CM", ["5-2"] = "DE.AE", ["6-1"] = "RS.MA", ["7-1"] = "RC.RP",
        };
        var categories = Catalog.GetProperty("categories").EnumerateArray().ToList();
        Assert.Equal(["GV", "GV", "ID", "PR", "DE", "RS", "RC"], categories.Select(c => c.GetProperty("csf").GetString()));
        Assert.Equal(expected, categories.SelectMany(c => c.GetProperty("subcategories").EnumerateArray())
            .ToDictionary(CatalogDataFiles.Id, s => s.GetProperty("csf").GetString()!));
        Assert.Equal(
            CatalogDataFiles.Read(CatalogDataFiles.Draft).GetProperty("categories").GetRawText(),
            Catalog.GetProperty("categories").GetRawText());

        // Each requirement sits in the subcategory its number names, whose category is the one the workbook names.
        var categoryTitles = categories.ToDictionary(CatalogDataFiles.Id, c => Ja(c.GetProperty("title")));
        Assert.All(Reference.Zip(Criteria), p =>
        {
            var subcategory = p.Second.Requirement.GetProperty("subcategory").GetString()!;
            Assert.StartsWith(subcategory + "-", p.First.Requirement, StringComparison.Ordinal);
            Assert.Equal(p.First.Category, categoryTitles[subcategory.Split('-')[0]]);
        });
    }

    /// <summary>The kind of each non-blank line, by its first characters, as catalog format 2 defines them (docs/catalog-format.md).</summary>
    private static List<string> LineKinds(string text, string statementMark) =>
        [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(l =>
            l.StartsWith(statementMark, StringComparison.Ordinal) ? "statement"
            : l.StartsWith('-') ? "item"
            : l.StartsWith('[') && l.EndsWith(']') ? "heading"
            : l.StartsWith('※') ? "note"
            : "line")];

    private static JsonElement Requirement(string id) =>
        Catalog.GetProperty("requirements").EnumerateArray().Single(r => CatalogDataFiles.Id(r) == id);

    private static JsonElement Criterion(string id) => Criteria.Single(c => CatalogDataFiles.Id(c.Criterion) == id).Criterion;

    private static string Ja(JsonElement text) => text.GetProperty("ja").GetString()!;

    private static string En(JsonElement text) => text.GetProperty("en").GetString()!;

    [GeneratedRegex(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]")]
    private static partial Regex JapaneseScript();

    [GeneratedRegex(@"No\.\d+(?:-\d+)+")]
    private static partial Regex CrossReference();

    private sealed record ReferenceCriterion(
        string Criterion, string Requirement, string Category, int Seq, string RequirementText, string CriterionText, int Row);
}
