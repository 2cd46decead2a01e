using System.Security.Claims;
using ChatNomina.ServiceDefaults.Authentication;
using ChatNomina.ServiceDefaults.Errors;
using ChatNomina.ServiceDefaults.Redis;
using ChatNomina.Users.Extensions;
using ChatNomina.Users.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatNomina.Users.Apis;

/// <summary>
/// "Sign out everywhere": every access and refresh token a user holds stops working at once, at
/// every API (they all check <see cref="RevokedTokens"/>) and at the auth service's refresh. The
/// user does it for themselves (a lost phone); HR does it for an employee. The next sign-in works
/// as usual. Redis cannot record it → 503 and nothing was revoked, so the caller retries.
/// </summary>
public static partial class SessionsApi
{
    public static RouteGroupBuilder MapSessionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/users").WithTags("Sessions");
        api.MapPost("/me/sign-out-everywhere", SignOutOwnSessions).WithName("SignOutEverywhere");
        api.MapPost("/{id:guid}/sign-out-everywhere", SignOutEmployeeSessions).WithName("SignOutEmployeeEverywhere")
            .RequireAuthorization(AuthenticationExtensions.HrPolicy);
        return api;
    }

    public static async Task<NoContent> SignOutOwnSessions(
        ClaimsPrincipal user, RevokedTokens revoked, IOptions<UsersOptions> options, TimeProvider clock, ILoggerFactory loggers)
    {
        var userId = user.GetUserId();
        await RevokeAsync(revoked, userId, options.Value, clock);
        LogSignedOutEverywhere(loggers.CreateLogger(typeof(SessionsApi)), userId, userId);
        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, NotFound>> SignOutEmployeeSessions(
        Guid id, ClaimsPrincipal user, UsersDbContext db, RevokedTokens revoked, IOptions<UsersOptions> options,
        TimeProvider clock, ILoggerFactory loggers, CancellationToken ct)
    {
        if (!await db.Employees.AnyAsync(e => e.Id == id, ct))
        {
            return TypedResults.NotFound();
        }
        await RevokeAsync(revoked, id, options.Value, clock);
        LogSignedOutEverywhere(loggers.CreateLogger(typeof(SessionsApi)), id, user.GetUserId());
        return TypedResults.NoContent();
    }

    /// <summary>
    /// Ends every token of the user issued until now, at every API and at auth's refresh (also after a role change
    /// or a second-factor reset, EmployeeAccountApi). Redis cannot record it → <see cref="DependencyUnavailableException"/>
    /// (503).
    /// </summary>
    internal static async Task RevokeAsync(RevokedTokens revoked, Guid userId, UsersOptions options, TimeProvider clock)
    {
        try
        {
            await revoked.RevokeUserAsync(userId.ToString(), clock.GetUtcNow(), options.SignOutEverywhereTtl);
        }
        catch (Exception ex) when (RedisFailure.Is(ex))
        {
            throw new DependencyUnavailableException("redis", "The sign-out could not be recorded; nothing was revoked.", ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Every session of user {UserId} signed out (by {ActorId})")]
    private static partial void LogSignedOutEverywhere(ILogger logger, Guid userId, Guid actorId);
}
