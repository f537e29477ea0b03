using Hoshi.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Hoshi.Data;

/// <summary>
/// The database, neutral about its engine: SQLite (embedded default) and PostgreSQL each keep their own
/// migrations in Hoshi.Data.Sqlite and Hoshi.Data.Postgres. It includes ASP.NET Core Identity's tables for
/// the web application's accounts.
/// </summary>
public sealed class HoshiDbContext(DbContextOptions<HoshiDbContext> options)
    : IdentityDbContext<HoshiUser, IdentityRole<Guid>, Guid>(options)
{
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Scope> Scopes => Set<Scope>();
    public DbSet<Assessment> Assessments => Set<Assessment>();
    public DbSet<Answer> Answers => Set<Answer>();
    public DbSet<EvidenceFile> EvidenceFiles => Set<EvidenceFile>();
    public DbSet<EvidenceLink> EvidenceLinks => Set<EvidenceLink>();
    public DbSet<RemediationAction> RemediationActions => Set<RemediationAction>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<AuthEvent> AuthEvents => Set<AuthEvent>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<Comment> Comments => Set<Comment>();
    public DbSet<Supplier> Suppliers => Set<Supplier>();
    public DbSet<LevelDecision> LevelDecisions => Set<LevelDecision>();
    public DbSet<SupplierRequest> SupplierRequests => Set<SupplierRequest>();
    public DbSet<AssessmentShare> AssessmentShares => Set<AssessmentShare>();
    public DbSet<SupplierGap> SupplierGaps => Set<SupplierGap>();
    public DbSet<SupplierChecklistItem> SupplierChecklistItems => Set<SupplierChecklistItem>();
    public DbSet<SupplierContact> SupplierContacts => Set<SupplierContact>();
    public DbSet<OrganizationSigningKey> SigningKeys => Set<OrganizationSigningKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(HoshiDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every timestamp is UTC. SQLite hands DateTime back without a kind and Npgsql refuses non-UTC
        // values for timestamptz, so the kind is fixed on the way in and out.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseAuditChanges();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseAuditChanges();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>The audit log is append-only; the database triggers enforce the same for any other writer.</summary>
    private void RefuseAuditChanges()
    {
        if (ChangeTracker.Entries<AuditEvent>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The audit log is append-only: audit events cannot be changed or deleted.");
        }
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
