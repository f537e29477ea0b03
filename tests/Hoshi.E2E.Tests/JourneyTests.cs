using System.Text.RegularExpressions;
using Hoshi.Testing;
using Microsoft.Playwright;

namespace Hoshi.E2E.Tests;

/// <summary>A new user's first session, in a real browser: setup → MFA → assessment → answers → evidence → dashboard.</summary>
public sealed partial class JourneyTests : BrowserFixture
{
    [Fact]
    public async Task A_new_user_sets_up_answers_with_evidence_and_sees_the_level_on_the_dashboard()
    {
        await Page.GotoAsync("/");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Hoshi へようこそ" })).ToBeVisibleAsync();
        await ScreenshotAsync("01-setup");
        await Page.GetByLabel("組織名").FillAsync("株式会社サンプル製作所");
        await Page.GetByLabel("お名前").FillAsync("山田 太郎");
        await Page.GetByLabel("メールアドレス（ログインID）").FillAsync("yamada@example.jp");
        await Page.GetByLabel("パスワード", new() { Exact = true }).FillAsync(WebFixture.Password);
        await Page.GetByLabel("パスワード（確認）").FillAsync(WebFixture.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "組織と管理者を作成" }).ClickAsync();

        // Administrators enrol an authenticator app before anything else.
        await Assertions.Expect(Page.GetByText("管理者は多要素認証の設定が必須です")).ToBeVisibleAsync();
        await ScreenshotAsync("02-mfa");
        var key = await Page.Locator("code.key").InnerTextAsync();
        await Page.GetByLabel("アプリに表示された6桁のコード").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await Page.GetByRole(AriaRole.Button, new() { Name = "確認して有効にする" }).ClickAsync();
        await Assertions.Expect(Page.Locator("ul.codes li")).ToHaveCountAsync(10);
        await Page.GetByRole(AriaRole.Link, new() { Name = "保管しました。続ける" }).ClickAsync();

        await Assertions.Expect(Page.GetByText("まだ自己評価がありません")).ToBeVisibleAsync();
        await ScreenshotAsync("03-dashboard-empty");
        await Page.GetByRole(AriaRole.Link, new() { Name = "自己評価を始める" }).ClickAsync();
        await Page.GetByLabel("名称", new() { Exact = true }).FillAsync("2026年度 ★3 自己評価");
        await Page.GetByText("★3 Basic").ClickAsync();
        await Page.GetByLabel("新しい適用範囲の名称").FillAsync("本社・全拠点");
        await ScreenshotAsync("04-new-assessment");
        await Page.GetByRole(AriaRole.Button, new() { Name = "作成する" }).ClickAsync();

        await Assertions.Expect(Page.Locator("section.requirement").First).ToBeVisibleAsync();
        await ScreenshotAsync("05-workspace");
        await Page.Locator("a.criterion-link", new() { HasText = "1-2-1-1" }).First.ClickAsync();
        await Assertions.Expect(Page.GetByText("日本語（原文）")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText("Hoshiによる解説")).ToBeVisibleAsync();
        await Page.GetByLabel("実施済").CheckAsync();
        await Page.GetByLabel("理由・実施内容").FillAsync("情報セキュリティ管理規程 第3条で役割を定めている");
        await Page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.GetByText("保存しました。")).ToBeVisibleAsync();

        // Evidence uploaded while a note is still being typed: the note survives, then "save and next".
        await Page.GetByLabel("メモ").FillAsync("規程は2026年4月に改訂済み");
        await Page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "情報セキュリティ管理規程.pdf",
            MimeType = "application/pdf",
            Buffer = "%PDF-1.4 Hoshi test"u8.ToArray(),
        });
        await Page.GetByRole(AriaRole.Button, new() { Name = "登録", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.GetByText("入力中の回答はまだ保存されていません")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByLabel("メモ")).ToHaveValueAsync("規程は2026年4月に改訂済み");
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "情報セキュリティ管理規程.pdf" })).ToBeVisibleAsync();
        await ScreenshotAsync("06-criterion");
        await Page.GetByRole(AriaRole.Button, new() { Name = "保存して次へ" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("保存しました。")).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("h1 .cid")).ToHaveTextAsync("1-2-1-2");

        // "Not applicable" without a reason is refused where the user can see it.
        await Page.GetByLabel("対象外").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.Locator(".card-errors")).ToContainTextAsync("理由を書いてください");

        await Page.GetByRole(AriaRole.Link, new() { Name = "ダッシュボード" }).ClickAsync();
        await Assertions.Expect(Page.Locator(".counts .st-done strong")).ToHaveTextAsync("1");
        await Assertions.Expect(Page.Locator(".verdict")).ToContainTextAsync("★3 まで残り");
        await ScreenshotAsync("07-dashboard");

        // The Excel round trip: export, edit offline, import.
        await Page.GetByRole(AriaRole.Link, new() { Name = "2026年度 ★3 自己評価" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Excel チェックシート（出力・取り込み）" }).ClickAsync();
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Link, new() { Name = "チェックシートを出力" }).ClickAsync());
        var exported = Path.Combine(Path.GetTempPath(), $"hoshi-e2e-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(exported);
        var criteria = new[] { "1-2-3-1", "1-2-3-2", "1-3-1-1", "1-3-1-2", "1-3-1-3", "2-1-1-1" };
        using (var workbook = new ClosedXML.Excel.XLWorkbook(exported))
        {
            var sheet = workbook.Worksheet("チェックシート");
            sheet.Unprotect();
            foreach (var cell in sheet.Column(4).CellsUsed().Where(c => criteria.Contains(c.GetString())))
            {
                sheet.Cell(cell.Address.RowNumber, 6).Value = "実施済";
            }

            workbook.Save();
        }

        await Page.Locator("input[type=file]").SetInputFilesAsync(exported);
        await Page.GetByRole(AriaRole.Button, new() { Name = "取り込む" }).ClickAsync();
        await Assertions.Expect(Page.Locator(".flash")).ToContainTextAsync("6 件の回答を更新しました");
        await ScreenshotAsync("08-excel-import");
        File.Delete(exported);
        await Page.GetByRole(AriaRole.Link, new() { Name = "ダッシュボード" }).ClickAsync();
        await Assertions.Expect(Page.Locator(".counts .st-done strong")).ToHaveTextAsync("7");

        await Page.GetByRole(AriaRole.Link, new() { Name = "要求事項" }).ClickAsync();
        await Page.GetByRole(AriaRole.Searchbox).FillAsync("パスワード");
        await Page.GetByRole(AriaRole.Button, new() { Name = "検索" }).ClickAsync();
        await Assertions.Expect(Page.Locator("section.requirement").First).ToBeVisibleAsync();
        await ScreenshotAsync("09-catalog");

        await Page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Requirements" })).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "日本語" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "ログアウト" }).ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(LoginUrl());

        Assert.Empty(Violations);
    }

    [GeneratedRegex("/account/login")]
    private static partial Regex LoginUrl();
}
