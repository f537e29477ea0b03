// Supplier benchmarks (issue: supply chain): with 10,000 suppliers on the configured engine (PostgreSQL by run.sh)
//  1. import: a 10,000-row CSV read, validated and written in one transaction, through the same code as the page;
//  2. portfolio: the /o/{org}/suppliers page over HTTP on a real socket, signed in, median and 95th percentile.
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Hoshi.Core.Suppliers;
using Hoshi.Data;
using Hoshi.Data.Commands;
using Hoshi.Data.Entities;
using Hoshi.Hosting;
using Hoshi.Testing;
using Hoshi.Web.Features.Suppliers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

const int Suppliers = 10_000;
var provider = args.Contains("--sqlite") ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres;
await using var app = await HoshiApp.StartAsync(provider);
var actor = new Actor("bench");
Guid org;
const string Email = "bench-viewer@example.jp";
const string Password = "Bench-Pass-2026!";

await using (var scope = app.Services.CreateAsyncScope())
{
    var services = scope.ServiceProvider;
    org = (await services.GetRequiredService<OrganizationCommands>().CreateAsync("発注株式会社", null, actor)).Id;
    var user = new HoshiUser { Id = Guid.CreateVersion7(), UserName = Email, Email = Email, DisplayName = "bench", CreatedAt = DateTime.UtcNow };
    if (!(await services.GetRequiredService<UserManager<HoshiUser>>().CreateAsync(user, Password)).Succeeded)
    {
        throw new InvalidOperationException("could not create the bench user");
    }

    await services.GetRequiredService<MembershipCommands>().AddAsync(org, new NewMembership(user.Id, MemberRole.Viewer), actor);

    // The organization was made here rather than on the setup page, so tell the host setup is done.
    services.GetRequiredService<Hoshi.Web.Security.SetupState>().IsComplete = true;
}

// 1. Import 10,000 suppliers from CSV into an empty register, as the import page does.
var csv = new StringBuilder("取引先名,法人番号,取引内容,やり取りする情報,タグ,社内担当者,先方担当者,先方メールアドレス,重要な取引先\n");
for (var i = 0; i < Suppliers; i++)
{
    csv.Append(CultureInfo.InvariantCulture, $"取引先{i:D5}株式会社,{CorporateNumbers.Valid(i + 1)},部品の製造委託,図面,製造;地域{i % 9},担当{i % 50},山田 {i},contact{i}@supplier{i}.example.jp,{(i % 10 == 0 ? "はい" : "")}\n");
}

var bytes = Encoding.UTF8.GetBytes(csv.ToString());
foreach (var run in new[] { "import" })
{
    await using var scope = app.Services.CreateAsyncScope();
    var commands = scope.ServiceProvider.GetRequiredService<SupplierCommands>();
    var clock = Stopwatch.StartNew();
    var table = SupplierTableReader.Read(new MemoryStream(bytes), "suppliers.csv");
    var result = await commands.ImportAsync(org, SupplierRows.FromTable(table), "suppliers.csv", actor);
    Console.WriteLine($"{run}: {Suppliers} rows in {clock.Elapsed.TotalSeconds:0.00} s (added {result.Added}, updated {result.Updated}, unchanged {result.Unchanged})");
}

// Give the register realistic states: decided levels, answers, validity dates, gaps.
await using (var scope = app.Services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<HoshiDbContext>();
    var random = new Random(42);
    var today = DateOnly.FromDateTime(DateTime.UtcNow);
    var all = await db.Suppliers.Where(s => s.OrganizationId == org).ToListAsync();
    foreach (var s in all)
    {
        s.RequiredLevel = random.Next(10) < 3 ? 4 : random.Next(10) < 9 ? 3 : null;
        s.Status = (SupplierStatus)random.Next(0, 6);
        if (s.Status == SupplierStatus.Accepted)
        {
            s.ObtainedLevel = random.Next(2) + 3;
            s.ValidUntil = today.AddDays(random.Next(-200, 1000));
            s.CheckedOn = today.AddDays(-random.Next(0, 500));
            foreach (var requirement in Enumerable.Range(1, 59).Where(_ => random.Next(12) == 0))
            {
                db.SupplierGaps.Add(new SupplierGap { OrganizationId = org, SupplierId = s.Id, RequirementId = requirement.ToString(CultureInfo.InvariantCulture) });
            }
        }
        else if (s.Status is SupplierStatus.Requested or SupplierStatus.Returned)
        {
            s.RequestDueOn = today.AddDays(random.Next(-60, 60));
        }
    }

    await db.SaveChangesAsync();
    Console.WriteLine($"states set: {all.Count(s => s.Status == SupplierStatus.Accepted)} accepted, {await db.SupplierGaps.CountAsync()} gap rows");
}

// 2. The portfolio page over HTTP.
using var session = app.NewSession();
await session.GetAsync("/account/login");
var signedIn = await session.PostAsync("/account/login", new Dictionary<string, string> { ["Email"] = Email, ["Password"] = Password });
if (signedIn.StatusCode != System.Net.HttpStatusCode.Redirect)
{
    throw new InvalidOperationException($"sign-in answered {(int)signedIn.StatusCode}");
}
foreach (var (name, path) in new[]
{
    ("portfolio", $"/o/{org}/suppliers"),
    ("portfolio, filtered and sorted", $"/o/{org}/suppliers?status=short&sort=valid&important=true"),
    ("portfolio, search", $"/o/{org}/suppliers?q=%E5%8F%96%E5%BC%95%E5%85%8809"),
    ("portfolio, page 100", $"/o/{org}/suppliers?page=100"),
})
{
    for (var i = 0; i < 20; i++)
    {
        await session.GetAsync(path);
    }

    var times = new List<double>();
    for (var i = 0; i < 200; i++)
    {
        var clock = Stopwatch.StartNew();
        var response = await session.GetAsync(path);
        times.Add(clock.Elapsed.TotalMilliseconds);
        if (!response.IsSuccessStatusCode || !session.Html.Contains("取引先", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode} {response.Headers.Location}");
        }
    }

    times.Sort();
    Console.WriteLine($"{name}: median {times[times.Count / 2]:0.0} ms, p95 {times[(int)(times.Count * 0.95)]:0.0} ms, max {times[^1]:0.0} ms ({session.Html.Length / 1024} KB)");
}
