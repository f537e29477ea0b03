using System.Net;
using System.Text.RegularExpressions;
using Hoshi.Data;
using Hoshi.Data.Audit;
using Hoshi.Hosting;
using Hoshi.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hoshi.Web.Tests;

/// <summary>Administrators manage members; new accounts start with a one-time password the person must replace.</summary>
public abstract partial class MemberTests(DatabaseProvider provider) : WebFixture(provider)
{
    private static Dictionary<string, string> NewMember(string email, string role, Guid? assessment = null, string? expires = null) => new()
    {
        ["Form.Email"] = email,
        ["Form.DisplayName"] = "佐藤 花子",
        ["Form.Role"] = role,
        ["Form.AssessmentId"] = assessment?.ToString() ?? "",
        ["Form.ExpiresOn"] = expires ?? "",
    };

    [Fact]
    public async Task An_added_member_signs_in_with_the_one_time_password_and_must_replace_it()
    {
        var (admin, org, _) = await SetUpAdminAsync();
        await admin.SubmitAsync($"/o/{org}/admin/members", NewMember("sato@example.jp", "Editor"), "Add");
        Assert.Contains("初期パスワード", admin.Html, StringComparison.Ordinal);
        var password = WebUtility.HtmlDecode(IssuedPassword().Match(admin.Html).Groups[1].Value);
        Assert.Equal(16, password.Length);

        using var sato = App.NewSession();
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(sato, "sato@example.jp", password)).StatusCode);
        var dashboard = await sato.GetAsync($"/o/{org}");
        Assert.Equal("/account/password?required=1", dashboard.Headers.Location!.OriginalString);

        await sato.GetAsync("/account/password?required=1");
        await sato.PostAsync("/account/password", new Dictionary<string, string> { ["Current"] = password, ["New"] = "Sato-Own-Pass-77", ["Confirm"] = "Sato-Own-Pass-77" });
        Assert.Contains("パスワードを変更しました", sato.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await sato.GetAsync($"/o/{org}")).StatusCode);

        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HoshiDbContext>();
        // The administrator's own membership (at setup) and Sato's.
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.OrganizationId == org && e.Type == AuditEventType.MembershipAdded));
    }

    [Fact]
    public async Task An_assessor_needs_one_assessment_and_an_end_date()
    {
        var (admin, org, _) = await SetUpAdminAsync();
        var assessment = await CreateAssessmentAsync(admin, org);
        await admin.SubmitAsync($"/o/{org}/admin/members", NewMember("expert@example.jp", "Assessor"), "Add");
        Assert.Contains("評価者には、見てもらう自己評価を1つ選んでください", admin.Html, StringComparison.Ordinal);

        await admin.SubmitAsync($"/o/{org}/admin/members", NewMember("expert@example.jp", "Assessor", assessment), "Add");
        Assert.Contains("評価者の利用期限", admin.Html, StringComparison.Ordinal);

        var until = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await admin.SubmitAsync($"/o/{org}/admin/members", NewMember("expert@example.jp", "Assessor", assessment, until), "Add");
        Assert.Contains("評価者として追加しました", admin.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_last_administrator_cannot_be_removed_and_only_administrators_manage_members()
    {
        var (admin, org, _) = await SetUpAdminAsync();
        using var editor = await MemberSessionAsync(org, "editor@example.jp", Hoshi.Data.Entities.MemberRole.Editor);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.GetAsync($"/o/{org}/admin/members")).StatusCode);

        await admin.GetAsync($"/o/{org}/admin/members");
        // The administrator's own row comes first (roles are listed administrators first).
        var removeOwn = WebUtility.HtmlDecode(RemoveActions().Matches(admin.Html).Select(m => m.Groups[1].Value).First());
        await admin.PostAsync(removeOwn, new Dictionary<string, string>());
        Assert.Contains("自分自身は外せません", admin.Html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<code class=\"key\">([^<]+)</code>")]
    private static partial Regex IssuedPassword();

    [GeneratedRegex("action=\"([^\"]*handler=Remove[^\"]*)\"")]
    private static partial Regex RemoveActions();
}

public sealed class SqliteMemberTests() : MemberTests(DatabaseProvider.Sqlite);

public sealed class PostgresMemberTests() : MemberTests(DatabaseProvider.Postgres);
