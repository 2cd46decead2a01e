using System.Diagnostics.Metrics;
using ChatNomina.ServiceDefaults.Telemetry;

namespace ChatNomina.Auth.Credentials;

/// <summary><c>chatnomina_auth_sign_ins_total{result}</c>: success, wrong_password, unknown_user, locked_out.</summary>
public sealed class AuthMetrics(ChatNominaMetrics metrics)
{
    private readonly Counter<long> _signIns = metrics.Meter.CreateCounter<long>(
        $"{ChatNominaMetrics.Prefix}auth_sign_ins", description: "Password sign-ins by result.");

    public void RecordSignIn(string result) =>
        _signIns.Add(1, new KeyValuePair<string, object?>("result", result));
}
