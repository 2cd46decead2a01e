using System.Diagnostics.Metrics;
using ChatNomina.ServiceDefaults.Telemetry;

namespace ChatNomina.Auth.Credentials;

/// <summary>
/// <c>chatnomina_auth_sign_ins_total{result}</c>: success, wrong_password, unknown_user, throttled,
/// throttle_unavailable, code_required (right password of an hr/admin account, no one-time code yet),
/// wrong_code (wrong, used or unusable one-time code); <c>chatnomina_auth_accounts_under_attack_total</c>:
/// accounts that crossed the cross-address failure threshold (the alert's signal);
/// <c>chatnomina_auth_recovery_codes_used_total</c>: recovery codes accepted instead of a one-time code;
/// <c>chatnomina_auth_second_factor_enrolments_total{result}</c>: enrolled, wrong_code, already_enrolled.
/// Sign-ins also count <c>enrolment_required</c> (right password of an hr/admin account without a factor).
/// </summary>
public sealed class AuthMetrics(ChatNominaMetrics metrics)
{
    private readonly Counter<long> _signIns = metrics.Meter.CreateCounter<long>(
        $"{ChatNominaMetrics.Prefix}auth_sign_ins", description: "Password sign-ins by result.");

    private readonly Counter<long> _underAttack = metrics.Meter.CreateCounter<long>(
        $"{ChatNominaMetrics.Prefix}auth_accounts_under_attack", description: "Accounts whose failed sign-ins from all addresses crossed the threshold.");

    private readonly Counter<long> _recoveryCodes = metrics.Meter.CreateCounter<long>(
        $"{ChatNominaMetrics.Prefix}auth_recovery_codes_used", description: "Recovery codes accepted instead of a one-time code.");

    private readonly Counter<long> _enrolments = metrics.Meter.CreateCounter<long>(
        $"{ChatNominaMetrics.Prefix}auth_second_factor_enrolments", description: "Second-factor enrolment confirmations by result.");

    public void RecoveryCodeUsed() => _recoveryCodes.Add(1);

    public void Enrolment(string result) => _enrolments.Add(1, new KeyValuePair<string, object?>("result", result));

    public void RecordSignIn(string result) =>
        _signIns.Add(1, new KeyValuePair<string, object?>("result", result));

    public void AccountUnderAttack() => _underAttack.Add(1);
}
