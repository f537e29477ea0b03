using System.Net;
using System.Net.Http.Headers;
using Hoshi.Data;
using Hoshi.Data.Entities;
using Hoshi.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Hoshi.Testing;

namespace Hoshi.Web.Tests;

/// <summary>Answering, conflicts, evidence, roles and tenant separation through the web pages.</summary>
public abstract partial class WorkspaceTests(DatabaseProvider provider) : WebFixture(provider)
{
    private async Task<T> QueryAsync<T>(Func<HoshiDbContext, Task<T>> query)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<HoshiDbContext>());
    }

    [Fact]
    public async Task Answering_criteria_moves_the_dashboard_to_the_level_reached()
    {
        var (admin, org, _) = await SetUpAdminAsync();
        await admin.GetAsync($"/o/{org}");
        Assert.Contains("まだ自己評価がありません", admin.Html, StringComparison.Ordinal);

        var assessment = await CreateAssessmentAsync(admin, org);
        var criteria = Core.Catalogs.CatalogLibrary.BuiltIn().Resolve("meti-scs@1")!.CriteriaUpTo(3).Select(c => c.Id).ToList();
        foreach (var criterion in criteria.Take(criteria.Count - 1))
        {
            var saved = await admin.SubmitAsync($"/o/{org}/assessments/{assessment}/criteria/{criterion}", Answer("implemented", 0), "Save");
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        await admin.GetAsync($"/o/{org}");
        Assert.Contains("★3 まで残り 1 項目です", admin.Html, StringComparison.Ordinal);

        var last = await admin.SubmitAsync($"/o/{org}/assessments/{assessment}/criteria/{criteria[^1]}", Answer("not_applicable", 0, "該当する設備がないため"), "Save");
        Assert.Equal(HttpStatusCode.Redirect, last.StatusCode);
        await admin.GetAsync($"/o/{org}");
        Assert.Contains("★3 のすべての要求事項を満たしています", admin.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Not_applicable_without_a_reason_is_refused_on_the_page()
    {
        var (admin, org, _) = await SetUpAdminAsync();
        var assessment = await CreateAssessmentAsync(admin, org);
        var response = await admin.SubmitAsync($"/o/{org}/assessments/{assessment}/criteria/2.1", Answer("not_applicable", 0), "Save");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("「対象外」にする理由を書いてください", admin.Html, StringComparison.Ordinal);
        Assert.Equal(0, await QueryAsync(db => db.Answers.CountAsync()));
    }

    [Fact]
    public async Task A_colleagues_newer_save_is_shown_side_by_side_and_never_overwritten()
    {
        var (admin, org, _) = await SetUpAdminAsync();
        var assessment = await CreateAssessmentAsync(admin, org);
        using var editor = await MemberSessionAsync(org, "editor@example.jp", MemberRole.Editor);
        var page = $"/o/{org}/assessments/{assessment}/criteria/2.1";

        // Both open the criterion at version 0; the editor saves first.
        await admin.GetAsync(page);
        await editor.SubmitAsync(page, Answer("partial", 0), "Save");

        var stale = await admin.PostAsync(page + "?handler=Save", Answer("not_implemented", 0));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("この回答は、開いた後に更新されています", admin.Html, StringComparison.Ordinal);
        Assert.Contains("editor@example.jp", admin.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"1\"", admin.Html, StringComparison.Ordinal); // the form now carries the current version

        var stored = await QueryAsync(db => db.Answers.SingleAsync());
        Assert.Equal((Core.Evaluation.AnswerStatus.Partial, 1), (stored.Status, stored.Version));
    }

    [Fact]
    public async Task Forms_without_the_antiforgery_token_are_rejected()
    {
        var (admin, org, _) = await SetUpAdminAsync();
        var assessment = await CreateAssessmentAsync(admin, org);
        var forged = await admin.PostAsync($"/o/{org}/assessments/{assessment}/criteria/2.1?handler=Save", Answer("implemented", 0), withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(0, await QueryAsync(db => db.Answers.CountAsync()));
    }

    [Fact]
    public async Task Another_organizations_pages_evidence_and_files_are_not_found()
    {
        var (admin, org, _) = await SetUpAdminAsync();
        var assessment = await CreateAssessmentAsync(admin, org);
        var evidenceId = await UploadAsync(admin, org, assessment, "2.1", "規程.pdf", "%PDF-1.4 test"u8.ToArray());

        var otherOrg = await CreateOrganizationAsync();

        using var outsider = await MemberSessionAsync(otherOrg, "outsider@example.jp", MemberRole.Editor);
        foreach (var path in new[]
        {
            $"/o/{org}", $"/o/{org}/assessments", $"/o/{org}/assessments/{assessment}",
            $"/o/{org}/assessments/{assessment}/criteria/2.1", $"/o/{org}/evidence/{evidenceId}",
            $"/o/{otherOrg}/evidence/{evidenceId}", $"/o/{otherOrg}/assessments/{assessment}",
        })
        {
            var response = await outsider.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {response.StatusCode}");
        }

        await outsider.GetAsync($"/o/{otherOrg}/assessments/new"); // a valid token of the outsider's own
        var write = await outsider.PostAsync($"/o/{org}/assessments/{assessment}/criteria/2.1?handler=Save", Answer("implemented", 0));
        Assert.Equal(HttpStatusCode.NotFound, write.StatusCode);
        Assert.Equal(0, await QueryAsync(db => db.Answers.CountAsync()));
    }

    [Fact]
    public async Task Viewers_read_but_cannot_change_and_assessors_see_only_their_assessment()
    {
        var (admin, org, _) = await SetUpAdminAsync();
        var assessment = await CreateAssessmentAsync(admin, org);
        var other = await CreateAssessmentAsync(admin, org, level: 4);

        using var viewer = await MemberSessionAsync(org, "viewer@example.jp", MemberRole.Viewer);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/o/{org}/assessments/{assessment}/criteria/2.1")).StatusCode);
        var write = await viewer.PostAsync($"/o/{org}/assessments/{assessment}/criteria/2.1?handler=Save", Answer("implemented", 0));
        Assert.Equal(HttpStatusCode.Redirect, write.StatusCode);
        Assert.StartsWith("/account/denied", write.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await viewer.GetAsync($"/o/{org}/assessments/new")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await viewer.GetAsync($"/o/{org}/admin/auth-log")).StatusCode);

        using var assessor = await MemberSessionAsync(org, "expert@example.jp", MemberRole.Assessor, assessment, DateTime.UtcNow.AddDays(30));
        Assert.Equal(HttpStatusCode.OK, (await assessor.GetAsync($"/o/{org}/assessments/{assessment}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await assessor.GetAsync($"/o/{org}/assessments/{other}")).StatusCode);
        await assessor.GetAsync($"/o/{org}/assessments");
        Assert.DoesNotContain(other.ToString(), assessor.Html, StringComparison.Ordinal);

        using var expired = await MemberSessionAsync(org, "former@example.jp", MemberRole.Assessor, assessment, DateTime.UtcNow.AddDays(-1));
        Assert.Equal(HttpStatusCode.NotFound, (await expired.GetAsync($"/o/{org}/assessments/{assessment}")).StatusCode);
        Assert.Equal(0, await QueryAsync(db => db.Answers.CountAsync()));
    }

    [Fact]
    public async Task Evidence_upload_stores_the_SHA256_and_serves_the_file_only_as_a_sandboxed_download()
    {
        var (admin, org, _) = await SetUpAdminAsync();
        var assessment = await CreateAssessmentAsync(admin, org);
        var bytes = "%PDF-1.4 規程"u8.ToArray();
        var id = await UploadAsync(admin, org, assessment, "7.1", "情報セキュリティ基本方針.pdf", bytes);
        await admin.GetAsync($"/o/{org}/assessments/{assessment}/criteria/7.1");
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        Assert.Contains(sha[..16], admin.Html, StringComparison.Ordinal);

        var download = await admin.GetAsync($"/o/{org}/evidence/{id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.StartsWith("sandbox", download.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        var preview = await admin.GetAsync($"/o/{org}/evidence/{id}?inline=true");
        Assert.Equal("inline", preview.Content.Headers.ContentDisposition!.DispositionType);
    }

    [Fact]
    public async Task Oversized_or_forbidden_uploads_are_refused_and_store_nothing()
    {
        var (admin, org, _) = await SetUpAdminAsync();
        var assessment = await CreateAssessmentAsync(admin, org);
        var page = $"/o/{org}/assessments/{assessment}/criteria/7.1";

        await admin.GetAsync(page);
        var exe = await PostFileAsync(admin, page, "tool.exe", [0x4D, 0x5A]);
        Assert.Equal(HttpStatusCode.OK, exe.StatusCode);
        Assert.Contains("この種類のファイルは証跡として登録できません", admin.Html, StringComparison.Ordinal);

        await admin.GetAsync(page);
        var large = await PostFileAsync(admin, page, "big.pdf", new byte[(1024 * 1024) + 10]);
        Assert.Equal(HttpStatusCode.OK, large.StatusCode);
        Assert.Contains("ファイルが大きすぎます", admin.Html, StringComparison.Ordinal);

        Assert.Equal(0, await QueryAsync(db => db.EvidenceFiles.CountAsync()));
        var evidenceFolder = App.Database.Settings.EvidenceDirectory;
        Assert.False(Directory.Exists(evidenceFolder) && Directory.EnumerateFiles(evidenceFolder, "*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public async Task Pages_carry_the_security_headers_and_real_Japanese_text()
    {
        var (admin, org, _) = await SetUpAdminAsync(demo: true);
        var response = await admin.GetAsync($"/o/{org}");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.Contains("ダッシュボード", admin.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x", admin.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", admin.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catalog_search_matches_half_width_and_full_width_forms()
    {
        var (admin, _, _) = await SetUpAdminAsync();
        await admin.GetAsync("/catalog?catalog=meti-scs@1&q=" + Uri.EscapeDataString("ﾊﾟｽﾜｰﾄﾞ"));
        Assert.Contains("id=\"r30\"", admin.Html, StringComparison.Ordinal);
        await admin.GetAsync("/catalog?catalog=meti-scs@1&q=" + Uri.EscapeDataString("ＣＩＳＯ"));
        Assert.Contains("id=\"r2\"", admin.Html, StringComparison.Ordinal);
        await admin.GetAsync("/catalog?q=" + Uri.EscapeDataString("存在しない語句"));
        Assert.Contains("該当する要求事項はありません", admin.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assessors_comment_on_their_assessment_but_viewers_cannot()
    {
        var (admin, org, _) = await SetUpAdminAsync();
        var assessment = await CreateAssessmentAsync(admin, org);
        var page = $"/o/{org}/assessments/{assessment}/criteria/2.1";
        using var assessor = await MemberSessionAsync(org, "expert@example.jp", MemberRole.Assessor, assessment, DateTime.UtcNow.AddDays(30));
        var commented = await assessor.SubmitAsync(page, new Dictionary<string, string> { ["text"] = "体制図の版数と承認日を記載してください。" }, "Comment");
        Assert.Equal(HttpStatusCode.Redirect, commented.StatusCode);
        await admin.GetAsync(page);
        Assert.Contains("体制図の版数と承認日を記載してください。", admin.Html, StringComparison.Ordinal);
        Assert.Contains("expert@example.jp", admin.Html, StringComparison.Ordinal);

        await assessor.GetAsync(page);
        var save = await assessor.PostAsync(page + "?handler=Save", Answer("implemented", 0));
        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        Assert.StartsWith("/account/denied", save.Headers.Location!.AbsolutePath, StringComparison.Ordinal);

        using var viewer = await MemberSessionAsync(org, "viewer@example.jp", MemberRole.Viewer);
        await viewer.GetAsync(page);
        Assert.DoesNotContain("コメントする", viewer.Html, StringComparison.Ordinal);
        var refused = await viewer.PostAsync(page + "?handler=Comment", new Dictionary<string, string> { ["text"] = "x" });
        Assert.StartsWith("/account/denied", refused.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(1, await QueryAsync(db => db.Comments.CountAsync()));
        Assert.Equal(0, await QueryAsync(db => db.Answers.CountAsync()));
    }

    [Fact]
    public async Task The_next_period_carries_answers_to_review_and_compares_with_the_last()
    {
        var (admin, org, _) = await SetUpAdminAsync();
        var first = await CreateAssessmentAsync(admin, org);
        await admin.SubmitAsync($"/o/{org}/assessments/{first}/criteria/2.1", Answer("partial", 0), "Save");
        await admin.SubmitAsync($"/o/{org}/assessments/{first}/criteria/2.2", Answer("implemented", 0), "Save");

        var created = await admin.SubmitAsync($"/o/{org}/assessments/new?from={first}", new Dictionary<string, string>
        {
            ["From"] = first.ToString(), ["Form.Title"] = "2027年度 自己評価", ["Form.TargetLevel"] = "3", ["Form.Catalog"] = "meti-scs@1",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var next = Guid.Parse(created.Headers.Location!.OriginalString.Split('/').Last());

        await admin.GetAsync($"/o/{org}/assessments/{next}?filter=review");
        Assert.Contains("2 項目を表示", admin.Html, StringComparison.Ordinal);
        await admin.SubmitAsync($"/o/{org}/assessments/{next}/criteria/2.1", Answer("implemented", 1), "Save");
        await admin.GetAsync($"/o/{org}/assessments/{next}?filter=review");
        Assert.Contains("1 項目を表示", admin.Html, StringComparison.Ordinal);

        await admin.GetAsync($"/o/{org}/assessments/{next}/compare?with={first}");
        Assert.Contains("変わった項目", admin.Html, StringComparison.Ordinal);
        Assert.Matches(@"criteria/2\.1"">2\.1</a></td>\s*<td><span class=""status st-partial"">一部実施</span></td>\s*<td><span class=""status st-done"">実施済", admin.Html);
        Assert.DoesNotMatch(@"criteria/2\.2"">2\.2</a>", admin.Html);
    }

    private static async Task<Guid> UploadAsync(Session session, Guid org, Guid assessment, string criterion, string name, byte[] bytes)
    {
        var page = $"/o/{org}/assessments/{assessment}/criteria/{criterion}";
        await session.GetAsync(page);
        var response = await PostFileAsync(session, page, name, bytes);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await session.GetAsync(page);
        var match = System.Text.RegularExpressions.Regex.Match(session.Html, $"/o/{org}/evidence/([0-9a-f-]{{36}})");
        return Guid.Parse(match.Groups[1].Value);
    }

    private static Task<HttpResponseMessage> PostFileAsync(Session session, string page, string name, byte[] bytes)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "file", name);
        content.Add(new StringContent("2027-03-31"), "expiresOn");
        return session.PostMultipartAsync(page + "?handler=Upload", content);
    }
}

public sealed class SqliteWorkspaceTests() : WorkspaceTests(DatabaseProvider.Sqlite);

public sealed class PostgresWorkspaceTests() : WorkspaceTests(DatabaseProvider.Postgres);
