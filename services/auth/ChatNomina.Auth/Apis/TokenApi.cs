using System.Security.Claims;
using ChatNomina.Auth.Credentials;
using ChatNomina.Auth.Extensions;
using ChatNomina.Auth.Model;
using ChatNomina.ServiceDefaults.Authentication;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ChatNomina.Auth.Apis;

/// <summary>
/// <c>POST /connect/token</c>. OpenIddict has already validated the request (client, grant type,
/// parameters, and for refresh tokens the token itself: signature, lifetime, not redeemed, not
/// revoked) before this handler runs; it decides who the user is and what the tokens say.
/// </summary>
internal static partial class TokenApi
{
    /// <summary>The one answer for unknown user and wrong password.</summary>
    public const string InvalidCredentialsDescription = "The e-mail or password is incorrect.";

    public static IEndpointRouteBuilder MapTokenApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/connect/token", ExchangeAsync)
            .WithName("Token")
            .WithTags("OAuth")
            .AllowAnonymous()
            .DisableAntiforgery();
        return app;
    }

    /// <summary>The answer to a throttled attempt: 429 with Retry-After, in the token endpoint's error format.</summary>
    public const string ThrottledDescription = "Too many failed sign-ins for this account from this address; try again after the Retry-After delay.";

    private static async Task<Results<SignInHttpResult, ForbidHttpResult, JsonHttpResult<Dictionary<string, string>>>> ExchangeAsync(
        HttpContext http,
        PasswordSignIn signIn,
        RevokedTokens revokedTokens,
        IOpenIddictAuthorizationManager authorizations,
        IOptions<AuthOptions> options,
        TimeProvider clock,
        IOpenIddictScopeManager scopes,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict server request cannot be retrieved.");

        if (request.IsPasswordGrantType())
        {
            var outcome = await signIn.SignInAsync(request.Username ?? "", request.Password ?? "", http.Connection.RemoteIpAddress, cancellationToken);
            if (outcome.Failure == SignInFailure.Throttled)
            {
                http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(outcome.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                http.Response.Headers.CacheControl = "no-store";
                return TypedResults.Json(new Dictionary<string, string>
                {
                    ["error"] = Errors.TemporarilyUnavailable,
                    ["error_description"] = ThrottledDescription,
                }, statusCode: StatusCodes.Status429TooManyRequests);
            }
            if (outcome.Credential is not { } credential)
            {
                return Forbid(Errors.InvalidGrant, InvalidCredentialsDescription);
            }

            // First-party clients always get the API scope (the audiences) and a refresh token;
            // other registered scopes they asked for (openid, email, roles) are added.
            var granted = new HashSet<string>(request.GetScopes(), StringComparer.Ordinal)
            {
                Scopes.OfflineAccess,
                ChatNominaClients.ApiScope,
            };
            return TypedResults.SignIn(await CreatePrincipalAsync(credential, granted, scopes, cancellationToken),
                authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.IsRefreshTokenGrantType())
        {
            // The refresh token's own principal (OpenIddict validated the token and redeemed it).
            var result = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var subject = result.Principal?.GetClaim(Claims.Subject);
            var credential = Guid.TryParse(subject, out var userId)
                ? await signIn.FindAsync(userId, cancellationToken)
                : null;
            if (result.Principal is null || credential is null
                || await SignedOutEverywhereAsync(revokedTokens, subject!, result.Principal.GetCreationDate(), loggers.CreateLogger(typeof(TokenApi)))
                || await SessionEndedAsync(authorizations, result.Principal.GetAuthorizationId(), options.Value.SessionLifetime, clock, cancellationToken))
            {
                LogRefreshRefused(loggers.CreateLogger(typeof(TokenApi)), subject);
                return Forbid(Errors.InvalidGrant, "The refresh token is no longer valid.");
            }

            // Claims are rebuilt from the current credentials (a changed role applies at the next
            // refresh); scopes stay those granted at sign-in.
            var granted = result.Principal.GetScopes().ToHashSet(StringComparer.Ordinal);
            return TypedResults.SignIn(await CreatePrincipalAsync(credential, granted, scopes, cancellationToken),
                authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return Forbid(Errors.UnsupportedGrantType, "The grant type is not supported.");
    }

    private static async Task<ClaimsPrincipal> CreatePrincipalAsync(
        Credential credential, IReadOnlySet<string> grantedScopes, IOpenIddictScopeManager scopeManager, CancellationToken cancellationToken)
    {
        var identity = new ClaimsIdentity(
            authenticationType: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme,
            nameType: Claims.Subject,
            roleType: Claims.Role);

        identity.SetClaim(Claims.Subject, credential.UserId.ToString())
            .SetClaim(Claims.Email, credential.Email)
            .SetClaim(Claims.Role, credential.Role);

        identity.SetScopes(grantedScopes);

        // The audiences are the resources of the granted scopes, as registered by `migrate`.
        var resources = new List<string>();
        await foreach (var resource in scopeManager.ListResourcesAsync([.. grantedScopes], cancellationToken))
        {
            resources.Add(resource);
        }
        identity.SetResources(resources);

        // The e-mail is personal data the APIs do not need (they work on the subject id): it goes
        // into a token only when the client asked for the "email" scope.
        identity.SetDestinations(claim => claim.Type switch
        {
            Claims.Email when !identity.HasScope(Scopes.Email) => [],
            Claims.Subject or Claims.Role or Claims.Email when identity.HasScope(Scopes.OpenId)
                => [Destinations.AccessToken, Destinations.IdentityToken],
            Claims.Subject or Claims.Role or Claims.Email => [Destinations.AccessToken],
            _ => [],
        });

        return new ClaimsPrincipal(identity);
    }

    /// <summary>Whether the sign-in this refresh token descends from is older than the absolute session lifetime.</summary>
    private static async Task<bool> SessionEndedAsync(IOpenIddictAuthorizationManager authorizations, string? authorizationId,
        TimeSpan lifetime, TimeProvider clock, CancellationToken ct)
    {
        var authorization = string.IsNullOrEmpty(authorizationId) ? null : await authorizations.FindByIdAsync(authorizationId, ct);
        var signedIn = authorization is null ? null : await authorizations.GetCreationDateAsync(authorization, ct);
        return signedIn is not { } at || clock.GetUtcNow() - at > lifetime;
    }

    /// <summary>
    /// Whether the user signed out everywhere after this refresh token was issued (users service,
    /// <c>sign-out-everywhere</c>). Redis unavailable: not refused, by the one rule every revocation
    /// check follows (docs/auth.md) — a Redis outage does not sign everyone out.
    /// </summary>
    private static async Task<bool> SignedOutEverywhereAsync(RevokedTokens revokedTokens, string subject, DateTimeOffset? issued, ILogger logger)
    {
        try
        {
            return issued is { } at && await revokedTokens.IsUserRevokedAsync(subject, at);
        }
        catch (Exception ex) when (ServiceDefaults.Redis.RedisFailure.Is(ex))
        {
            LogSignOutUnchecked(logger, ex.GetType().Name);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refresh granted without the sign-out-everywhere check: Redis unavailable ({Error})")]
    private static partial void LogSignOutUnchecked(ILogger logger, string error);

    private static ForbidHttpResult Forbid(string error, string description) =>
        TypedResults.Forbid(
            new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
            }),
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refresh refused: no credentials for subject {Subject}")]
    private static partial void LogRefreshRefused(ILogger logger, string? subject);
}
