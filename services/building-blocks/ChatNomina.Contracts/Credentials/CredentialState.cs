namespace ChatNomina.Contracts.Credentials;

/// <summary>
/// What the users service wants an employee's credential in the auth service to be, at
/// <see cref="Version"/> (<c>PUT /internal/credentials/{userId}</c> on auth, docs/people.md). The whole
/// state, never a delta: auth applies it only when <see cref="Version"/> is newer than what it holds,
/// so a replay, a duplicate or a late older message changes nothing, and the newest state always wins.
/// </summary>
/// <param name="Version">The employee's credential version in the users database (1 at creation, +1 per change).</param>
/// <param name="Email">The sign-in e-mail.</param>
/// <param name="Role">Always <c>employee</c> for accounts HR creates.</param>
/// <param name="Active">False once deactivated: every sign-in, refresh and set-password is refused.</param>
/// <param name="SetPasswordTokenHash">SHA-256 (lower-case hex) of the newest set-password link's token, or null;
/// never the token itself. A hash auth has seen used stays used.</param>
/// <param name="SetPasswordExpiresAt">When that link stops working.</param>
/// <param name="ChangedAt">When the users service decided this state.</param>
public sealed record CredentialState(
    long Version,
    string Email,
    string Role,
    bool Active,
    string? SetPasswordTokenHash,
    DateTimeOffset? SetPasswordExpiresAt,
    DateTimeOffset ChangedAt);

/// <summary>Auth's acknowledgement: the version it holds now (at least the one sent, once applied).</summary>
public sealed record CredentialStateAck(Guid UserId, long Version, bool Applied);
