using ChatNomina.Auth.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatNomina.Auth.Infrastructure.EntityConfigurations;

/// <summary>
/// <c>auth.recovery_codes</c>: the hashes of an account's one-time recovery codes, removed with its credential.
/// The seeder deletes a demo account's rows when it rewrites its factor, so the names are a contract with
/// tools/ChatNomina.Seeder.
/// </summary>
internal sealed class RecoveryCodeConfiguration : IEntityTypeConfiguration<RecoveryCode>
{
    public void Configure(EntityTypeBuilder<RecoveryCode> builder)
    {
        builder.ToTable("recovery_codes");
        builder.HasKey(r => r.Id).HasName("pk_recovery_codes");
        builder.Property(r => r.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        builder.Property(r => r.UserId).HasColumnName("user_id");
        builder.Property(r => r.CodeHash).HasColumnName("code_hash").HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(r => r.CreatedAt).HasColumnName("created_at");
        builder.Property(r => r.UsedAt).HasColumnName("used_at");
        builder.HasIndex(r => new { r.UserId, r.CodeHash }).IsUnique().HasDatabaseName("ix_recovery_codes_user_id_code_hash");
        builder.HasOne<Credential>().WithMany().HasForeignKey(r => r.UserId)
            .HasConstraintName("fk_recovery_codes_credentials_user_id")
            .OnDelete(DeleteBehavior.Cascade);
    }
}
