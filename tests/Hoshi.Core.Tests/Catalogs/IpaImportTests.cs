using System.Text;
using Hoshi.Core.Catalogs;
using Hoshi.Core.Catalogs.Import;
using Hoshi.Core.Input;
using Hoshi.Tests.Shared;

namespace Hoshi.Core.Tests.Catalogs;

/// <summary>
/// Importing IPA's workbook against a library holding the ★3 part as test-scs@2026-03-27 (with English), as the
/// built-in meti-scs@2026-03-27 is shipped.
/// </summary>
public sealed class IpaImportTests
{
    private const string Id = "test-scs";
    private const string OtherSha = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private static CatalogLibrary Library()
    {
        var library = CatalogLibrary.BuiltIn();
        library.Add(RevisionData.Load(RevisionData.Document(RevisionData.Star3, id: Id, english: true)));
        return library;
    }

    private static IpaWorkbook Workbook(IpaWorkbookBuilder? builder = null) =>
        IpaWorkbookReader.Read(new MemoryStream((builder ?? new IpaWorkbookBuilder()).Build()), "20260327001-c.xlsx");

    private static IpaImportPlan Plan(CatalogLibrary library, IpaWorkbookBuilder? builder = null, string sha = RevisionData.PublishedSha256, string version = RevisionData.Version) =>
        IpaImport.Plan(Workbook(builder), sha, library, version, id: Id);

    [Fact]
    public void The_published_workbook_completes_the_installed_version_with_its_star4_criteria()
    {
        var library = Library();
        var installed = library.Find(Id, RevisionData.Version)!;
        var plan = Plan(library);

        Assert.Equal((IpaImportOutcome.Completes, true, $"{Id}@2026-03-27"), (plan.Outcome, plan.IsPublishedWorkbook, plan.Catalog.Key));
        Assert.Empty(plan.Differences);
        Assert.Empty(plan.Catalog.IncompleteLevels);
        Assert.Equal(
            [new LevelCount(3, 26, 81, 81), new LevelCount(4, plan.Catalog.Requirements.Count, 153, 72)],
            plan.Counts);
        Assert.Equal(installed.Source, plan.Catalog.Source);
        Assert.Equal(installed.Title, plan.Catalog.Title);

        Assert.All(installed.Criteria, c =>
        {
            var completed = plan.Catalog.FindCriterion(c.Id)!;
            Assert.Equal((c.OfficialText, c.Level, c.Row, c.Requirement.Title), (completed.OfficialText, completed.Level, completed.Row, completed.Requirement.Title));
        });
        var star4 = plan.Catalog.FindCriterion("4-1-3-5")!;
        Assert.Equal((4, 74, false, "・（試験用）★4の評価基準 4-1-3-5"), (star4.Level, star4.Row, star4.HasEnglish, star4.OfficialText.Ja));
        Assert.Equal("(en) requirement 4-1-3", star4.Requirement.Title.En);
        Assert.Null(plan.Catalog.FindRequirement("1-1-1")!.Title.En);
    }

