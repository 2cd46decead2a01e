namespace ChatNomina.Contracts.Credentials;

/// <summary>
/// What the auth service holds about an account beyond its password (<c>GET /internal/credentials/{userId}/account</c>
/// on auth, docs/people.md): its role and its second factor. Never a secret, a code or a hash.
/// </summary>
public sealed record CredentialAccount(Guid UserId, string Role, CredentialSecondFactor SecondFactor);

/// <summary>Whether a TOTP factor is stored, and how many of its one-time recovery codes are still unused.</summary>
public sealed record CredentialSecondFactor(bool Enrolled, int RecoveryCodesLeft);

/// <summary>
/// Auth's answer to <c>POST /internal/credentials/{userId}/second-factor/reset</c>: whether a factor was removed
/// and how many unused recovery codes went with it. A reset of an account without a factor removes nothing and is
/// still acknowledged.
/// </summary>
public sealed record SecondFactorResetAck(Guid UserId, bool FactorRemoved, int RecoveryCodesRemoved);
