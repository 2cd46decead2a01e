using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using ChatNomina.ServiceDefaults.Authentication;
using ChatNomina.Users.Infrastructure;
using ChatNomina.Users.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ChatNomina.Users.Apis;

public static class UsersApi
{
    public const int MaxPageSize = 200;

    /// <summary>Most ids one lookup may ask about (a payroll import of every employee of a large company).</summary>
    public const int MaxLookupIds = 100_000;

    public static RouteGroupBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/users").WithTags("Users");

        // The signed-in employee's own profile: the id is the token's sub, nothing else.
        api.MapGet("/me", GetOwnProfile).WithName("GetOwnProfile");

        var hr = api.MapGroup("").RequireAuthorization(AuthenticationExtensions.HrPolicy);
        hr.MapGet("/", ListEmployees).WithName("ListEmployees");
        hr.MapGet("/{id:guid}", GetEmployee).WithName("GetEmployee");
        hr.MapPut("/{id:guid}", UpdateEmployee).WithName("UpdateEmployee");
        // Which of these ids name no employee (payroll checks an import against it before writing).
        hr.MapPost("/lookup", FindMissingEmployees).WithName("FindMissingEmployees");

        return api;
    }

    public static async Task<Results<Ok<EmployeeDto>, NotFound>> GetOwnProfile(
        ClaimsPrincipal user, EmployeeProfiles profiles, CancellationToken ct) =>
        await profiles.GetAsync(user.GetUserId(), ct) is { } profile ? TypedResults.Ok(profile) : TypedResults.NotFound();

    public static async Task<Results<Ok<EmployeeDto>, NotFound>> GetEmployee(
        Guid id, EmployeeProfiles profiles, CancellationToken ct) =>
        await profiles.GetAsync(id, ct) is { } profile ? TypedResults.Ok(profile) : TypedResults.NotFound();

    public static async Task<Results<Ok<EmployeePage>, ValidationProblem>> ListEmployees(
        UsersDbContext db, string? department, int? page, int? pageSize, string? status, string? search, CancellationToken ct)
    {
        var p = page ?? 1;
        var size = pageSize ?? 50;
        var errors = new Dictionary<string, string[]>();
        if (p < 1)
        {
            errors["page"] = ["The page must be 1 or more."];
        }
        if (size is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"The page size must be between 1 and {MaxPageSize}."];
        }
        if (department is { Length: > 100 })
        {
            errors["department"] = ["The department is at most 100 characters."];
        }
        else if (department is not null && department.Any(char.IsControl))
        {
            errors["department"] = ["The department must not contain control characters."];
        }
        if (status is not null and not ("active" or "deactivated" or "pending"))
        {
            errors["status"] = ["The status is active, deactivated or pending."];
        }
        if (search is { Length: > EmployeeSearch.MaxLength })
        {
            errors["search"] = [$"The search is at most {EmployeeSearch.MaxLength} characters."];
        }
        else if (search is not null && search.Any(char.IsControl))
        {
            errors["search"] = ["The search must not contain control characters."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Invalid query");
        }

        var query = db.Employees.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(department))
        {
            query = query.Where(e => e.Department == department.Trim());
        }
        query = status switch
        {
            "pending" => query.Where(e => e.AuthConfirmedVersion < e.CredentialVersion),
            "active" => query.Where(e => e.AuthConfirmedVersion >= e.CredentialVersion && e.DeactivatedAt == null),
            "deactivated" => query.Where(e => e.AuthConfirmedVersion >= e.CredentialVersion && e.DeactivatedAt != null),
            _ => query,
        };
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = EmployeeSearch.Pattern(search);
            query = query.Where(e => EF.Functions.Like(e.SearchText, pattern, "\\"));
        }
        var total = await query.CountAsync(ct);
        // In long: (page - 1) * pageSize overflows int for huge pages (a negative OFFSET, a 500).
        // A page that starts past the last row is empty without asking the database.
        var offset = (long)(p - 1) * size;
        var items = offset >= total
            ? []
            : await query
                .OrderBy(e => e.LastName).ThenBy(e => e.FirstName).ThenBy(e => e.Id)
                .Skip((int)offset).Take(size)
                .ToListAsync(ct);
        return TypedResults.Ok(new EmployeePage([.. items.Select(EmployeeDto.From)], p, size, total));
    }

    public static async Task<Results<Ok<EmployeeLookupResult>, ValidationProblem>> FindMissingEmployees(
        EmployeeLookupRequest request, UsersDbContext db, CancellationToken ct)
    {
        if (request.Ids is null && request.EmployeeNumbers is null)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["ids"] = ["The ids (or employeeNumbers) are required."] }, title: "Invalid lookup");
        }
        var ids = (request.Ids ?? []).Distinct().ToList();
        var numbers = (request.EmployeeNumbers ?? []).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count + numbers.Count > MaxLookupIds)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["ids"] = [$"At most {MaxLookupIds} distinct ids and numbers per lookup."] },
                title: "Invalid lookup");
        }
        if (numbers.Any(n => n is null || n.Length is 0 or > 20))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["employeeNumbers"] = ["An employee number has 1 to 20 characters."] }, title: "Invalid lookup");
        }
        var known = ids.Count == 0
            ? []
            : await db.Employees.AsNoTracking().Where(e => ids.Contains(e.Id)).Select(e => e.Id).ToHashSetAsync(ct);
        var result = new EmployeeLookupResult([.. ids.Where(id => !known.Contains(id))]);
        if (request.EmployeeNumbers is null)
        {
            return TypedResults.Ok(result);
        }
        var found = numbers.Count == 0
            ? []
            : await db.Employees.AsNoTracking().Where(e => numbers.Contains(e.EmployeeNumber))
                .ToDictionaryAsync(e => e.EmployeeNumber, e => e.Id, StringComparer.Ordinal, ct);
        return TypedResults.Ok(result with { Numbers = found, MissingNumbers = [.. numbers.Where(n => !found.ContainsKey(n))] });
    }

    public static async Task<Results<Ok<EmployeeDto>, NotFound, ValidationProblem>> UpdateEmployee(
        Guid id, UpdateEmployeeRequest request, ClaimsPrincipal user, UsersDbContext db, EmployeeProfiles profiles, TimeProvider clock, CancellationToken ct)
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true))
        {
            return TypedResults.ValidationProblem(
                results.SelectMany(r => r.MemberNames.DefaultIfEmpty("").Select(m => (Member: m, r.ErrorMessage)))
                    .GroupBy(x => x.Member)
                    .ToDictionary(g => g.Key, g => g.Select(x => x.ErrorMessage ?? "Invalid value.").ToArray()),
                title: "Invalid profile");
        }

        var employee = await db.Employees.SingleOrDefaultAsync(e => e.Id == id, ct);
        if (employee is null)
        {
            return TypedResults.NotFound();
        }
        var now = clock.GetUtcNow();
        var (department, position, language) = (request.Department.Trim(), request.Position.Trim(), request.PreferredLanguage);
        // The audit row names the fields that changed, before and after, and commits with the change.
        var changed = new List<(string, string?, string?)>();
        if (employee.Department != department)
        {
            changed.Add(("department", employee.Department, department));
        }
        if (employee.Position != position)
        {
            changed.Add(("position", employee.Position, position));
        }
        if (employee.PreferredLanguage != language)
        {
            changed.Add(("preferredLanguage", employee.PreferredLanguage, language));
        }
        employee.Update(department, position, language, now);
        if (changed.Count > 0)
        {
            db.EmployeeChanges.Add(new EmployeeChange(id, now, user.GetUserId(), EmployeeChangeAction.Updated, PeopleApi.Details([.. changed])));
        }
        await db.SaveChangesAsync(ct);
        await profiles.InvalidateAsync(id);
        return TypedResults.Ok(EmployeeDto.From(employee));
    }
}
