using OtpNet;

namespace ChatNomina.Seeder;

/// <summary>
/// The demo HR account's second factor (TOTP, RFC 6238: HMAC-SHA1, 30-second steps, 6 digits, as the
/// auth service checks it). Its secret comes from <c>CHATNOMINA_DEMO_TOTP_SECRET</c> (base32) with a
/// documented local default — a demo value like the demo password, not a secret: set your own for
/// anything shared. <c>./chatnomina otp</c> prints the current code with it.
/// </summary>
public static class DemoSecondFactor
{
    public const string SecretVariable = "CHATNOMINA_DEMO_TOTP_SECRET";

    /// <summary>The local default of <see cref="SecretVariable"/> (20 bytes in base32).</summary>
    public const string DefaultSecret = "CHATNOMINADEMOHRTOTPSECRET234567";

    public const int StepSeconds = 30;

    /// <summary>The configured secret: <see cref="SecretVariable"/>, else <see cref="DefaultSecret"/>.</summary>
    public static string Secret =>
        Environment.GetEnvironmentVariable(SecretVariable) is { Length: > 0 } secret ? secret : DefaultSecret;

    /// <summary>The secret's bytes; a value that is not base32 of at least 16 bytes is refused with a clear message.</summary>
    public static byte[] Decode(string base32)
    {
        byte[] bytes;
        try
        {
            bytes = Base32Encoding.ToBytes(base32.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant());
        }
        catch (ArgumentException)
        {
            throw new FormatException($"{SecretVariable} is not base32 (letters A-Z and digits 2-7).");
        }
        return bytes.Length >= 16 ? bytes : throw new FormatException($"{SecretVariable} is too short: at least 16 bytes (26 base32 characters).");
    }

    /// <summary>The code of the step that holds <paramref name="at"/>.</summary>
    public static string CodeAt(string base32, DateTimeOffset at) =>
        new Totp(Decode(base32), StepSeconds, OtpHashMode.Sha1, 6).ComputeTotp(at.UtcDateTime);
}
