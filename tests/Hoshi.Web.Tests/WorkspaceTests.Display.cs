using System.Net;
using Hoshi.Data.Entities;
using Microsoft.Extensions.DependencyInjection;

namespace Hoshi.Web.Tests;

/// <summary>Dates in the reader's language, and the organization menu on the catalog.</summary>
public abstract partial class WorkspaceTests
{
    [Fact]
    public async Task Dates_are_written_the_Japanese_way_in_Japanese_and_the_English_way_in_English()
    {
        var (admin, org, _) = await SetUpAdminAsync();
        var created = await admin.SubmitAsync($"/o/{org}/assessments/new", new Dictionary<string, string>
        {
            ["Form.Title"] = "2026年度 自己評価", ["Form.TargetLevel"] = "3", ["Form.Catalog"] = "meti-scs@1",
            ["Form.PeriodStart"] = "2026-04-01", ["Form.PeriodEnd"] = "2027-03-31",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        await admin.GetAsync($"/o/{org}/assessments");
        Assert.Contains("2026年4月1日 – 2027年3月31日", admin.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-04-01", admin.Html, StringComparison.Ordinal);

        await admin.PostAsync("/language", new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = $"/o/{org}/assessments" });
        await admin.GetAsync($"/o/{org}/assessments");
        Assert.Contains("1 Apr 2026 – 31 Mar 2027", admin.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_catalog_keeps_the_menu_of_the_organization_the_user_came_from()
    {
        var (admin, org, _) = await SetUpAdminAsync();
        var other = await CreateOrganizationAsync();
        var foreign = await CreateOrganizationAsync("無関係の会社");

        await admin.GetAsync($"/o/{org}");
        Assert.Contains($"href=\"/catalog?org={org}\"", admin.Html, StringComparison.Ordinal);
        await admin.GetAsync($"/catalog?org={org}&q=" + Uri.EscapeDataString("パスワード"));
        Assert.Contains($"class=\"org-name\" href=\"/o/{org}\"", admin.Html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/o/{org}/assessments\"", admin.Html, StringComparison.Ordinal);
        Assert.Contains($"name=\"org\" value=\"{org}\"", admin.Html, StringComparison.Ordinal); // the search keeps it

        await MemberSessionAsync(org, "editor@example.jp", MemberRole.Editor);
        using var editor = await MemberSessionAsync(other, "editor@example.jp", MemberRole.Editor);
        await editor.GetAsync($"/catalog?org={org}");
        Assert.Contains($"class=\"org-name\" href=\"/o/{org}\"", editor.Html, StringComparison.Ordinal);
        await editor.GetAsync($"/catalog?org={other}");
        Assert.Contains($"class=\"org-name\" href=\"/o/{other}\"", editor.Html, StringComparison.Ordinal);

        // An organization the user does not belong to gives no menu of it, only one of their own.
        await editor.GetAsync($"/catalog?org={foreign}");
        Assert.DoesNotContain($"href=\"/o/{foreign}", editor.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("無関係の会社", editor.Html, StringComparison.Ordinal);
        Assert.Contains("class=\"org-name\"", editor.Html, StringComparison.Ordinal);
    }
}
