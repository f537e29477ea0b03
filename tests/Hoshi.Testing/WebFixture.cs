using System.Net;
using System.Text.RegularExpressions;
using Hoshi.Data;
using Hoshi.Data.Entities;
using Hoshi.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Hoshi.Testing;

/// <summary>A started app per test, with helpers for the steps most tests share: setup, MFA, members.</summary>
public abstract partial class WebFixture(DatabaseProvider provider) : IAsyncLifetime
{
    public const string AdminEmail = "admin@example.jp";
    public const string Password = "Hoshi-Test-2026!";

    protected HoshiApp App { get; set; } = null!;

    public async Task InitializeAsync() => App = await HoshiApp.StartAsync(provider);

    public async Task DisposeAsync() => await App.DisposeAsync();

    /// <summary>Runs first-start setup and MFA enrolment; returns the signed-in session, the organization and the TOTP key.</summary>
    protected async Task<(Session Session, Guid Org, string Key)> SetUpAdminAsync(bool demo = false)
    {
        var session = App.NewSession();
        var fields = new Dictionary<string, string>
        {
            ["Form.OrganizationName"] = "株式会社サンプル製作所",
            ["Form.DisplayName"] = "山田 太郎",
            ["Form.Email"] = AdminEmail,
            ["Form.Password"] = Password,
            ["Form.ConfirmPassword"] = Password,
        };
        if (demo)
        {
            fields["Form.CreateDemo"] = "true";
        }

        var setup = await session.SubmitAsync("/setup", fields);
        Assert.Equal(HttpStatusCode.Redirect, setup.StatusCode);
        Assert.Equal("/account/mfa?required=1", setup.Headers.Location!.OriginalString);

        var key = await EnableMfaAsync(session);
        var home = await session.GetAsync("/");
        var org = demo
            ? Guid.Parse(OrgLinks().Matches(session.Html).Select(m => m.Groups[1].Value).First())
            : Guid.Parse(home.Headers.Location!.OriginalString["/o/".Length..]);
        return (session, org, key);
    }

    protected static async Task<string> EnableMfaAsync(Session session)
    {
        await session.GetAsync("/account/mfa");
        var key = KeyPattern().Match(session.Html).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(key));
        var enabled = await session.PostAsync("/account/mfa?handler=Enable", new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Contains("リカバリーコード", session.Html, StringComparison.Ordinal);
        return key;
    }

    protected static async Task<HttpResponseMessage> SignInAsync(Session session, string email, string password)
    {
        await session.GetAsync("/account/login");
        return await session.PostAsync("/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
    }

    /// <summary>Adds a member directly (member management has no page yet) and returns a signed-in session.</summary>
    protected async Task<Session> MemberSessionAsync(Guid org, string email, MemberRole role, Guid? assessment = null, DateTime? expires = null)
    {
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<HoshiUser>>();
            var db = scope.ServiceProvider.GetRequiredService<HoshiDbContext>();
            var user = await users.FindByEmailAsync(email);
            if (user is null)
            {
                user = new HoshiUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, DisplayName = email, CreatedAt = DateTime.UtcNow };
                Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            }

            db.Memberships.Add(new Membership
            {
                Id = Guid.CreateVersion7(), OrganizationId = org, UserId = user.Id, Role = role, AssessmentId = assessment,
                ExpiresAt = expires, CreatedAt = DateTime.UtcNow, CreatedBy = "test",
            });
            await db.SaveChangesAsync();
        }

        var session = App.NewSession();
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(session, email, Password)).StatusCode);
        return session;
    }

    /// <summary>Another organization (no member of the caller's), for tenant-separation checks.</summary>
    protected async Task<Guid> CreateOrganizationAsync(string name = "他社")
    {
        await using var scope = App.Services.CreateAsyncScope();
        var organizations = scope.ServiceProvider.GetRequiredService<Hoshi.Data.Commands.OrganizationCommands>();
        return (await organizations.CreateAsync(name, null, new Hoshi.Data.Commands.Actor("test"))).Id;
    }

        protected static async Task<Guid> CreateAssessmentAsync(Session session, Guid org, int level = 3)
    {
        var created = await session.SubmitAsync($"/o/{org}/assessments/new", new Dictionary<string, string>
        {
            ["Form.Title"] = "2026年度 自己評価",
            ["Form.TargetLevel"] = level.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Form.Catalog"] = "meti-scs@1",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return Guid.Parse(created.Headers.Location!.OriginalString.Split('/').Last());
    }

    protected static Dictionary<string, string> Answer(string status, int version, string? justification = null) => new()
    {
        ["Form.Status"] = status,
        ["Form.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Form.Justification"] = justification ?? "",
        ["Form.Note"] = "",
        ["Form.Owner"] = "",
    };

    [GeneratedRegex("<code class=\"key\">([a-z0-9 ]+)</code>")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("href=\"/o/([0-9a-f-]{36})\"")]
    private static partial Regex OrgLinks();
}
