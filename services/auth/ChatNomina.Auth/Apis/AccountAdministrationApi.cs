using ChatNomina.Auth.Credentials;
using ChatNomina.Auth.Extensions;
using ChatNomina.Auth.Infrastructure;
using ChatNomina.Contracts.Credentials;
using ChatNomina.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatNomina.Auth.Apis;

/// <summary>
/// The users service's administration of an account, beside <see cref="CredentialsProvisioningApi"/> and with
/// the same service credential (<see cref="ProvisioningOptions.Secret"/>; the gateway does not forward
/// <c>/internal</c>). The users service decides who may (admins, never on themselves) and records the change
/// in its audit; it also ends the user's tokens afterwards (docs/people.md "Roles and second factor"):
/// <list type="bullet">
/// <item><c>PUT /internal/credentials/{userId}/role</c> sets the role; the same role again changes nothing.</item>
/// <item><c>GET /internal/credentials/{userId}/account</c>: the role, whether a second factor is enrolled and how many
/// recovery codes are left.</item>
/// <item><c>POST /internal/credentials/{userId}/second-factor/reset</c> removes the factor and its recovery codes (the
/// next sign-in enrols again); an account without one changes nothing.</item>
/// </list>
/// An unknown account is 404 (the users service has not delivered its creation yet).
/// </summary>
internal static partial class AccountAdministrationApi
{
    public static IEndpointRouteBuilder MapAccountAdministrationApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/internal/credentials/{userId:guid}").AsInternalCredentialsRoute();
        group.MapPut("/role", ChangeRoleAsync).WithName("ChangeCredentialRole");
        group.MapGet("/account", GetAccountAsync).WithName("GetCredentialAccount");
        group.MapPost("/second-factor/reset", ResetSecondFactorAsync).WithName("ResetSecondFactor");
        return app;
    }

    private static async Task<Results<Ok<CredentialRoleChanged>, UnauthorizedHttpResult, NotFound, ValidationProblem>> ChangeRoleAsync(
        Guid userId, CredentialRoleChange change, HttpContext http, AuthDbContext db, IOptions<ProvisioningOptions> options,
        TimeProvider clock, ILoggerFactory loggers, CancellationToken ct)
    {
        if (Refused(http, options.Value, loggers))
        {
            return TypedResults.Unauthorized();
        }
        if (change.Role is not (ChatNominaRoles.Employee or ChatNominaRoles.Hr or ChatNominaRoles.Admin))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["role"] = ["The role is employee, hr or admin."] }, title: "Invalid role");
        }

        var credential = await db.Credentials.SingleOrDefaultAsync(c => c.UserId == userId, ct);
        if (credential is null)
        {
            return TypedResults.NotFound();
        }
        var previous = credential.Role;
        var changed = previous != change.Role;
        if (changed)
        {
            credential.Role = change.Role;
            credential.UpdatedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
            LogRoleChanged(loggers.CreateLogger(typeof(AccountAdministrationApi)), userId, previous, change.Role);
        }
        return TypedResults.Ok(new CredentialRoleChanged(userId, previous, change.Role, changed));
    }

    private static async Task<Results<Ok<CredentialAccount>, UnauthorizedHttpResult, NotFound>> GetAccountAsync(
        Guid userId, HttpContext http, AuthDbContext db, IOptions<ProvisioningOptions> options, ILoggerFactory loggers, CancellationToken ct)
    {
        if (Refused(http, options.Value, loggers))
        {
            return TypedResults.Unauthorized();
        }
        var account = await db.Credentials.AsNoTracking()
            .Where(c => c.UserId == userId)
            .Select(c => new
            {
                c.Role,
                Enrolled = db.TotpFactors.Any(f => f.UserId == c.UserId),
                RecoveryCodesLeft = db.RecoveryCodes.Count(r => r.UserId == c.UserId && r.UsedAt == null),
            })
            .SingleOrDefaultAsync(ct);
        return account is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(new CredentialAccount(userId, account.Role, new CredentialSecondFactor(account.Enrolled, account.RecoveryCodesLeft)));
    }

    private static async Task<Results<Ok<SecondFactorResetAck>, UnauthorizedHttpResult, NotFound>> ResetSecondFactorAsync(
        Guid userId, HttpContext http, AuthDbContext db, OneTimeCodes codes, IOptions<ProvisioningOptions> options,
        ILoggerFactory loggers, CancellationToken ct)
    {
        if (Refused(http, options.Value, loggers))
        {
            return TypedResults.Unauthorized();
        }
        if (!await db.Credentials.AnyAsync(c => c.UserId == userId, ct))
        {
            return TypedResults.NotFound();
        }
        var (removed, recoveryCodes) = await codes.ResetAsync(userId, ct);
        return TypedResults.Ok(new SecondFactorResetAck(userId, removed, recoveryCodes));
    }

    /// <summary>True (and logged) when the request lacks the users service's credential (<see cref="CredentialsProvisioningApi.Authorized"/>).</summary>
    private static bool Refused(HttpContext http, ProvisioningOptions options, ILoggerFactory loggers)
    {
        if (CredentialsProvisioningApi.Authorized(http.Request, options.Secret))
        {
            return false;
        }
        LogUnauthorized(loggers.CreateLogger(typeof(AccountAdministrationApi)));
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account administration refused: missing or wrong service credential")]
    private static partial void LogUnauthorized(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Role of user {UserId} changed from {PreviousRole} to {Role}")]
    private static partial void LogRoleChanged(ILogger logger, Guid userId, string previousRole, string role);
}
