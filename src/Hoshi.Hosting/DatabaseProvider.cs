namespace Hoshi.Hosting;

public enum DatabaseProvider
{
    /// <summary>One file under the data folder; the default, needing no other service.</summary>
    Sqlite,
    /// <summary>A PostgreSQL server, by connection string.</summary>
    Postgres,
}
