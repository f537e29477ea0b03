using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Hoshi.Data.Postgres;

/// <summary>Server deployments: PostgreSQL by connection string, migrations kept in this assembly.</summary>
public static class PostgresDatabase
{
    public static DbContextOptionsBuilder UseHoshiPostgres(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(typeof(PostgresDatabase).Assembly.GetName().Name));
}

/// <summary>Lets `dotnet ef migrations add` build the model for PostgreSQL; it does not connect.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<HoshiDbContext>
{
    public HoshiDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<HoshiDbContext>();
        builder.UseHoshiPostgres("Host=localhost;Database=hoshi_design");
        return new HoshiDbContext(builder.Options);
    }
}
