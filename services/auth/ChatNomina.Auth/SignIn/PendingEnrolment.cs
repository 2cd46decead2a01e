using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace ChatNomina.Auth.SignIn;

/// <summary>A browser sign-in whose password was right, for an hr/admin account without a second factor: the new secret waits for its first code.</summary>
internal readonly record struct PendingEnrolmentState(Guid UserId, byte[] Secret);

/// <summary>
/// The enrolment step of the sign-in page (hr, admin without a factor): after the right password the page shows a
/// new TOTP secret and asks for a code of it; nothing is stored until that code is right. The hidden field
/// <see cref="FieldName"/> carries which account passed the password and the new secret — protected with auth's
/// data-protection keys like <see cref="PendingSecondFactor"/> (nobody outside auth makes, reads or changes one; any
/// replica reads it), valid <see cref="Lifetime"/> from the password step (a wrong code does not extend it), and bound
/// to the account having no factor: it serves one enrolment, since the factor it stores makes any other fail. Never logged.
/// </summary>
internal sealed class PendingEnrolment(IDataProtectionProvider dataProtection, TimeProvider clock)
{
    public const string FieldName = "enrolment";

    /// <summary>Longer than the code step's 5 minutes: installing an authenticator app takes a while.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private const string Version = "v1";

    private readonly IDataProtector _protector = dataProtection.CreateProtector("ChatNomina.Auth.SignIn.PendingEnrolment.v1");

    public string Issue(Guid userId, byte[] secret)
    {
        var expires = clock.GetUtcNow().Add(Lifetime).ToUnixTimeMilliseconds();
        var payload = string.Join('|', Version, userId.ToString("N"), WebEncoders.Base64UrlEncode(secret),
            expires.ToString(CultureInfo.InvariantCulture));
        return WebEncoders.Base64UrlEncode(_protector.Protect(Encoding.UTF8.GetBytes(payload)));
    }

    /// <summary>The pending enrolment the field names, or null when it is missing, altered, from elsewhere or expired.</summary>
    public PendingEnrolmentState? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1024)
        {
            return null;
        }
        string[] parts;
        try
        {
            parts = Encoding.UTF8.GetString(_protector.Unprotect(WebEncoders.Base64UrlDecode(token))).Split('|');
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return null;
        }
        if (parts is not [Version, var id, var secret, var expires]
            || !Guid.TryParseExact(id, "N", out var userId)
            || !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var expiresAt)
            || clock.GetUtcNow().ToUnixTimeMilliseconds() >= expiresAt)
        {
            return null;
        }
        try
        {
            return new PendingEnrolmentState(userId, WebEncoders.Base64UrlDecode(secret));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
