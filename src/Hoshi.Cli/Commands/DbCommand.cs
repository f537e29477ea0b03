using System.CommandLine;
using Hoshi.Hosting;

namespace Hoshi.Cli.Commands;

internal static class DbCommand
{
    public static Command Create(CliContext context)
    {
        var migrate = new Command("migrate", "Create or upgrade the database schema (SQLite by default; PostgreSQL with --db-provider postgres).");
        migrate.SetAction(async (result, cancellationToken) =>
        {
            var settings = context.Settings(result);
            await using var db = context.Database(result);
            var applied = await HoshiDatabase.MigrateAsync(db, settings, cancellationToken);
            var target = settings.Provider == DatabaseProvider.Sqlite ? $"SQLite ({settings.SqliteConnectionString})" : "PostgreSQL";
            context.Out.WriteLine(applied.Count == 0
                ? $"{target}: the schema is up to date."
                : $"{target}: applied {applied.Count} migration(s): {string.Join(", ", applied)}");
            return ExitCodes.Success;
        });
        return new Command("db", "Database maintenance.") { migrate };
    }
}
