using Hoshi.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hoshi.Data.Configurations;

internal sealed class HoshiUserConfiguration : IEntityTypeConfiguration<HoshiUser>
{
    public void Configure(EntityTypeBuilder<HoshiUser> builder) =>
        builder.Property(u => u.DisplayName).HasMaxLength(200);
}
