using System.Net;
using Hoshi.Data;
using Hoshi.Data.Entities;
using Hoshi.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Hoshi.Testing;

namespace Hoshi.Web.Tests;

/// <summary>First start, sign-in, lockout, MFA and the authentication log.</summary>
public abstract class AccountTests(DatabaseProvider provider) : WebFixture(provider)
{
    private async Task<List<AuthEvent>> AuthEventsAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HoshiDbContext>().AuthEvents.OrderBy(e => e.Id).ToListAsync();
    }

    [Fact]
    public async Task A_fresh_install_has_no_account_and_leads_to_setup()
    {
        using var session = App.NewSession();
        var home = await session.GetAsync("/");
        Assert.Equal("/setup", home.Headers.Location!.OriginalString);
        var login = await session.GetAsync("/account/login");
        Assert.Equal("/setup", login.Headers.Location!.OriginalString);
        await session.GetAsync("/setup");
        Assert.Contains("初期アカウント・初期パスワードは用意されていません", session.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("short1!A", "10文字以上")]
    [InlineData("alllowercase1!", "英大文字")]
    [InlineData("NoDigitsHere!!", "数字")]
    [InlineData("NoSymbols12345", "記号")]
    public async Task Setup_refuses_weak_passwords_and_creates_nothing(string password, string message)
    {
        using var session = App.NewSession();
        var response = await session.SubmitAsync("/setup", new Dictionary<string, string>
        {
            ["Form.OrganizationName"] = "A社", ["Form.DisplayName"] = "A", ["Form.Email"] = "a@example.jp",
            ["Form.Password"] = password, ["Form.ConfirmPassword"] = password,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, session.Html, StringComparison.Ordinal);
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HoshiDbContext>();
        Assert.Equal(0, await db.Users.CountAsync());
        Assert.Equal(0, await db.Organizations.CountAsync());
    }

    [Fact]
    public async Task After_setup_the_setup_page_is_gone_and_administrators_must_enrol_MFA()
    {
        using var session = App.NewSession();
        await session.SubmitAsync("/setup", new Dictionary<string, string>
        {
            ["Form.OrganizationName"] = "A社", ["Form.DisplayName"] = "A", ["Form.Email"] = AdminEmail,
            ["Form.Password"] = Password, ["Form.ConfirmPassword"] = Password,
        });
        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync("/setup")).StatusCode);

        var home = await session.GetAsync("/");
        var dashboard = await session.GetAsync(home.Headers.Location!.OriginalString);
        Assert.Equal("/account/mfa?required=1", dashboard.Headers.Location!.OriginalString);

        await EnableMfaAsync(session);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync(home.Headers.Location!.OriginalString)).StatusCode);
        Assert.Contains(await AuthEventsAsync(), e => e.Kind == AuthEventKind.MfaEnabled && e.UserName == AdminEmail);
    }

    [Fact]
    public async Task Sign_in_needs_the_authenticator_code_after_the_password()
    {
        var (admin, org, key) = await SetUpAdminAsync();
        admin.Dispose();
        using var session = App.NewSession();
        var step1 = await SignInAsync(session, AdminEmail, Password);
        Assert.StartsWith("/account/two-factor", step1.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync($"/o/{org}")).StatusCode);

        await session.GetAsync(step1.Headers.Location!.OriginalString);
        var wrong = await session.PostAsync("/account/two-factor", new Dictionary<string, string> { ["Code"] = "000000" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("コードが正しくありません", session.Html, StringComparison.Ordinal);

        var right = await session.PostAsync("/account/two-factor", new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync($"/o/{org}")).StatusCode);

        var events = await AuthEventsAsync();
        Assert.Contains(events, e => e.Kind == AuthEventKind.SecondFactorFailed && !e.Succeeded);
        Assert.Contains(events, e => e.Kind == AuthEventKind.SecondFactorSucceeded && e.Succeeded && e.IpAddress == "127.0.0.1");
    }

    [Fact]
    public async Task Ten_wrong_passwords_lock_the_account_and_every_attempt_is_logged()
    {
        var (admin, org, _) = await SetUpAdminAsync();
        using var viewer = await MemberSessionAsync(org, "viewer@example.jp", MemberRole.Viewer);
        using var attacker = App.NewSession();
        for (var i = 0; i < 9; i++)
        {
            await SignInAsync(attacker, "viewer@example.jp", "Wrong-Password-1");
            Assert.Contains("メールアドレスまたはパスワードが正しくありません", attacker.Html, StringComparison.Ordinal);
        }

        await SignInAsync(attacker, "viewer@example.jp", "Wrong-Password-1");
        Assert.Contains("ロックされています", attacker.Html, StringComparison.Ordinal);

        // Even the right password is refused while locked.
        var right = await SignInAsync(attacker, "viewer@example.jp", Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("ロックされています", attacker.Html, StringComparison.Ordinal);

        var events = (await AuthEventsAsync()).Where(e => e.UserName == "viewer@example.jp").ToList();
        Assert.Equal(9, events.Count(e => e.Kind == AuthEventKind.SignInFailed));
        Assert.Single(events, e => e.Kind == AuthEventKind.LockedOut);
        Assert.Single(events, e => e.Kind == AuthEventKind.SignInRefusedLockedOut);
        Assert.All(events, e => Assert.Equal("127.0.0.1", e.IpAddress));

        // The administrator reads it in the sign-in log, filtered to failures.
        var log = await admin.GetAsync($"/o/{org}/admin/auth-log?result=failed&user=viewer");
        Assert.True(log.StatusCode == HttpStatusCode.OK, $"{log.StatusCode} {log.Headers.Location}");
        Assert.Contains("アカウントロック", admin.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(">ログイン<", admin.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_users_fail_the_same_way_and_are_logged_by_the_name_typed()
    {
        using var session = App.NewSession();
        await SetUpAdminAsync();
        await SignInAsync(session, "nobody@example.jp", "Whatever-123!");
        Assert.Contains("メールアドレスまたはパスワードが正しくありません", session.Html, StringComparison.Ordinal);
        Assert.Contains(await AuthEventsAsync(), e => e.UserName == "nobody@example.jp" && e.UserId == null && e.Kind == AuthEventKind.SignInFailed);
    }

    [Fact]
    public async Task The_header_forms_switch_the_language_and_sign_out()
    {
        var (admin, org, _) = await SetUpAdminAsync();
        await admin.GetAsync($"/o/{org}");
        var english = await admin.PostAsync("/language", new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = $"/o/{org}" });
        Assert.Equal($"/o/{org}", english.Headers.Location!.OriginalString);
        await admin.GetAsync($"/o/{org}");
        Assert.Contains("Dashboard", admin.Html, StringComparison.Ordinal);
        Assert.Contains("lang=\"en\"", admin.Html, StringComparison.Ordinal);

        var offsite = await admin.PostAsync("/language", new Dictionary<string, string> { ["culture"] = "ja", ["returnUrl"] = "//evil.example/" });
        Assert.Equal("/", offsite.Headers.Location!.OriginalString);

        await admin.GetAsync($"/o/{org}");
        var signedOut = await admin.PostAsync("/account/logout", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        var after = await admin.GetAsync($"/o/{org}");
        Assert.StartsWith("/account/login", after.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains(await AuthEventsAsync(), e => e.Kind == AuthEventKind.SignedOut);
    }

    [Fact]
    public async Task A_rejected_form_gets_a_readable_error_page()
    {
        var (admin, org, _) = await SetUpAdminAsync();
        var forged = await admin.PostAsync("/account/logout", new Dictionary<string, string>(), withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("フォームを受け付けられませんでした", admin.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/o/{org}")).StatusCode);
    }

    [Fact]
    public async Task Administrators_cannot_switch_MFA_off()
    {
        var (admin, _, _) = await SetUpAdminAsync();
        await admin.GetAsync("/account/mfa");
        await admin.PostAsync("/account/mfa?handler=Disable", new Dictionary<string, string>());
        Assert.Contains("管理者は多要素認証を無効にできません", admin.Html, StringComparison.Ordinal);
        await using var scope = App.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<HoshiDbContext>().Users.AllAsync(u => u.TwoFactorEnabled));
    }
}

public sealed class SqliteAccountTests() : AccountTests(DatabaseProvider.Sqlite);

public sealed class PostgresAccountTests() : AccountTests(DatabaseProvider.Postgres);
