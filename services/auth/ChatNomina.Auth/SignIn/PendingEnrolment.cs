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

    private readonly ProtectedStepField _field =
        new(dataProtection.CreateProtector("ChatNomina.Auth.SignIn.PendingEnrolment.v1"), clock, Lifetime);

    public string Issue(Guid userId, byte[] secret) => _field.Issue(userId, WebEncoders.Base64UrlEncode(secret));

    /// <summary>The pending enrolment the field names, or null when it is missing, altered, from elsewhere or expired.</summary>
    public PendingEnrolmentState? Read(string? token)
    {
        if (_field.Read(token) is not { } field)
        {
            return null;
        }
        var (userId, secret) = field;
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
