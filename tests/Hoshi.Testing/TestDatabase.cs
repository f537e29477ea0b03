using Hoshi.Core.Catalogs;
using Hoshi.Data;
using Hoshi.Data.Evidence;
using Hoshi.Hosting;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Hoshi.Testing;

/// <summary>
/// A fresh, migrated database for one test: a new SQLite file, or a new database on the PostgreSQL server that
/// the test script started (HOSHI_TEST_POSTGRES). Removed afterwards.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "HOSHI_TEST_POSTGRES";

    private readonly string directory;
    private readonly string? postgresDatabase;
    private readonly string? postgresAdmin;

    private TestDatabase(HoshiSettings settings, string directory, string? postgresDatabase, string? postgresAdmin)
    {
        Settings = settings;
        this.directory = directory;
        this.postgresDatabase = postgresDatabase;
        this.postgresAdmin = postgresAdmin;
    }

    public HoshiSettings Settings { get; }
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
    public static CatalogLibrary Catalogs { get; } = CatalogLibrary.BuiltIn();
    public EvidenceStore Evidence => new(Settings.EvidenceDirectory, 1024 * 1024);

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        var directory = Directory.CreateTempSubdirectory("hoshi-test-").FullName;
        TestDatabase database;
        if (provider == DatabaseProvider.Sqlite)
        {
            database = new TestDatabase(new HoshiSettings { DataDirectory = directory }, directory, null, null);
        }
        else
        {
            var admin = Environment.GetEnvironmentVariable(PostgresVariable)
                ?? throw new InvalidOperationException($"{PostgresVariable} is not set: run the tests with ./test.sh, which starts a throwaway PostgreSQL server");
            var name = "hoshi_test_" + Guid.NewGuid().ToString("N");
            await using (var connection = new NpgsqlConnection(admin))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
                await create.ExecuteNonQueryAsync();
            }

            var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
            database = new TestDatabase(
                new HoshiSettings { DataDirectory = directory, Provider = DatabaseProvider.Postgres, ConnectionString = connectionString },
                directory, name, admin);
        }

        await using var db = database.Open();
        await HoshiDatabase.MigrateAsync(db, database.Settings);
        return database;
    }

    public HoshiDbContext Open() => HoshiDatabase.Open(Settings);

    public async ValueTask DisposeAsync()
    {
        if (postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(postgresAdmin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {postgresDatabase} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }

        Directory.Delete(directory, recursive: true);
    }
}
