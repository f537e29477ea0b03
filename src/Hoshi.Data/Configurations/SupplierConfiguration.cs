using Hoshi.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hoshi.Data.Configurations;

internal sealed class SupplierConfiguration : IEntityTypeConfiguration<Supplier>
{
    public void Configure(EntityTypeBuilder<Supplier> builder)
    {
        builder.ToTable("Suppliers");
        builder.Property(s => s.Name).HasMaxLength(SupplierLimits.Name);
        builder.Property(s => s.CorporateNumber).HasMaxLength(13);
        builder.Property(s => s.Relationship).HasMaxLength(SupplierLimits.ShortText);
        builder.Property(s => s.InformationExchanged).HasMaxLength(SupplierLimits.LongText);
        builder.Property(s => s.ExchangeMethod).HasMaxLength(SupplierLimits.ShortText);
        builder.Property(s => s.ConnectedSystems).HasMaxLength(SupplierLimits.LongText);
        builder.Property(s => s.Tags).HasMaxLength(SupplierLimits.ShortText);
        builder.Property(s => s.Owner).HasMaxLength(SupplierLimits.Person);
        builder.Property(s => s.ContactName).HasMaxLength(SupplierLimits.Person);
        builder.Property(s => s.ContactEmail).HasMaxLength(SupplierLimits.Email);
        builder.Property(s => s.ContactPhone).HasMaxLength(50);
        builder.Property(s => s.CreatedBy).HasMaxLength(200);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne<Organization>().WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.OrganizationId, s.CorporateNumber }).IsUnique();
        builder.HasIndex(s => new { s.OrganizationId, s.Name });
        builder.HasIndex(s => new { s.OrganizationId, s.Status });
        builder.HasIndex(s => new { s.OrganizationId, s.ValidUntil });
    }
}

/// <summary>Field lengths of a supplier, shared by the table and the checks of every input path.</summary>
public static class SupplierLimits
{
    public const int Name = 200;
    public const int ShortText = 500;
    public const int LongText = 2000;
    public const int Person = 200;
    public const int Email = 254;
}
