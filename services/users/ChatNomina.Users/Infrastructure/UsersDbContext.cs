using ChatNomina.Users.Model;
using Microsoft.EntityFrameworkCore;

namespace ChatNomina.Users.Infrastructure;

public sealed class UsersDbContext(DbContextOptions<UsersDbContext> options) : DbContext(options)
{
    public const string Schema = "users";

    public DbSet<Employee> Employees => Set<Employee>();

    /// <summary>Who changed which employee, when and how (written with each change).</summary>
    public DbSet<EmployeeChange> EmployeeChanges => Set<EmployeeChange>();

    /// <summary>Credential states for the auth service, written with the change that decided them.</summary>
    public DbSet<CredentialOutboxMessage> CredentialOutbox => Set<CredentialOutboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(UsersDbContext).Assembly);
    }
}
