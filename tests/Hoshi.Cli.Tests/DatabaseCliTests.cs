using System.Collections;
using Hoshi.Hosting;
using Hoshi.Testing;

namespace Hoshi.Cli.Tests;

/// <summary>Tests that run the `hoshi` command against a fresh database of one provider, with a folder for input files.</summary>
public abstract class DatabaseCliTests(DatabaseProvider provider) : IAsyncLifetime
{
    private protected TestDatabase Database { get; private set; } = null!;
    private protected TempFiles Files { get; } = new();

    public async Task InitializeAsync() => Database = await TestDatabase.CreateAsync(provider);

    public async Task DisposeAsync()
    {
        await Database.DisposeAsync();
        Files.Dispose();
    }

    private protected Task<CliRun> Hoshi(params string[] args)
    {
        var environment = new Hashtable
        {
            ["USER"] = "tester",
            ["HOSHI_DATA_DIR"] = Database.Settings.DataDirectory,
            ["HOSHI_DB_PROVIDER"] = provider.ToString().ToLowerInvariant(),
            ["HOSHI_DB_CONNECTION"] = Database.Settings.ConnectionString,
        };
        return CliRun.RunAsync(environment, args);
    }

    private protected async Task<string> Ok(params string[] args)
    {
        var run = await Hoshi(args);
        Assert.True(run.ExitCode == 0, $"hoshi {string.Join(' ', args)} exited {run.ExitCode}: {run.Error}");
        return run.Out.Trim();
    }
}
