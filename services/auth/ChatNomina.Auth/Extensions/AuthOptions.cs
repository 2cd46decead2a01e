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
    /// Absolute: a session (one sign-in and the chain of refresh tokens after it) ends this long
    /// after the sign-in, however often it is refreshed; then the user signs in again.
    /// </summary>
    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")]
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(12);

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

    /// <summary>Networks (CIDR) of the proxies whose X-Forwarded-* headers are believed: the gateway's
    /// pods. Empty (local): loopback only; set: these only.</summary>
    public string[] TrustedProxyNetworks { get; set; } = [];

    /// <summary>How often expired/redeemed tokens and authorizations are pruned from the database.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>
/// How password guessing is slowed (section <c>Auth:SignInThrottle</c>; see
/// <see cref="Credentials.SignInThrottle"/>). There is no account lockout: nobody can lock a user out.
/// </summary>
public sealed class SignInThrottleOptions
{
    public const string SectionName = "Auth:SignInThrottle";

    /// <summary>Failures from one address for one account before that address is slowed.</summary>
    [Range(1, 100)]
    public int FreeAttempts { get; set; } = 5;

    /// <summary>The wait after the first failure beyond the free ones; it doubles with each further failure.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two tries from one address for one account.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Failures of one account from all addresses together within <see cref="AccountWindow"/>
    /// that make it "under attack" (alerted; unknown addresses slowed).</summary>
    [Range(2, 100_000)]
    public int AccountThreshold { get; set; } = 50;

    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan AccountWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Under attack: one try per this interval for all the addresses that never signed in to the account.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan AccountSlowInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long an address that signed in successfully stays known (not slowed under attack).</summary>
    [Range(typeof(TimeSpan), "01:00:00", "365.00:00:00")]
    public TimeSpan KnownAddressLifetime { get; set; } = TimeSpan.FromDays(30);
}

/// <summary>
/// The gateway's backend-for-frontend client <c>chatnomina-bff</c> (section <c>Auth:Bff</c>), registered
/// by <c>migrate</c>: a confidential client of the authorization code + PKCE flow. The defaults in
/// appsettings.json are local demo values; a deployment sets its own secret and redirect URIs.
/// </summary>
public sealed class BffClientOptions : IValidatableObject
{
    public const string SectionName = "Auth:Bff";

    /// <summary>The documented local default of <see cref="ClientSecret"/> (a demo value, not a secret).</summary>
    public const string LocalDemoSecret = "chatnomina-bff-local-secret";

    /// <summary>The client secret the gateway presents at the token and revocation endpoints (stored hashed).</summary>
    [Required, MinLength(16)]
    public string ClientSecret { get; set; } = "";

    /// <summary>Where the authorization endpoint may send the browser back with the code: the gateway's
    /// callback (<c>/signin-oidc</c>) on each public origin. Absolute http(s) URIs, matched exactly.</summary>
    [Required, MinLength(1)]
    public string[] RedirectUris { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var uri in RedirectUris)
        {
            if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed)
                || parsed.Scheme is not ("http" or "https")
                || !string.IsNullOrEmpty(parsed.Fragment))
            {
                yield return new ValidationResult(
                    $"Auth:Bff:RedirectUris: '{uri}' is not an absolute http(s) URI without a fragment.", [nameof(RedirectUris)]);
            }
        }
    }
}

/// <summary>
/// The users service's access to <c>PUT /internal/credentials/{userId}</c> (section <c>Auth:Provisioning</c>,
/// docs/people.md): the shared service credential it presents as a bearer value (the users service's
/// <c>Users:ProvisioningSecret</c> holds the same). The route is not forwarded by the gateway.
/// </summary>
public sealed class ProvisioningOptions
{
    public const string SectionName = "Auth:Provisioning";

    /// <summary>The documented local default of <see cref="Secret"/> (a demo value, not a secret).</summary>
    public const string LocalDemoSecret = "chatnomina-provisioning-local-secret";

    [Required, MinLength(16)]
    public string Secret { get; set; } = "";

    /// <summary>Passwords set through a set-password link have at least this many characters.</summary>
    [Range(8, 128)]
    public int MinPasswordLength { get; set; } = 12;
}
