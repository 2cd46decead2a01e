using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using ChatNomina.Users.Model;

namespace ChatNomina.Users.Apis;

public sealed record EmployeeDto(
    Guid Id,
    string EmployeeNumber,
    string Email,
    string FirstName,
    string LastName,
    string Department,
    string Position,
    DateOnly HireDate,
    string PreferredLanguage,
    EmployeeStatus Status = EmployeeStatus.Active,
    DateTimeOffset? DeactivatedAt = null)
{
    public static EmployeeDto From(Employee e) => new(
        e.Id, e.EmployeeNumber, e.Email, e.FirstName, e.LastName, e.Department, e.Position, e.HireDate, e.PreferredLanguage,
        e.Status, e.DeactivatedAt);
}

public sealed record EmployeePage(IReadOnlyList<EmployeeDto> Items, int Page, int PageSize, int TotalCount);

/// <summary>What HR may change on a profile.</summary>
public sealed record UpdateEmployeeRequest(
    [property: Required, StringLength(100, MinimumLength = 1), RegularExpression(UpdateEmployeeRequest.NoControlCharacters, ErrorMessage = UpdateEmployeeRequest.ControlCharactersMessage)] string Department,
    [property: Required, StringLength(100, MinimumLength = 1), RegularExpression(UpdateEmployeeRequest.NoControlCharacters, ErrorMessage = UpdateEmployeeRequest.ControlCharactersMessage)] string Position,
    [property: Required, RegularExpression("^(es|en)$")] string PreferredLanguage)
{
    /// <summary>No control characters: PostgreSQL rejects NUL in text, and none belongs in a name.</summary>
    internal const string NoControlCharacters = @"^[^\p{Cc}]*$";
    internal const string ControlCharactersMessage = "The field {0} must not contain control characters.";
}

/// <summary>A new employee, created by HR with the role <c>employee</c>; validated like <see cref="UpdateEmployeeRequest"/>.</summary>
public sealed record CreateEmployeeRequest(
    [property: Required, RegularExpression(CreateEmployeeRequest.EmployeeNumberPattern, ErrorMessage = "The employee number has 1 to 20 letters, digits, '.', '_' or '-'.")] string EmployeeNumber,
    [property: Required, StringLength(254, MinimumLength = 3), RegularExpression(CreateEmployeeRequest.EmailPattern, ErrorMessage = "The e-mail address is not valid.")] string Email,
    [property: Required, StringLength(100, MinimumLength = 1), RegularExpression(UpdateEmployeeRequest.NoControlCharacters, ErrorMessage = UpdateEmployeeRequest.ControlCharactersMessage)] string FirstName,
    [property: Required, StringLength(100, MinimumLength = 1), RegularExpression(UpdateEmployeeRequest.NoControlCharacters, ErrorMessage = UpdateEmployeeRequest.ControlCharactersMessage)] string LastName,
    [property: Required, StringLength(100, MinimumLength = 1), RegularExpression(UpdateEmployeeRequest.NoControlCharacters, ErrorMessage = UpdateEmployeeRequest.ControlCharactersMessage)] string Department,
    [property: Required, StringLength(100, MinimumLength = 1), RegularExpression(UpdateEmployeeRequest.NoControlCharacters, ErrorMessage = UpdateEmployeeRequest.ControlCharactersMessage)] string Position,
    [property: Required] DateOnly? HireDate,
    [property: Required, RegularExpression("^(es|en)$")] string PreferredLanguage)
{
    internal const string EmployeeNumberPattern = "^[A-Za-z0-9._-]{1,20}$";

    /// <summary>One @, no spaces or control characters, a dot in the domain (what a sign-in e-mail needs; not RFC 5322's every corner).</summary>
    internal const string EmailPattern = @"^[^@\s\p{Cc}]+@[^@\s\p{Cc}]+\.[^@\s\p{Cc}]+$";
}

/// <summary>The created employee and the one-time link HR hands over (shown once; only its hash is kept).</summary>
public sealed record CreatedEmployee(EmployeeDto Employee, string SetPasswordUrl, DateTimeOffset SetPasswordExpiresAt);

