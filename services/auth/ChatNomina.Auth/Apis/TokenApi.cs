using ChatNomina.Auth.Credentials;
using ChatNomina.Auth.Extensions;
using ChatNomina.Auth.OAuth;
using ChatNomina.ServiceDefaults.Authentication;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ChatNomina.Auth.Apis;

/// <summary>
/// <c>POST /connect/token</c>. OpenIddict has already validated the request (client and its secret,
/// grant type, parameters, and for codes and refresh tokens the token itself: signature, lifetime,
/// not redeemed, not revoked, and for codes the redirect URI and the PKCE verifier) before this
/// handler runs; it decides who the user is and what the tokens say.
/// </summary>
internal static partial class TokenApi
{
    /// <summary>The one answer for unknown user and wrong password.</summary>
    public const string InvalidCredentialsDescription = "The e-mail or password is incorrect.";

    /// <summary>The form parameter of the password grant that carries the one-time code (hr, admin), or one of the
    /// account's recovery codes instead.</summary>
    public const string CodeParameter = "otp";

    /// <summary>The answer field (JSON <c>true</c>) that tells a client the password was right and a
    /// one-time code is needed: it asks for the code and sends the grant again with <c>otp</c>.</summary>
    public const string CodeRequiredParameter = "mfa_required";

    public const string CodeRequiredDescription =
        "mfa_required: this account needs a second factor; send the 6-digit code of its authenticator app in the 'otp' parameter.";

    /// <summary>The answer field (JSON <c>true</c>) that tells a client the password was right but the account (hr, admin)
    /// has no second factor yet: the user signs in once through the browser, which enrols one.</summary>
    public const string EnrolmentRequiredParameter = "enrolment_required";

    public const string EnrolmentRequiredDescription =
        "enrolment_required: this account needs a second factor and has none yet; sign in once through the web app in a browser to set up an authenticator app, then send its codes in the 'otp' parameter.";

    /// <summary>The one answer, when a code was sent, for unknown user, wrong password and wrong or used code.</summary>
    public const string InvalidCredentialsOrCodeDescription = "The e-mail, password or one-time code is incorrect.";

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
            var code = OneTimeCode(request);
            var outcome = await signIn.SignInAsync(request.Username ?? "", request.Password ?? "", http.Connection.RemoteIpAddress,
                cancellationToken, device: null, code: code);
            if (outcome.Failure == SignInFailure.Throttled)
            {
                http.Response.Headers.RetryAfter = outcome.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                http.Response.Headers.CacheControl = "no-store";
                return TypedResults.Json(new Dictionary<string, string>
                {
                    ["error"] = Errors.TemporarilyUnavailable,
                    ["error_description"] = ThrottledDescription,
                }, statusCode: StatusCodes.Status429TooManyRequests);
            }
            if (outcome.Failure == SignInFailure.CodeRequired)
            {
                // Only after the right password: the client asks its user for the code and sends the grant again.
                return OAuthResults.Forbid(Errors.InvalidGrant, CodeRequiredDescription, (CodeRequiredParameter, true));
            }
            if (outcome.Failure == SignInFailure.EnrolmentRequired)
            {
                // Only after the right password, like mfa_required: enrolment needs the browser (the QR code).
                return OAuthResults.Forbid(Errors.InvalidGrant, EnrolmentRequiredDescription, (EnrolmentRequiredParameter, true));
            }
            if (outcome.Credential is not { } credential)
            {
                // With a code sent, a wrong password and a wrong code read the same.
                return OAuthResults.Forbid(Errors.InvalidGrant, code is null ? InvalidCredentialsDescription : InvalidCredentialsOrCodeDescription);
            }

            // First-party clients always get the API scope (the audiences) and a refresh token;
            // other registered scopes they asked for (openid, email, roles) are added.
            var granted = TokenPrincipal.GrantedScopes(request.GetScopes());
            return TypedResults.SignIn(await TokenPrincipal.CreateAsync(credential, granted, TokenPrincipal.Methods(withCode: OneTimeCodes.AreRequiredFor(credential.Role)), scopes, cancellationToken),
                authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            // The code's or refresh token's own principal (OpenIddict validated it and redeemed it):
            // the user signed in at the authorization endpoint or at the password grant.
            var result = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var subject = result.Principal?.GetClaim(Claims.Subject);
            var credential = Guid.TryParse(subject, out var userId)
                ? await signIn.FindAsync(userId, cancellationToken)
                : null;
            if (result.Principal is null || credential is null || credential.DeactivatedAt is not null
                || !TokenPrincipal.SatisfiesSecondFactor(result.Principal, credential)
                || await SignedOutEverywhereAsync(revokedTokens, subject!, result.Principal.GetCreationDate(), loggers.CreateLogger(typeof(TokenApi)))
                || await SessionEndedAsync(authorizations, result.Principal.GetAuthorizationId(), options.Value.SessionLifetime, clock, cancellationToken))
            {
                LogExchangeRefused(loggers.CreateLogger(typeof(TokenApi)), request.GrantType!, subject);
                return OAuthResults.Forbid(Errors.InvalidGrant, request.IsAuthorizationCodeGrantType()
                    ? "The authorization code is no longer valid."
                    : "The refresh token is no longer valid.");
            }

            // Claims are rebuilt from the current credentials (a changed role applies at the next
            // exchange); scopes stay those granted at sign-in.
            var granted = result.Principal.GetScopes().ToHashSet(StringComparer.Ordinal);
            return TypedResults.SignIn(await TokenPrincipal.CreateAsync(credential, granted, TokenPrincipal.Methods(result.Principal), scopes, cancellationToken),
                authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return OAuthResults.Forbid(Errors.UnsupportedGrantType, "The grant type is not supported.");
    }

    /// <summary>
    /// The <c>otp</c> parameter: null when absent or empty (no code given); a repeated or non-text value is
    /// given but cannot be right (""), so it is refused like a wrong code.
    /// </summary>
    private static string? OneTimeCode(OpenIddictRequest request)
    {
        var values = (StringValues?)request.GetParameter(CodeParameter);
        return values switch
        {
            null => null,
            { Count: 0 } => null,
            { Count: 1 } one => string.IsNullOrEmpty(one[0]) ? null : one[0],
            _ => "",
        };
    }

    /// <summary>Whether the sign-in this code or refresh token descends from is older than the absolute session lifetime.</summary>
    private static async Task<bool> SessionEndedAsync(IOpenIddictAuthorizationManager authorizations, string? authorizationId,
        TimeSpan lifetime, TimeProvider clock, CancellationToken ct)
    {
        var authorization = string.IsNullOrEmpty(authorizationId) ? null : await authorizations.FindByIdAsync(authorizationId, ct);
        var signedIn = authorization is null ? null : await authorizations.GetCreationDateAsync(authorization, ct);
        return signedIn is not { } at || clock.GetUtcNow() - at > lifetime;
    }

    /// <summary>
    /// Whether the user signed out everywhere after this code or refresh token was issued (users service,
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Code or refresh exchange granted without the sign-out-everywhere check: Redis unavailable ({Error})")]
    private static partial void LogSignOutUnchecked(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Token exchange ({GrantType}) refused for subject {Subject}: no credentials, deactivated, a role that needs a second factor the sign-in did not give, signed out everywhere or session ended")]
    private static partial void LogExchangeRefused(ILogger logger, string grantType, string? subject);
}
