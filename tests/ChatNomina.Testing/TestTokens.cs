using System.Security.Claims;
using System.Security.Cryptography;
using ChatNomina.ServiceDefaults.Authentication;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChatNomina.Testing;

/// <summary>
/// Signs access tokens the way the auth service does (RS256 JWT with sub/role/email, issuer and
/// audience) with a key generated per test run. Services under test validate them with
/// <see cref="ServiceFactory{TProgram,TDbContext}"/>'s configuration.
/// </summary>
public static class TestTokens
{
    public const string Issuer = "https://auth.chatnomina.test/";

    public static RsaSecurityKey SigningKey { get; } = new(RSA.Create(2048)) { KeyId = "test-key" };

    /// <summary>A key nobody trusts, for forged-token tests.</summary>
    public static RsaSecurityKey ForeignKey { get; } = new(RSA.Create(2048)) { KeyId = "test-key" };

    public static string Create(
        Guid userId, string role, string audience,
        TimeSpan? lifetime = null, string issuer = Issuer, SecurityKey? key = null, DateTime? notBefore = null,
        IEnumerable<Claim>? claims = null)
    {
        var now = notBefore ?? DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = now,
            IssuedAt = now,
            Expires = now + (lifetime ?? TimeSpan.FromMinutes(15)),
            Subject = new ClaimsIdentity(
            [
                new Claim(ChatNominaClaims.Subject, userId.ToString()),
                new Claim(ChatNominaClaims.Role, role),
                new Claim(ChatNominaClaims.Email, $"{userId:N}@chatnomina.test"),
                .. claims ?? [],
            ]),
            SigningCredentials = new SigningCredentials(key ?? SigningKey, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
