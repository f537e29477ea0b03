using Hoshi.Hosting;
using Hoshi.Testing;
using Microsoft.Playwright;

namespace Hoshi.E2E.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright against the app on a real socket. Playwright never downloads a
/// browser here: it launches /usr/bin/chromium. Screenshots go to artifacts/screenshots/ at the repository root.
/// </summary>
public abstract class BrowserFixture : IAsyncLifetime
{
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;

    protected HoshiApp App { get; private set; } = null!;
    protected IPage Page { get; private set; } = null!;

    /// <summary>Messages the browser printed about blocked content (Content-Security-Policy violations).</summary>
    protected List<string> Violations { get; } = [];

    public async Task InitializeAsync()
    {
        App = await HoshiApp.StartAsync(DatabaseProvider.Sqlite);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.Address.ToString(),
            Locale = "ja-JP",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        Page = await context.NewPageAsync();
        Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                Violations.Add($"{Page.Url}: {message.Text}");
            }
        };
    }

    /// <summary>A second, separate browser (its own cookies), for another person in the same journey.</summary>
    protected async Task<IPage> NewPersonAsync()
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.Address.ToString(),
            Locale = "ja-JP",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        await App.DisposeAsync();
    }

    protected async Task ScreenshotAsync(string name, IPage? page = null) =>
        await (page ?? Page).ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ArtifactsFolder(), name + ".png"), FullPage = true });

    private static string ArtifactsFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Hoshi.slnx")))
        {
            folder = folder.Parent;
        }

        var path = Path.Combine(folder?.FullName ?? Path.GetTempPath(), "artifacts", "screenshots");
        Directory.CreateDirectory(path);
        return path;
    }
}
