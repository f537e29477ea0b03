using System.Net;
using System.Net.Http.Headers;
using Hoshi.Data.Audit;
using Hoshi.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Web.Tests;

/// <summary>Changing what was entered: actions, evidence links and expiry, archived assessments, moving on to the next criterion.</summary>
public abstract partial class WorkspaceTests
{
    private static Dictionary<string, string> ActionForm(Guid id, int version, string title = "多要素認証を全員に設定", string owner = "情報システム課 佐藤", string due = "2027-02-28", string status = "in_progress") => new()
    {
        ["actionId"] = id.ToString(), ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["title"] = title, ["owner"] = owner, ["dueDate"] = due, ["status"] = status,
    };

    private static Dictionary<string, string> Ids(string name, Guid id, int? version = null)
    {
        var fields = new Dictionary<string, string> { [name] = id.ToString() };
        if (version is { } v)
        {
            fields["version"] = v.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return fields;
    }

    [Fact]
    public async Task Remediation_actions_are_edited_completed_reopened_and_deleted_with_a_confirmation()
    {
        var (admin, org, _) = await SetUpAdminAsync();
        var assessment = await CreateAssessmentAsync(admin, org);
        var page = $"/o/{org}/assessments/{assessment}/criteria/27.2";
        var created = await admin.SubmitAsync(page, new Dictionary<string, string> { ["title"] = "MFA を有効化", ["owner"] = "佐藤", ["dueDate"] = "2027-01-31" }, "Action");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await QueryAsync(db => db.RemediationActions.Select(a => a.Id).SingleAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(page, ActionForm(id, 1), "EditAction")).StatusCode);
        var edited = await QueryAsync(db => db.RemediationActions.SingleAsync());
        Assert.Equal(("多要素認証を全員に設定", "情報システム課 佐藤", new DateOnly(2027, 2, 28), RemediationStatus.InProgress, 2),
            (edited.Title, edited.Owner, edited.DueDate, edited.Status, edited.Version));

        // A form opened before someone else's change is refused, not applied over it.
        var stale = await admin.SubmitAsync(page, ActionForm(id, 1, title: "古い画面からの変更"), "EditAction");
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("他の人が更新しました", admin.Html, StringComparison.Ordinal);
        await admin.SubmitAsync(page, ActionForm(id, 2, title: " "), "EditAction");
        Assert.Contains("対応内容を入力してください。", admin.Html, StringComparison.Ordinal);
        Assert.Equal(2, await QueryAsync(db => db.RemediationActions.Select(a => a.Version).SingleAsync()));

        var complete = Ids("actionId", id, 2);
        complete["done"] = "true";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(page, complete, "ActionStatus")).StatusCode);
        Assert.Equal(RemediationStatus.Done, await QueryAsync(db => db.RemediationActions.Select(a => a.Status).SingleAsync()));
        await admin.GetAsync(page);
        Assert.Contains("再開する", admin.Html, StringComparison.Ordinal);
        var reopen = Ids("actionId", id, 3);
        reopen["done"] = "false";
        await admin.SubmitAsync(page, reopen, "ActionStatus");
        Assert.Equal(RemediationStatus.Open, await QueryAsync(db => db.RemediationActions.Select(a => a.Status).SingleAsync()));

        // Deleting sits behind a confirmation that needs no script, and is refused to viewers.
        await admin.GetAsync(page);
        Assert.Matches("<details class=\"confirm\">\\s*<summary>削除</summary>", admin.Html);
        Assert.DoesNotContain("style=", admin.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", admin.Html, StringComparison.Ordinal);
        using var viewer = await MemberSessionAsync(org, "viewer@example.jp", MemberRole.Viewer);
        await viewer.GetAsync(page);
        Assert.DoesNotContain("削除する", viewer.Html, StringComparison.Ordinal);
        var refused = await viewer.PostAsync(page + "?handler=DeleteAction", Ids("actionId", id, 4));
        Assert.StartsWith("/account/denied", refused.Headers.Location!.AbsolutePath, StringComparison.Ordinal);

        // An action of another criterion is not found through this one.
        await admin.SubmitAsync($"/o/{org}/assessments/{assessment}/criteria/2.1", new Dictionary<string, string> { ["title"] = "規程改訂", ["owner"] = "総務", ["dueDate"] = "2027-01-31" }, "Action");
        var other = await QueryAsync(db => db.RemediationActions.Where(a => a.CriterionId == "2.1").Select(a => a.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.SubmitAsync(page, Ids("actionId", other, 1), "DeleteAction")).StatusCode);

        var deleted = await admin.SubmitAsync(page, Ids("actionId", id, 4), "DeleteAction");
        Assert.Equal($"{page}?deleted=1#actions", deleted.Headers.Location!.OriginalString);
        Assert.Equal(["2.1"], await QueryAsync(db => db.RemediationActions.Select(a => a.CriterionId).ToListAsync()));
        var audit = await QueryAsync(db => db.AuditEvents.Where(e => e.EntityId == id.ToString()).Select(e => e.Type).ToListAsync());
        Assert.Equal([AuditEventType.RemediationCreated, .. Enumerable.Repeat(AuditEventType.RemediationUpdated, 3), AuditEventType.RemediationDeleted], audit.Order());
    }

    [Fact]
    public async Task Evidence_is_unlinked_from_one_criterion_and_its_expiry_changed()
    {
        var (admin, org, _) = await SetUpAdminAsync();
        var assessment = await CreateAssessmentAsync(admin, org);
        var page = $"/o/{org}/assessments/{assessment}/criteria/7.1";
        var file = await UploadAsync(admin, org, assessment, "7.1", "バックアップ手順.pdf", "%PDF-1.4 backup"u8.ToArray());
        await admin.SubmitAsync($"/o/{org}/assessments/{assessment}/criteria/7.2", Ids("evidenceId", file), "Link");

        var expiry = Ids("evidenceId", file);
        expiry["expiresOn"] = "2028-03-31";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(page, expiry, "Expiry")).StatusCode);
        await admin.GetAsync(page);
        Assert.Contains("2028年3月31日", admin.Html, StringComparison.Ordinal);
        expiry["expiresOn"] = "";
        await admin.SubmitAsync(page, expiry, "Expiry");
        Assert.Null(await QueryAsync(db => db.EvidenceFiles.Select(f => f.ExpiresOn).SingleAsync()));

        var unlinked = await admin.SubmitAsync(page, Ids("evidenceId", file), "Unlink");
        Assert.Equal($"{page}?unlinked=1#evidence", unlinked.Headers.Location!.OriginalString);
        await admin.GetAsync(page);
        Assert.Contains("まだ証跡がありません", admin.Html, StringComparison.Ordinal);
        Assert.Equal(["7.2"], await QueryAsync(db => db.EvidenceLinks.Select(l => l.CriterionId).ToListAsync()));
        Assert.Equal(1, await QueryAsync(db => db.EvidenceFiles.CountAsync()));

        // The file is no longer linked here: its expiry cannot be changed through this criterion.
        expiry["expiresOn"] = "2030-01-01";
        Assert.Equal(HttpStatusCode.NotFound, (await admin.SubmitAsync(page, expiry, "Expiry")).StatusCode);
        var audit = await QueryAsync(db => db.AuditEvents.Where(e => e.Type == AuditEventType.EvidenceUnlinked || e.Type == AuditEventType.EvidenceUpdated).Select(e => e.Type).ToListAsync());
        Assert.Equal([AuditEventType.EvidenceUnlinked, AuditEventType.EvidenceUpdated, AuditEventType.EvidenceUpdated], audit.Order());
    }

    [Fact]
    public async Task An_archived_assessment_is_restored_by_an_editor_but_not_a_viewer()
    {
        var (admin, org, _) = await SetUpAdminAsync();
        var assessment = await CreateAssessmentAsync(admin, org);
        await admin.SubmitAsync($"/o/{org}/assessments", new Dictionary<string, string>(), $"Archive&id={assessment}");
        await admin.GetAsync($"/o/{org}/assessments/{assessment}/criteria/2.1");
        Assert.DoesNotContain("保存して次へ", admin.Html, StringComparison.Ordinal);

        using var viewer = await MemberSessionAsync(org, "viewer@example.jp", MemberRole.Viewer);
        await viewer.GetAsync($"/o/{org}/assessments");
        Assert.DoesNotContain("アーカイブから戻す", viewer.Html, StringComparison.Ordinal);
        var refused = await viewer.PostAsync($"/o/{org}/assessments?handler=Restore&id={assessment}", new Dictionary<string, string>());
        Assert.StartsWith("/account/denied", refused.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(AssessmentStatus.Archived, await QueryAsync(db => db.Assessments.Select(a => a.Status).SingleAsync()));

        using var editor = await MemberSessionAsync(org, "editor@example.jp", MemberRole.Editor);
        await editor.GetAsync($"/o/{org}/assessments");
        Assert.Contains("アーカイブから戻す", editor.Html, StringComparison.Ordinal);
        var restored = await editor.PostAsync($"/o/{org}/assessments?handler=Restore&id={assessment}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal(AssessmentStatus.InProgress, await QueryAsync(db => db.Assessments.Select(a => a.Status).SingleAsync()));
        var audit = await QueryAsync(db => db.AuditEvents.SingleAsync(e => e.Type == AuditEventType.AssessmentRestored));
        Assert.Equal("editor@example.jp", audit.Actor);

        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitAsync($"/o/{org}/assessments/{assessment}/criteria/2.1", Answer("implemented", 0), "Save")).StatusCode);
    }

    [Fact]
    public async Task Save_and_next_goes_to_the_next_criterion_of_the_current_filter()
    {
        var (admin, org, _) = await SetUpAdminAsync();
        var assessment = await CreateAssessmentAsync(admin, org);
        var criteria = Core.Catalogs.CatalogLibrary.BuiltIn().Resolve("meti-scs@1")!.CriteriaUpTo(3).Select(c => c.Id).ToList();
        var basePath = $"/o/{org}/assessments/{assessment}";
        await admin.SubmitAsync($"{basePath}/criteria/{criteria[1]}", Answer("implemented", 0), "Save");

        await admin.GetAsync($"{basePath}?filter=unanswered");
        Assert.Contains($"criteria/{criteria[0]}?filter=unanswered\"", admin.Html, StringComparison.Ordinal);

        // Unanswered only: the second criterion is answered already, so the third comes next.
        var next = Answer("partial", 0);
        next["next"] = "true";
        var saved = await admin.SubmitAsync($"{basePath}/criteria/{criteria[0]}?filter=unanswered", next, "Save");
        Assert.Equal($"{basePath}/criteria/{criteria[2]}?filter=unanswered&saved=1", saved.Headers.Location!.OriginalString);
        await admin.GetAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains("保存しました。", admin.Html, StringComparison.Ordinal);
        Assert.Contains($"criteria/{criteria[3]}?filter=unanswered\" class=\"button\">{criteria[3]} ›", admin.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"button\">‹", admin.Html, StringComparison.Ordinal); // the two before are answered now

        // Without a filter: simply the next one; after the last, the page says so.
        next["Form.Version"] = "1";
        saved = await admin.SubmitAsync($"{basePath}/criteria/{criteria[0]}", next, "Save");
        Assert.Equal($"{basePath}/criteria/{criteria[1]}?saved=1", saved.Headers.Location!.OriginalString);
        next["Form.Version"] = "0";
        saved = await admin.SubmitAsync($"{basePath}/criteria/{criteria[^1]}", next, "Save");
        Assert.Equal($"{basePath}/criteria/{criteria[^1]}?last=1", saved.Headers.Location!.OriginalString);
        await admin.GetAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains("これが最後の項目です", admin.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uploading_evidence_keeps_the_answer_being_typed()
    {
        var (admin, org, _) = await SetUpAdminAsync();
        var assessment = await CreateAssessmentAsync(admin, org);
        var page = $"/o/{org}/assessments/{assessment}/criteria/7.1";
        await admin.GetAsync(page);
        // The upload and link buttons submit the answer form, so the answer fields travel with the file.
        Assert.Matches($"<button type=\"submit\" form=\"answer\" formenctype=\"multipart/form-data\" formaction=\"{page}\\?handler=Upload\">", admin.Html);
        Assert.Contains("<input type=\"file\" id=\"file\" name=\"file\" form=\"answer\"", admin.Html, StringComparison.Ordinal);

        MultipartFormDataContent Upload(string name, string status, string justification)
        {
            var content = new MultipartFormDataContent();
            var file = new ByteArrayContent("%PDF-1.4 手順書"u8.ToArray());
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(file, "file", name);
            content.Add(new StringContent(status), "Form.Status");
            content.Add(new StringContent(justification), "Form.Justification");
            content.Add(new StringContent("0"), "Form.Version");
            return content;
        }

        var typed = await admin.PostMultipartAsync(page + "?handler=Upload", Upload("手順書.pdf", "partial", "書きかけの説明：週次でバックアップを取得"));
        Assert.Equal(HttpStatusCode.OK, typed.StatusCode);
        Assert.Contains("書きかけの説明：週次でバックアップを取得</textarea>", admin.Html, StringComparison.Ordinal);
        Assert.Matches("value=\"partial\" checked=\"checked\"", admin.Html);
        Assert.Contains("入力中の回答はまだ保存されていません", admin.Html, StringComparison.Ordinal);
        Assert.Contains("手順書.pdf", admin.Html, StringComparison.Ordinal);
        Assert.Equal((1, 0), (await QueryAsync(db => db.EvidenceFiles.CountAsync()), await QueryAsync(db => db.Answers.CountAsync())));

        // A refused upload keeps it too.
        await admin.GetAsync(page);
        await admin.PostMultipartAsync(page + "?handler=Upload", Upload("tool.exe", "implemented", "まだ保存していない文章"));
        Assert.Contains("この種類のファイルは証跡として登録できません", admin.Html, StringComparison.Ordinal);
        Assert.Contains("まだ保存していない文章</textarea>", admin.Html, StringComparison.Ordinal);

        // Nothing typed: straight back to the page.
        await admin.GetAsync(page);
        var plain = await admin.PostMultipartAsync(page + "?handler=Upload", Upload("別紙.pdf", "unanswered", ""));
        Assert.Equal($"{page}?uploaded=1#evidence", plain.Headers.Location!.OriginalString);
    }
}
