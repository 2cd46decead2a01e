using System.Security.Claims;
using ChatNomina.Contracts.Credentials;
using ChatNomina.ServiceDefaults.Authentication;
using ChatNomina.ServiceDefaults.Errors;
using ChatNomina.Users.Credentials;
using ChatNomina.Users.Extensions;
using ChatNomina.Users.Infrastructure;
using ChatNomina.Users.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatNomina.Users.Apis;

/// <summary>
/// An employee's sign-in account, which the auth service owns (docs/people.md "Roles and second factor"):
/// HR reads its role and second factor; an admin changes the role or resets the second factor. Auth is called synchronously (its
/// internal routes, the users service's credential): auth unreachable or failing → 503 + Retry-After and
/// nothing changed. After a change the user's tokens all end at once, exactly as "sign out everywhere"
/// (<see cref="SessionsApi.RevokeAsync"/>), and the change is recorded in the employee change audit.
/// </summary>
public static partial class EmployeeAccountApi
{
    /// <summary>The <c>Retry-After</c> of a 503 (seconds), as the default exception handler answers.</summary>
    private const string RetryAfterSeconds = "5";

    public static RouteGroupBuilder MapEmployeeAccountApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/users/{id:guid}").WithTags("Accounts");
        api.MapGet("/account", GetAccount).WithName("GetEmployeeAccount").RequireAuthorization(AuthenticationExtensions.HrPolicy);
        api.MapPut("/role", ChangeRole).WithName("ChangeEmployeeRole").RequireAuthorization(AuthenticationExtensions.AdminPolicy);
        api.MapPost("/second-factor/reset", ResetSecondFactor).WithName("ResetEmployeeSecondFactor")
            .RequireAuthorization(AuthenticationExtensions.AdminPolicy);
        return api;
    }

    public static async Task<Results<Ok<EmployeeAccountDto>, NotFound, ProblemHttpResult>> GetAccount(
        Guid id, UsersDbContext db, AuthCredentialsClient auth, IOptions<UsersOptions> options, HttpContext http,
        ILoggerFactory loggers, CancellationToken ct)
    {
        if (!await db.Employees.AnyAsync(e => e.Id == id, ct))
        {
            return TypedResults.NotFound();
        }
        var account = await CallAuthAsync(http, loggers, id, options.Value, ct,
            timeout => auth.GetAccountAsync(id, options.Value.ProvisioningSecret, timeout));
        if (account.Value is not { } a)
        {
            return account.Problem ?? NotProvisioned(http);
        }
        return TypedResults.Ok(new EmployeeAccountDto(a.Role, new SecondFactorDto(a.SecondFactor.Enrolled, a.SecondFactor.RecoveryCodesLeft)));
    }

    /// <summary>
    /// Sets the account's role. Admins only, never their own (409: another admin does it, so an organisation
    /// cannot lose its last admin by mistake and nobody raises or lowers themselves). The same role again is
    /// 200 with <c>changed: false</c>, writes no audit row, and still ends the user's tokens: a retry after a
    /// 503 from Redis (the role changed, the tokens were not ended yet) completes the change.
    /// </summary>
    public static async Task<Results<Ok<RoleChangeDto>, NotFound, ValidationProblem, ProblemHttpResult>> ChangeRole(
        Guid id, ChangeRoleRequest request, ClaimsPrincipal user, UsersDbContext db, AuthCredentialsClient auth,
        CredentialOutbox outbox, RevokedTokens revoked, IOptions<UsersOptions> options, TimeProvider clock, HttpContext http,
        ILoggerFactory loggers, CancellationToken ct)
    {
        if (PeopleApi.Validate(request) is { } invalid)
        {
            return invalid;
        }
        var actor = user.GetUserId();
        var answer = await AdministerAsync(id, actor, db, outbox, http, loggers, options.Value,
            "An admin cannot change their own role; another admin does it.", ct,
            timeout => auth.ChangeRoleAsync(id, request.Role, options.Value.ProvisioningSecret, timeout));
        if (answer.Value is not { } changed)
        {
            return answer.Problem is { } problem ? problem : TypedResults.NotFound();
        }

        var logger = loggers.CreateLogger(typeof(EmployeeAccountApi));
        if (changed.Changed)
        {
            // The role changed in auth; a lost audit row is said loudly, and the tokens still end below.
            await AuditAsync(db, new EmployeeChange(id, clock.GetUtcNow(), actor, EmployeeChangeAction.RoleChanged,
                PeopleApi.Details(("role", changed.PreviousRole, changed.Role))),
                ex => LogAuditLost(logger, ex, id, actor, changed.PreviousRole, changed.Role), ct);
            LogRoleChanged(logger, id, actor, changed.PreviousRole, changed.Role);
        }

        if (await EndSessionsAsync(http, revoked, id, options.Value, clock,
            "The role was changed, but the user's tokens could not be ended yet; send the same request again to end them.") is { } notEnded)
        {
            return notEnded;
        }
        return TypedResults.Ok(new RoleChangeDto(changed.Role, changed.PreviousRole, changed.Changed));
    }

    /// <summary>
    /// Removes the account's second factor and its recovery codes (a lost phone, codes used up): the user enrols a
    /// new one at the next browser sign-in. Admins only, never their own (409). Every token of the user ends at once
    /// and the reset is audited. An account without a factor: 200 with <c>factorRemoved: false</c>, no audit row, the
    /// tokens still ended (so a retry after a 503 from Redis completes it).
    /// </summary>
    public static async Task<Results<Ok<SecondFactorResetDto>, NotFound, ProblemHttpResult>> ResetSecondFactor(
        Guid id, ClaimsPrincipal user, UsersDbContext db, AuthCredentialsClient auth, CredentialOutbox outbox, RevokedTokens revoked,
        IOptions<UsersOptions> options, TimeProvider clock, HttpContext http, ILoggerFactory loggers, CancellationToken ct)
    {
        var actor = user.GetUserId();
        var answer = await AdministerAsync(id, actor, db, outbox, http, loggers, options.Value,
            "An admin cannot reset their own second factor; another admin does it.", ct,
            timeout => auth.ResetSecondFactorAsync(id, options.Value.ProvisioningSecret, timeout));
        if (answer.Value is not { } reset)
        {
            return answer.Problem is { } problem ? problem : TypedResults.NotFound();
        }

        var logger = loggers.CreateLogger(typeof(EmployeeAccountApi));
        if (reset.FactorRemoved)
        {
            await AuditAsync(db, new EmployeeChange(id, clock.GetUtcNow(), actor, EmployeeChangeAction.SecondFactorReset,
                PeopleApi.Details(
                    ("secondFactor", "enrolled", "none"),
                    ("recoveryCodesLeft", reset.RecoveryCodesRemoved.ToString(System.Globalization.CultureInfo.InvariantCulture), "0"))),
                ex => LogResetAuditLost(logger, ex, id, actor), ct);
            LogSecondFactorReset(logger, id, actor);
        }

        if (await EndSessionsAsync(http, revoked, id, options.Value, clock,
            "The second factor was reset, but the user's tokens could not be ended yet; send the same request again to end them.") is { } notEnded)
        {
            return notEnded;
        }
        return TypedResults.Ok(new SecondFactorResetDto(reset.FactorRemoved, reset.RecoveryCodesRemoved));
    }

    /// <summary>
    /// An admin's change of an employee's account, made by <paramref name="call"/> to auth: auth's answer; or no value and
    /// no problem when there is no such employee (404); or the refusal — their own account (409,
    /// <paramref name="ownAccount"/> says why), a deactivated employee (409), auth failing or not holding the account yet
    /// (503). An employee whose credential is still pending is delivered to auth first.
    /// </summary>
    private static async Task<(T? Value, ProblemHttpResult? Problem)> AdministerAsync<T>(Guid id, Guid actor, UsersDbContext db,
        CredentialOutbox outbox, HttpContext http, ILoggerFactory loggers, UsersOptions options, string ownAccount, CancellationToken ct,
        Func<CancellationToken, Task<T?>> call) where T : class
    {
        var employee = await db.Employees.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct);
        if (employee is null)
        {
            return (null, null);
        }
        if (actor == id)
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Own account", detail: ownAccount));
        }
        if (employee.DeactivatedAt is not null)
        {
            return (null, Deactivated());
        }
        if (employee.AuthConfirmedVersion < employee.CredentialVersion)
        {
            // Auth may not hold the account yet (just created, auth was down): deliver it first.
            await outbox.DeliverAsync(id, ct);
        }
        var answer = await CallAuthAsync(http, loggers, id, options, ct, call);
        return answer.Value is null ? (null, answer.Problem ?? NotProvisioned(http)) : answer;
    }

    /// <summary>Records an audit row of a change auth has made already: a database failure loses only the row, and
    /// <paramref name="lost"/> says so loudly; the caller goes on (the user's tokens still end).</summary>
    private static async Task AuditAsync(UsersDbContext db, EmployeeChange change, Action<Exception> lost, CancellationToken ct)
    {
        db.EmployeeChanges.Add(change);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (DependencyFailure.IsTransient(ex))
        {
            lost(ex);
        }
    }

    /// <summary>Sign out everywhere (the same revocation as <see cref="SessionsApi"/>); Redis down → the 503 that says what did change.</summary>
    internal static async Task<ProblemHttpResult?> EndSessionsAsync(HttpContext http, RevokedTokens revoked, Guid id, UsersOptions options,
        TimeProvider clock, string detail)
    {
        try
        {
            await SessionsApi.RevokeAsync(revoked, id, options, clock);
            return null;
        }
        catch (DependencyUnavailableException)
        {
            return Unavailable(http, "Sessions not ended", detail);
        }
    }

    /// <summary>A call to auth: its answer (null: auth holds no such account), or the 503 that says nothing changed.</summary>
    internal static async Task<(T? Value, ProblemHttpResult? Problem)> CallAuthAsync<T>(HttpContext http, ILoggerFactory loggers, Guid id,
        UsersOptions options, CancellationToken ct, Func<CancellationToken, Task<T?>> call) where T : class
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.AuthTimeout);
        try
        {
            return (await call(timeout.Token), null);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            // Unreachable, timed out, its circuit open, or an answer that is not an acknowledgement (5xx, 401).
            LogAuthUnavailable(loggers.CreateLogger(typeof(EmployeeAccountApi)), ex, id);
            return (null, Unavailable(http, "Auth service unavailable",
                "The auth service is not answering right now; nothing was changed. Try again shortly."));
        }
    }

    internal static ProblemHttpResult Deactivated() =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Employee deactivated",
            detail: "A deactivated employee's account cannot be changed; reactivate the employee first.");

    /// <summary>Auth does not hold the account yet: its creation is still being delivered (the employee shows as pending).</summary>
    internal static ProblemHttpResult NotProvisioned(HttpContext http) =>
        Unavailable(http, "Account not ready",
            "The employee's sign-in account is still being created in the auth service; nothing was changed. Try again shortly.");

    private static ProblemHttpResult Unavailable(HttpContext http, string title, string detail)
    {
        http.Response.Headers.RetryAfter = RetryAfterSeconds;
        return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: title, detail: detail);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Admin {ActorId} changed the role of employee {EmployeeId} from {PreviousRole} to {Role}")]
    private static partial void LogRoleChanged(ILogger logger, Guid employeeId, Guid actorId, string previousRole, string role);

    [LoggerMessage(Level = LogLevel.Error, Message = "Role of employee {EmployeeId} changed by {ActorId} from {PreviousRole} to {Role}, but its audit row could not be written")]
    private static partial void LogAuditLost(ILogger logger, Exception exception, Guid employeeId, Guid actorId, string previousRole, string role);

    [LoggerMessage(Level = LogLevel.Information, Message = "Admin {ActorId} reset the second factor of employee {EmployeeId}")]
    private static partial void LogSecondFactorReset(ILogger logger, Guid employeeId, Guid actorId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Second factor of employee {EmployeeId} reset by {ActorId}, but its audit row could not be written")]
    private static partial void LogResetAuditLost(ILogger logger, Exception exception, Guid employeeId, Guid actorId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Auth service unavailable for the account of employee {EmployeeId}: answered 503")]
    private static partial void LogAuthUnavailable(ILogger logger, Exception exception, Guid employeeId);
}
