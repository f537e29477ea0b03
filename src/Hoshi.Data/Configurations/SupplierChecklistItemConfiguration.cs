using Hoshi.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hoshi.Data.Configurations;

internal sealed class SupplierChecklistItemConfiguration : IEntityTypeConfiguration<SupplierChecklistItem>
{
    public void Configure(EntityTypeBuilder<SupplierChecklistItem> builder)
    {
        builder.ToTable("SupplierChecklistItems");
        builder.Property(i => i.Checklist).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Title).HasMaxLength(500);
        builder.Property(i => i.Note).HasMaxLength(2000);
        builder.Property(i => i.UpdatedBy).HasMaxLength(200);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasOne<Supplier>().WithMany().HasForeignKey(i => i.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<EvidenceFile>().WithMany().HasForeignKey(i => i.EvidenceFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.OrganizationId, i.SupplierId, i.Checklist, i.SortOrder });
    }
}
