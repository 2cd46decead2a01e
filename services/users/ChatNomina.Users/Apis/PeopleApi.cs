using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatNomina.ServiceDefaults.Authentication;
using ChatNomina.Users.Credentials;
using ChatNomina.Users.Extensions;
using ChatNomina.Users.Infrastructure;
using ChatNomina.Users.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatNomina.Users.Apis;

/// <summary>
/// HR's people routes (docs/people.md): create an employee with a one-time set-password link, deactivate
/// and reactivate, issue a new link, and read an employee's change audit. Each change commits the
/// profile, its audit row and (when the credential changes) an outbox row in one transaction, then
/// delivers the credential state to auth at once (<see cref="CredentialOutbox"/>); what auth has not
/// acknowledged yet shows as <c>status: "pending"</c> and is delivered later by the outbox dispatcher.
/// </summary>
public static partial class PeopleApi
{
    public static RouteGroupBuilder MapPeopleApi(this IEndpointRouteBuilder app)
    {
        var hr = app.MapGroup("/api/users").WithTags("People").RequireAuthorization(AuthenticationExtensions.HrPolicy);
        hr.MapPost("/", CreateEmployee).WithName("CreateEmployee");
        hr.MapPost("/{id:guid}/deactivate", DeactivateEmployee).WithName("DeactivateEmployee");
        hr.MapPost("/{id:guid}/reactivate", ReactivateEmployee).WithName("ReactivateEmployee");
        hr.MapPost("/{id:guid}/set-password-link", IssueSetPasswordLink).WithName("IssueSetPasswordLink");
        hr.MapGet("/{id:guid}/changes", ListEmployeeChanges).WithName("ListEmployeeChanges");
        return hr;
    }

    public static async Task<Results<Created<CreatedEmployee>, ValidationProblem, ProblemHttpResult>> CreateEmployee(
        CreateEmployeeRequest request, ClaimsPrincipal user, UsersDbContext db, CredentialOutbox outbox,
        IOptions<UsersOptions> options, IOptions<IdentityOptions> identity, TimeProvider clock, ILoggerFactory loggers, CancellationToken ct)
    {
        if (Validate(request) is { } invalid)
        {
            return invalid;
        }
        var email = request.Email.Trim().ToLowerInvariant();
        var number = request.EmployeeNumber.Trim();
        if (await DuplicateAsync(db, email, number, ct) is { } duplicate)
        {
            return duplicate;
        }

        var now = clock.GetUtcNow();
        var actor = user.GetUserId();
        var link = SetPasswordLink.Create(now, options.Value.SetPasswordLinkLifetime);
        var employee = Employee.Hire(Guid.CreateVersion7(now), number, email, request.FirstName.Trim(), request.LastName.Trim(),
            request.Department.Trim(), request.Position.Trim(), request.HireDate!.Value, request.PreferredLanguage, link, now);
        db.Employees.Add(employee);
        db.EmployeeChanges.Add(new EmployeeChange(employee.Id, now, actor, EmployeeChangeAction.Created, Details(
            ("employeeNumber", null, employee.EmployeeNumber),
            ("email", null, employee.Email),
            ("firstName", null, employee.FirstName),
            ("lastName", null, employee.LastName),
            ("department", null, employee.Department),
            ("position", null, employee.Position),
            ("hireDate", null, employee.HireDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ("preferredLanguage", null, employee.PreferredLanguage),
            ("setPasswordExpiresAt", null, Iso(link.ExpiresAt)))));
        db.CredentialOutbox.Add(CredentialOutbox.Message(employee, EmployeeChangeAction.Created, now));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex))
        {
            // Another request took the e-mail or the number between the check and the commit.
            return DuplicateProblem("An employee with this e-mail address or employee number already exists.");
        }
        LogChanged(loggers.CreateLogger(typeof(PeopleApi)), "created", employee.Id, actor);

