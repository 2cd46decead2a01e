using ChatNomina.Auth.Model;
using ChatNomina.ServiceDefaults.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatNomina.Auth.Infrastructure.EntityConfigurations;

/// <summary>
/// <c>auth.credentials</c>, snake_case like the other services' tables; the seeder writes it
/// with plain SQL, so the names here are a contract with tools/ChatNomina.Seeder.
/// </summary>
internal sealed class CredentialConfiguration : IEntityTypeConfiguration<Credential>
{
    public void Configure(EntityTypeBuilder<Credential> builder)
    {
        builder.ToTable("credentials", t => t.HasCheckConstraint(
            "ck_credentials_role",
            $"role IN ('{ChatNominaRoles.Employee}', '{ChatNominaRoles.Hr}', '{ChatNominaRoles.Admin}')"));
        builder.HasKey(c => c.UserId).HasName("pk_credentials");
        builder.Property(c => c.UserId).HasColumnName("user_id").ValueGeneratedNever();
        builder.Property(c => c.Email).HasColumnName("email").HasMaxLength(256).IsRequired();
        builder.Property(c => c.NormalizedEmail).HasColumnName("normalized_email").HasMaxLength(256).IsRequired();
        builder.Property(c => c.PasswordHash).HasColumnName("password_hash").HasMaxLength(512).IsRequired();
        builder.Property(c => c.Role).HasColumnName("role").HasMaxLength(32).IsRequired();
        builder.Property(c => c.FailedCount).HasColumnName("failed_count").HasDefaultValue(0);
        builder.Property(c => c.LockoutEnd).HasColumnName("lockout_end");
        builder.Property(c => c.UpdatedAt).HasColumnName("updated_at").HasDefaultValueSql("now()");
        builder.Property(c => c.DeactivatedAt).HasColumnName("deactivated_at");
        builder.Property(c => c.Version).HasColumnName("version").HasDefaultValue(0L);
        builder.Property(c => c.SetPasswordTokenHash).HasColumnName("set_password_token_hash").HasMaxLength(64);
        builder.Property(c => c.SetPasswordExpiresAt).HasColumnName("set_password_expires_at");
        builder.Property(c => c.SetPasswordUsedAt).HasColumnName("set_password_used_at");
        builder.Ignore(c => c.CanSignIn);
        builder.HasIndex(c => c.SetPasswordTokenHash).IsUnique()
            .HasFilter("set_password_token_hash IS NOT NULL").HasDatabaseName("ux_credentials_set_password_token_hash");
        builder.HasIndex(c => c.NormalizedEmail).IsUnique().HasDatabaseName("ux_credentials_normalized_email");
    }
}
