using ChatNomina.Payroll.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatNomina.Payroll.Infrastructure.EntityConfigurations;

internal sealed class PayslipVersionConfiguration : IEntityTypeConfiguration<PayslipVersion>
{
    public void Configure(EntityTypeBuilder<PayslipVersion> builder)
    {
        builder.ToTable("payslip_versions", t =>
        {
            t.HasCheckConstraint("ck_payslip_versions_version", "version >= 1");
            t.HasCheckConstraint("ck_payslip_versions_amounts", "gross_salary >= 0 AND total_deductions >= 0");
            t.HasCheckConstraint("ck_payslip_versions_net", "net_salary = gross_salary - total_deductions");
            t.HasCheckConstraint("ck_payslip_versions_currency", "currency ~ '^[A-Z]{3}$'");
            t.HasCheckConstraint("ck_payslip_versions_import",
                "(import_id IS NULL) = (imported_by IS NULL) AND (import_id IS NULL) = (file_sha256 IS NULL)");
            t.HasCheckConstraint("ck_payslip_versions_published_by", "published_by IS NULL OR published_at IS NOT NULL");
        });
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        builder.Property(v => v.PayslipId).HasColumnName("payslip_id");
        builder.Property(v => v.UserId).HasColumnName("user_id");
        builder.Property(v => v.Year).HasColumnName("year");
        builder.Property(v => v.Month).HasColumnName("month");
        builder.Property(v => v.Version).HasColumnName("version");
        builder.Property(v => v.GrossSalary).HasColumnName("gross_salary").HasPrecision(12, 2);
        builder.Property(v => v.TotalDeductions).HasColumnName("total_deductions").HasPrecision(12, 2);
        builder.Property(v => v.NetSalary).HasColumnName("net_salary").HasPrecision(12, 2);
        builder.Property(v => v.PaymentDate).HasColumnName("payment_date");
        builder.Property(v => v.Currency).HasColumnName("currency").HasMaxLength(3).IsFixedLength();
        builder.Property(v => v.ImportId).HasColumnName("import_id");
        builder.Property(v => v.ImportedBy).HasColumnName("imported_by");
        builder.Property(v => v.ImportedAt).HasColumnName("imported_at");
        builder.Property(v => v.FileSha256).HasColumnName("file_sha256").HasMaxLength(64).IsFixedLength();
        builder.Property(v => v.PublishedAt).HasColumnName("published_at");
        builder.Property(v => v.PublishedBy).HasColumnName("published_by");
        // A payslip with versions cannot be deleted (no cascade): its history stays.
        builder.HasOne(v => v.Payslip).WithMany().HasForeignKey(v => v.PayslipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(v => v.Import).WithMany().HasForeignKey(v => v.ImportId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.PayslipId, v.Version }).IsUnique().HasDatabaseName("ux_payslip_versions_payslip_version");
        // The reads: one employee's period (or year, or all), newest version first.
        builder.HasIndex(v => new { v.UserId, v.Year, v.Month, v.Version }).HasDatabaseName("ix_payslip_versions_user_period");
        builder.HasIndex(v => v.ImportId).HasDatabaseName("ix_payslip_versions_import");
        builder.HasMany(v => v.Lines).WithOne().HasForeignKey(l => l.VersionId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(v => v.Lines).AutoInclude();
    }
}

internal sealed class PayslipVersionLineConfiguration : IEntityTypeConfiguration<PayslipVersionLine>
{
    public void Configure(EntityTypeBuilder<PayslipVersionLine> builder)
    {
        var deductionTypes = string.Join(", ", DeductionTypes.All.Select(t => $"'{t}'"));
        var earningTypes = string.Join(", ", EarningTypes.All.Select(t => $"'{t}'"));
        builder.ToTable("payslip_version_lines", t =>
        {
            t.HasCheckConstraint("ck_payslip_version_lines_amount", "amount >= 0");
            t.HasCheckConstraint("ck_payslip_version_lines_type",
                $"(kind = 2 AND type IN ({deductionTypes})) OR (kind = 1 AND type IN ({earningTypes}))");
        });
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        builder.Property(l => l.VersionId).HasColumnName("version_id");
        builder.Property(l => l.Kind).HasColumnName("kind");
        builder.Property(l => l.Type).HasColumnName("type").HasMaxLength(40);
        builder.Property(l => l.Label).HasColumnName("label").HasMaxLength(120);
        builder.Property(l => l.Amount).HasColumnName("amount").HasPrecision(12, 2);
        builder.Property(l => l.Position).HasColumnName("position");
        builder.HasIndex(l => new { l.VersionId, l.Position });
    }
}
