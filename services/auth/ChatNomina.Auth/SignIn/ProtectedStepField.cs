using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace ChatNomina.Auth.SignIn;

/// <summary>
/// The hidden field of a sign-in step that follows the right password (<see cref="PendingSecondFactor"/>,
/// <see cref="PendingEnrolment"/>): which account passed the password and one value of the step, valid
/// <c>lifetime</c> from when it was issued — protected with auth's data-protection keys under the step's own
/// purpose (nobody outside auth makes, reads or changes one, one step's field is never read as another's, and
/// any replica reads it), base64url. The payload is <c>v1|{user id}|{value}|{expiry, Unix ms}</c>. Never logged.
/// </summary>
internal sealed class ProtectedStepField(IDataProtector protector, TimeProvider clock, TimeSpan lifetime)
{
    private const string Version = "v1";

    /// <summary>Longer fields are not unprotected: nothing this class issues is that long.</summary>
    private const int MaxTokenLength = 1024;

    /// <param name="value">The step's own value; never contains <c>|</c> (the payload's separator).</param>
    public string Issue(Guid userId, string value)
    {
        if (value.Contains('|'))
        {
            throw new ArgumentException("The value of a step field cannot contain '|'.", nameof(value));
        }
        var expires = clock.GetUtcNow().Add(lifetime).ToUnixTimeMilliseconds();
        var payload = string.Join('|', Version, userId.ToString("N"), value, expires.ToString(CultureInfo.InvariantCulture));
        return WebEncoders.Base64UrlEncode(protector.Protect(Encoding.UTF8.GetBytes(payload)));
    }

    /// <summary>The account and value the field carries, or null when it is missing, altered, from elsewhere or expired.
    /// The value is as issued; the step parses it.</summary>
    public (Guid UserId, string Value)? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            return null;
        }
        string[] parts;
        try
        {
            parts = Encoding.UTF8.GetString(protector.Unprotect(WebEncoders.Base64UrlDecode(token))).Split('|');
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return null;
        }
        if (parts is not [Version, var id, var value, var expires]
            || !Guid.TryParseExact(id, "N", out var userId)
            || !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var expiresAt)
            || clock.GetUtcNow().ToUnixTimeMilliseconds() >= expiresAt)
        {
            return null;
        }
        return (userId, value);
    }
}
