using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Hoshi.Data.Sqlite;

/// <summary>The embedded default: one SQLite file, migrations kept in this assembly.</summary>
public static class SqliteDatabase
{
    public static DbContextOptionsBuilder UseHoshiSqlite(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, o => o.MigrationsAssembly(typeof(SqliteDatabase).Assembly.GetName().Name));
}

/// <summary>Lets `dotnet ef migrations add` build the model for SQLite.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<HoshiDbContext>
{
    public HoshiDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<HoshiDbContext>();
        builder.UseHoshiSqlite("Data Source=design-time.db");
        return new HoshiDbContext(builder.Options);
    }
}
