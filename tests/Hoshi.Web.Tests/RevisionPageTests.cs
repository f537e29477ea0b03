using System.Net;
using Hoshi.Hosting;
using Hoshi.Testing;
using Hoshi.Tests.Shared;

namespace Hoshi.Web.Tests;

/// <summary>
/// A format-2 catalog on the pages: cross references linked, each criterion's own ★, and a notice where the English
/// translation is missing (the catalog here has none, as one imported from IPA's workbook).
/// </summary>
public sealed class RevisionPageTests : IAsyncLifetime
{
    private const string Key = "test-scs@2026-03-27";
    private HoshiApp app = null!;

    public async Task InitializeAsync() =>
        app = await HoshiApp.StartAsync(DatabaseProvider.Sqlite, prepare: settings =>
        {
            Directory.CreateDirectory(settings.CatalogDirectory);
            File.WriteAllText(Path.Combine(settings.CatalogDirectory, "test-scs.catalog.json"),
                RevisionData.Document(RevisionData.Star3And4, id: "test-scs").ToJsonString());
        });

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task The_catalog_browser_links_resolved_references_and_says_the_English_is_missing()
    {
        var (admin, org, _) = await new Fixture(app).SetUpAsync();
        var browser = $"/catalog?catalog={Uri.EscapeDataString(Key)}&amp;org={org}";

        await admin.GetAsync($"/catalog?catalog={Uri.EscapeDataString(Key)}&org={org}&requirement=4-1-3");
        Assert.Contains($"<a class=\"xref\" href=\"{browser}&amp;requirement=4-1-3#c4-1-3-3\">No.4-1-3-3</a>", admin.Html, StringComparison.Ordinal);
        Assert.Contains("英訳はまだありません。公式の日本語を表示しています。", admin.Html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"cid\">4-1-3-5</span> <span class=\"lvl\">★4</span>", admin.Html, StringComparison.Ordinal);
        Assert.Contains("id=\"c4-1-3-3\"", admin.Html, StringComparison.Ordinal);

        await admin.GetAsync($"/catalog?catalog={Uri.EscapeDataString(Key)}&org={org}&requirement=4-1-4");
        Assert.Contains($"<a class=\"xref\" href=\"{browser}&amp;requirement=4-1-5#r4-1-5\">No.4-1-5</a>", admin.Html, StringComparison.Ordinal);

        await admin.GetAsync("/catalog?catalog=meti-scs%401&requirement=9");
        Assert.Contains("[No.15]", admin.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"xref\"", admin.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("英訳はまだありません", admin.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_criterion_page_links_a_referenced_criterion_of_the_assessment_to_its_page()
    {
        var (admin, org, _) = await new Fixture(app).SetUpAsync();
        var created = await admin.SubmitAsync($"/o/{org}/assessments/new", new Dictionary<string, string>
        {
            ["Form.Title"] = "改訂版 ★3", ["Form.TargetLevel"] = "3", ["Form.Catalog"] = Key,
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var assessment = created.Headers.Location!.OriginalString.Split('/').Last();

        // A ★3 assessment asks only the ★3 criteria, also of a requirement that holds a ★4 one (4-1-3-5).
        await admin.GetAsync($"/o/{org}/assessments/{assessment}");
        Assert.Contains($"/assessments/{assessment}/criteria/4-1-3-4\"", admin.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("criteria/4-1-3-5", admin.Html, StringComparison.Ordinal);

        var page = await admin.GetAsync($"/o/{org}/assessments/{assessment}/criteria/4-1-3-2");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains($"<a class=\"xref\" href=\"/o/{org}/assessments/{assessment}/criteria/4-1-3-3\">No.4-1-3-3</a>", admin.Html, StringComparison.Ordinal);

        await admin.GetAsync($"/o/{org}/assessments/{assessment}/criteria/4-1-3-4");
        Assert.Contains("4-1-4-1 ›", admin.Html, StringComparison.Ordinal);

        await admin.GetAsync($"/o/{org}/assessments/{assessment}/criteria/4-1-4-1");
        Assert.Contains($"href=\"/catalog?catalog={Uri.EscapeDataString(Key)}&amp;org={org}&amp;requirement=4-1-5#r4-1-5\">No.4-1-5</a>", admin.Html, StringComparison.Ordinal);
    }

    /// <summary>The set-up steps of <see cref="WebFixture"/> on this test's own host.</summary>
    private sealed class Fixture(HoshiApp host) : WebFixture(DatabaseProvider.Sqlite)
    {
        public Task<(Session Session, Guid Org, string Key)> SetUpAsync()
        {
            App = host;
            return SetUpAdminAsync();
        }
    }
}