    [Fact]
    public void The_library_takes_the_completed_file_in_place_of_the_installed_version_and_refuses_another()
    {
        var library = Library();
        var completed = Plan(library).Catalog;
        var written = Write(completed);

        var replaced = library.AddOrComplete(CatalogLoader.Load(new MemoryStream(written), "completed.catalog.json"), "completed.catalog.json");
        Assert.Same(replaced, library.Find(Id, RevisionData.Version));
        Assert.Equal(153, replaced.Criteria.Count);
        Assert.Equal("(en) statement 1", replaced.FindCriterion("4-1-3-3")!.Text.En);

        Assert.Same(replaced, library.AddOrComplete(RevisionData.Load(RevisionData.Document(RevisionData.Star3, id: Id)), "star3.catalog.json"));
        Assert.Equal(IpaImportOutcome.AlreadyInstalled, Plan(library).Outcome);

        var changed = RevisionData.Document(RevisionData.Star3And4, id: Id);
        changed["requirements"]![0]!["criteria"]![0]!["text"]!["ja"] = "・変更した評価基準";
        var e = Assert.Throws<CatalogFormatException>(() => library.AddOrComplete(RevisionData.Load(changed), "changed.catalog.json"));
        Assert.Equal(("changed.catalog.json", "$.version"), (e.SourceName, e.JsonPath));
        Assert.Contains("criterion 1-1-1-1: text differs at line 1, character 2", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_whose_star3_text_differs_becomes_a_new_version_named_by_its_hash_with_each_difference()
    {
        var builder = new IpaWorkbookBuilder();
        var i = builder.Rows.FindIndex(r => r.Criterion == "4-1-3-3");
        builder.Rows[i] = builder.Rows[i] with { CriterionText = builder.Rows[i].CriterionText.Replace("2種類以上", "3種類以上", StringComparison.Ordinal) };
        var j = builder.Rows.FindIndex(r => r.Criterion == "7-1-1-1");
        builder.Rows[j] = builder.Rows[j] with { Level = 4 };
        var plan = Plan(Library(), builder, OtherSha);

        Assert.Equal((IpaImportOutcome.NewVersion, false, $"{Id}@2026-03-27-01234567"), (plan.Outcome, plan.IsPublishedWorkbook, plan.Catalog.Key));
        Assert.Equal(new DateOnly(2026, 3, 27), plan.Catalog.Published);
        Assert.Equal(
            [
                "criterion 4-1-3-3: text differs at line 1, character 29: installed 「ずれかの要素から2種類以上を選択し、利用」, new 「ずれかの要素から3種類以上を選択し、利用」",
                "criterion 7-1-1-1: ★ differs: installed ★3, new ★4",
            ],
            plan.Differences.Select(d => d.ToString()).ToList());
        Assert.Equal((OtherSha, "20260327001-c.xlsx", null), (plan.Catalog.Source.Sha256, plan.Catalog.Source.File, plan.Catalog.Source.Url));
        Assert.Equal("(en) statement 1", plan.Catalog.FindCriterion("4-1-3-2")!.Text.En);
        Assert.Null(plan.Catalog.FindCriterion("4-1-3-3")!.Text.En);
    }

    [Fact]
    public void A_version_not_installed_is_installed_as_given_and_the_draft_is_never_completed()
    {
        var plan = Plan(Library(), version: "2027-04-01");
        Assert.Equal((IpaImportOutcome.NewVersion, $"{Id}@2027-04-01", new DateOnly(2027, 4, 1)), (plan.Outcome, plan.Catalog.Key, plan.Catalog.Published));
        Assert.Equal(Library().Find(Id, RevisionData.Version)!.Categories.Select(c => (c.Id, c.CsfFunction, c.Title)), plan.Catalog.Categories.Select(c => (c.Id, c.CsfFunction, c.Title)));

        var undated = Assert.Throws<InvalidInputException>(() => Plan(Library(), version: "next"));
        Assert.Contains("--published", Assert.Single(undated.Errors).Reason, StringComparison.Ordinal);

        var draft = Assert.Throws<InvalidInputException>(() => IpaImport.Plan(Workbook(), OtherSha, Library(), "1"));
        Assert.Contains("format 1", Assert.Single(draft.Errors).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_requirement_of_a_subcategory_the_catalog_lacks_is_refused_at_its_cell()
    {
        var builder = new IpaWorkbookBuilder();
        var i = builder.Rows.FindIndex(r => r.Criterion == "7-1-1-1");
        builder.Rows[i] = builder.Rows[i] with { Requirement = "8-1-1", Criterion = "8-1-1-1" };
        var error = Assert.Single(Assert.Throws<InvalidInputException>(() => Plan(Library(), builder)).Errors);
        Assert.Equal((builder.Rows[i].Number, "F"), (error.Line, error.Column));
        Assert.Contains("subcategory 8-1", error.Reason, StringComparison.Ordinal);
    }

    private static byte[] Write(Core.Catalogs.Catalog catalog)
    {
        using var stream = new MemoryStream();
        Core.Export.CatalogJsonWriter.Write(catalog, stream);
        return stream.ToArray();
    }

    [Fact]
    public void Written_completed_catalog_is_valid_UTF8_JSON_of_format_2() =>
        Assert.Contains("\"format\": \"hoshi-catalog/2\"", Encoding.UTF8.GetString(Write(Plan(Library()).Catalog)), StringComparison.Ordinal);
}
