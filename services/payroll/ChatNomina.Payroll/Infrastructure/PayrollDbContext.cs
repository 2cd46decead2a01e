using ChatNomina.Payroll.Model;
using Microsoft.EntityFrameworkCore;

namespace ChatNomina.Payroll.Infrastructure;

public sealed class PayrollDbContext(DbContextOptions<PayrollDbContext> options) : DbContext(options)
{
    public const string Schema = "payroll";

    public DbSet<Payslip> Payslips => Set<Payslip>();
    public DbSet<PayslipLine> PayslipLines => Set<PayslipLine>();
    public DbSet<PayslipAccess> PayslipAccesses => Set<PayslipAccess>();
    public DbSet<PayslipImportRecord> Imports => Set<PayslipImportRecord>();
    public DbSet<PayslipVersion> PayslipVersions => Set<PayslipVersion>();
    public DbSet<PayslipVersionLine> PayslipVersionLines => Set<PayslipVersionLine>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PayrollDbContext).Assembly);
    }
}
