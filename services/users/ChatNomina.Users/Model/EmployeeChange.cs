namespace ChatNomina.Users.Model;

/// <summary>
/// One change HR made to an employee (<c>users.employee_changes</c>), written in the same transaction as
/// the change: who, when, what (the changed fields before and after as a JSON object; never a secret —
/// a set-password link is recorded by its expiry only).
/// </summary>
public sealed class EmployeeChange
{
    public long Id { get; private set; }
    public Guid EmployeeId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public Guid ActorId { get; private set; }
    public EmployeeChangeAction Action { get; private set; }

    /// <summary>JSON object: <c>{ "field": { "before": …, "after": … } }</c>.</summary>
    public string Details { get; private set; } = "{}";

    private EmployeeChange() { }

    public EmployeeChange(Guid employeeId, DateTimeOffset at, Guid actorId, EmployeeChangeAction action, string details)
    {
        EmployeeId = employeeId;
        At = at;
        ActorId = actorId;
        Action = action;
        Details = details;
    }
}

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<EmployeeChangeAction>))]
public enum EmployeeChangeAction
{
    [System.Text.Json.Serialization.JsonStringEnumMemberName("created")]
    Created,

    [System.Text.Json.Serialization.JsonStringEnumMemberName("updated")]
    Updated,

    [System.Text.Json.Serialization.JsonStringEnumMemberName("deactivated")]
    Deactivated,

    [System.Text.Json.Serialization.JsonStringEnumMemberName("reactivated")]
    Reactivated,

    [System.Text.Json.Serialization.JsonStringEnumMemberName("set_password_link")]
    SetPasswordLink,

    /// <summary>An admin changed the account's role (<c>details.role</c>: before and after).</summary>
    [System.Text.Json.Serialization.JsonStringEnumMemberName("role_changed")]
    RoleChanged,

    /// <summary>An admin removed the account's second factor and recovery codes (<c>details.secondFactor</c>).</summary>
    [System.Text.Json.Serialization.JsonStringEnumMemberName("second_factor_reset")]
    SecondFactorReset,
}
