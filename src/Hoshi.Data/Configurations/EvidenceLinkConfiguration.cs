using Hoshi.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hoshi.Data.Configurations;

internal sealed class EvidenceLinkConfiguration : IEntityTypeConfiguration<EvidenceLink>
{
    public void Configure(EntityTypeBuilder<EvidenceLink> builder)
    {
        builder.ToTable("EvidenceLinks");
        builder.Property(l => l.CriterionId).HasMaxLength(50);
        builder.Property(l => l.LinkedBy).HasMaxLength(200);
        builder.HasOne<EvidenceFile>().WithMany().HasForeignKey(l => l.EvidenceFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Assessment>().WithMany().HasForeignKey(l => l.AssessmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.OrganizationId, l.AssessmentId, l.CriterionId, l.EvidenceFileId }).IsUnique();
    }
}
