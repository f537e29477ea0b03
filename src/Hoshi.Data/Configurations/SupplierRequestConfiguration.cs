using Hoshi.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hoshi.Data.Configurations;

internal sealed class SupplierRequestConfiguration : IEntityTypeConfiguration<SupplierRequest>
{
    public void Configure(EntityTypeBuilder<SupplierRequest> builder)
    {
        builder.ToTable("SupplierRequests");
        builder.Property(r => r.Message).HasMaxLength(4000);
        builder.Property(r => r.CatalogKey).HasMaxLength(100);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.TokenHash).HasMaxLength(64).IsFixedLength();
        builder.Property(r => r.ClaimHash).HasMaxLength(64).IsFixedLength();
        builder.Property(r => r.ResponseKind).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.RespondentName).HasMaxLength(200);
        builder.Property(r => r.ResponseComment).HasMaxLength(4000);
        builder.Property(r => r.MissedRequirements).HasMaxLength(1000);
        builder.Property(r => r.AttestationFingerprint).HasMaxLength(64);
        builder.Property(r => r.RegistrationNumber).HasMaxLength(100);
        builder.Property(r => r.ReviewComment).HasMaxLength(4000);
        builder.Property(r => r.ReviewedBy).HasMaxLength(200);
        builder.Property(r => r.CreatedBy).HasMaxLength(200);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => r.TokenHash).IsUnique();
        builder.HasIndex(r => new { r.OrganizationId, r.SupplierId, r.CreatedAt });
        builder.HasOne<Supplier>().WithMany().HasForeignKey(r => r.SupplierId).OnDelete(DeleteBehavior.Restrict);
    }
}
