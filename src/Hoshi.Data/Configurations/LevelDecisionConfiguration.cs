using Hoshi.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hoshi.Data.Configurations;

internal sealed class LevelDecisionConfiguration : IEntityTypeConfiguration<LevelDecision>
{
    public void Configure(EntityTypeBuilder<LevelDecision> builder)
    {
        builder.ToTable("LevelDecisions");
        builder.Property(d => d.OtherFactors).HasMaxLength(4000);
        builder.Property(d => d.Reasons).HasMaxLength(4000);
        builder.Property(d => d.DecidedBy).HasMaxLength(200);
        builder.HasIndex(d => new { d.OrganizationId, d.SupplierId, d.DecidedAt });
        builder.HasOne<Supplier>().WithMany().HasForeignKey(d => d.SupplierId).OnDelete(DeleteBehavior.Restrict);
    }
}
