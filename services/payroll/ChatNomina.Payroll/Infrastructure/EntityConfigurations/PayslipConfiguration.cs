using ChatNomina.Payroll.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatNomina.Payroll.Infrastructure.EntityConfigurations;

internal sealed class PayslipConfiguration : IEntityTypeConfiguration<Payslip>
{
    public void Configure(EntityTypeBuilder<Payslip> builder)
    {
        builder.ToTable("payslips", t =>
        {
            t.HasCheckConstraint("ck_payslips_month", "month BETWEEN 1 AND 12");
            t.HasCheckConstraint("ck_payslips_year", "year BETWEEN 1900 AND 2200");
            t.HasCheckConstraint("ck_payslips_amounts", "gross_salary >= 0 AND total_deductions >= 0");
            t.HasCheckConstraint("ck_payslips_net", "net_salary = gross_salary - total_deductions");
            t.HasCheckConstraint("ck_payslips_currency", "currency ~ '^[A-Z]{3}$'");
        });
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        builder.Property(p => p.UserId).HasColumnName("user_id");
        builder.Property(p => p.Year).HasColumnName("year");
        builder.Property(p => p.Month).HasColumnName("month");
        builder.Property(p => p.GrossSalary).HasColumnName("gross_salary").HasPrecision(12, 2);
        builder.Property(p => p.TotalDeductions).HasColumnName("total_deductions").HasPrecision(12, 2);
        builder.Property(p => p.NetSalary).HasColumnName("net_salary").HasPrecision(12, 2);
        builder.Property(p => p.PaymentDate).HasColumnName("payment_date");
        builder.Property(p => p.Currency).HasColumnName("currency").HasMaxLength(3).IsFixedLength();
        builder.Property(p => p.UpdatedAt).HasColumnName("updated_at");
        builder.HasIndex(p => new { p.UserId, p.Year, p.Month }).IsUnique().HasDatabaseName("ux_payslips_user_period");
        builder.HasMany(p => p.Lines).WithOne().HasForeignKey(l => l.PayslipId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Lines).AutoInclude();
    }
}

internal sealed class PayslipLineConfiguration : IEntityTypeConfiguration<PayslipLine>
{
    public void Configure(EntityTypeBuilder<PayslipLine> builder)
    {
        var deductionTypes = string.Join(", ", DeductionTypes.All.Select(t => $"'{t}'"));
        var earningTypes = string.Join(", ", EarningTypes.All.Select(t => $"'{t}'"));
        builder.ToTable("payslip_lines", t =>
        {
            t.HasCheckConstraint("ck_payslip_lines_amount", "amount >= 0");
            t.HasCheckConstraint("ck_payslip_lines_type",
                $"(kind = 2 AND type IN ({deductionTypes})) OR (kind = 1 AND type IN ({earningTypes}))");
        });
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        builder.Property(l => l.PayslipId).HasColumnName("payslip_id");
        builder.Property(l => l.Kind).HasColumnName("kind");
        builder.Property(l => l.Type).HasColumnName("type").HasMaxLength(40);
        builder.Property(l => l.Label).HasColumnName("label").HasMaxLength(120);
        builder.Property(l => l.Amount).HasColumnName("amount").HasPrecision(12, 2);
        builder.Property(l => l.Position).HasColumnName("position");
        builder.HasIndex(l => new { l.PayslipId, l.Position });
    }
}

internal sealed class PayslipAccessConfiguration : IEntityTypeConfiguration<PayslipAccess>
{
    public void Configure(EntityTypeBuilder<PayslipAccess> builder)
    {
        builder.ToTable("payslip_accesses");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        builder.Property(a => a.ReaderId).HasColumnName("reader_id");
        builder.Property(a => a.SubjectUserId).HasColumnName("subject_user_id");
        builder.Property(a => a.Action).HasColumnName("action").HasMaxLength(40);
        builder.Property(a => a.Year).HasColumnName("year");
        builder.Property(a => a.Month).HasColumnName("month");
        builder.Property(a => a.AccessedAt).HasColumnName("accessed_at");
        builder.Property(a => a.TraceId).HasColumnName("trace_id").HasMaxLength(32);
        builder.HasIndex(a => new { a.SubjectUserId, a.AccessedAt });
    }
}
