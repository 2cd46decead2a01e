using ChatNomina.Users.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatNomina.Users.Infrastructure.EntityConfigurations;

internal sealed class EmployeeChangeConfiguration : IEntityTypeConfiguration<EmployeeChange>
{
    public void Configure(EntityTypeBuilder<EmployeeChange> builder)
    {
        builder.ToTable("employee_changes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        builder.Property(c => c.EmployeeId).HasColumnName("employee_id");
        builder.Property(c => c.At).HasColumnName("at");
        builder.Property(c => c.ActorId).HasColumnName("actor_id");
        builder.Property(c => c.Action).HasColumnName("action").HasMaxLength(32).HasConversion(EmployeeChangeActions.Converter);
        builder.Property(c => c.Details).HasColumnName("details").HasColumnType("jsonb");
        builder.HasOne<Employee>().WithMany().HasForeignKey(c => c.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.EmployeeId, c.At });
    }
}

internal sealed class CredentialOutboxMessageConfiguration : IEntityTypeConfiguration<CredentialOutboxMessage>
{
    public void Configure(EntityTypeBuilder<CredentialOutboxMessage> builder)
    {
        builder.ToTable("credential_outbox");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        builder.Property(m => m.EmployeeId).HasColumnName("employee_id");
        builder.Property(m => m.Version).HasColumnName("version");
        builder.Property(m => m.Kind).HasColumnName("kind").HasMaxLength(32).HasConversion(EmployeeChangeActions.Converter);
        builder.Property(m => m.Payload).HasColumnName("payload").HasColumnType("jsonb");
        builder.Property(m => m.CreatedAt).HasColumnName("created_at");
        builder.Property(m => m.DeliveredAt).HasColumnName("delivered_at");
        builder.Property(m => m.Attempts).HasColumnName("attempts");
        builder.Property(m => m.NextAttemptAt).HasColumnName("next_attempt_at");
        builder.Property(m => m.LastError).HasColumnName("last_error").HasMaxLength(500);
        builder.HasOne<Employee>().WithMany().HasForeignKey(m => m.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.EmployeeId, m.Version }).IsUnique();
        // What the dispatcher scans: only the undelivered rows.
        builder.HasIndex(m => m.NextAttemptAt).HasFilter("delivered_at IS NULL").HasDatabaseName("ix_credential_outbox_due");
    }
}

/// <summary>The actions as stored (the same snake_case words the API answers).</summary>
internal static class EmployeeChangeActions
{
    public static readonly Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<EmployeeChangeAction, string> Converter =
        new(a => ToText(a), s => Parse(s));

    public static string ToText(EmployeeChangeAction action) => action switch
    {
        EmployeeChangeAction.Created => "created",
        EmployeeChangeAction.Updated => "updated",
        EmployeeChangeAction.Deactivated => "deactivated",
        EmployeeChangeAction.Reactivated => "reactivated",
        EmployeeChangeAction.SetPasswordLink => "set_password_link",
        EmployeeChangeAction.RoleChanged => "role_changed",
        EmployeeChangeAction.SecondFactorReset => "second_factor_reset",
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    public static EmployeeChangeAction Parse(string text) => text switch
    {
        "created" => EmployeeChangeAction.Created,
        "updated" => EmployeeChangeAction.Updated,
        "deactivated" => EmployeeChangeAction.Deactivated,
        "reactivated" => EmployeeChangeAction.Reactivated,
        "set_password_link" => EmployeeChangeAction.SetPasswordLink,
        "role_changed" => EmployeeChangeAction.RoleChanged,
        "second_factor_reset" => EmployeeChangeAction.SecondFactorReset,
        _ => throw new ArgumentOutOfRangeException(nameof(text), text, "Unknown employee change action."),
    };
}
