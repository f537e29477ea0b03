using Hoshi.Data;
using Hoshi.Data.Postgres;
using Hoshi.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Hosting;

/// <summary>Opens and migrates the database the settings name.</summary>
public static class HoshiDatabase
{
    public static void Configure(DbContextOptionsBuilder builder, HoshiSettings settings)
    {
        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseHoshiSqlite(settings.SqliteConnectionString);
                break;
            case DatabaseProvider.Postgres:
                builder.UseHoshiPostgres(settings.ConnectionString
                    ?? throw new SettingsException("HOSHI_DB_CONNECTION (or --db-connection) is required for PostgreSQL"));
                break;
        }
    }

    public static HoshiDbContext Open(HoshiSettings settings)
    {
        var builder = new DbContextOptionsBuilder<HoshiDbContext>();
        Configure(builder, settings);
        return new HoshiDbContext(builder.Options);
    }

    /// <summary>Applies pending migrations; returns their names. For SQLite it first creates the data folder.</summary>
    public static async Task<IReadOnlyList<string>> MigrateAsync(HoshiDbContext db, HoshiSettings settings, CancellationToken cancellationToken = default)
    {
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(settings.SqliteConnectionString).DataSource;
            if (Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
            {
                Directory.CreateDirectory(folder);
            }
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // Readers no longer block the writer; the mode is stored in the file, so once is enough.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        return pending;
    }
}
