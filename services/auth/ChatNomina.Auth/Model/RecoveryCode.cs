namespace ChatNomina.Auth.Model;

/// <summary>
/// One of the ten one-time recovery codes an account gets when it enrols its second factor: accepted once
/// instead of a TOTP code (a lost phone). Only the SHA-256 of the code is stored (<see cref="Credentials.RecoveryCodes"/>:
/// 80 random bits each, so a hash without salt cannot be reversed by guessing); the code itself is shown once.
/// Removed with the factor (a reset, a new enrolment) and with the credential.
/// </summary>
public sealed class RecoveryCode
{
    public long Id { get; set; }

    public Guid UserId { get; set; }

    /// <summary>SHA-256 (lower-case hex) of the normalized code. Never the code, never logged.</summary>
    public string CodeHash { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When it was used; a used code is refused.</summary>
    public DateTimeOffset? UsedAt { get; set; }
}
