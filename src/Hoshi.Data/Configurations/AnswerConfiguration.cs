using Hoshi.Core.Evaluation;
using Hoshi.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hoshi.Data.Configurations;

internal sealed class AnswerConfiguration : IEntityTypeConfiguration<Answer>
{
    public void Configure(EntityTypeBuilder<Answer> builder)
    {
        builder.ToTable("Answers");
        builder.Property(a => a.CriterionId).HasMaxLength(50);

        // Stored as the same codes the CSV and the API use ("implemented", "not_applicable", …).
        builder.Property(a => a.Status)
            .HasConversion(s => s.Code(), s => Parse(s))
            .HasMaxLength(20);
        builder.Property(a => a.Justification).HasMaxLength(4000);
        builder.Property(a => a.Note).HasMaxLength(4000);
        builder.Property(a => a.Owner).HasMaxLength(200);
        builder.Property(a => a.UpdatedBy).HasMaxLength(200);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne<Assessment>().WithMany().HasForeignKey(a => a.AssessmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.OrganizationId, a.AssessmentId, a.CriterionId }).IsUnique();
    }

    private static AnswerStatus Parse(string code) =>
        AnswerStatusNames.TryParse(code, out var status) ? status : throw new InvalidOperationException($"unknown answer status \"{code}\" in the database");
}
