using ChatNomina.Users.Apis;
using ChatNomina.Users.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatNomina.Users.Infrastructure.EntityConfigurations;

internal sealed class EmployeeConfiguration : IEntityTypeConfiguration<Employee>
{
    public void Configure(EntityTypeBuilder<Employee> builder)
    {
        builder.ToTable("employees", t =>
        {
            t.HasCheckConstraint("ck_employees_language", "preferred_language IN ('es', 'en')");
            t.HasCheckConstraint("ck_employees_email_lower", "email = lower(email)");
        });
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(e => e.EmployeeNumber).HasColumnName("employee_number").HasMaxLength(20);
        builder.Property(e => e.Email).HasColumnName("email").HasMaxLength(254);
        builder.Property(e => e.FirstName).HasColumnName("first_name").HasMaxLength(100);
        builder.Property(e => e.LastName).HasColumnName("last_name").HasMaxLength(100);
        builder.Property(e => e.Department).HasColumnName("department").HasMaxLength(100);
        builder.Property(e => e.Position).HasColumnName("position").HasMaxLength(100);
        builder.Property(e => e.HireDate).HasColumnName("hire_date");
        builder.Property(e => e.PreferredLanguage).HasColumnName("preferred_language").HasMaxLength(2);
        builder.Property(e => e.UpdatedAt).HasColumnName("updated_at");
        builder.Property(e => e.DeactivatedAt).HasColumnName("deactivated_at");
        // A concurrency token: two concurrent changes of one employee's credential cannot both take the same version.
        builder.Property(e => e.CredentialVersion).HasColumnName("credential_version").HasDefaultValue(0L).IsConcurrencyToken();
        builder.Property(e => e.AuthConfirmedVersion).HasColumnName("auth_confirmed_version").HasDefaultValue(0L);
        builder.Property(e => e.SetPasswordTokenHash).HasColumnName("set_password_token_hash").HasMaxLength(64);
        builder.Property(e => e.SetPasswordExpiresAt).HasColumnName("set_password_expires_at");
        // The directory search: lower-cased and unaccented (translate() is immutable, so it can be a stored
        // generated column); the query is normalised the same way in C# (EmployeeSearch).
        builder.Property(e => e.SearchText).HasColumnName("search_text")
            .HasComputedColumnSql(
                $"lower(translate(first_name || ' ' || last_name || ' ' || email || ' ' || employee_number, '{EmployeeSearch.Accented}', '{EmployeeSearch.Plain}'))",
                stored: true);
        builder.Ignore(e => e.Status);
        builder.HasIndex(e => e.Email).IsUnique();
        builder.HasIndex(e => e.EmployeeNumber).IsUnique();
        builder.HasIndex(e => new { e.Department, e.LastName, e.FirstName });
    }
}