/// <summary>A new one-time set-password link (earlier ones stop working).</summary>
public sealed record SetPasswordLinkDto(string SetPasswordUrl, DateTimeOffset SetPasswordExpiresAt);

/// <summary>One row of an employee's change audit; <see cref="Details"/> maps each changed field to <c>{ before, after }</c>.</summary>
public sealed record EmployeeChangeDto(DateTimeOffset At, Guid ActorId, EmployeeChangeAction Action, System.Text.Json.JsonElement Details);

/// <summary>The role an admin gives an employee's account.</summary>
public sealed record ChangeRoleRequest(
    [property: Required(ErrorMessage = "The role is employee, hr or admin."),
        RegularExpression("^(employee|hr|admin)$", ErrorMessage = "The role is employee, hr or admin.")] string Role);

/// <summary>The answer to a role change: the role before and now; <see cref="Changed"/> false when it already was <see cref="Role"/>.</summary>
public sealed record RoleChangeDto(string Role, string PreviousRole, bool Changed);

/// <summary>An employee's sign-in account as HR sees it: the role and the second factor (never a secret or a code).</summary>
public sealed record EmployeeAccountDto(string Role, SecondFactorDto SecondFactor);

/// <summary>Whether an authenticator app is enrolled, and how many one-time recovery codes are left unused.</summary>
public sealed record SecondFactorDto(bool Enrolled, int RecoveryCodesLeft);

/// <summary>The answer to a second-factor reset: whether a factor was removed (false: there was none).</summary>
public sealed record SecondFactorResetDto(bool FactorRemoved, int RecoveryCodesRemoved);

/// <summary>Ids to check and/or employee numbers to resolve (payroll sends the employees of an import).</summary>
public sealed record EmployeeLookupRequest(IReadOnlyList<Guid>? Ids, IReadOnlyList<string>? EmployeeNumbers = null);

/// <summary>
/// The asked ids that name no employee, in the order asked; and, when numbers were asked, the id of
/// each number that names an employee (<c>numbers</c>, keyed as asked) and those that name none
/// (<c>missingNumbers</c>, in the order asked).
/// </summary>
public sealed record EmployeeLookupResult(IReadOnlyList<Guid> Missing)
{
    public IReadOnlyDictionary<string, Guid>? Numbers { get; init; }
    public IReadOnlyList<string>? MissingNumbers { get; init; }
}

[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(EmployeeDto))]
[JsonSerializable(typeof(EmployeePage))]
[JsonSerializable(typeof(UpdateEmployeeRequest))]
[JsonSerializable(typeof(EmployeeLookupRequest))]
[JsonSerializable(typeof(EmployeeLookupResult))]
[JsonSerializable(typeof(CreateEmployeeRequest))]
[JsonSerializable(typeof(CreatedEmployee))]
[JsonSerializable(typeof(SetPasswordLinkDto))]
[JsonSerializable(typeof(IReadOnlyList<EmployeeChangeDto>))]
[JsonSerializable(typeof(ChatNomina.Contracts.Credentials.CredentialState))]
[JsonSerializable(typeof(ChatNomina.Contracts.Credentials.CredentialStateAck))]
[JsonSerializable(typeof(ChatNomina.Contracts.Credentials.CredentialRoleChange))]
[JsonSerializable(typeof(ChatNomina.Contracts.Credentials.CredentialRoleChanged))]
[JsonSerializable(typeof(ChatNomina.Contracts.Credentials.CredentialAccount))]
[JsonSerializable(typeof(ChatNomina.Contracts.Credentials.SecondFactorResetAck))]
[JsonSerializable(typeof(ChangeRoleRequest))]
[JsonSerializable(typeof(RoleChangeDto))]
[JsonSerializable(typeof(EmployeeAccountDto))]
[JsonSerializable(typeof(SecondFactorResetDto))]
internal sealed partial class UsersJsonContext : JsonSerializerContext;
