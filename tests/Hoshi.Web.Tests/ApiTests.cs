using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Hoshi.Data.Entities;
using Hoshi.Hosting;
using Hoshi.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hoshi.Web.Tests;

/// <summary>The JSON API with tokens: same rules, same authorization, same tenant separation as the pages.</summary>
public abstract partial class ApiTests(DatabaseProvider provider) : WebFixture(provider)
{
    private static async Task<string> CreateTokenAsync(Session session, Guid org, string name = "スクリプト")
    {
        await session.SubmitAsync($"/o/{org}/tokens", new Dictionary<string, string> { ["name"] = name, ["days"] = "30" }, "Create");
        var secret = SecretPattern().Match(session.Html).Groups[1].Value;
        Assert.StartsWith("hoshi_", secret, StringComparison.Ordinal);
        return secret;
    }

    private HttpClient Api(string? token)
    {
        var client = new HttpClient { BaseAddress = App.Address };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    [Fact]
    public async Task A_script_creates_an_assessment_answers_and_reads_the_evaluation()
    {
        var (admin, org, _) = await SetUpAdminAsync();
        using var api = Api(await CreateTokenAsync(admin, org));

        var created = await api.PostAsJsonAsync($"/api/v1/orgs/{org}/assessments", new { title = "API 評価", targetLevel = 3, catalog = "meti-scs@1" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var assessment = (string)JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!;

        var set = await api.PutAsJsonAsync($"/api/v1/orgs/{org}/assessments/{assessment}/answers/2.1", new { status = "implemented", expectedVersion = 0 });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(1, (int)JsonNode.Parse(await set.Content.ReadAsStringAsync())!["version"]!);

        var stale = await api.PutAsJsonAsync($"/api/v1/orgs/{org}/assessments/{assessment}/answers/2.1", new { status = "partial", expectedVersion = 0 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("implemented", (string)JsonNode.Parse(await stale.Content.ReadAsStringAsync())!["status"]!);

        var unjustified = await api.PutAsJsonAsync($"/api/v1/orgs/{org}/assessments/{assessment}/answers/2.2", new { status = "not_applicable" });
        Assert.Equal(HttpStatusCode.BadRequest, unjustified.StatusCode);
        Assert.Contains("justification", await unjustified.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var badStatus = await api.PutAsJsonAsync($"/api/v1/orgs/{org}/assessments/{assessment}/answers/2.2", new { status = "done" });
        Assert.Equal(HttpStatusCode.BadRequest, badStatus.StatusCode);

        var evaluation = JsonNode.Parse(await api.GetStringAsync($"/api/v1/orgs/{org}/assessments/{assessment}/evaluation"))!;
        Assert.Equal(3, (int)evaluation["targetLevel"]!);
        Assert.Equal(1, (int)evaluation["counts"]!["met"]!);
        Assert.Null(evaluation["achievedLevel"]);

        var answers = JsonNode.Parse(await api.GetStringAsync($"/api/v1/orgs/{org}/assessments/{assessment}/answers"))!.AsArray();
        Assert.Equal("2.1", (string)Assert.Single(answers)!["criterion"]!);
    }

    [Fact]
    public async Task Calls_without_a_valid_token_or_for_another_organization_are_refused()
    {
        var (admin, org, _) = await SetUpAdminAsync();
        var assessment = await CreateAssessmentAsync(admin, org);
        var token = await CreateTokenAsync(admin, org);

        using (var anonymous = Api(null))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/orgs/{org}/assessments")).StatusCode);
        }

        using (var forged = Api("hoshi_not-a-real-token"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync($"/api/v1/orgs/{org}/assessments")).StatusCode);
        }

        // A browser session is not enough: the API takes tokens only.
        var cookieCall = await admin.GetAsync($"/api/v1/orgs/{org}/assessments");
        Assert.Equal(HttpStatusCode.Unauthorized, cookieCall.StatusCode);

        var otherOrg = await CreateOrganizationAsync();

        using var outsider = await MemberSessionAsync(otherOrg, "outsider@example.jp", MemberRole.Administrator);
        await EnableMfaAsync(outsider);
        using var outsiderApi = Api(await CreateTokenAsync(outsider, otherOrg));
        Assert.Equal(HttpStatusCode.NotFound, (await outsiderApi.GetAsync($"/api/v1/orgs/{org}/assessments")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsiderApi.GetAsync($"/api/v1/orgs/{otherOrg}/assessments/{assessment}/evaluation")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsiderApi.PutAsJsonAsync($"/api/v1/orgs/{otherOrg}/assessments/{assessment}/answers/2.1", new { status = "implemented" })).StatusCode);

        using var api = Api(token);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/orgs/{org}/assessments")).StatusCode);
        await admin.GetAsync($"/o/{org}/tokens");
        var revoke = WebUtility.HtmlDecode(RevokeAction().Match(admin.Html).Groups[1].Value);
        await admin.PostAsync(revoke, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync($"/api/v1/orgs/{org}/assessments")).StatusCode);
    }

    [Fact]
    public async Task A_viewers_token_reads_but_cannot_write()
    {
        var (admin, org, _) = await SetUpAdminAsync();
        var assessment = await CreateAssessmentAsync(admin, org);
        using var viewer = await MemberSessionAsync(org, "viewer@example.jp", MemberRole.Viewer);
        using var api = Api(await CreateTokenAsync(viewer, org));
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/orgs/{org}/assessments/{assessment}/evaluation")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PutAsJsonAsync($"/api/v1/orgs/{org}/assessments/{assessment}/answers/2.1", new { status = "implemented" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync($"/api/v1/orgs/{org}/assessments", new { title = "x", targetLevel = 3 })).StatusCode);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_endpoints()
    {
        await SetUpAdminAsync();
        using var client = Api(null);
        var document = JsonNode.Parse(await client.GetStringAsync("/api/openapi/v1.json"))!;
        Assert.Equal("Hoshi API", (string)document["info"]!["title"]!);
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/v1/orgs/{org}/assessments", paths);
        Assert.Contains("/api/v1/orgs/{org}/assessments/{id}/answers/{criterion}", paths);
        Assert.Contains("/api/v1/orgs/{org}/assessments/{id}/evidence/{evidenceId}/criteria/{criterion}", paths);
        Assert.Contains("/api/v1/orgs/{org}/evidence/{evidenceId}/content", paths);
        Assert.Contains("/api/v1/orgs/{org}/assessments/{id}/actions/{actionId}", paths);
        var upload = document["paths"]!["/api/v1/orgs/{org}/assessments/{id}/evidence"]!["post"]!["requestBody"]!["content"]!.AsObject();
        Assert.Contains("multipart/form-data", upload.Select(c => c.Key));
    }

    [GeneratedRegex("<code class=\"key\">(hoshi_[^<]+)</code>")]
    private static partial Regex SecretPattern();

    [GeneratedRegex("action=\"([^\"]*handler=Revoke[^\"]*)\"")]
    private static partial Regex RevokeAction();
}

public sealed class SqliteApiTests() : ApiTests(DatabaseProvider.Sqlite);

public sealed class PostgresApiTests() : ApiTests(DatabaseProvider.Postgres);
