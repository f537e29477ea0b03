using Hoshi.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hoshi.Data.Configurations;

internal sealed class OrganizationSigningKeyConfiguration : IEntityTypeConfiguration<OrganizationSigningKey>
{
    public void Configure(EntityTypeBuilder<OrganizationSigningKey> builder)
    {
        builder.ToTable("OrganizationSigningKeys");
        builder.HasKey(k => k.OrganizationId);
        builder.Property(k => k.PublicKey).HasMaxLength(500);
        builder.Property(k => k.Fingerprint).HasMaxLength(64).IsFixedLength();
        builder.Property(k => k.ProtectedPrivateKey).HasMaxLength(4000);
        builder.Property(k => k.CreatedBy).HasMaxLength(200);
        builder.HasOne<Organization>().WithMany().HasForeignKey(k => k.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
