using ChatNomina.Auth.Model;
using Microsoft.EntityFrameworkCore;

namespace ChatNomina.Auth.Infrastructure;

/// <summary>
/// The auth database (<c>chatnomina_auth</c>, schema <c>auth</c>): OpenIddict's applications,
/// scopes, authorizations and tokens (GUID keys), plus the credentials table.
/// </summary>
public sealed class AuthDbContext(DbContextOptions<AuthDbContext> options) : DbContext(options)
{
    public const string Schema = "auth";

    public DbSet<Credential> Credentials => Set<Credential>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.UseOpenIddict<Guid>();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AuthDbContext).Assembly);
    }
}
