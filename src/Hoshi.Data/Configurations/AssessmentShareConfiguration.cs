using Hoshi.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hoshi.Data.Configurations;

internal sealed class AssessmentShareConfiguration : IEntityTypeConfiguration<AssessmentShare>
{
    public void Configure(EntityTypeBuilder<AssessmentShare> builder)
    {
        builder.ToTable("AssessmentShares");
        builder.Property(s => s.GrantedBy).HasMaxLength(200);
        builder.Property(s => s.RevokedBy).HasMaxLength(200);
        builder.HasOne<Assessment>().WithMany().HasForeignKey(s => s.AssessmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(s => s.BuyerOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.OrganizationId, s.AssessmentId });
        builder.HasIndex(s => new { s.BuyerOrganizationId, s.AssessmentId });
    }
}
