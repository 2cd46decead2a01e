using System.ComponentModel.DataAnnotations;

namespace ChatNomina.Auth.Extensions;

/// <summary>The token server's settings (section <c>Auth</c>); defaults in appsettings.json.</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>
    /// The issuer every token carries (<c>iss</c>): the public entry point, i.e. the gateway
    /// (<c>http://localhost:8080/</c> locally). Services validate against exactly this value.
    /// </summary>
    [Required, Url]
    public string Issuer { get; set; } = "http://localhost:8080/";

    [Range(typeof(TimeSpan), "00:01:00", "01:00:00")]
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Sliding: every refresh issues a new refresh token valid for this long.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")]
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>
    /// How long a redeemed refresh token may still be presented (concurrent refreshes). Zero:
    /// any second use is treated as theft and revokes the whole chain.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RefreshTokenReuseLeeway { get; set; } = TimeSpan.Zero;

    /// <summary>PEM file with the RSA private key that signs tokens (same on every replica).</summary>
    public string? SigningKeyPath { get; set; }

    /// <summary>The same key inline (for a Kubernetes secret mapped to an environment variable).</summary>
    public string? SigningKeyPem { get; set; }

    /// <summary>PEM file with the RSA private key that encrypts refresh tokens.</summary>
    public string? EncryptionKeyPath { get; set; }

    public string? EncryptionKeyPem { get; set; }

    /// <summary>
    /// Refuse plain-HTTP requests. Off by default: TLS ends at the gateway/ingress and auth is only
    /// reached over the internal network.
    /// </summary>
    public bool RequireHttps { get; set; }

    /// <summary>How often expired/redeemed tokens and authorizations are pruned from the database.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>Lockout after repeated failed password attempts (section <c>Auth:Lockout</c>).</summary>
public sealed class LockoutOptions
{
    public const string SectionName = "Auth:Lockout";

    [Range(1, 100)]
    public int MaxFailedAttempts { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(15);
}
