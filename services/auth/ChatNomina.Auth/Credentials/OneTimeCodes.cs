using System.Security.Cryptography;
using ChatNomina.Auth.Infrastructure;
using ChatNomina.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using OtpNet;

namespace ChatNomina.Auth.Credentials;

/// <summary>What checking a one-time code found; the client only ever sees "accepted" or one refusal.</summary>
public enum OneTimeCodeCheck
{
    Accepted,

    /// <summary>Not 6 digits, or not the code of the previous, current or next 30-second step.</summary>
    Wrong,

    /// <summary>A right code of a step at or before the last accepted one: used already.</summary>
    Replayed,

    /// <summary>The browser's pending sign-in was bound to a state the factor has left (a code was
    /// accepted for the account since): it is spent, the password is asked again.</summary>
    Spent,

    /// <summary>The account has no second factor stored.</summary>
    NotEnrolled,

    /// <summary>The stored secret cannot be unprotected (its data-protection key is not in the key ring).</summary>
    Unreadable,
}

/// <summary>What confirming a new factor found.</summary>
public enum EnrolmentCheck
{
    /// <summary>The code matches the new secret: the factor and its recovery codes are stored.</summary>
    Enrolled,

    /// <summary>Not 6 digits, or not a code of the new secret now.</summary>
    Wrong,

    /// <summary>A factor is stored already (this enrolment completed before, or another one did): nothing stored.</summary>
    AlreadyEnrolled,
}

/// <summary>The outcome of an enrolment; <see cref="RecoveryCodes"/> (shown once) only when <see cref="EnrolmentCheck.Enrolled"/>.</summary>
public readonly record struct EnrolmentResult(EnrolmentCheck Check, IReadOnlyList<string>? RecoveryCodes = null);

/// <summary>
/// The binding of a browser's pending second step to the account's factor as it was when the password
/// was right: the last accepted step then. Any code accepted for the account since spends it.
/// </summary>
public readonly record struct StepBinding(long? LastUsedStep);

