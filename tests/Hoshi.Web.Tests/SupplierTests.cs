using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Hoshi.Data;
using Hoshi.Data.Commands;
using Hoshi.Data.Entities;
using Hoshi.Hosting;
using Hoshi.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hoshi.Web.Tests;

/// <summary>The buyer's register and requests, and the supplier's answer through the link, over a real socket.</summary>
public abstract partial class SupplierTests(DatabaseProvider provider) : WebFixture(provider)
{
    private static readonly string Due = DateTime.UtcNow.AddDays(20).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static Dictionary<string, string> SupplierFields(string name, string? number = null, string? email = null) => new()
    {
        ["Form.Name"] = name,
        ["Form.CorporateNumber"] = number ?? "",
        ["Form.ContactEmail"] = email ?? "",
        ["Version"] = "0",
    };

    private async Task<T> WithDbAsync<T>(Func<HoshiDbContext, Task<T>> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<HoshiDbContext>());
    }

    private static async Task<Guid> AddSupplierAsync(Session buyer, Guid org, string name = "部品工業株式会社")
    {
        var added = await buyer.SubmitAsync($"/o/{org}/suppliers/edit", SupplierFields(name, CorporateNumbers.Valid(7), "yamada@buhin.example.jp"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        return Guid.Parse(added.Headers.Location!.OriginalString.Split('/').Last());
    }

    private static async Task<string> SendRequestAsync(Session buyer, Guid org, Guid supplier, int level)
    {
        var sent = await buyer.SubmitAsync($"/o/{org}/suppliers/{supplier}", new Dictionary<string, string>
        {
            ["Send.RequiredLevel"] = level.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Send.DueOn"] = Due,
            ["Send.Message"] = "★の取得状況をご回答ください",
        }, "Send");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        await buyer.GetAsync($"/o/{org}/suppliers/{supplier}");
        var link = RequestLink().Match(buyer.Html);
        Assert.True(link.Success, "the new request's link is shown once");
        await buyer.GetAsync($"/o/{org}/suppliers/{supplier}");
        Assert.DoesNotMatch(RequestLink(), buyer.Html);
        return new Uri(link.Groups[1].Value).AbsolutePath;
    }

    [Fact]
    public async Task A_supplier_is_added_decided_requested_answered_by_sharing_and_accepted()
    {
        var (buyer, buyerOrg, _) = await SetUpAdminAsync();

        var wrong = await buyer.SubmitAsync($"/o/{buyerOrg}/suppliers/edit", SupplierFields("部品工業株式会社", "1234567890123"));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("法人番号の検査用数字（先頭の1桁）が一致しません", buyer.Html, StringComparison.Ordinal);
        Assert.Equal(0, await WithDbAsync(db => db.Suppliers.CountAsync()));
        var several = await buyer.SubmitAsync($"/o/{buyerOrg}/suppliers/edit", new Dictionary<string, string>
        {
            ["Form.Name"] = "", ["Form.CorporateNumber"] = "123", ["Form.ContactEmail"] = "yamada@@example", ["Form.ContactPhone"] = "abc", ["Version"] = "0",
        });
        foreach (var message in new[] { "名称を入力してください", "法人番号は13桁の数字で入力してください", "メールアドレスの形式で入力してください", "電話番号は数字とハイフンで入力してください" })
        {
            Assert.Contains(message, buyer.Html, StringComparison.Ordinal);
        }

        Assert.Equal(0, await WithDbAsync(db => db.Suppliers.CountAsync()));
        var supplierId = await AddSupplierAsync(buyer, buyerOrg);

        // The decision tree: a yes to question (3) makes ★3 impossible; the reasons are required.
        var decide = $"/o/{buyerOrg}/suppliers/{supplierId}/decide";
        await buyer.SubmitAsync(decide, new Dictionary<string, string> { ["Form.Q1"] = "false", ["Form.Q2"] = "false", ["Form.Q3"] = "true", ["Form.DecidedLevel"] = "3", ["Form.Reasons"] = "安いので" });
        Assert.Contains("★4より低い★にはできません", buyer.Html, StringComparison.Ordinal);
        var decided = await buyer.SubmitAsync(decide, new Dictionary<string, string> { ["Form.Q1"] = "true", ["Form.Q2"] = "false", ["Form.Q3"] = "true", ["Form.Reasons"] = "図面を預け、保守用VPNで接続するため" });
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);

        var path = await SendRequestAsync(buyer, buyerOrg, supplierId, 4);

        // The supplier runs Hoshi too: its own organization, with an assessment to share.
        var supplierOrg = await WithDbAsync(async db => (await new OrganizationCommands(db, TimeProvider.System).CreateAsync("部品工業株式会社", null, new Actor("test"))).Id);
        using var supplier = await MemberSessionAsync(supplierOrg, "yamada@buhin.example.jp", MemberRole.Editor);
        var assessment = await CreateAssessmentAsync(supplier, supplierOrg, 4);

        Assert.Equal(HttpStatusCode.OK, (await supplier.GetAsync(path)).StatusCode);
        Assert.Contains("株式会社サンプル製作所 からの★の回答依頼", supplier.Html, StringComparison.Ordinal);
        Assert.Contains("2026年度 自己評価", supplier.Html, StringComparison.Ordinal);

        // Someone else with the link, after the supplier claimed it, is refused.
        using (var stranger = App.NewSession())
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync(path)).StatusCode);
            Assert.Contains("最初に開いた別のブラウザーだけが使えます", stranger.Html, StringComparison.Ordinal);
        }

        // Another organization's assessment cannot be slipped into the share form.
        var forged = await supplier.PostAsync(path + "?handler=Share", new Dictionary<string, string> { ["choice"] = $"{buyerOrg}:{Guid.NewGuid()}" });
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        await supplier.GetAsync(path);
        var shared = await supplier.PostAsync(path + "?handler=Share", new Dictionary<string, string> { ["choice"] = $"{supplierOrg}:{assessment}" });
        Assert.Equal(HttpStatusCode.Redirect, shared.StatusCode);

        // The buyer sees the shared result (not the notes), and accepts.
        Assert.Equal(HttpStatusCode.OK, (await buyer.GetAsync($"/o/{buyerOrg}/suppliers/{supplierId}/shared")).StatusCode);
        Assert.Contains("共有された自己評価", buyer.Html, StringComparison.Ordinal);
        await buyer.GetAsync($"/o/{buyerOrg}/suppliers/{supplierId}");
        Assert.Contains("自己評価を共有", buyer.Html, StringComparison.Ordinal);
        var request = await WithDbAsync(db => db.SupplierRequests.SingleAsync());
        var accepted = await buyer.PostAsync($"/o/{buyerOrg}/suppliers/{supplierId}?handler=Review", new Dictionary<string, string>
        {
            ["request"] = request.Id.ToString(), ["version"] = request.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["decision"] = "Return", ["Review.Comment"] = "",
        });
        Assert.Contains("コメントを書いてください", buyer.Html, StringComparison.Ordinal);

        // An unanswered ★4 assessment reaches no ★: accepting is refused, returning works, the supplier answers again.
        await buyer.PostAsync($"/o/{buyerOrg}/suppliers/{supplierId}?handler=Review", new Dictionary<string, string>
        {
            ["request"] = request.Id.ToString(), ["version"] = request.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["decision"] = "Accept",
        });
        Assert.Contains("どの★にも達していないため承認できません", buyer.Html, StringComparison.Ordinal);
        await buyer.PostAsync($"/o/{buyerOrg}/suppliers/{supplierId}?handler=Review", new Dictionary<string, string>
        {
            ["request"] = request.Id.ToString(), ["version"] = request.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["decision"] = "Return", ["Review.Comment"] = "登録済みの★があれば申告してください",
        });
        await supplier.GetAsync(path);
        Assert.Contains("登録済みの★があれば申告してください", supplier.Html, StringComparison.Ordinal);
        var declared = await supplier.PostAsync(path + "?handler=Declare", new Dictionary<string, string>
        {
            ["Declaration.Level"] = "4", ["Declaration.RegistrationNumber"] = "SCS4-000123",
            ["Declaration.ObtainedOn"] = DateTime.UtcNow.AddDays(-30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Respondent"] = "山田 太郎",
        });
        Assert.Equal(HttpStatusCode.Redirect, declared.StatusCode);

        request = await WithDbAsync(db => db.SupplierRequests.SingleAsync());
        await buyer.GetAsync($"/o/{buyerOrg}/suppliers/{supplierId}");
        await buyer.PostAsync($"/o/{buyerOrg}/suppliers/{supplierId}?handler=Review", new Dictionary<string, string>
        {
            ["request"] = request.Id.ToString(), ["version"] = request.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["decision"] = "Accept",
        });
        var stored = await WithDbAsync(db => db.Suppliers.SingleAsync());
        Assert.Equal((SupplierStatus.Accepted, 4), (stored.Status, stored.ObtainedLevel));
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-30)).AddMonths(36).AddDays(-1), stored.ValidUntil);

        // The portfolio shows it with its validity; the closed link takes no more answers.
        await buyer.GetAsync($"/o/{buyerOrg}/suppliers");
        Assert.Contains("承認済み", buyer.Html, StringComparison.Ordinal);
        Assert.Contains(Hoshi.Web.Features.Display.Date(stored.ValidUntil), buyer.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await supplier.GetAsync(path + "/questionnaire")).StatusCode);
        var again = await supplier.PostAsync(path + "?handler=Declare", new Dictionary<string, string> { ["Declaration.Level"] = "3" });
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);

        // The supplier revokes its consent: the buyer can no longer read the shared assessment.
        await supplier.GetAsync($"/o/{supplierOrg}/shares");
        var share = await WithDbAsync(db => db.AssessmentShares.SingleAsync());
        await supplier.PostAsync($"/o/{supplierOrg}/shares?handler=Revoke", new Dictionary<string, string> { ["share"] = share.Id.ToString() });
        Assert.Equal(HttpStatusCode.NotFound, (await buyer.GetAsync($"/o/{buyerOrg}/suppliers/{supplierId}/shared")).StatusCode);
        // ...and the buyer cannot revoke a supplier's consent, nor open its share list.
        Assert.Equal(HttpStatusCode.NotFound, (await buyer.GetAsync($"/o/{supplierOrg}/shares")).StatusCode);
    }

    [Fact]
    public async Task The_questionnaire_reports_missing_answers_in_plain_words_and_records_the_level_reached()
    {
        var (buyer, org, _) = await SetUpAdminAsync();
        var supplier = await AddSupplierAsync(buyer, org);
        var path = await SendRequestAsync(buyer, org, supplier, 3);
        using var portal = App.NewSession();
        await portal.GetAsync(path);
        await portal.GetAsync(path + "/questionnaire");
        var empty = await portal.PostAsync(path + "/questionnaire", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("回答者のお名前を入力してください", portal.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("The value", portal.Html, StringComparison.Ordinal);

        var criteria = Hoshi.Core.Catalogs.CatalogLibrary.BuiltIn().Resolve(null)!.CriteriaUpTo(3).ToList();
        var fields = criteria.ToDictionary(c => $"Status[{c.Id}]", _ => "Implemented");
        fields[$"Status[{criteria[0].Id}]"] = "NotApplicable";
        fields["Respondent"] = "山田 太郎";
        await portal.PostAsync(path + "/questionnaire", fields);
        Assert.Contains($"{criteria[0].Id}: 「対象外」にする理由を書いてください", portal.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"NotApplicable\" checked", portal.Html, StringComparison.Ordinal);   // what was chosen stays

        fields[$"Justification[{criteria[0].Id}]"] = "該当する業務がないため";
        Assert.Equal(HttpStatusCode.Redirect, (await portal.PostAsync(path + "/questionnaire", fields)).StatusCode);
        var request = await WithDbAsync(db => db.SupplierRequests.SingleAsync());
        Assert.Equal((RequestStatus.Answered, ResponseKind.Questionnaire, 3), (request.Status, request.ResponseKind, request.AnsweredLevel));
    }

    [Fact]
    public async Task Unknown_and_expired_links_and_other_organizations_suppliers_are_refused()
    {
        var (buyer, org, _) = await SetUpAdminAsync();
        var supplier = await AddSupplierAsync(buyer, org);
        using var anonymous = App.NewSession();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/respond/hsr_not-a-real-token")).StatusCode);
        Assert.Contains("リンクが正しくありません", anonymous.Html, StringComparison.Ordinal);

        var path = await SendRequestAsync(buyer, org, supplier, 3);
        await WithDbAsync(db => db.SupplierRequests.ExecuteUpdateAsync(r => r.SetProperty(x => x.TokenExpiresAt, DateTime.UtcNow.AddMinutes(-1))));
        Assert.Equal(HttpStatusCode.Gone, (await anonymous.GetAsync(path)).StatusCode);
        Assert.Contains("有効期限が切れています", anonymous.Html, StringComparison.Ordinal);

        var other = await WithDbAsync(async db => (await new OrganizationCommands(db, TimeProvider.System).CreateAsync("他社", null, new Actor("test"))).Id);
        using var intruder = await MemberSessionAsync(other, "intruder@example.jp", MemberRole.Editor);
        using var viewer = await MemberSessionAsync(org, "viewer@example.jp", MemberRole.Viewer);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/o/{org}/suppliers/{supplier}")).StatusCode);
        var refused = await viewer.GetAsync($"/o/{org}/suppliers/edit");
        Assert.StartsWith("/account/denied", refused.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await buyer.GetAsync($"/o/{org}/suppliers/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/o/{org}/suppliers/{supplier}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/o/{other}/suppliers/{supplier}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"/o/{other}/suppliers/{supplier}/decide")).StatusCode);
    }

    [Fact]
    public async Task An_import_with_bad_cells_names_row_and_column_and_writes_nothing_and_an_export_imports_back_unchanged()
    {
        var (buyer, org, _) = await SetUpAdminAsync();
        await buyer.GetAsync($"/o/{org}/suppliers/import");
        var csv = "取引先名,法人番号,先方メールアドレス,重要な取引先\n" +
                  $"良い会社,{CorporateNumbers.Valid(11)},a@b.example.jp,はい\n" +
                  ",123,not-mail,たぶん\n" +
                  $"重複会社,{CorporateNumbers.Valid(11)},,\n";
        await ImportAsync(buyer, org, "suppliers.csv", Encoding.UTF8.GetBytes(csv));
        Assert.Contains("何も登録していません", buyer.Html, StringComparison.Ordinal);
        Assert.Contains("suppliers.csv 3行目", buyer.Html, StringComparison.Ordinal);
        Assert.Contains("重要な取引先", buyer.Html, StringComparison.Ordinal);
        Assert.Contains("ファイルの2行目と同じ法人番号です", buyer.Html, StringComparison.Ordinal);
        Assert.Equal(0, await WithDbAsync(db => db.Suppliers.CountAsync()));

        // Excel in Japan writes plain CSV in Shift_JIS: read as such.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        await ImportAsync(buyer, org, "sjis.csv", System.Text.Encoding.GetEncoding(932).GetBytes($"取引先名,法人番号\n株式会社シフトジス,{CorporateNumbers.Valid(99)}\n"));
        Assert.Contains("追加 1件", buyer.Html, StringComparison.Ordinal);
        Assert.Equal("株式会社シフトジス", await WithDbAsync(db => db.Suppliers.Select(x => x.Name).SingleAsync()));
        await buyer.GetAsync($"/o/{org}/suppliers/import");

        var good = "name,corporate_number,tags\n" + string.Join("\n", Enumerable.Range(100, 300).Select(i => $"取引先{i},{CorporateNumbers.Valid(i)},製造")) + "\n";
        await ImportAsync(buyer, org, "suppliers.csv", Encoding.UTF8.GetBytes(good));
        Assert.Contains("追加 300件", buyer.Html, StringComparison.Ordinal);

        var export = await buyer.GetAsync($"/o/{org}/suppliers/export.xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType!.MediaType);
        var bytes = await export.Content.ReadAsByteArrayAsync();
        await buyer.GetAsync($"/o/{org}/suppliers/import");
        await ImportAsync(buyer, org, "suppliers.xlsx", bytes);
        Assert.Contains("変更なし 301件", buyer.Html, StringComparison.Ordinal);

        await buyer.GetAsync($"/o/{org}/suppliers?q=取引先150");
        Assert.Contains("1社が該当", buyer.Html, StringComparison.Ordinal);
        await buyer.GetAsync($"/o/{org}/suppliers?sort=name&pageNumber=2");
        Assert.Contains("取引先160", buyer.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("取引先120", buyer.Html, StringComparison.Ordinal);
        Assert.Contains("2 / 7", buyer.Html, StringComparison.Ordinal);

        // An edited workbook with a bad cell: sheet, row and column letter are named; nothing changes.
        using (var workbook = new ClosedXML.Excel.XLWorkbook(new MemoryStream(bytes)))
        {
            var sheet = workbook.Worksheets.First();
            sheet.Cell(3, 3).Value = "1234567890123";   // C3: 法人番号
            sheet.Cell(4, 2).Value = "";                // B4: 取引先名
            using var edited = new MemoryStream();
            workbook.SaveAs(edited);
            bytes = edited.ToArray();
        }

        await buyer.GetAsync($"/o/{org}/suppliers/import");
        await ImportAsync(buyer, org, "suppliers.xlsx", bytes);
        Assert.Contains("2件の問題があるため、何も登録していません", buyer.Html, StringComparison.Ordinal);
        Assert.Contains("suppliers.xlsx [取引先] 3行目</td><td>C</td>", buyer.Html, StringComparison.Ordinal);
        Assert.Contains("suppliers.xlsx [取引先] 4行目</td><td>B</td>", buyer.Html, StringComparison.Ordinal);
        Assert.Equal(301, await WithDbAsync(db => db.Suppliers.CountAsync(x => x.Name != "")));
    }

    [Fact]
    public async Task Checklists_start_from_the_standard_lines_and_keep_evidence_per_line()
    {
        var (buyer, org, _) = await SetUpAdminAsync();
        var supplier = await AddSupplierAsync(buyer, org);
        var page = $"/o/{org}/suppliers/{supplier}";
        await buyer.SubmitAsync(page, new Dictionary<string, string> { ["checklist"] = "IncidentRoles" }, "ChecklistStandard");
        await buyer.GetAsync(page);
        Assert.Contains("セキュリティインシデント発生時の連絡先", buyer.Html, StringComparison.Ordinal);
        var items = await WithDbAsync(db => db.SupplierChecklistItems.OrderBy(i => i.SortOrder).ToListAsync());
        Assert.Equal(3, items.Count);
        Assert.All(items, i => Assert.Equal(SupplierChecklist.IncidentRoles, i.Checklist));

        using var content = new MultipartFormDataContent
        {
            { new StringContent("IncidentRoles"), "checklist" },
            { new StringContent(items[1].Id.ToString()), "item" },
            { new StringContent("1"), "version" },
            { new StringContent("true"), "done" },
            { new StringContent("基本契約書 第15条"), "note" },
            { new ByteArrayContent("%PDF-1.4 contract"u8.ToArray()), "file", "基本契約書.pdf" },
        };
        var saved = await buyer.PostMultipartAsync(page + "?handler=ChecklistItem", content);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var line = await WithDbAsync(db => db.SupplierChecklistItems.SingleAsync(i => i.Id == items[1].Id));
        Assert.True(line.Done);
        Assert.Equal("基本契約書 第15条", line.Note);
        Assert.NotNull(line.EvidenceFileId);
        await buyer.GetAsync(page);
        Assert.Contains("基本契約書.pdf", buyer.Html, StringComparison.Ordinal);

        // A stale version is refused and changes nothing; another organization's line cannot be reached.
        await buyer.GetAsync(page);
        var stale = await buyer.PostAsync(page + "?handler=ChecklistItem", new Dictionary<string, string>
        {
            ["checklist"] = "IncidentRoles", ["item"] = items[1].Id.ToString(), ["version"] = "1", ["note"] = "上書き",
        });
        Assert.Contains("他の人が先に更新しました", buyer.Html, StringComparison.Ordinal);
        Assert.Equal("基本契約書 第15条", (await WithDbAsync(db => db.SupplierChecklistItems.SingleAsync(i => i.Id == items[1].Id))).Note);

        // Further contacts: checked like the primary one, audited, removable.
        await buyer.SubmitAsync(page, new Dictionary<string, string> { ["NewContact.Name"] = "佐藤", ["NewContact.Email"] = "sato@" }, "ContactAdd");
        Assert.Contains("メールアドレスの形式で入力してください", buyer.Html, StringComparison.Ordinal);
        Assert.Equal(0, await WithDbAsync(db => db.SupplierContacts.CountAsync()));
        await buyer.SubmitAsync(page, new Dictionary<string, string> { ["NewContact.Name"] = "佐藤 次郎", ["NewContact.Role"] = "インシデント連絡窓口", ["NewContact.Email"] = "sato@buhin.example.jp" }, "ContactAdd");
        await buyer.GetAsync(page);
        Assert.Contains("インシデント連絡窓口", buyer.Html, StringComparison.Ordinal);
        var contact = await WithDbAsync(db => db.SupplierContacts.SingleAsync());

        var other = await WithDbAsync(async db => (await new OrganizationCommands(db, TimeProvider.System).CreateAsync("他社", null, new Actor("test"))).Id);
        using var intruder = await MemberSessionAsync(other, "intruder2@example.jp", MemberRole.Editor);
        await intruder.GetAsync($"/o/{other}/suppliers");
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.PostAsync($"/o/{other}/suppliers/{supplier}?handler=ContactRemove", new Dictionary<string, string> { ["contact"] = contact.Id.ToString() })).StatusCode);
        await buyer.SubmitAsync(page, new Dictionary<string, string> { ["contact"] = contact.Id.ToString() }, "ContactRemove");
        Assert.Equal(0, await WithDbAsync(db => db.SupplierContacts.CountAsync()));
        await intruder.GetAsync($"/o/{other}/suppliers");
        var forged = await intruder.PostAsync($"/o/{other}/suppliers/{supplier}?handler=ChecklistRemove", new Dictionary<string, string> { ["checklist"] = "IncidentRoles", ["item"] = items[0].Id.ToString() });
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(3, await WithDbAsync(db => db.SupplierChecklistItems.CountAsync()));
    }

    [Fact]
    public async Task A_signed_attestation_answers_a_request_and_a_tampered_one_is_refused_with_nothing_written()
    {
        var (buyer, buyerOrg, _) = await SetUpAdminAsync();
        var supplierId = await AddSupplierAsync(buyer, buyerOrg);
        var path = await SendRequestAsync(buyer, buyerOrg, supplierId, 3);

        // The supplier's own Hoshi (here the same server, another organization) signs an attestation of its assessment.
        var supplierOrg = await WithDbAsync(async db => (await new OrganizationCommands(db, TimeProvider.System).CreateAsync("部品工業株式会社", null, new Actor("test"))).Id);
        using var supplierUser = await MemberSessionAsync(supplierOrg, "signer@buhin.example.jp", MemberRole.Editor);
        var assessment = await CreateAssessmentAsync(supplierUser, supplierOrg, 3);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var answers = scope.ServiceProvider.GetRequiredService<AnswerCommands>();
            var catalog = scope.ServiceProvider.GetRequiredService<Hoshi.Core.Catalogs.CatalogLibrary>().Resolve("meti-scs@1")!;
            await answers.ImportAsync(supplierOrg, assessment, catalog.CriteriaUpTo(3).Select(c => new AnswerChange(c.Id, Hoshi.Core.Evaluation.AnswerStatus.Implemented)).ToList(), new Actor("test"));
        }

        await supplierUser.GetAsync($"/o/{supplierOrg}/assessments/{assessment}/results");
        Assert.Contains("最初の出力時に作成されます", supplierUser.Html, StringComparison.Ordinal);
        var signed = await supplierUser.PostAsync($"/o/{supplierOrg}/assessments/{assessment}/results?handler=Attestation", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        var attestation = await signed.Content.ReadAsByteArrayAsync();
        var fingerprint = await WithDbAsync(db => db.SigningKeys.Where(k => k.OrganizationId == supplierOrg).Select(k => k.Fingerprint).SingleAsync());
        var oscal = await supplierUser.GetAsync($"/o/{supplierOrg}/assessments/{assessment}/results?handler=Oscal&lang=en");
        Assert.Contains("\"assessment-results\"", supplierUser.Html, StringComparison.Ordinal);

        // A tampered file (one status changed) is refused, naming the change; nothing is stored.
        using var portal = App.NewSession();
        await portal.GetAsync(path);
        var tampered = Encoding.UTF8.GetString(attestation);
        var at = tampered.IndexOf("\"implemented\"", StringComparison.Ordinal);
        tampered = tampered[..at] + "\"partial\"" + tampered[(at + "\"implemented\"".Length)..];
        await UploadAttestationAsync(portal, path, Encoding.UTF8.GetBytes(tampered));
        Assert.Contains("証明書を検証できませんでした", portal.Html, StringComparison.Ordinal);
        Assert.Contains("content changed", portal.Html, StringComparison.Ordinal);
        Assert.Equal(0, await WithDbAsync(db => db.EvidenceFiles.CountAsync(e => e.OrganizationId == buyerOrg)));
        Assert.Equal(RequestStatus.Open, (await WithDbAsync(db => db.SupplierRequests.SingleAsync())).Status);

        await UploadAttestationAsync(portal, path, attestation);
        var answered = await WithDbAsync(db => db.SupplierRequests.SingleAsync());
        Assert.Equal((RequestStatus.Answered, ResponseKind.Attestation, 3, fingerprint), (answered.Status, answered.ResponseKind, answered.AnsweredLevel, answered.AttestationFingerprint));
        Assert.Equal(1, await WithDbAsync(db => db.EvidenceFiles.CountAsync(e => e.OrganizationId == buyerOrg)));
        await buyer.GetAsync($"/o/{buyerOrg}/suppliers/{supplierId}");
        Assert.Contains(fingerprint, buyer.Html, StringComparison.Ordinal);

        // The buyer's verification page: valid with the right fingerprint, named changes, a wrong key.
        await VerifyAsync(buyer, buyerOrg, attestation, fingerprint);
        Assert.Contains("検証できました", buyer.Html, StringComparison.Ordinal);
        Assert.Contains("指定した指紋と一致", buyer.Html, StringComparison.Ordinal);
        await VerifyAsync(buyer, buyerOrg, Encoding.UTF8.GetBytes(tampered), null);
        Assert.Contains("検証できません", buyer.Html, StringComparison.Ordinal);
        Assert.Contains("content changed", buyer.Html, StringComparison.Ordinal);
        await VerifyAsync(buyer, buyerOrg, attestation, new string('a', 64));
        Assert.Contains("指定した指紋と一致しません", buyer.Html, StringComparison.Ordinal);
        await VerifyAsync(buyer, buyerOrg, "{\"format\": 1"u8.ToArray(), null);
        Assert.Contains("Hoshiの署名付き証明書として読めません", buyer.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("The value", buyer.Html, StringComparison.Ordinal);
    }

    private static async Task VerifyAsync(Session session, Guid org, byte[] file, string? fingerprint)
    {
        await session.GetAsync($"/o/{org}/suppliers/verify");
        using var content = new MultipartFormDataContent
        {
            { new ByteArrayContent(file), "file", "attestation.json" },
            { new StringContent(fingerprint ?? ""), "fingerprint" },
        };
        Assert.Equal(HttpStatusCode.OK, (await session.PostMultipartAsync($"/o/{org}/suppliers/verify", content)).StatusCode);
    }

    private static async Task UploadAttestationAsync(Session session, string path, byte[] file)
    {
        using var content = new MultipartFormDataContent
        {
            { new ByteArrayContent(file), "file", "attestation.json" },
            { new StringContent("山田 太郎"), "Respondent" },
        };
        await session.PostMultipartAsync(path + "?handler=Attestation", content);
    }

    private static async Task ImportAsync(Session session, Guid org, string name, byte[] bytes)
    {
        using var content = new MultipartFormDataContent();
        content.Add(new ByteArrayContent(bytes), "file", name);
        var response = await session.PostMultipartAsync($"/o/{org}/suppliers/import", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [GeneratedRegex("value=\"(https?://[^\"]+/respond/hsr_[^\"]+)\"")]
    private static partial Regex RequestLink();
}

public sealed class SqliteSupplierTests() : SupplierTests(DatabaseProvider.Sqlite);

public sealed class PostgresSupplierTests() : SupplierTests(DatabaseProvider.Postgres);
