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

    public static string NormalizeEmail(string email) => email.Trim().ToUpperInvariant();
}
