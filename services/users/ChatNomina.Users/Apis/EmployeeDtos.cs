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
    string PreferredLanguage)
{
    public static EmployeeDto From(Employee e) => new(
        e.Id, e.EmployeeNumber, e.Email, e.FirstName, e.LastName, e.Department, e.Position, e.HireDate, e.PreferredLanguage);
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
internal sealed partial class UsersJsonContext : JsonSerializerContext;
