using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Hoshi.Data;
using Hoshi.Data.Audit;
using Hoshi.Data.Entities;
using Hoshi.Hosting;
using Hoshi.Testing;
using Hoshi.Web.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hoshi.Web.Tests;

/// <summary>With SMTP configured, request links go to the supplier's contact and buyers get one reminder digest a day.</summary>
public sealed partial class MailTests : IAsyncLifetime
{
    private SmtpSink sink = null!;
    private HoshiApp app = null!;

    public async Task InitializeAsync()
    {
        sink = new SmtpSink();
        app = await HoshiApp.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string>
        {
            ["Hoshi:Smtp:Host"] = "127.0.0.1",
            ["Hoshi:Smtp:Port"] = sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Hoshi:Smtp:From"] = "hoshi@buyer.example.jp",
            ["Hoshi:Smtp:StartTls"] = "false",
        });
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await sink.DisposeAsync();
    }

    [Fact]
    public async Task The_request_link_is_mailed_and_a_daily_digest_reminds_the_buyer()
    {
        var fixture = new Fixture(app);
        var (buyer, org, _) = await fixture.SetUpAsync();
        var added = await buyer.SubmitAsync($"/o/{org}/suppliers/edit", new Dictionary<string, string>
        {
            ["Form.Name"] = "部品工業株式会社", ["Form.ContactEmail"] = "yamada@buhin.example.jp", ["Form.Important"] = "true", ["Version"] = "0",
        });
        var supplier = added.Headers.Location!.OriginalString.Split('/').Last();
        await buyer.SubmitAsync($"/o/{org}/suppliers/{supplier}", new Dictionary<string, string>
        {
            ["Send.RequiredLevel"] = "3", ["Send.DueOn"] = DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }, "Send");
        await buyer.GetAsync($"/o/{org}/suppliers/{supplier}");
        Assert.Contains("yamada@buhin.example.jp にリンクをメールで送りました", buyer.Html, StringComparison.Ordinal);

        var (to, data) = Assert.Single(sink.Messages);
        Assert.Equal("yamada@buhin.example.jp", to);
        var link = LinkInPage().Match(buyer.Html).Groups[1].Value;
        Assert.Contains(link, Decode(data), StringComparison.Ordinal);

        // The answer is now overdue. In the app, the dashboard says so.
        await using (var arrange = app.Services.CreateAsyncScope())
        {
            await arrange.ServiceProvider.GetRequiredService<HoshiDbContext>().Suppliers
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.RequestDueOn, DateOnly.FromDateTime(DateTime.Now).AddDays(-1)));
        }

        await buyer.GetAsync($"/o/{org}");
        Assert.Contains("回答期限超過 1社", buyer.Html, StringComparison.Ordinal);

        // The digest says the same by mail.
        await using var scope = app.Services.CreateAsyncScope();
        var reminders = scope.ServiceProvider.GetRequiredService<SupplierReminders>();
        Assert.Equal(1, await reminders.SendDueAsync());
        var digest = Decode(sink.Messages.Last().Data);
        Assert.Contains("回答期限を過ぎた依頼 / Overdue requests: 1", digest, StringComparison.Ordinal);
        Assert.Contains("部品工業株式会社", digest, StringComparison.Ordinal);
        Assert.Equal(0, await reminders.SendDueAsync());   // once a day
        var db = scope.ServiceProvider.GetRequiredService<HoshiDbContext>();
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Type == AuditEventType.RemindersSent));
    }

    /// <summary>The mail body is quoted-printable or base64 encoded UTF-8; decode whichever it is.</summary>
    private static string Decode(string data)
    {
        var body = data[(data.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];
        if (data.Contains("Content-Transfer-Encoding: base64", StringComparison.OrdinalIgnoreCase))
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries))));
        }

        var unfolded = body.Replace("=\r\n", "", StringComparison.Ordinal);
        var bytes = new List<byte>();
        for (var i = 0; i < unfolded.Length; i++)
        {
            if (unfolded[i] == '=' && i + 2 < unfolded.Length && Uri.IsHexDigit(unfolded[i + 1]) && Uri.IsHexDigit(unfolded[i + 2]))
            {
                bytes.Add(Convert.ToByte(unfolded.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(unfolded[i].ToString()));
            }
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    /// <summary>The set-up steps of <see cref="WebFixture"/> on this test's own host.</summary>
    private sealed class Fixture(HoshiApp host) : WebFixture(DatabaseProvider.Sqlite)
    {
        public Task<(Session Session, Guid Org, string Key)> SetUpAsync()
        {
            App = host;
            return SetUpAdminAsync();
        }
    }

    [GeneratedRegex("value=\"(https?://[^\"]+/respond/hsr_[^\"]+)\"")]
    private static partial Regex LinkInPage();
}
