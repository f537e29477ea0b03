using Hoshi.Hosting;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hoshi.Testing;

/// <summary>Hoshi's web host on a real socket, over a fresh SQLite file or PostgreSQL database.</summary>
public sealed class HoshiApp : WebApplicationFactory<Program>
{
    private readonly TestDatabase database;
    private readonly IReadOnlyDictionary<string, string> extraSettings;

    static HoshiApp()
    {
        // Every host watches its configuration and web root for changes, one inotify instance each on Linux,
        // and the instances are limited per user (128 by default). A test run starts many hosts side by side,
        // on a machine other runs share: polling instead keeps the tests from failing for want of instances.
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }

    private HoshiApp(TestDatabase database, IReadOnlyDictionary<string, string>? extraSettings)
    {
        this.database = database;
        this.extraSettings = extraSettings ?? new Dictionary<string, string>();
        UseKestrel(0);
    }

    public TestDatabase Database => database;

    public Uri Address { get; private set; } = null!;

    /// <param name="settings">More configuration, e.g. Hoshi:Smtp:Host for a test mail server.</param>
    /// <param name="prepare">Runs on the fresh data folder before the host starts, e.g. to put a catalog file into it.</param>
    public static async Task<HoshiApp> StartAsync(DatabaseProvider provider, IReadOnlyDictionary<string, string>? settings = null, Action<HoshiSettings>? prepare = null)
    {
        var app = new HoshiApp(await TestDatabase.CreateAsync(provider), settings);
        prepare?.Invoke(app.database.Settings);
        app.StartServer();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        app.Address = new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
        return app;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Hoshi:DataDir", database.Settings.DataDirectory);
        builder.UseSetting("Hoshi:DbProvider", database.Settings.Provider.ToString().ToLowerInvariant());
        builder.UseSetting("Hoshi:DbConnection", database.Settings.ConnectionString ?? "");
        builder.UseSetting("Hoshi:MaxEvidenceMb", "1");
        foreach (var (key, value) in extraSettings)
        {
            builder.UseSetting(key, value);
        }
    }

    public Session NewSession() => new(Address);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await database.DisposeAsync();
    }
}
