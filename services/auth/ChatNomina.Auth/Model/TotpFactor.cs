namespace ChatNomina.Auth.Model;

/// <summary>
/// A user's second factor (TOTP, RFC 6238), required of <c>hr</c> and <c>admin</c> accounts: the
/// shared secret, protected at rest with ASP.NET Core Data Protection (auth's key ring, purpose
/// <see cref="Credentials.OneTimeCodes.SecretPurpose"/>), and the last time step a code was
/// accepted for, so that a code is used once.
/// </summary>
public sealed class TotpFactor
{
    public Guid UserId { get; set; }

    /// <summary>The secret's bytes, Data-Protection-protected, base64url. Never logged.</summary>
    public string ProtectedSecret { get; set; } = "";

    /// <summary>The 30-second step (Unix time / 30) of the last accepted code; a code of this step
    /// or an earlier one is refused (replay). Null: no code accepted yet.</summary>
    public long? LastUsedStep { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
