using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChatNomina.ServiceDefaults.Authentication;

/// <summary>Adds the signed-in user's id (never the token) to the log scope of the request.</summary>
internal sealed class UserLogScopeMiddleware(RequestDelegate next, ILogger<UserLogScopeMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.User.TryGetUserId(out var userId))
        {
            using (logger.BeginScope(new Dictionary<string, object> { ["UserId"] = userId }))
            {
                await next(context);
            }
            return;
        }
        await next(context);
    }
}
