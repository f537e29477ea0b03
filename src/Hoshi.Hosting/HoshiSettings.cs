using System.Collections;

namespace Hoshi.Hosting;

/// <summary>
/// Where Hoshi keeps its data and which database it uses. Read from environment variables
/// (HOSHI_DATA_DIR, HOSHI_DB_PROVIDER, HOSHI_DB_CONNECTION, HOSHI_MAX_EVIDENCE_MB), each overridable by a
/// command-line option or web configuration. Defaults: the user's application-data folder (Linux
/// ~/.local/share/Hoshi, Windows %LOCALAPPDATA%\Hoshi), SQLite in hoshi.db there, 50 MB per file. The default does
/// not depend on the working directory, so the web host and the command line share one database.
/// </summary>
public sealed record HoshiSettings
{
    public string DataDirectory { get; init; } = DefaultDataDirectory();
    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>Required for PostgreSQL; for SQLite, null means data/hoshi.db.</summary>
    public string? ConnectionString { get; init; }
    public long MaxEvidenceBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>Validity of accepted ★ answers and lifetime of request links (HOSHI_VALIDITY_STAR3_MONTHS, HOSHI_VALIDITY_STAR4_MONTHS).</summary>
    public Hoshi.Data.Commands.SupplyChainPolicy SupplyChain { get; init; } = new();

    public string EvidenceDirectory => Path.Combine(DataDirectory, "evidence");

    /// <summary>Extra catalog versions dropped in by an operator (*.catalog.json), beside the built-in ones.</summary>
    public string CatalogDirectory => Path.Combine(DataDirectory, "catalogs");

    public string SqliteConnectionString => ConnectionString ?? $"Data Source={Path.Combine(DataDirectory, "hoshi.db")}";

    public static string DefaultDataDirectory()
    {
        var appData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return string.IsNullOrEmpty(appData) ? Path.GetFullPath("data") : Path.Combine(appData, "Hoshi");
    }

    public static HoshiSettings FromEnvironment() => FromVariables(Environment.GetEnvironmentVariables());

    public static HoshiSettings FromVariables(IDictionary variables)
    {
        string? Get(string name) => variables[name] is string { Length: > 0 } value ? value : null;
        var settings = new HoshiSettings();
        if (Get("HOSHI_DATA_DIR") is { } dataDirectory)
        {
            settings = settings with { DataDirectory = dataDirectory };
        }

        if (Get("HOSHI_DB_PROVIDER") is { } provider)
        {
            settings = settings with { Provider = ParseProvider(provider) };
        }

        if (Get("HOSHI_DB_CONNECTION") is { } connection)
        {
            settings = settings with { ConnectionString = connection };
        }

        if (Get("HOSHI_MAX_EVIDENCE_MB") is { } megabytes)
        {
            settings = settings with
            {
                MaxEvidenceBytes = long.TryParse(megabytes, out var mb) && mb is > 0 and <= 10_000
                    ? mb * 1024 * 1024
                    : throw new SettingsException($"HOSHI_MAX_EVIDENCE_MB: \"{megabytes}\" is not a size in MB between 1 and 10000"),
            };
        }

        if (Get("HOSHI_VALIDITY_STAR3_MONTHS") is { } star3)
        {
            settings = settings with { SupplyChain = settings.SupplyChain with { Star3ValidityMonths = Months("HOSHI_VALIDITY_STAR3_MONTHS", star3) } };
        }

        if (Get("HOSHI_VALIDITY_STAR4_MONTHS") is { } star4)
        {
            settings = settings with { SupplyChain = settings.SupplyChain with { Star4ValidityMonths = Months("HOSHI_VALIDITY_STAR4_MONTHS", star4) } };
        }

        return settings;
    }

    private static int Months(string name, string text) =>
        int.TryParse(text, out var months) && months is > 0 and <= 120
            ? months
            : throw new SettingsException($"{name}: \"{text}\" is not a number of months between 1 and 120");

    public static DatabaseProvider ParseProvider(string text) => text.Trim().ToLowerInvariant() switch
    {
        "sqlite" => DatabaseProvider.Sqlite,
        "postgres" or "postgresql" => DatabaseProvider.Postgres,
        _ => throw new SettingsException($"database provider \"{text}\" is not known; use sqlite or postgres"),
    };
}
