using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ChatNomina.Auth.Infrastructure;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the model without starting the host (which needs
/// signing keys and a database).
/// </summary>
internal sealed class AuthDbContextDesignTimeFactory : IDesignTimeDbContextFactory<AuthDbContext>
{
    public AuthDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AuthDbContext>()
            .UseNpgsql("Host=localhost;Port=5432;Database=chatnomina_auth;Username=chatnomina")
            .Options);
}
