using ChatNomina.Auth.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatNomina.Auth.Infrastructure.EntityConfigurations;

/// <summary>
/// <c>auth.totp_factors</c>: one TOTP second factor per account (hr and admin need one), removed
/// with its credential. The seeder writes the demo HR account's row with plain SQL, so the names
/// here are a contract with tools/ChatNomina.Seeder, like <c>auth.credentials</c>'.
/// </summary>
internal sealed class TotpFactorConfiguration : IEntityTypeConfiguration<TotpFactor>
{
    public void Configure(EntityTypeBuilder<TotpFactor> builder)
    {
        builder.ToTable("totp_factors");
        builder.HasKey(f => f.UserId).HasName("pk_totp_factors");
        builder.Property(f => f.UserId).HasColumnName("user_id").ValueGeneratedNever();
        builder.Property(f => f.ProtectedSecret).HasColumnName("protected_secret").HasMaxLength(1024).IsRequired();
        builder.Property(f => f.LastUsedStep).HasColumnName("last_used_step");
        builder.Property(f => f.UpdatedAt).HasColumnName("updated_at").HasDefaultValueSql("now()");
        builder.HasOne<Credential>().WithOne().HasForeignKey<TotpFactor>(f => f.UserId)
            .HasConstraintName("fk_totp_factors_credentials_user_id")
            .OnDelete(DeleteBehavior.Cascade);
    }
}
