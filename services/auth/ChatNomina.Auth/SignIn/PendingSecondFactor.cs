using System.Globalization;
using ChatNomina.Auth.Credentials;
using Microsoft.AspNetCore.DataProtection;

namespace ChatNomina.Auth.SignIn;

/// <summary>A browser sign-in whose password was right and whose one-time code is still to come.</summary>
internal readonly record struct PendingSignIn(Guid UserId, StepBinding Binding);

/// <summary>
/// The sign-in page's second step (hr, admin): after the right password the page answers with the
/// code form, whose hidden field <see cref="FieldName"/> carries which account passed the password —
/// protected with auth's data-protection keys (so it cannot be made or changed outside auth, and any
/// replica reads it), valid <see cref="Lifetime"/> from the password step (a wrong code does not
/// extend it), and bound to the account's factor as it was then (<see cref="StepBinding"/>): once any
/// code is accepted for the account it is spent, so it serves one sign-in. It says nothing a client
/// could use without a valid code, and it is never logged.
/// </summary>
internal sealed class PendingSecondFactor(IDataProtectionProvider dataProtection, TimeProvider clock)
{
    public const string FieldName = "pending";

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly ProtectedStepField _field =
        new(dataProtection.CreateProtector("ChatNomina.Auth.SignIn.PendingSecondFactor.v1"), clock, Lifetime);

    public string Issue(Guid userId, StepBinding binding) =>
        _field.Issue(userId, binding.LastUsedStep?.ToString(CultureInfo.InvariantCulture) ?? "");

    /// <summary>The pending sign-in the field names, or null when it is missing, altered, from elsewhere or expired.</summary>
    public PendingSignIn? Read(string? token)
    {
        if (_field.Read(token) is not { } field)
        {
            return null;
        }
        var (userId, step) = field;
        long? lastStep = null;
        if (step.Length > 0)
        {
            if (!long.TryParse(step, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return null;
            }
            lastStep = value;
        }
        return new PendingSignIn(userId, new StepBinding(lastStep));
    }
}
