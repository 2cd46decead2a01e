using ChatNomina.Auth.Model;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ChatNomina.Auth.Infrastructure;

/// <summary>
/// The auth database (<c>chatnomina_auth</c>, schema <c>auth</c>): OpenIddict's applications,
/// scopes, authorizations and tokens (GUID keys), the credentials table, the TOTP second factors and their
/// recovery codes,
/// and the data-protection keys every replica shares (the sign-in page's antiforgery and bridge
/// cookies, the second-factor secrets at rest).
/// </summary>
public sealed class AuthDbContext(DbContextOptions<AuthDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public const string Schema = "auth";

    public DbSet<Credential> Credentials => Set<Credential>();

    public DbSet<TotpFactor> TotpFactors => Set<TotpFactor>();

    public DbSet<RecoveryCode> RecoveryCodes => Set<RecoveryCode>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.UseOpenIddict<Guid>();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AuthDbContext).Assembly);
    }
}
