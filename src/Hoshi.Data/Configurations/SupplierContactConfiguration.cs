using Hoshi.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hoshi.Data.Configurations;

internal sealed class SupplierContactConfiguration : IEntityTypeConfiguration<SupplierContact>
{
    public void Configure(EntityTypeBuilder<SupplierContact> builder)
    {
        builder.ToTable("SupplierContacts");
        builder.Property(c => c.Name).HasMaxLength(SupplierLimits.Person);
        builder.Property(c => c.Role).HasMaxLength(SupplierLimits.Person);
        builder.Property(c => c.Email).HasMaxLength(SupplierLimits.Email);
        builder.Property(c => c.Phone).HasMaxLength(50);
        builder.Property(c => c.CreatedBy).HasMaxLength(200);
        builder.HasOne<Supplier>().WithMany().HasForeignKey(c => c.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.OrganizationId, c.SupplierId });
    }
}
