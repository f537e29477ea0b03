using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Hoshi.Data;
using Hoshi.Data.Audit;
using Hoshi.Data.Entities;
using Hoshi.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hoshi.Web.Tests;

/// <summary>Evidence and remediation actions through the API.</summary>
public abstract partial class ApiTests
{
    private static MultipartFormDataContent FileForm(string name, byte[] bytes, string? criterion = "2.1", string? expiresOn = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", name);
        if (criterion is not null)
        {
            form.Add(new StringContent(criterion), "criterion");
        }

        if (expiresOn is not null)
        {
            form.Add(new StringContent(expiresOn), "expiresOn");
        }

        return form;
    }

    /// <summary>An administrator's token and a new assessment: where most API tests start.</summary>
    private async Task<(Session Admin, Guid Org, Guid Assessment, HttpClient Api)> ScriptAsync()
    {
        var (admin, org, _) = await SetUpAdminAsync();
        var assessment = await CreateAssessmentAsync(admin, org);
        return (admin, org, assessment, Api(await CreateTokenAsync(admin, org)));
    }

    private async Task<T> QueryAsync<T>(Func<HoshiDbContext, Task<T>> query)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<HoshiDbContext>());
    }

    /// <summary>The problem details of a refusal, after checking it is one (RFC 9457) with the status expected.</summary>
    private static async Task<JsonNode> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static async Task<List<string>> CriteriaOfAsync(HttpClient api, string path) =>
        JsonNode.Parse(await api.GetStringAsync(path))!.AsArray().Single()!["criteria"]!.AsArray().Select(c => (string)c!).ToList();

    [Fact]
    public async Task A_script_uploads_lists_links_downloads_and_unlinks_evidence()
    {
        var (_, org, assessment, api) = await ScriptAsync();
        using var disposeApi = api;
        var evidence = $"/api/v1/orgs/{org}/assessments/{assessment}/evidence";
        var bytes = "%PDF-1.4 情報セキュリティ基本方針"u8.ToArray();

        var uploaded = await api.PostAsync(evidence, FileForm("基本方針.pdf", bytes, "2.1", "2027-03-31"));
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var file = JsonNode.Parse(await uploaded.Content.ReadAsStringAsync())!;
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), (string)file["sha256"]!);
        Assert.Equal("2027-03-31", (string)file["expiresOn"]!);
        Assert.Equal("application/pdf", (string)file["contentType"]!);
        var id = (string)file["id"]!;
        Assert.Equal($"/api/v1/orgs/{org}/evidence/{id}/content", uploaded.Headers.Location!.OriginalString);

        var linked = await api.PutAsync($"{evidence}/{id}/criteria/2.2", null);
        Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
        Assert.Equal(["2.1", "2.2"], await CriteriaOfAsync(api, evidence));

        var download = await api.GetAsync($"/api/v1/orgs/{org}/evidence/{id}/content");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.StartsWith("sandbox", download.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"{evidence}/{id}/criteria/2.1")).StatusCode);
        Assert.Equal(["2.2"], await CriteriaOfAsync(api, evidence));
        await ProblemAsync(await api.DeleteAsync($"{evidence}/{id}/criteria/2.1"), HttpStatusCode.NotFound);

        var noCriterion = await ProblemAsync(await api.PostAsync(evidence, FileForm("a.pdf", bytes, criterion: null)), HttpStatusCode.BadRequest);
        Assert.NotNull(noCriterion["errors"]!["criterion"]);
        var badDate = await ProblemAsync(await api.PostAsync(evidence, FileForm("a.pdf", bytes, "2.1", "31/03/2027")), HttpStatusCode.BadRequest);
        Assert.NotNull(badDate["errors"]!["expiresOn"]);
        var unknownCriterion = await ProblemAsync(await api.PostAsync(evidence, FileForm("a.pdf", bytes, "99.9")), HttpStatusCode.BadRequest);
        Assert.NotNull(unknownCriterion["errors"]!["criterion"]);

        var audit = await QueryAsync(db => db.AuditEvents.Where(e => e.EntityType == nameof(EvidenceFile) || e.EntityType == nameof(EvidenceLink)).Select(e => e.Type).ToListAsync());
        Assert.Equal([AuditEventType.EvidenceAdded, AuditEventType.EvidenceLinked, AuditEventType.EvidenceLinked, AuditEventType.EvidenceUnlinked], audit.Order());
        Assert.Equal(1, await QueryAsync(db => db.EvidenceFiles.CountAsync()));
    }

    [Fact]
    public async Task Evidence_too_large_or_of_a_forbidden_type_is_refused_through_the_API_and_nothing_is_written()
    {
        var (_, org, assessment, api) = await ScriptAsync();
        using var disposeApi = api;
        var evidence = $"/api/v1/orgs/{org}/assessments/{assessment}/evidence";

        var exe = await ProblemAsync(await api.PostAsync(evidence, FileForm("tool.exe", [0x4D, 0x5A])), HttpStatusCode.BadRequest);
        Assert.Contains(".exe", (string)exe["errors"]!["file"]![0]!, StringComparison.Ordinal);
        var large = await ProblemAsync(await api.PostAsync(evidence, FileForm("big.pdf", new byte[(1024 * 1024) + 10])), HttpStatusCode.RequestEntityTooLarge);
        Assert.NotNull(large["errors"]!["file"]);

        Assert.Equal(0, await QueryAsync(db => db.EvidenceFiles.CountAsync()));
        Assert.Equal(0, await QueryAsync(db => db.AuditEvents.CountAsync(e => e.EntityType == nameof(EvidenceFile))));
        var folder = App.Database.Settings.EvidenceDirectory;
        Assert.False(Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public async Task A_script_plans_changes_completes_and_deletes_remediation_actions()
    {
        var (_, org, assessment, api) = await ScriptAsync();
        using var disposeApi = api;
        var actions = $"/api/v1/orgs/{org}/assessments/{assessment}/actions";

        var created = await api.PostAsJsonAsync(actions, new { criterion = "27.2", title = "多要素認証を有効化", owner = "情報システム課 佐藤", dueDate = "2027-01-31" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var action = JsonNode.Parse(await created.Content.ReadAsStringAsync())!;
        Assert.Equal(("open", 1), ((string)action["status"]!, (int)action["version"]!));
        var path = $"{actions}/{(string)action["id"]!}";

        var done = await api.PatchAsJsonAsync(path, new { status = "done", owner = "佐藤", expectedVersion = 1 });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var completed = JsonNode.Parse(await done.Content.ReadAsStringAsync())!;
        Assert.Equal(("done", "佐藤", "多要素認証を有効化", 2), ((string)completed["status"]!, (string)completed["owner"]!, (string)completed["title"]!, (int)completed["version"]!));

        var stale = await api.PatchAsJsonAsync(path, new { status = "open", expectedVersion = 1 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("done", (string)JsonNode.Parse(await stale.Content.ReadAsStringAsync())!["status"]!);

        Assert.NotNull((await ProblemAsync(await api.PatchAsJsonAsync(path, new { status = "finished" }), HttpStatusCode.BadRequest))["errors"]!["status"]);
        Assert.NotNull((await ProblemAsync(await api.PatchAsJsonAsync(path, new { title = " " }), HttpStatusCode.BadRequest))["errors"]!["title"]);
        Assert.NotNull((await ProblemAsync(await api.PostAsJsonAsync(actions, new { criterion = "27.2", title = "x", owner = "y" }), HttpStatusCode.BadRequest))["errors"]!["dueDate"]);
        Assert.NotNull((await ProblemAsync(await api.PostAsJsonAsync(actions, new { criterion = "27.2", title = "x", dueDate = "2027-01-31" }), HttpStatusCode.BadRequest))["errors"]!["owner"]);

        var listed = JsonNode.Parse(await api.GetStringAsync($"{actions}?criterion=27.2"))!.AsArray();
        Assert.Equal("done", (string)Assert.Single(listed)!["status"]!);
        Assert.Empty(JsonNode.Parse(await api.GetStringAsync($"{actions}?criterion=2.1"))!.AsArray());

        Assert.Equal(HttpStatusCode.Conflict, (await api.DeleteAsync($"{path}?expectedVersion=1")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"{path}?expectedVersion=2")).StatusCode);
        Assert.Empty(JsonNode.Parse(await api.GetStringAsync(actions))!.AsArray());
        await ProblemAsync(await api.DeleteAsync(path), HttpStatusCode.NotFound);

        var audit = await QueryAsync(db => db.AuditEvents.Where(e => e.EntityType == nameof(RemediationAction)).Select(e => e.Type).ToListAsync());
        Assert.Equal([AuditEventType.RemediationCreated, AuditEventType.RemediationUpdated, AuditEventType.RemediationDeleted], audit.Order());
    }

    [Fact]
    public async Task Viewers_cannot_change_evidence_or_actions_and_another_organizations_ids_are_not_found()
    {
        var (_, org, assessment, adminApi) = await ScriptAsync();
        using var disposeApi = adminApi;
        var evidence = $"/api/v1/orgs/{org}/assessments/{assessment}/evidence";
        var actions = $"/api/v1/orgs/{org}/assessments/{assessment}/actions";
        var file = (string)JsonNode.Parse(await (await adminApi.PostAsync(evidence, FileForm("規程.pdf", "%PDF-1.4"u8.ToArray()))).Content.ReadAsStringAsync())!["id"]!;
        var action = (string)JsonNode.Parse(await (await adminApi.PostAsJsonAsync(actions, new { criterion = "2.1", title = "改訂", owner = "総務", dueDate = "2027-01-31" })).Content.ReadAsStringAsync())!["id"]!;

        using var viewer = await MemberSessionAsync(org, "viewer@example.jp", MemberRole.Viewer);
        using var viewerApi = Api(await CreateTokenAsync(viewer, org));
        Assert.Equal(HttpStatusCode.OK, (await viewerApi.GetAsync(evidence)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewerApi.GetAsync($"/api/v1/orgs/{org}/evidence/{file}/content")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewerApi.GetAsync(actions)).StatusCode);
        await ProblemAsync(await viewerApi.PostAsync(evidence, FileForm("other.pdf", "%PDF-1.4 other"u8.ToArray())), HttpStatusCode.Forbidden);
        await ProblemAsync(await viewerApi.PutAsync($"{evidence}/{file}/criteria/2.2", null), HttpStatusCode.Forbidden);
        await ProblemAsync(await viewerApi.DeleteAsync($"{evidence}/{file}/criteria/2.1"), HttpStatusCode.Forbidden);
        await ProblemAsync(await viewerApi.PostAsJsonAsync(actions, new { criterion = "2.1", title = "x", owner = "y", dueDate = "2027-01-31" }), HttpStatusCode.Forbidden);
        await ProblemAsync(await viewerApi.PatchAsJsonAsync($"{actions}/{action}", new { status = "done" }), HttpStatusCode.Forbidden);
        await ProblemAsync(await viewerApi.DeleteAsync($"{actions}/{action}"), HttpStatusCode.Forbidden);

        var otherOrg = await CreateOrganizationAsync();

        using var outsider = await MemberSessionAsync(otherOrg, "outsider@example.jp", MemberRole.Editor);
        using var outsiderApi = Api(await CreateTokenAsync(outsider, otherOrg));
        var ownAssessment = await CreateAssessmentAsync(outsider, otherOrg);
        foreach (var prefix in new[] { $"/api/v1/orgs/{org}", $"/api/v1/orgs/{otherOrg}" })
        {
            await ProblemAsync(await outsiderApi.GetAsync($"{prefix}/assessments/{assessment}/evidence"), HttpStatusCode.NotFound);
            await ProblemAsync(await outsiderApi.GetAsync($"{prefix}/evidence/{file}/content"), HttpStatusCode.NotFound);
            await ProblemAsync(await outsiderApi.PostAsync($"{prefix}/assessments/{assessment}/evidence", FileForm("x.pdf", "%PDF-1.4 x"u8.ToArray())), HttpStatusCode.NotFound);
            await ProblemAsync(await outsiderApi.PatchAsJsonAsync($"{prefix}/assessments/{assessment}/actions/{action}", new { status = "done" }), HttpStatusCode.NotFound);
            await ProblemAsync(await outsiderApi.DeleteAsync($"{prefix}/assessments/{assessment}/actions/{action}"), HttpStatusCode.NotFound);
        }

        // Their own assessment with our ids inside it: still nothing to find.
        var own = $"/api/v1/orgs/{otherOrg}/assessments/{ownAssessment}";
        await ProblemAsync(await outsiderApi.PutAsync($"{own}/evidence/{file}/criteria/2.1", null), HttpStatusCode.NotFound);
        await ProblemAsync(await outsiderApi.PatchAsJsonAsync($"{own}/actions/{action}", new { status = "done" }), HttpStatusCode.NotFound);
        await ProblemAsync(await outsiderApi.DeleteAsync($"{own}/actions/{action}"), HttpStatusCode.NotFound);

        Assert.Equal((1, 1), (await QueryAsync(db => db.EvidenceFiles.CountAsync()), await QueryAsync(db => db.EvidenceLinks.CountAsync())));
        var stored = await QueryAsync(db => db.RemediationActions.SingleAsync());
        Assert.Equal((RemediationStatus.Open, 1), (stored.Status, stored.Version));
    }
}
