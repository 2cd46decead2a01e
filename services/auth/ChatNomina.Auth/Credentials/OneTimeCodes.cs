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

/// <summary>
/// The binding of a browser's pending second step to the account's factor as it was when the password
/// was right: the last accepted step then. Any code accepted for the account since spends it.
/// </summary>
public readonly record struct StepBinding(long? LastUsedStep);

/// <summary>
/// TOTP second factor (RFC 6238 with Otp.NET: HMAC-SHA1, 30-second steps, 6 digits), required of
/// <c>hr</c> and <c>admin</c> accounts. A code of the previous, current or next step is accepted
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Second factor required of user {UserId}, who has none stored: the sign-in cannot complete")]
    private static partial void LogNotEnrolled(ILogger logger, Guid userId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Second factor of user {UserId} cannot be read ({Error}): its data-protection key is missing from auth's key ring")]
    private static partial void LogUnreadable(ILogger logger, Guid userId, string error);
}