        await outbox.DeliverAsync(employee.Id, ct);
        var dto = await CurrentAsync(db, employee.Id, ct);
        return TypedResults.Created($"/api/users/{employee.Id}",
            new CreatedEmployee(dto, LinkUrl(options.Value, identity.Value, link.Token), link.ExpiresAt));
    }

    public static Task<Results<Ok<EmployeeDto>, NotFound, ProblemHttpResult>> DeactivateEmployee(
        Guid id, ClaimsPrincipal user, UsersDbContext db, CredentialOutbox outbox, EmployeeProfiles profiles,
        TimeProvider clock, ILoggerFactory loggers, CancellationToken ct) =>
        ChangeStatusAsync(id, user, db, outbox, profiles, clock, loggers, deactivate: true, ct);

    public static Task<Results<Ok<EmployeeDto>, NotFound, ProblemHttpResult>> ReactivateEmployee(
        Guid id, ClaimsPrincipal user, UsersDbContext db, CredentialOutbox outbox, EmployeeProfiles profiles,
        TimeProvider clock, ILoggerFactory loggers, CancellationToken ct) =>
        ChangeStatusAsync(id, user, db, outbox, profiles, clock, loggers, deactivate: false, ct);

    /// <summary>
    /// Deactivate or reactivate; idempotent: the same request again changes nothing and writes no audit row,
    /// but still delivers whatever auth has not acknowledged, so a retry after a "pending" answer completes it.
    /// </summary>
    private static async Task<Results<Ok<EmployeeDto>, NotFound, ProblemHttpResult>> ChangeStatusAsync(
        Guid id, ClaimsPrincipal user, UsersDbContext db, CredentialOutbox outbox, EmployeeProfiles profiles,
        TimeProvider clock, ILoggerFactory loggers, bool deactivate, CancellationToken ct)
    {
        var employee = await db.Employees.SingleOrDefaultAsync(e => e.Id == id, ct);
        if (employee is null)
        {
            return TypedResults.NotFound();
        }
        var now = clock.GetUtcNow();
        var actor = user.GetUserId();
        var changed = deactivate ? employee.Deactivate(now) : employee.Reactivate(now);
        if (changed)
        {
            var action = deactivate ? EmployeeChangeAction.Deactivated : EmployeeChangeAction.Reactivated;
            var (before, after) = deactivate ? ("active", "deactivated") : ("deactivated", "active");
            db.EmployeeChanges.Add(new EmployeeChange(id, now, actor, action, Details(("status", before, after))));
            db.CredentialOutbox.Add(CredentialOutbox.Message(employee, action, now));
            if (await SaveOrConflictAsync(db, ct) is { } conflict)
            {
                return conflict;
            }
            LogChanged(loggers.CreateLogger(typeof(PeopleApi)), deactivate ? "deactivated" : "reactivated", id, actor);
        }
        await outbox.DeliverAsync(id, ct);
        await profiles.InvalidateAsync(id);
        return TypedResults.Ok(await CurrentAsync(db, id, ct));
    }

    public static async Task<Results<Ok<SetPasswordLinkDto>, NotFound, ProblemHttpResult>> IssueSetPasswordLink(
        Guid id, ClaimsPrincipal user, UsersDbContext db, CredentialOutbox outbox, EmployeeProfiles profiles,
        IOptions<UsersOptions> options, IOptions<IdentityOptions> identity, TimeProvider clock, ILoggerFactory loggers, CancellationToken ct)
    {
        var employee = await db.Employees.SingleOrDefaultAsync(e => e.Id == id, ct);
        if (employee is null)
        {
            return TypedResults.NotFound();
        }
        if (employee.DeactivatedAt is not null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Employee deactivated",
                detail: "A deactivated employee cannot set a password; reactivate the employee first.");
        }
        var now = clock.GetUtcNow();
        var actor = user.GetUserId();
        var previous = employee.SetPasswordExpiresAt;
        var link = SetPasswordLink.Create(now, options.Value.SetPasswordLinkLifetime);
        employee.IssueSetPasswordLink(link, now);
        db.EmployeeChanges.Add(new EmployeeChange(id, now, actor, EmployeeChangeAction.SetPasswordLink,
            Details(("setPasswordExpiresAt", previous is { } p ? Iso(p) : null, Iso(link.ExpiresAt)))));
        db.CredentialOutbox.Add(CredentialOutbox.Message(employee, EmployeeChangeAction.SetPasswordLink, now));
        if (await SaveOrConflictAsync(db, ct) is { } conflict)
        {
            return conflict;
        }
        LogChanged(loggers.CreateLogger(typeof(PeopleApi)), "issued a set-password link for", id, actor);
        await outbox.DeliverAsync(id, ct);
        await profiles.InvalidateAsync(id);
        return TypedResults.Ok(new SetPasswordLinkDto(LinkUrl(options.Value, identity.Value, link.Token), link.ExpiresAt));
    }

    public static async Task<Results<Ok<IReadOnlyList<EmployeeChangeDto>>, NotFound>> ListEmployeeChanges(
        Guid id, UsersDbContext db, CancellationToken ct)
    {
        if (!await db.Employees.AnyAsync(e => e.Id == id, ct))
        {
            return TypedResults.NotFound();
        }
        var rows = await db.EmployeeChanges.AsNoTracking()
            .Where(c => c.EmployeeId == id)
            .OrderByDescending(c => c.At).ThenByDescending(c => c.Id)
            .ToListAsync(ct);
        IReadOnlyList<EmployeeChangeDto> changes =
            [.. rows.Select(c => new EmployeeChangeDto(c.At, c.ActorId, c.Action, JsonDocument.Parse(c.Details).RootElement.Clone()))];
        return TypedResults.Ok(changes);
    }

    /// <summary>The audit row's details: each changed field's value before and after.</summary>
    internal static string Details(params (string Field, string? Before, string? After)[] fields)
    {
        var details = new JsonObject();
        foreach (var (field, before, after) in fields)
        {
            details[field] = new JsonObject { ["before"] = before, ["after"] = after };
        }
        return details.ToJsonString();
    }

    private static string Iso(DateTimeOffset at) => at.ToString("O", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The link through the gateway's public origin: auth's set-password page with the token.</summary>
    private static string LinkUrl(UsersOptions options, IdentityOptions identity, string token)
    {
        var origin = options.PublicBaseUrl is { Length: > 0 } configured ? configured : identity.Issuer ?? identity.Authority;
        return $"{origin.TrimEnd('/')}/account/set-password?token={Uri.EscapeDataString(token)}";
    }

    private static async Task<EmployeeDto> CurrentAsync(UsersDbContext db, Guid id, CancellationToken ct) =>
        EmployeeDto.From(await db.Employees.AsNoTracking().SingleAsync(e => e.Id == id, ct));

    private static async Task<ProblemHttpResult?> SaveOrConflictAsync(UsersDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Changed concurrently",
                detail: "The employee was changed by another request at the same time; nothing was changed. Read it again and retry.");
        }
    }

    private static async Task<ProblemHttpResult?> DuplicateAsync(UsersDbContext db, string email, string number, CancellationToken ct)
    {
        if (await db.Employees.AnyAsync(e => e.Email == email, ct))
        {
            return DuplicateProblem("An employee with this e-mail address already exists.");
        }
        if (await db.Employees.AnyAsync(e => e.EmployeeNumber == number, ct))
        {
            return DuplicateProblem("An employee with this employee number already exists.");
        }
        return null;
    }

    private static ProblemHttpResult DuplicateProblem(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Duplicate employee", detail: detail);

    private static bool IsUniqueViolation(DbUpdateException ex) =>
        ex.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation };

    internal static ValidationProblem? Validate<T>(T request) where T : notnull
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true))
        {
            return null;
        }
        return TypedResults.ValidationProblem(
            results.SelectMany(r => r.MemberNames.DefaultIfEmpty("").Select(m => (Member: JsonNamingPolicy.CamelCase.ConvertName(m), r.ErrorMessage)))
                .GroupBy(x => x.Member)
                .ToDictionary(g => g.Key, g => g.Select(x => x.ErrorMessage ?? "Invalid value.").ToArray()),
            title: "Invalid employee");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "HR {ActorId} {Change} employee {EmployeeId}")]
    private static partial void LogChanged(ILogger logger, string change, Guid employeeId, Guid actorId);
}
