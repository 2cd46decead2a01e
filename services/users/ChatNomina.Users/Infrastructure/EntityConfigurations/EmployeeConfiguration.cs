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
        builder.HasIndex(e => e.Email).IsUnique();
        builder.HasIndex(e => e.EmployeeNumber).IsUnique();
        builder.HasIndex(e => new { e.Department, e.LastName, e.FirstName });
    }
}
