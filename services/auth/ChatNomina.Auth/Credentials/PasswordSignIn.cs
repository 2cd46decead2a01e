using System.Net;
using System.Security.Cryptography;
using ChatNomina.Auth.Extensions;
using ChatNomina.Auth.Infrastructure;
using ChatNomina.Auth.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChatNomina.Auth.Credentials;

/// <summary>Why a password sign-in failed; never shown to the client (it sees one error, or a 429 when
/// throttled, or — only after the right password — that a one-time code is required).</summary>
public enum SignInFailure
{
    None,
    UnknownUser,
    WrongPassword,
    Throttled,

    /// <summary>The password is right, and the account (hr, admin) needs a one-time code that was not given.
    /// <see cref="SignInResult.Credential"/> is set: the browser page asks for the code next.</summary>
    CodeRequired,

    /// <summary>The password is right but the code is wrong, used already, or the factor is unusable.</summary>
    WrongCode,

    /// <summary>The browser's pending second step no longer holds: expired, its account gone, or a code
    /// was accepted for the account since the password step. The password is asked again.</summary>
    Restart,

    /// <summary>The password is right, and the account (hr, admin) needs a second factor it has not enrolled yet
    /// (new in the role, or reset by an admin). <see cref="SignInResult.Credential"/> is set: the browser page
    /// shows the enrolment next; the password grant refuses and says to sign in through the browser once.</summary>
    EnrolmentRequired,
}

