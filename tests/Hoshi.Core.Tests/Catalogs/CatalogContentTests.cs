using Hoshi.Core.Catalogs;

namespace Hoshi.Core.Tests.Catalogs;

public sealed class CatalogContentTests
{
    private static readonly Core.Catalogs.Catalog Catalog = TestFiles.Catalog;

    [Fact]
    public void Holds_59_requirements_25_at_level_3_and_34_at_level_4()
    {
        Assert.Equal(59, Catalog.Requirements.Count);
        Assert.Equal(25, Catalog.Requirements.Count(r => r.Level == 3));
        Assert.Equal(34, Catalog.Requirements.Count(r => r.Level == 4));
        Assert.Equal(Enumerable.Range(1, 59).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), Catalog.Requirements.Select(r => r.Id));
    }

    [Fact]
    public void Title_says_it_is_the_2025_interim_draft_in_both_languages()
    {
        // So that nobody takes it for the revision in force (2026-03-27).
        Assert.Contains("要求事項案（2025年 中間取りまとめ時点の案）", Catalog.Title.Ja, StringComparison.Ordinal);
        Assert.Contains("draft requirements (2025 interim summary draft)", Catalog.Title.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Criteria_are_numbered_requirement_dot_n_in_source_order()
    {
        Assert.All(Catalog.Requirements, r =>
            Assert.Equal(Enumerable.Range(1, r.Criteria.Count).Select(n => $"{r.Id}.{n}"), r.Criteria.Select(c => c.Id)));
    }

    [Fact]
    public void Categories_and_subcategories_follow_NIST_CSF_2()
    {
        var expected = new Dictionary<string, string>
        {
            ["1-1"] = "GV.OC", ["1-2"] = "GV.RR", ["1-3"] = "GV.PO", ["1-4"] = "GV.OV", ["2-1"] = "GV.SC",
            ["3-1"] = "ID.AM", ["3-2"] = "ID.RA", ["4-1"] = "PR.AA", ["4-2"] = "PR.AT", ["4-3"] = "PR.DS",
            ["4-4"] = "PR.PS", ["4-5"] = "PR.IR", ["5-1"] = "DE.CM", ["5-2"] = "DE.AE", ["6-1"] = "RS.MA", ["7-1"] = "RC.RP",
        };
        Assert.Equal(7, Catalog.Categories.Count);
        Assert.Equal(expected, Catalog.Categories.SelectMany(c => c.Subcategories).ToDictionary(s => s.Id, s => s.CsfCategory));
        Assert.Equal(["GV", "GV", "ID", "PR", "DE", "RS", "RC"], Catalog.Categories.Select(c => c.CsfFunction));
    }

    [Fact]
    public void Every_text_has_an_English_translation_beside_it()
    {
        var texts = Catalog.Requirements.Select(r => r.Title)
            .Concat(Catalog.Criteria.Select(c => c.Text))
            .Concat(Catalog.Criteria.SelectMany(c => c.Parts).Select(p => p.Text))
            .Concat(Catalog.Categories.Select(c => c.Title))
            .Concat(Catalog.Categories.SelectMany(c => c.Subcategories).Select(s => s.Title))
            .ToList();
        Assert.All(texts, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.En));
            Assert.DoesNotMatch(@"[\p{IsHiragana}\p{IsKatakana}]", t.En);
        });
    }

    [Fact]
    public void Official_references_are_kept_verbatim_in_both_languages()
    {
        // [No.x] and No.x refer to the official per-level lists; they must survive translation unchanged.
        var texts = Catalog.Criteria.Select(c => c.Text).Concat(Catalog.Criteria.SelectMany(c => c.Parts).Select(p => p.Text));
        Assert.All(texts, t =>
        {
            var ja = System.Text.RegularExpressions.Regex.Matches(t.Ja, @"No\.\d+(?:[,\-]\d+)*").Select(m => m.Value);
            var en = System.Text.RegularExpressions.Regex.Matches(t.En!, @"No\.\d+(?:[,\-]\d+)*").Select(m => m.Value);
            Assert.Equal(ja, en);
        });
    }

    [Fact]
    public void Headings_and_notes_keep_their_place()
    {
        var r14 = Catalog.FindRequirement("14")!.Criteria[0].Parts;
        Assert.Equal(
            [CriterionPartKind.Heading, CriterionPartKind.Item, CriterionPartKind.Item, CriterionPartKind.Item, CriterionPartKind.Heading, CriterionPartKind.Item, CriterionPartKind.Item, CriterionPartKind.Item],
            r14.Select(p => p.Kind));
        Assert.Equal("[対策状況の把握方法(例)]", r14[4].Text.Ja);
        Assert.Equal("※相関分析:複合的なログなどで分析してセキュリティインシデントの予兆や痕跡を見つけ出す手法", Catalog.FindCriterion("4.2")!.Parts.Single().Text.Ja);
        Assert.Equal("[対象]", Catalog.FindCriterion("48.2")!.Parts[3].Text.Ja);
    }

    [Fact]
    public void Pdf_line_breaks_are_joined()
    {
        Assert.Contains("保管場所", Catalog.FindCriterion("22.3")!.Text.Ja, StringComparison.Ordinal);
        Assert.EndsWith("ネットワーク図 [No.15]", Catalog.FindCriterion("9.1")!.Parts[2].Text.Ja, StringComparison.Ordinal);
        Assert.Equal("機密情報の取扱い(表示、保管方法、複製可否、第三者への提供可否等)", Catalog.FindCriterion("13.1")!.Parts[1].Text.Ja);
        Assert.Contains("他の認証にも使用される場合", Catalog.FindCriterion("29.3")!.Text.Ja, StringComparison.Ordinal);
        Assert.EndsWith("システムを導入すること", Catalog.FindCriterion("56.3")!.Text.Ja, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_requirement_has_guidance_in_both_languages_with_typical_evidence()
    {
        var library = CatalogLibrary.BuiltIn();
        Assert.All(Catalog.Requirements, r =>
        {
            var guidance = library.GuidanceFor(Catalog, r.Id);
            Assert.NotNull(guidance);
            Assert.InRange(guidance.Evidence.Count, 2, 5);
            Assert.Matches(@"\p{IsHiragana}", guidance.Summary.Ja);
            Assert.DoesNotMatch(@"[\p{IsHiragana}\p{IsKatakana}]", guidance.Summary.En);
        });
    }
}
