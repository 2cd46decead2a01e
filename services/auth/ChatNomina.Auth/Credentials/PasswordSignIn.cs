using System.Security.Cryptography;
using ChatNomina.Auth.Extensions;
using ChatNomina.Auth.Infrastructure;
using ChatNomina.Auth.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatNomina.Auth.Credentials;

/// <summary>Why a password sign-in failed; never shown to the client (it always sees one error).</summary>
public enum SignInFailure
{
    None,
    UnknownUser,
    WrongPassword,
    LockedOut,
}

/// <summary>
/// Checks an e-mail + password against <c>auth.credentials</c> with lockout. Unknown user, wrong
/// password and locked account look the same from outside: the caller answers one error, and the
/// password hasher runs in every case (against a dummy hash for unknown users), so the response
/// time does not say whether the account exists. Logs carry the user id, never the password or
/// the attempted e-mail.
/// </summary>
public sealed partial class PasswordSignIn(
    AuthDbContext db,
    IPasswordHasher<Credential> hasher,
    TimeProvider clock,
    IOptions<Extensions.LockoutOptions> lockoutOptions,
    AuthMetrics metrics,
    ILogger<PasswordSignIn> logger)
{
    /// <summary>Longer inputs are not looked up (nothing that long is stored); same answer.</summary>
    private const int MaxEmailLength = 256;
    private const int MaxPasswordLength = 1024;

    // A hash of a random password, verified when the user does not exist so that the work (and
    // the time) is the same as for a wrong password.
    private static readonly Credential DummyUser = new();
    private static readonly Lazy<string> DummyHash =
        new(() => new PasswordHasher<Credential>().HashPassword(DummyUser, RandomNumberGenerator.GetHexString(32)));

    public async Task<(Credential? Credential, SignInFailure Failure)> SignInAsync(
        string email, string password, CancellationToken cancellationToken)
    {
        var normalized = email.Length <= MaxEmailLength ? Credential.NormalizeEmail(email) : null;
        var credential = string.IsNullOrEmpty(normalized)
            ? null
            : await db.Credentials.AsNoTracking().SingleOrDefaultAsync(c => c.NormalizedEmail == normalized, cancellationToken);

        // Verify before looking at the lockout, so a locked account costs the same time too.
        var verification = password.Length <= MaxPasswordLength
            ? hasher.VerifyHashedPassword(credential ?? DummyUser, credential?.PasswordHash ?? DummyHash.Value, password)
            : PasswordVerificationResult.Failed;

        if (credential is null)
        {
            LogUnknownUser(logger);
            metrics.RecordSignIn("unknown_user");
            return (null, SignInFailure.UnknownUser);
        }

        var now = clock.GetUtcNow();
        if (credential.LockoutEnd is { } lockedUntil && lockedUntil > now)
        {
            LogLockedOut(logger, credential.UserId, lockedUntil);
            metrics.RecordSignIn("locked_out");
            return (null, SignInFailure.LockedOut);
        }

        if (verification == PasswordVerificationResult.Failed)
        {
            await RecordFailureAsync(credential, now, cancellationToken);
            metrics.RecordSignIn("wrong_password");
            return (null, SignInFailure.WrongPassword);
        }

        if (verification == PasswordVerificationResult.SuccessRehashNeeded)
        {
            var rehashed = hasher.HashPassword(credential, password);
            await db.Credentials.Where(c => c.UserId == credential.UserId)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.PasswordHash, rehashed).SetProperty(c => c.UpdatedAt, now), cancellationToken);
        }

        if (credential.FailedCount != 0 || credential.LockoutEnd is not null)
        {
            await db.Credentials.Where(c => c.UserId == credential.UserId)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(c => c.FailedCount, 0)
                    .SetProperty(c => c.LockoutEnd, (DateTimeOffset?)null)
                    .SetProperty(c => c.UpdatedAt, now), cancellationToken);
        }

        LogSignedIn(logger, credential.UserId);
        metrics.RecordSignIn("success");
        return (credential, SignInFailure.None);
    }

    /// <summary>The current credentials of a user (refresh: the role may have changed since sign-in).</summary>
    public Task<Credential?> FindAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Credentials.AsNoTracking().SingleOrDefaultAsync(c => c.UserId == userId, cancellationToken);

    private async Task RecordFailureAsync(Credential credential, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var lockout = lockoutOptions.Value;
        var max = lockout.MaxFailedAttempts;
        DateTimeOffset? until = now + lockout.Duration;

        // One atomic statement: concurrent failures all count, and the one that reaches the limit
        // locks the account and starts the count again.
        await db.Credentials.Where(c => c.UserId == credential.UserId)
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.LockoutEnd, c => c.FailedCount + 1 >= max ? until : c.LockoutEnd)
                .SetProperty(c => c.FailedCount, c => c.FailedCount + 1 >= max ? 0 : c.FailedCount + 1)
                .SetProperty(c => c.UpdatedAt, now), cancellationToken);

        if (credential.FailedCount + 1 >= max)
        {
            LogLockoutStarted(logger, credential.UserId, max, until!.Value);
        }
        else
        {
            LogWrongPassword(logger, credential.UserId, credential.FailedCount + 1);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Password sign-in succeeded for user {UserId}")]
    private static partial void LogSignedIn(ILogger logger, Guid userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Password sign-in failed for user {UserId}: wrong password ({FailedCount} consecutive)")]
    private static partial void LogWrongPassword(ILogger logger, Guid userId, int failedCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "User {UserId} locked out after {MaxFailedAttempts} failed sign-ins, until {LockoutEnd:o}")]
    private static partial void LogLockoutStarted(ILogger logger, Guid userId, int maxFailedAttempts, DateTimeOffset lockoutEnd);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Password sign-in refused for user {UserId}: locked out until {LockoutEnd:o}")]
    private static partial void LogLockedOut(ILogger logger, Guid userId, DateTimeOffset lockoutEnd);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Password sign-in failed: no such account")]
    private static partial void LogUnknownUser(ILogger logger);
}