/// <summary>The outcome of a password sign-in: the credential, or why not (and when to try again, if
/// throttled). <see cref="Credential"/> is set on success and on <see cref="SignInFailure.CodeRequired"/>.</summary>
public readonly record struct SignInResult(Credential? Credential, SignInFailure Failure, TimeSpan RetryAfter = default,
    IReadOnlyList<string>? RecoveryCodes = null)
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
/// password, the code or the attempted e-mail.
/// <para>
/// <c>hr</c> and <c>admin</c> accounts also need a one-time code (<see cref="OneTimeCodes"/>), checked
/// only after the right password: without one the answer is <see cref="SignInFailure.CodeRequired"/>
/// (neither a failure nor a success for the throttle); a wrong or replayed code counts as a failure
/// exactly like a wrong password. Only a complete sign-in is a success (the address and device become
/// known, the address's count starts again).
/// </para>
/// </summary>
public sealed partial class PasswordSignIn(
    AuthDbContext db,
    IPasswordHasher<Credential> hasher,
    TimeProvider clock,
    SignInThrottle throttle,
    OneTimeCodes codes,
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
    /// <param name="code">The one-time code (hr, admin); null or empty when none was given.</param>
    public async Task<SignInResult> SignInAsync(string email, string password, IPAddress? address, CancellationToken cancellationToken,
        string? device = null, string? code = null)
    {
        var now = clock.GetUtcNow();
        if (await ThrottledAsync(email, address, now, device) is { } throttled)
        {
            return throttled;
        }

        // Nothing stored is that long or holds a NUL (which PostgreSQL cannot even compare): not looked up.
        var normalized = email.Length <= MaxEmailLength && !email.Contains('\0') ? Credential.NormalizeEmail(email) : null;
        var credential = string.IsNullOrEmpty(normalized)
            ? null
            : await db.Credentials.AsNoTracking().SingleOrDefaultAsync(c => c.NormalizedEmail == normalized, cancellationToken);

        // A deactivated account, or one whose password is not set yet, is checked against the dummy hash:
        // the same work and the same answer as a wrong password, so nothing tells its state apart.
        var usable = credential is { CanSignIn: true };
        var verification = password.Length <= MaxPasswordLength
            ? hasher.VerifyHashedPassword(usable ? credential! : DummyUser, usable ? credential!.PasswordHash : DummyHash.Value, password)
            : PasswordVerificationResult.Failed;

        if (credential is null)
        {
            await throttle.RecordFailureAsync(email, address, now, null);
            LogUnknownUser(logger);
            metrics.RecordSignIn("unknown_user");
            return new SignInResult(null, SignInFailure.UnknownUser);
        }

        if (!usable)
        {
            await throttle.RecordFailureAsync(email, address, now, credential.UserId);
            LogUnusableAccount(logger, credential.UserId, credential.DeactivatedAt is null ? "no password set yet" : "deactivated");
            metrics.RecordSignIn("wrong_password");
            return new SignInResult(null, SignInFailure.WrongPassword);
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

        if (OneTimeCodes.AreRequiredFor(credential.Role))
        {
            if (!await codes.IsEnrolledAsync(credential.UserId, cancellationToken))
            {
                // Only after the right password: neither a failure nor a success for the throttle.
                LogEnrolmentRequired(logger, credential.UserId);
                metrics.RecordSignIn("enrolment_required");
                return new SignInResult(credential, SignInFailure.EnrolmentRequired);
            }
            if (string.IsNullOrEmpty(code))
            {
                LogCodeRequired(logger, credential.UserId);
                metrics.RecordSignIn("code_required");
                return new SignInResult(credential, SignInFailure.CodeRequired);
            }
            if (await CheckCodeAsync(credential, code, binding: null, address, now, cancellationToken) is { } refused)
            {
                return refused;
            }
        }

        return await SucceededAsync(credential, address, now, device);
    }

    /// <summary>
    /// The browser's second step: the account's password was right (<paramref name="userId"/>, from the
    /// page's protected pending token, bound to the factor by <paramref name="binding"/>); now its code.
    /// Throttled, counted and logged like the password grant's code.
    /// </summary>
    public async Task<SignInResult> CompleteWithCodeAsync(Guid userId, StepBinding binding, string code, IPAddress? address,
        CancellationToken cancellationToken, string? device = null)
    {
        var now = clock.GetUtcNow();
        var step = await ResumeAsync(userId, address, now, device, cancellationToken);
        if (step.Credential is not { } credential)
        {
            return step.Stop;
        }
        if (await CheckCodeAsync(credential, code, binding, address, now, cancellationToken) is { } refused)
        {
            return refused;
        }
        return await SucceededAsync(credential, address, now, device);
    }

    /// <summary>
    /// The browser's enrolment step: the account's password was right (<paramref name="userId"/>, from the page's
    /// protected pending enrolment, which also carries the new <paramref name="secret"/>); now a code of the new
    /// secret confirms it. Throttled like a code; a wrong code counts as a failure. On success the factor and its
    /// recovery codes are stored (<see cref="SignInResult.RecoveryCodes"/>, to be shown once) and the sign-in is complete.
    /// </summary>
    public async Task<SignInResult> CompleteEnrolmentAsync(Guid userId, byte[] secret, string code, IPAddress? address,
        CancellationToken cancellationToken, string? device = null)
    {
        var now = clock.GetUtcNow();
        var step = await ResumeAsync(userId, address, now, device, cancellationToken);
        if (step.Credential is not { } credential)
        {
            return step.Stop;
        }
        var enrolment = await codes.EnrolAsync(userId, secret, code, cancellationToken);
        switch (enrolment.Check)
        {
            case EnrolmentCheck.Enrolled:
                var signedIn = await SucceededAsync(credential, address, now, device);
                return signedIn with { RecoveryCodes = enrolment.RecoveryCodes };
            case EnrolmentCheck.Wrong:
                await throttle.RecordFailureAsync(credential.Email, address, now, credential.UserId);
                LogWrongCode(logger, credential.UserId, "wrong (enrolment)");
                metrics.RecordSignIn("wrong_code");
                return new SignInResult(null, SignInFailure.WrongCode);
            default:
                // Enrolled since this enrolment began (its page posted twice, or another browser): sign in with a code.
                return new SignInResult(null, SignInFailure.Restart);
        }
    }

    /// <summary>The current credentials of a user (refresh: the role may have changed since sign-in).</summary>
    public Task<Credential?> FindAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Credentials.AsNoTracking().SingleOrDefaultAsync(c => c.UserId == userId, cancellationToken);

    /// <summary>
    /// The start of a browser step after the right password (the code, the enrolment): the account as it is now, or why
    /// the step stops here (<see cref="ResumedStep.Stop"/>) — deleted, deactivated, or no longer a role that signs in this
    /// way since the password step (<see cref="SignInFailure.Restart"/>), or throttled.
    /// </summary>
    private async Task<ResumedStep> ResumeAsync(Guid userId, IPAddress? address, DateTimeOffset now, string? device,
        CancellationToken cancellationToken)
    {
        var credential = await FindAsync(userId, cancellationToken);
        if (credential is null || !credential.CanSignIn || !OneTimeCodes.AreRequiredFor(credential.Role))
        {
            return new ResumedStep(null, new SignInResult(null, SignInFailure.Restart));
        }
        if (await ThrottledAsync(credential.Email, address, now, device) is { } throttled)
        {
            return new ResumedStep(null, throttled);
        }
        return new ResumedStep(credential, default);
    }

    /// <summary>The account to go on with, or (when it is null) the answer that ends the step.</summary>
    private readonly record struct ResumedStep(Credential? Credential, SignInResult Stop);

    private async Task<SignInResult?> ThrottledAsync(string email, IPAddress? address, DateTimeOffset now, string? device)
    {
        var decision = await throttle.CheckAsync(email, address, now, device);
        if (decision.Allowed)
        {
            return null;
        }
        LogThrottled(logger, decision.Reason!, decision.RetryAfter);
        metrics.RecordSignIn("throttled");
        return new SignInResult(null, SignInFailure.Throttled, decision.RetryAfter);
    }

    /// <summary>Null when the code is accepted; else the refusal (a wrong or replayed code counts as a failure).</summary>
    private async Task<SignInResult?> CheckCodeAsync(Credential credential, string code, StepBinding? binding, IPAddress? address,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var check = await codes.VerifyAsync(credential.UserId, code, binding, cancellationToken);
        switch (check)
        {
            case OneTimeCodeCheck.Accepted:
                return null;
            case OneTimeCodeCheck.Spent:
                return new SignInResult(null, SignInFailure.Restart);
            case OneTimeCodeCheck.NotEnrolled when binding is not null:
                // Reset by an admin since the password step: the password again, then the enrolment.
                return new SignInResult(null, SignInFailure.Restart);
            case OneTimeCodeCheck.Wrong or OneTimeCodeCheck.Replayed:
                await throttle.RecordFailureAsync(credential.Email, address, now, credential.UserId);
                LogWrongCode(logger, credential.UserId, check == OneTimeCodeCheck.Replayed ? "used already" : "wrong");
                break;
            default:
                // No factor stored, or unreadable: logged by OneTimeCodes; the user cannot fix it by guessing.
                break;
        }
        metrics.RecordSignIn("wrong_code");
        return new SignInResult(null, SignInFailure.WrongCode);
    }

    private async Task<SignInResult> SucceededAsync(Credential credential, IPAddress? address, DateTimeOffset now, string? device)
    {
        await throttle.RecordSuccessAsync(credential.Email, address, now, device);
        LogSignedIn(logger, credential.UserId);
        metrics.RecordSignIn("success");
        return new SignInResult(credential, SignInFailure.None);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Password sign-in succeeded for user {UserId}")]
    private static partial void LogSignedIn(ILogger logger, Guid userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Password sign-in failed for user {UserId}: wrong password")]
    private static partial void LogWrongPassword(ILogger logger, Guid userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Password sign-in throttled ({Reason}): next try in {RetryAfter}")]
    private static partial void LogThrottled(ILogger logger, string reason, TimeSpan retryAfter);

    [LoggerMessage(Level = LogLevel.Information, Message = "Password right for user {UserId}; a one-time code is required")]
    private static partial void LogCodeRequired(ILogger logger, Guid userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Password right for user {UserId}; no second factor enrolled yet: enrolment required")]
    private static partial void LogEnrolmentRequired(ILogger logger, Guid userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in failed for user {UserId}: one-time code {Outcome}")]
    private static partial void LogWrongCode(ILogger logger, Guid userId, string outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Password sign-in refused for user {UserId}: {Reason}")]
    private static partial void LogUnusableAccount(ILogger logger, Guid userId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Password sign-in failed: no such account")]
    private static partial void LogUnknownUser(ILogger logger);
}
