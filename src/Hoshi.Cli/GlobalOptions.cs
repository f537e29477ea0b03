using System.CommandLine;
using Hoshi.Hosting;

namespace Hoshi.Cli;

/// <summary>Options every command accepts: where the data is, which database, and who is acting.</summary>
internal static class GlobalOptions
{
    public static readonly Option<string?> DataDirectory = new("--data-dir")
    {
        Description = "Data folder (SQLite file, evidence, extra catalogs). Default: $HOSHI_DATA_DIR, else ~/.local/share/Hoshi",
        Recursive = true,
    };

    public static readonly Option<string?> Provider = new("--db-provider")
    {
        Description = "sqlite (default) or postgres. Default: $HOSHI_DB_PROVIDER",
        Recursive = true,
    };

    public static readonly Option<string?> Connection = new("--db-connection")
    {
        Description = "Database connection string (required for postgres). Default: $HOSHI_DB_CONNECTION",
        Recursive = true,
    };

    public static readonly Option<string?> Actor = new("--actor")
    {
        Description = "Name recorded in the audit log. Default: cli:<your user name>",
        Recursive = true,
    };

    public static void AddTo(RootCommand root)
    {
        root.Options.Add(DataDirectory);
        root.Options.Add(Provider);
        root.Options.Add(Connection);
        root.Options.Add(Actor);
    }

    public static HoshiSettings Apply(HoshiSettings settings, ParseResult result)
    {
        if (result.GetValue(DataDirectory) is { Length: > 0 } dataDirectory)
        {
            settings = settings with { DataDirectory = dataDirectory };
        }

        if (result.GetValue(Provider) is { Length: > 0 } provider)
        {
            settings = settings with { Provider = HoshiSettings.ParseProvider(provider) };
        }

        if (result.GetValue(Connection) is { Length: > 0 } connection)
        {
            settings = settings with { ConnectionString = connection };
        }

        return settings;
    }
}
