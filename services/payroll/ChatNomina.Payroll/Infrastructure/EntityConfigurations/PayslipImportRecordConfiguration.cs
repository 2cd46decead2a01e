using ChatNomina.Payroll.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatNomina.Payroll.Infrastructure.EntityConfigurations;

internal sealed class PayslipImportRecordConfiguration : IEntityTypeConfiguration<PayslipImportRecord>
{
    public void Configure(EntityTypeBuilder<PayslipImportRecord> builder)
    {
        builder.ToTable("payslip_imports");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        builder.Property(i => i.ImportedBy).HasColumnName("imported_by");
        builder.Property(i => i.ImportedAt).HasColumnName("imported_at");
        builder.Property(i => i.FileSha256).HasColumnName("file_sha256").HasMaxLength(64).IsFixedLength();
        builder.Property(i => i.FileBytes).HasColumnName("file_bytes");
        builder.Property(i => i.Dialect).HasColumnName("dialect").HasMaxLength(16);
        builder.Property(i => i.Rows).HasColumnName("rows");
        builder.Property(i => i.Created).HasColumnName("created");
        builder.Property(i => i.Updated).HasColumnName("updated");
        builder.Property(i => i.Unchanged).HasColumnName("unchanged");
        builder.Property(i => i.Errors).HasColumnName("errors");
        builder.Property(i => i.DryRun).HasColumnName("dry_run");
        builder.Property(i => i.Result).HasColumnName("result").HasMaxLength(32);
        builder.HasIndex(i => i.ImportedAt);
    }
}
