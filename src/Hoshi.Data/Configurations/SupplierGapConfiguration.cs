using Hoshi.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hoshi.Data.Configurations;

internal sealed class SupplierGapConfiguration : IEntityTypeConfiguration<SupplierGap>
{
    public void Configure(EntityTypeBuilder<SupplierGap> builder)
    {
        builder.ToTable("SupplierGaps");
        builder.Property(g => g.RequirementId).HasMaxLength(20);
        builder.HasKey(g => new { g.OrganizationId, g.SupplierId, g.RequirementId });
        builder.HasOne<Supplier>().WithMany().HasForeignKey(g => g.SupplierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(g => new { g.OrganizationId, g.RequirementId });
    }
}
