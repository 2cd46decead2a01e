namespace ChatNomina.Auth.Model;

/// <summary>
/// A user's sign-in credentials. The auth service owns credentials only: the id is the employee
/// id used by the users and payroll services (the <c>sub</c> of every token).
/// </summary>
public sealed class Credential
{
    public Guid UserId { get; set; }

    /// <summary>The address as the user writes it (the token's <c>email</c> claim).</summary>
    public string Email { get; set; } = "";

    /// <summary><see cref="NormalizeEmail"/> of <see cref="Email"/>: what sign-in looks up.</summary>
    public string NormalizedEmail { get; set; } = "";

    /// <summary>ASP.NET Core Identity <c>PasswordHasher</c> format (PBKDF2, salted).</summary>
    public string PasswordHash { get; set; } = "";

    /// <summary><c>employee</c>, <c>hr</c> or <c>admin</c>.</summary>
    public string Role { get; set; } = "";

    /// <summary>No longer written or read: the account lockout it served was replaced by the sign-in
    /// throttle (Credentials/SignInThrottle.cs). The column stays until the contract step of the
    /// expand/contract migration rule (docs/kubernetes.md), so pods of the previous version keep working.</summary>
    public int FailedCount { get; set; }

    /// <summary>No longer written or read (see <see cref="FailedCount"/>).</summary>
    public DateTimeOffset? LockoutEnd { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Set while the employee is deactivated: password grant, browser sign-in, refresh and
    /// set-password are all refused (with the answers of a wrong password or an invalid link).</summary>
    public DateTimeOffset? DeactivatedAt { get; set; }

    /// <summary>The users service's credential version this row holds (0: written by other means, the seeder);
    /// a state is applied only when its version is newer (docs/people.md).</summary>
    public long Version { get; set; }

    /// <summary>SHA-256 (hex) of the current set-password link's token; never the token.</summary>
    public string? SetPasswordTokenHash { get; set; }

    public DateTimeOffset? SetPasswordExpiresAt { get; set; }

    /// <summary>When that link was used (a link works once).</summary>
    public DateTimeOffset? SetPasswordUsedAt { get; set; }

    /// <summary>An account that can sign in: active, with a password set.</summary>
    public bool CanSignIn => DeactivatedAt is null && PasswordHash.Length > 0;

    public static string NormalizeEmail(string email) => email.Trim().ToUpperInvariant();
}
