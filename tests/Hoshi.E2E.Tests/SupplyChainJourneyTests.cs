using Hoshi.Core.Evaluation;
using Hoshi.Data.Commands;
using Hoshi.Data.Entities;
using Hoshi.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Hoshi.E2E.Tests;

/// <summary>
/// The supply-chain journey in real browsers: the buyer adds a supplier and decides ★4, sends a request; the
/// supplier opens the link and shares its assessment; the buyer accepts; the portfolio shows the validity.
/// </summary>
public sealed class SupplyChainJourneyTests : BrowserFixture
{
    private const string SupplierEmail = "yamada@buhin.example.jp";

    [Fact]
    public async Task A_buyer_requests_star_4_and_accepts_the_assessment_a_supplier_shares()
    {
        await SetUpBuyerAsync();
        await SeedSupplierOrganizationAsync();

        // The buyer adds the supplier and decides which ★ it needs, with the decision tree.
        await Page.GetByRole(AriaRole.Link, new() { Name = "取引先", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.GetByText("まだ取引先が登録されていません")).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "取引先を追加" }).ClickAsync();
        await Page.GetByLabel("取引先名").FillAsync("部品工業株式会社");
        await Page.GetByLabel("法人番号（13桁）").FillAsync(CorporateNumbers.Valid(42));
        await Page.GetByLabel("提供・共有する機密情報").FillAsync("製品図面");
        await Page.GetByLabel("メールアドレス").FillAsync(SupplierEmail);
        await Page.GetByLabel("重要な取引先").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "追加する" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "判定フローで決める" }).ClickAsync();
        var questions = Page.Locator("fieldset.question");
        await questions.Nth(0).GetByLabel("はい").CheckAsync();
        await questions.Nth(1).GetByLabel("いいえ").CheckAsync();
        await questions.Nth(2).GetByLabel("いいえ").CheckAsync();
        await Assertions.Expect(Page.Locator("#proposal")).ToContainTextAsync("★4");
        await Page.GetByLabel("理由").FillAsync("製品図面を預けるため、★4を求める");
        await ScreenshotAsync("21-supplier-decision");
        await Page.GetByRole(AriaRole.Button, new() { Name = "決定を記録する" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#decision")).ToContainTextAsync("製品図面を預けるため");

        // The request: the link is shown once.
        await Page.GetByLabel("求める★").SelectOptionAsync("4");
        await Page.GetByRole(AriaRole.Button, new() { Name = "依頼を作成してリンクを発行" }).ClickAsync();
        var link = await Page.GetByLabel("回答用リンク").InputValueAsync();
        Assert.Contains("/respond/hsr_", link, StringComparison.Ordinal);
        await ScreenshotAsync("22-supplier-request");

        // The supplier opens the link, signs in to its own Hoshi organization and shares its assessment.
        var supplier = await NewPersonAsync();
        await supplier.GotoAsync(link);
        await Assertions.Expect(supplier.GetByRole(AriaRole.Heading, new() { Name = "株式会社サンプル製作所 からの★の回答依頼" })).ToBeVisibleAsync();
        await ScreenshotAsync("23-supplier-portal", supplier);
        await supplier.GetByRole(AriaRole.Link, new() { Name = "Hoshiにログインして選ぶ" }).ClickAsync();
        await supplier.GetByLabel("メールアドレス").FillAsync(SupplierEmail);
        await supplier.GetByLabel("パスワード").FillAsync(WebFixture.Password);
        await supplier.GetByRole(AriaRole.Button, new() { Name = "ログイン" }).ClickAsync();
        await supplier.GetByLabel("部品工業株式会社 — 2026年度 ★4 自己評価").CheckAsync();
        await supplier.GetByRole(AriaRole.Button, new() { Name = "この依頼元に共有して回答する" }).ClickAsync();
        await Assertions.Expect(supplier.GetByRole(AriaRole.Heading, new() { Name = "回答を送信しました" })).ToBeVisibleAsync();

        // The buyer reviews and accepts; the portfolio shows the ★ and its validity.
        await Page.ReloadAsync();
        await Assertions.Expect(Page.Locator(".answer")).ToContainTextAsync("自己評価を共有");
        await ScreenshotAsync("24-supplier-answer");
        await Page.GetByRole(AriaRole.Button, new() { Name = "承認する" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "取引先", Exact = true }).First.ClickAsync();
        var row = Page.Locator("table.suppliers tbody tr", new() { HasText = "部品工業株式会社" });
        await Assertions.Expect(row).ToContainTextAsync("承認済み");
        await Assertions.Expect(row).ToContainTextAsync("★4");
        var validUntil = DateOnly.FromDateTime(DateTime.Now).AddMonths(36).AddDays(-1);
        await Assertions.Expect(row).ToContainTextAsync($"{validUntil.Year}年{validUntil.Month}月{validUntil.Day}日");
        await ScreenshotAsync("25-portfolio");
        Assert.Empty(Violations);
    }

    private async Task SetUpBuyerAsync()
    {
        await Page.GotoAsync("/");
        await Page.GetByLabel("組織名").FillAsync("株式会社サンプル製作所");
        await Page.GetByLabel("お名前").FillAsync("発注 太郎");
        await Page.GetByLabel("メールアドレス（ログインID）").FillAsync("buyer@example.jp");
        await Page.GetByLabel("パスワード", new() { Exact = true }).FillAsync(WebFixture.Password);
        await Page.GetByLabel("パスワード（確認）").FillAsync(WebFixture.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "組織と管理者を作成" }).ClickAsync();
        var key = await Page.Locator("code.key").InnerTextAsync();
        await Page.GetByLabel("アプリに表示された6桁のコード").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await Page.GetByRole(AriaRole.Button, new() { Name = "確認して有効にする" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "保管しました。続ける" }).ClickAsync();
    }

    /// <summary>The supplier's own Hoshi organization on the same server, with an editor and a ★4 assessment fully met.</summary>
    private async Task SeedSupplierOrganizationAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var actor = new Actor("seed");
        var org = await services.GetRequiredService<OrganizationCommands>().CreateAsync("部品工業株式会社", CorporateNumbers.Valid(42), actor);
        var user = new HoshiUser { Id = Guid.CreateVersion7(), UserName = SupplierEmail, Email = SupplierEmail, DisplayName = "山田", CreatedAt = DateTime.UtcNow };
        Assert.True((await services.GetRequiredService<UserManager<HoshiUser>>().CreateAsync(user, WebFixture.Password)).Succeeded);
        await services.GetRequiredService<MembershipCommands>().AddAsync(org.Id, new NewMembership(user.Id, MemberRole.Editor), actor);
        var assessment = await services.GetRequiredService<AssessmentCommands>().CreateAsync(org.Id, new NewAssessment("2026年度 ★4 自己評価", 4, "meti-scs@1"), actor);
        var catalog = TestDatabase.Catalogs.Resolve("meti-scs@1")!;
        await services.GetRequiredService<AnswerCommands>().ImportAsync(org.Id, assessment.Id,
            catalog.CriteriaUpTo(4).Select(c => new AnswerChange(c.Id, AnswerStatus.Implemented)).ToList(), actor);
    }
}