/// <summary>
/// TOTP second factor (RFC 6238 with Otp.NET: HMAC-SHA1, 30-second steps, 6 digits), required of
/// <c>hr</c> and <c>admin</c> accounts, enrolled at the first browser sign-in (<see cref="EnrolAsync"/>), with
/// one-time <see cref="Credentials.RecoveryCodes"/> accepted instead of a code (<see cref="VerifyAsync"/>). A code of the previous, current or next step is accepted
/// (clock drift), and only once per account: the accepted step is recorded in
/// <c>auth.totp_factors.last_used_step</c> by one conditional UPDATE, so a code — or any code of an
/// earlier step — is refused afterwards, also when two requests race with the same code. The secret
/// is stored protected by ASP.NET Core Data Protection (auth's key ring in its database, purpose
/// <see cref="SecretPurpose"/>); it and the codes are never logged. The database is the only store:
/// when it cannot answer, the exception reaches the default handler (503 + Retry-After) and no code
/// is accepted or spent.
/// </summary>
public sealed partial class OneTimeCodes(
    AuthDbContext db,
    IDataProtectionProvider dataProtection,
    TimeProvider clock,
    AuthMetrics metrics,
    ILogger<OneTimeCodes> logger)
{
    /// <summary>The data-protection purpose of the stored secrets: a contract with tools/ChatNomina.Seeder,
    /// which protects the demo HR account's secret with auth's key ring.</summary>
    public const string SecretPurpose = "ChatNomina.Auth.TotpSecret.v1";

    public const int Digits = 6;
    public const int StepSeconds = 30;

    private static readonly VerificationWindow Window = new(previous: 1, future: 1);

    private readonly IDataProtector _protector = dataProtection.CreateProtector(SecretPurpose);

    /// <summary>Whether an account of this role must give a code after its password.</summary>
    public static bool AreRequiredFor(string role) => role is ChatNominaRoles.Hr or ChatNominaRoles.Admin;

    /// <summary>Six ASCII digits, nothing else.</summary>
    public static bool IsWellFormed(string? code) => code is { Length: Digits } && code.All(char.IsAsciiDigit);

    /// <summary>The issuer and label prefix authenticator apps show.</summary>
    public const string Issuer = "ChatNomina";

    /// <summary>A new secret for an enrolment: 160 random bits (RFC 4226's recommended length for HMAC-SHA1).</summary>
    public static byte[] NewSecret() => RandomNumberGenerator.GetBytes(20);

    /// <summary>The secret as authenticator apps take it: RFC 4648 base32, upper case, no padding.</summary>
    public static string Base32(byte[] secret) => Base32Encoding.ToString(secret).TrimEnd('=');

    /// <summary>The Key URI authenticator apps read from the QR code: <c>otpauth://totp/ChatNomina:{email}?secret=…&amp;issuer=ChatNomina</c>.</summary>
    public static string KeyUri(string email, byte[] secret) =>
        $"otpauth://totp/{Issuer}:{Uri.EscapeDataString(email)}?secret={Base32(secret)}&issuer={Issuer}";

    /// <summary>Whether the account has a second factor stored.</summary>
    public Task<bool> IsEnrolledAsync(Guid userId, CancellationToken cancellationToken) =>
        db.TotpFactors.AnyAsync(f => f.UserId == userId, cancellationToken);

    /// <summary>The last accepted step of the account's factor now (for <see cref="StepBinding"/>), or null.</summary>
    public async Task<StepBinding> CurrentBindingAsync(Guid userId, CancellationToken cancellationToken) =>
        new(await db.TotpFactors.AsNoTracking().Where(f => f.UserId == userId)
            .Select(f => f.LastUsedStep).SingleOrDefaultAsync(cancellationToken));

    /// <summary>
    /// Checks <paramref name="code"/> for the account and, when right and unused, spends its step.
    /// With a <paramref name="binding"/> (the browser's second step) the code is only accepted while
    /// no other code was accepted for the account since the binding was taken.
    /// </summary>
    public async Task<OneTimeCodeCheck> VerifyAsync(Guid userId, string code, StepBinding? binding, CancellationToken cancellationToken)
    {
        var factor = await db.TotpFactors.AsNoTracking().SingleOrDefaultAsync(f => f.UserId == userId, cancellationToken);
        if (factor is null)
        {
            LogNotEnrolled(logger, userId);
            return OneTimeCodeCheck.NotEnrolled;
        }
        if (binding is { } bound && bound.LastUsedStep != factor.LastUsedStep)
        {
            return OneTimeCodeCheck.Spent;
        }

        if (!IsWellFormed(code) && RecoveryCodes.Normalize(code) is { } recovery)
        {
            return await UseRecoveryCodeAsync(userId, recovery, binding, cancellationToken);
        }

        byte[] secret;
        try
        {
            secret = _protector.Unprotect(WebEncoders.Base64UrlDecode(factor.ProtectedSecret));
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            LogUnreadable(logger, userId, ex.GetType().Name);
            return OneTimeCodeCheck.Unreadable;
        }

        long step;
        try
        {
            if (!IsWellFormed(code)
                || !new Totp(secret, StepSeconds, OtpHashMode.Sha1, Digits).VerifyTotp(clock.GetUtcNow().UtcDateTime, code, out step, Window))
            {
                return OneTimeCodeCheck.Wrong;
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(secret);
        }

        // One statement: accepted only if no code of this step or a later one was accepted before
        // (and, for a bound browser step, nothing was accepted since the password step).
        var query = db.TotpFactors.Where(f => f.UserId == userId && (f.LastUsedStep == null || f.LastUsedStep < step));
        if (binding is { } b)
        {
            var expected = b.LastUsedStep;
            query = query.Where(f => f.LastUsedStep == expected);
        }
        var now = clock.GetUtcNow();
        var spent = await query.ExecuteUpdateAsync(
            s => s.SetProperty(f => f.LastUsedStep, step).SetProperty(f => f.UpdatedAt, now), cancellationToken);
        if (spent == 1)
        {
            return OneTimeCodeCheck.Accepted;
        }
        return binding is null || await CurrentBindingAsync(userId, cancellationToken) == binding
            ? OneTimeCodeCheck.Replayed
            : OneTimeCodeCheck.Spent;
    }

    /// <summary>
    /// A recovery code instead of a TOTP code: marked used and, in the same transaction, the factor's last step moved
    /// past the current one (so a browser's pending step bound to it is spent: one sign-in per pending step, as with a
    /// code). Wrong and used codes read the same (<see cref="OneTimeCodeCheck.Wrong"/>). Each use is logged with the
    /// user id (never the code) and counted.
    /// </summary>
    private async Task<OneTimeCodeCheck> UseRecoveryCodeAsync(Guid userId, string normalized, StepBinding? binding, CancellationToken cancellationToken)
    {
        var hash = RecoveryCodes.Hash(normalized);
        var now = clock.GetUtcNow();
        var step = now.ToUnixTimeSeconds() / StepSeconds;
        var strategy = db.Database.CreateExecutionStrategy();
        var (check, left) = await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var used = await db.RecoveryCodes
                .Where(r => r.UserId == userId && r.CodeHash == hash && r.UsedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.UsedAt, now), ct);
            if (used != 1)
            {
                return (OneTimeCodeCheck.Wrong, 0);
            }
            var factor = db.TotpFactors.Where(f => f.UserId == userId);
            if (binding is { } b)
            {
                var expected = b.LastUsedStep;
                factor = factor.Where(f => f.LastUsedStep == expected);
            }
            var spent = await factor.ExecuteUpdateAsync(s => s
                .SetProperty(f => f.LastUsedStep, f => f.LastUsedStep == null || f.LastUsedStep < step ? (long?)step : f.LastUsedStep + 1)
                .SetProperty(f => f.UpdatedAt, now), ct);
            if (spent != 1)
            {
                return (OneTimeCodeCheck.Spent, 0);   // disposed without commit: the recovery code stays unused
            }
            await transaction.CommitAsync(ct);
            return (OneTimeCodeCheck.Accepted, await db.RecoveryCodes.CountAsync(r => r.UserId == userId && r.UsedAt == null, ct));
        }, cancellationToken);
        if (check == OneTimeCodeCheck.Accepted)
        {
            LogRecoveryCodeUsed(logger, userId, left);
            metrics.RecoveryCodeUsed();
        }
        return check;
    }

    /// <summary>
    /// Confirms a new factor with a code of its <paramref name="secret"/> (the enrolment page) and, when right and the
    /// account still has none, stores it (protected, the code's step spent) with <see cref="RecoveryCodes.Count"/> new
    /// recovery codes (their hashes) in one transaction; the codes are returned to be shown once.
    /// </summary>
    public async Task<EnrolmentResult> EnrolAsync(Guid userId, byte[] secret, string code, CancellationToken cancellationToken)
    {
        long step;
        if (!IsWellFormed(code)
            || !new Totp(secret, StepSeconds, OtpHashMode.Sha1, Digits).VerifyTotp(clock.GetUtcNow().UtcDateTime, code, out step, Window))
        {
            metrics.Enrolment("wrong_code");
            return new EnrolmentResult(EnrolmentCheck.Wrong);
        }
        var protectedSecret = WebEncoders.Base64UrlEncode(_protector.Protect(secret));
        var codes = RecoveryCodes.Generate();
        var now = clock.GetUtcNow();
        var strategy = db.Database.CreateExecutionStrategy();
        var stored = await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();   // a retried attempt starts from nothing added
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var inserted = await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO auth.totp_factors (user_id, protected_secret, last_used_step, updated_at)
                VALUES ({userId}, {protectedSecret}, {step}, {now})
                ON CONFLICT (user_id) DO NOTHING
                """, ct);
            if (inserted != 1)
            {
                return false;
            }
            await db.RecoveryCodes.Where(r => r.UserId == userId).ExecuteDeleteAsync(ct);
            foreach (var recovery in codes)
            {
                db.RecoveryCodes.Add(new Model.RecoveryCode
                {
                    UserId = userId,
                    CodeHash = RecoveryCodes.Hash(RecoveryCodes.Normalize(recovery)!),
                    CreatedAt = now,
                });
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return true;
        }, cancellationToken);
        db.ChangeTracker.Clear();
        if (!stored)
        {
            metrics.Enrolment("already_enrolled");
            return new EnrolmentResult(EnrolmentCheck.AlreadyEnrolled);
        }
        LogEnrolled(logger, userId, codes.Count);
        metrics.Enrolment("enrolled");
        return new EnrolmentResult(EnrolmentCheck.Enrolled, codes);
    }

    /// <summary>Removes the account's factor and all its recovery codes (an admin's reset): whether a factor was removed,
    /// and how many unused codes went with it. The next sign-in enrols again.</summary>
    public async Task<(bool FactorRemoved, int RecoveryCodesRemoved)> ResetAsync(Guid userId, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        var (factorRemoved, unusedCodes) = await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var unused = await db.RecoveryCodes.CountAsync(r => r.UserId == userId && r.UsedAt == null, ct);
            await db.RecoveryCodes.Where(r => r.UserId == userId).ExecuteDeleteAsync(ct);
            var removed = await db.TotpFactors.Where(f => f.UserId == userId).ExecuteDeleteAsync(ct);
            await transaction.CommitAsync(ct);
            return (removed == 1, unused);
        }, cancellationToken);
        if (factorRemoved)
        {
            LogReset(logger, userId, unusedCodes);
        }
        return (factorRemoved, unusedCodes);
    }

    /// <summary>How many of the account's recovery codes are still unused.</summary>
    public Task<int> RecoveryCodesLeftAsync(Guid userId, CancellationToken cancellationToken) =>
        db.RecoveryCodes.CountAsync(r => r.UserId == userId && r.UsedAt == null, cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recovery code used by user {UserId} instead of a one-time code; {Left} left")]
    private static partial void LogRecoveryCodeUsed(ILogger logger, Guid userId, int left);

    [LoggerMessage(Level = LogLevel.Information, Message = "Second factor enrolled by user {UserId} with {Count} recovery codes")]
    private static partial void LogEnrolled(ILogger logger, Guid userId, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Second factor of user {UserId} reset: factor and recovery codes removed ({Unused} unused)")]
    private static partial void LogReset(ILogger logger, Guid userId, int unused);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Second factor required of user {UserId}, who has none stored (reset since the password step): the sign-in starts again")]
    private static partial void LogNotEnrolled(ILogger logger, Guid userId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Second factor of user {UserId} cannot be read ({Error}): its data-protection key is missing from auth's key ring")]
    private static partial void LogUnreadable(ILogger logger, Guid userId, string error);
}
