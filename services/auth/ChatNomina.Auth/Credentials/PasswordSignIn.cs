using System.Net;
using System.Security.Cryptography;
using ChatNomina.Auth.Extensions;
using ChatNomina.Auth.Infrastructure;
using ChatNomina.Auth.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChatNomina.Auth.Credentials;

/// <summary>Why a password sign-in failed; never shown to the client (it sees one error, or a 429 when throttled).</summary>
public enum SignInFailure
{
    None,
    UnknownUser,
    WrongPassword,
    Throttled,
}

/// <summary>The outcome of a password sign-in: the credential, or why not (and when to try again, if throttled).</summary>
public readonly record struct SignInResult(Credential? Credential, SignInFailure Failure, TimeSpan RetryAfter = default)
{
    /// <summary>The <c>Retry-After</c> value of a throttled attempt: whole seconds, at least one.</summary>
    public int RetryAfterSeconds => Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalSeconds));
}

/// <summary>
/// Checks an e-mail + password against <c>auth.credentials</c>, throttled per (account, client
/// address) by <see cref="SignInThrottle"/> — never locked, so a stranger's guesses cannot keep
/// the real user out. Unknown user and wrong password look the same from outside: the caller
/// answers one error, the password hasher runs in every case (against a dummy hash for unknown
/// users), and unknown e-mails are throttled like real ones. Logs carry the user id, never the
/// password or the attempted e-mail.
/// </summary>
public sealed partial class PasswordSignIn(
    AuthDbContext db,
    IPasswordHasher<Credential> hasher,
    TimeProvider clock,
    SignInThrottle throttle,
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

    /// <param name="device">The browser's device id (sign-in page), null for API clients.</param>
    public async Task<SignInResult> SignInAsync(string email, string password, IPAddress? address, CancellationToken cancellationToken, string? device = null)
    {
        var now = clock.GetUtcNow();
        var decision = await throttle.CheckAsync(email, address, now, device);
        if (!decision.Allowed)
        {
            LogThrottled(logger, decision.Reason!, decision.RetryAfter);
            metrics.RecordSignIn("throttled");
            return new SignInResult(null, SignInFailure.Throttled, decision.RetryAfter);
        }

        // Nothing stored is that long or holds a NUL (which PostgreSQL cannot even compare): not looked up.
        var normalized = email.Length <= MaxEmailLength && !email.Contains('\0') ? Credential.NormalizeEmail(email) : null;
        var credential = string.IsNullOrEmpty(normalized)
            ? null
            : await db.Credentials.AsNoTracking().SingleOrDefaultAsync(c => c.NormalizedEmail == normalized, cancellationToken);

        var verification = password.Length <= MaxPasswordLength
            ? hasher.VerifyHashedPassword(credential ?? DummyUser, credential?.PasswordHash ?? DummyHash.Value, password)
            : PasswordVerificationResult.Failed;

        if (credential is null)
        {
            await throttle.RecordFailureAsync(email, address, now, null);
            LogUnknownUser(logger);
            metrics.RecordSignIn("unknown_user");
            return new SignInResult(null, SignInFailure.UnknownUser);
        }

        if (verification == PasswordVerificationResult.Failed)
        {
            await throttle.RecordFailureAsync(email, address, now, credential.UserId);
            LogWrongPassword(logger, credential.UserId);
            metrics.RecordSignIn("wrong_password");
            return new SignInResult(null, SignInFailure.WrongPassword);
        }

        if (verification == PasswordVerificationResult.SuccessRehashNeeded)
        {
            var rehashed = hasher.HashPassword(credential, password);
            await db.Credentials.Where(c => c.UserId == credential.UserId)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.PasswordHash, rehashed).SetProperty(c => c.UpdatedAt, now), cancellationToken);
        }

        await throttle.RecordSuccessAsync(email, address, now, device);
        LogSignedIn(logger, credential.UserId);
        metrics.RecordSignIn("success");
        return new SignInResult(credential, SignInFailure.None);
    }

    /// <summary>The current credentials of a user (refresh: the role may have changed since sign-in).</summary>
    public Task<Credential?> FindAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Credentials.AsNoTracking().SingleOrDefaultAsync(c => c.UserId == userId, cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Password sign-in succeeded for user {UserId}")]
    private static partial void LogSignedIn(ILogger logger, Guid userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Password sign-in failed for user {UserId}: wrong password")]
    private static partial void LogWrongPassword(ILogger logger, Guid userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Password sign-in throttled ({Reason}): next try in {RetryAfter}")]
    private static partial void LogThrottled(ILogger logger, string reason, TimeSpan retryAfter);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Password sign-in failed: no such account")]
    private static partial void LogUnknownUser(ILogger logger);
}
