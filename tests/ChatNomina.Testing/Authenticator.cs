using OtpNet;

namespace ChatNomina.Testing;

/// <summary>
/// An authenticator app, for tests and tools that sign in as an <c>hr</c> or <c>admin</c> account: the
/// account's TOTP codes (RFC 6238 with Otp.NET, as the auth service checks them: HMAC-SHA1, 30-second
/// steps, 6 digits). The auth service accepts a code of the previous, current or next step, each step
/// once per account, so <see cref="NextCode"/> gives the current step's code and, once that was given,
/// the next step's: two sign-ins in the same 30 seconds both work without waiting.
/// </summary>
public sealed class Authenticator(string base32Secret)
{
    /// <summary>The environment variable that sets the demo HR account's secret (seeder, ./chatnomina otp).</summary>
    public const string DemoSecretVariable = "CHATNOMINA_DEMO_TOTP_SECRET";

    /// <summary>The documented local default of <see cref="DemoSecretVariable"/>: a demo value, not a secret
    /// (the same as tools/ChatNomina.Seeder's <c>DemoCompany.DefaultTotpSecret</c>).</summary>
    public const string DefaultDemoSecret = "CHATNOMINADEMOHRTOTPSECRET234567";

    public const int StepSeconds = 30;

    private readonly byte[] _secret = Base32Encoding.ToBytes(base32Secret);
    private readonly Lock _lock = new();
    private long _lastStep = long.MinValue;

    /// <summary>The demo HR account's secret: <see cref="DemoSecretVariable"/>, else the local default.</summary>
    public static string DemoSecret =>
        Environment.GetEnvironmentVariable(DemoSecretVariable) is { Length: > 0 } secret ? secret : DefaultDemoSecret;

    /// <summary>The demo HR account's authenticator (rrhh@chatnomina.local).</summary>
    public static Authenticator Demo() => new(DemoSecret);

    public string Secret { get; } = base32Secret;

    /// <summary>The code of the 30-second step that holds <paramref name="at"/>.</summary>
    public string CodeAt(DateTimeOffset at) => new Totp(_secret, StepSeconds, OtpHashMode.Sha1, 6).ComputeTotp(at.UtcDateTime);

    /// <summary>The step (Unix seconds / 30) that holds <paramref name="at"/>.</summary>
    public static long StepOf(DateTimeOffset at) => at.ToUnixTimeSeconds() / StepSeconds;

    /// <summary>
    /// A code not given before by this authenticator: the current step's, else the next step's (still
    /// accepted). Throws when both were given already (a test signing in more often than that waits).
    /// </summary>
    public string NextCode(TimeProvider? clock = null)
    {
        var now = (clock ?? TimeProvider.System).GetUtcNow();
        lock (_lock)
        {
            var step = Math.Max(StepOf(now), _lastStep + 1);
            if (step > StepOf(now) + 1)
            {
                throw new InvalidOperationException("This authenticator gave the codes of this step and the next already; wait 30 seconds.");
            }
            _lastStep = step;
            return CodeAt(DateTimeOffset.FromUnixTimeSeconds(step * StepSeconds));
        }
    }
}
