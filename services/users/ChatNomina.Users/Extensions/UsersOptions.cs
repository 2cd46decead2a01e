using System.ComponentModel.DataAnnotations;

namespace ChatNomina.Users.Extensions;

/// <summary>Users service settings (section <c>Users</c>).</summary>
public sealed class UsersOptions
{
    public const string SectionName = "Users";

    /// <summary>How long a profile stays in Redis; updates invalidate it earlier.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan CacheTtl { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a "sign out everywhere" is remembered: at least the refresh token lifetime
    /// (8 h), after which every token issued before it has expired by itself.</summary>
    [Range(typeof(TimeSpan), "00:15:00", "30.00:00:00")]
    public TimeSpan SignOutEverywhereTtl { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The auth service's internal base URL (credential states are delivered to it, never through the gateway).</summary>
    [Required, Url]
    public string AuthUrl { get; set; } = "http://localhost:8081";

    /// <summary>The longest one delivery to auth may take, retries included.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan AuthTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The service credential presented to auth's <c>/internal/credentials</c> (auth's <c>Auth:Provisioning:Secret</c>
    /// holds the same value). The default is a documented local demo value, not a secret.
    /// </summary>
    [Required, MinLength(16)]
    public string ProvisioningSecret { get; set; } = "";

    /// <summary>The public origin set-password links point to (the gateway); empty: <c>Identity:Issuer</c>.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>How long a set-password link works.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")]
    public TimeSpan SetPasswordLinkLifetime { get; set; } = TimeSpan.FromHours(72);

    /// <summary>How often the outbox dispatcher looks for credential states auth has not acknowledged.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan OutboxPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The wait after a row's first failed delivery; it doubles with each failure up to <see cref="OutboxMaxBackoff"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan OutboxInitialBackoff { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan OutboxMaxBackoff { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The documented local default of <see cref="ProvisioningSecret"/> (a demo value, not a secret).</summary>
    public const string LocalDemoProvisioningSecret = "chatnomina-provisioning-local-secret";
}
