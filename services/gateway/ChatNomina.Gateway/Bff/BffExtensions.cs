using System.Security.Claims;
using ChatNomina.ServiceDefaults.Authentication;
using ChatNomina.ServiceDefaults.DataProtection;
using ChatNomina.ServiceDefaults.Http;
using ChatNomina.ServiceDefaults.Redis;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatNomina.Gateway.Bff;

/// <summary>The browser session (backend-for-frontend): registration, middleware and the <c>/bff/*</c> endpoints.</summary>
public static partial class BffExtensions
{
    /// <summary>The scopes the web app's session asks for: an id token, roles, a refresh token and the APIs.</summary>
    private static readonly string[] Scopes = ["openid", "email", "roles", "offline_access", "chatnomina-api"];

    public static IHostApplicationBuilder AddBrowserSession(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BffOptions>()
            .BindConfiguration(BffOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => !o.Enabled || !o.RequireHttpsMetadata || o.Authority.StartsWith("https://", StringComparison.OrdinalIgnoreCase),
                "Gateway:Bff:Authority must be https unless Gateway:Bff:RequireHttpsMetadata is false (an internal address inside the cluster).")
            .ValidateOnStart();

        // Data-protection keys (which protect the session cookie and the stored tokens) are shared
        // by every gateway replica through Redis, so any replica reads any replica's cookie; they are
        // encrypted there with the configured certificate (DataProtection:CertificatePath).
        services.AddDataProtection().SetApplicationName("chatnomina-gateway")
            .ProtectKeysWithConfiguredCertificate(builder.Configuration);
        services.AddOptions<KeyManagementOptions>().Configure<IConnectionMultiplexer, IOptions<RedisOptions>>((keys, redis, redisOptions) =>
            keys.XmlRepository = new RedisXmlRepository(() => redis.GetDatabase(), $"{redisOptions.Value.KeyPrefix}data-protection-keys"));

        services.AddSingleton<SessionTokenStore>();
        services.AddHttpClient<AuthServerClient>(AuthServerClient.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(5));
        // Never retried: a refresh that reached auth rotated the token, and a second try would be
        // taken for theft (reuse detection) and end the session.
        services.AddOptions<HttpStandardResilienceOptions>($"{AuthServerClient.HttpClientName}-standard")
            .Configure(o => o.Retry.DisableForUnsafeHttpMethods());

        services.AddAuthentication()
            .AddCookie(BrowserSession.CookieScheme)
            .AddOpenIdConnect(BrowserSession.OidcScheme, _ => { });

        services.AddOptions<CookieAuthenticationOptions>(BrowserSession.CookieScheme).Configure<IOptions<BffOptions>>((cookie, bff) =>
        {
            cookie.Cookie.Name = bff.Value.CookieName;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.Path = "/";
            cookie.ExpireTimeSpan = bff.Value.SessionLifetime;
            cookie.SlidingExpiration = false;
            // An API-style session: no redirects from the cookie handler itself.
            cookie.Events.OnRedirectToLogin = context => { context.Response.StatusCode = StatusCodes.Status401Unauthorized; return Task.CompletedTask; };
            cookie.Events.OnRedirectToAccessDenied = context => { context.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; };
        });

        services.AddOptions<OpenIdConnectOptions>(BrowserSession.OidcScheme).Configure<IOptions<BffOptions>>((oidc, bff) =>
        {
            var options = bff.Value;
            oidc.SignInScheme = BrowserSession.CookieScheme;
            oidc.Authority = options.Authority;
            oidc.RequireHttpsMetadata = options.RequireHttpsMetadata;
            oidc.ClientId = options.ClientId;
            oidc.ClientSecret = options.ClientSecret;
            oidc.ResponseType = "code";
            oidc.ResponseMode = "query";
            oidc.UsePkce = true;
            oidc.CallbackPath = "/signin-oidc";
            oidc.Scope.Clear();
            foreach (var scope in Scopes)
            {
                oidc.Scope.Add(scope);
            }
            oidc.SaveTokens = false;              // tokens go to SessionTokenStore, never into the cookie
            oidc.GetClaimsFromUserInfoEndpoint = false;
            oidc.MapInboundClaims = false;
            oidc.DisableTelemetry = true;
            oidc.TokenValidationParameters.NameClaimType = ChatNominaClaims.Subject;
            oidc.TokenValidationParameters.RoleClaimType = ChatNominaClaims.Role;
            oidc.CorrelationCookie.SecurePolicy = CookieSecurePolicy.Always;
            oidc.CorrelationCookie.SameSite = SameSiteMode.Lax;
            oidc.NonceCookie.SecurePolicy = CookieSecurePolicy.Always;
            oidc.NonceCookie.SameSite = SameSiteMode.Lax;
            oidc.Events.OnRedirectToIdentityProvider = SendToPublicAuthorizeEndpoint;
            oidc.Events.OnTokenValidated = StartSessionAsync;
            oidc.Events.OnRemoteFailure = context =>
            {
                // Cancelled, expired or replayed sign-in: back to the app, which offers to sign in again.
                LogSignInFailed(context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BffExtensions)),
                    context.Failure?.GetType().Name);
                context.Response.Redirect("/signed-out?reason=sign-in-failed");
                context.HandleResponse();
                return Task.CompletedTask;
            };
        });
        return builder;
    }

    /// <summary>
    /// The browser goes to <c>/connect/authorize</c> on the origin it is using (the gateway routes
    /// it to auth), not to the internal address the gateway read the discovery document from.
    /// </summary>
    private static Task SendToPublicAuthorizeEndpoint(RedirectContext context)
    {
        var request = context.Request;
        var path = Uri.TryCreate(context.ProtocolMessage.IssuerAddress, UriKind.Absolute, out var internalUri) ? internalUri.AbsolutePath : "/connect/authorize";
        context.ProtocolMessage.IssuerAddress = $"{request.Scheme}://{request.Host.Value}{request.PathBase}{path}";
        if (context.Properties.Items.TryGetValue(UiLocalesItem, out var locale) && locale is not null)
        {
            context.ProtocolMessage.UiLocales = locale;
        }
        return Task.CompletedTask;
    }

    /// <summary>After the code is redeemed: store the tokens, keep only the claims the app shows, name the session.</summary>
    private static async Task StartSessionAsync(TokenValidatedContext context)
    {
        var response = context.TokenEndpointResponse;
        if (response?.AccessToken is not { Length: > 0 } access || response.RefreshToken is not { Length: > 0 } refresh
            || !int.TryParse(response.ExpiresIn, out var expiresIn) || context.Principal is not { } idToken)
        {
            context.Fail("The token response lacks an access token, a refresh token or its lifetime.");
            return;
        }

        var services = context.HttpContext.RequestServices;
        var clock = services.GetRequiredService<TimeProvider>();
        var options = services.GetRequiredService<IOptions<BffOptions>>().Value;
        var now = clock.GetUtcNow();

        // Signing in again on this browser ends the session it had: a copy of the old cookie must not live on.
        var previous = await context.HttpContext.AuthenticateAsync(BrowserSession.CookieScheme);
        if (previous.Principal?.FindFirstValue(BrowserSession.SessionIdClaim) is { } previousId)
        {
            await EndSessionAsync(previousId, services.GetRequiredService<SessionTokenStore>(), services.GetRequiredService<AuthServerClient>(),
                services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BffExtensions)), context.HttpContext.RequestAborted);
        }

        var sessionId = SessionTokenStore.NewSessionId();
        await services.GetRequiredService<SessionTokenStore>().SaveAsync(sessionId,
            new SessionTokens(access, refresh, now.AddSeconds(expiresIn), now + options.SessionLifetime));

        var identity = new ClaimsIdentity(BrowserSession.CookieScheme, ChatNominaClaims.Subject, ChatNominaClaims.Role);
        identity.AddClaims(idToken.Claims.Where(c => c.Type is ChatNominaClaims.Subject or ChatNominaClaims.Email or ChatNominaClaims.Role)
            .Select(c => new Claim(c.Type, c.Value)));
        identity.AddClaim(new Claim(BrowserSession.SessionIdClaim, sessionId));
        context.Principal = new ClaimsPrincipal(identity);
        context.Properties!.IsPersistent = true;
        context.Properties.ExpiresUtc = now + options.SessionLifetime;
        context.Properties.AllowRefresh = false;
    }

    private const string UiLocalesItem = "ui_locales";

    public static WebApplication MapBrowserSession(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<BffOptions>>().Value.Enabled)
        {
            return app;
        }
        var bff = app.MapGroup("/bff").AllowAnonymous().WithTags("Browser session");

        // Starts the code flow; the app comes back to returnUrl (a path of this site only).
        bff.MapGet("/login", (string? returnUrl, string? lang) =>
        {
            var properties = new AuthenticationProperties { RedirectUri = IsLocalPath(returnUrl) ? returnUrl : "/" };
            if (lang is "es" or "en")
            {
                properties.Items[UiLocalesItem] = lang;
            }
            return TypedResults.Challenge(properties, [BrowserSession.OidcScheme]);
        }).WithName("BrowserSignIn");

        bff.MapGet("/user", async Task<IResult> (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            try
            {
                return await BrowserSession.GetAsync(context) is { } session
                    ? TypedResults.Json(BrowserSession.Describe(session.User, session.Tokens), BffJsonContext.Default.BffUser)
                    : TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Not signed in");
            }
            catch (Exception ex) when (BrowserSessionMiddleware.IsUnavailable(ex, context.RequestAborted))
            {
                context.Response.Headers.RetryAfter = "2";
                return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Service temporarily unavailable",
                    detail: "The session could not be checked just now; try again shortly.");
            }
        }).WithName("BrowserUser");

        bff.MapPost("/logout", async Task<IResult> (HttpContext context, SessionTokenStore store, AuthServerClient auth, ILoggerFactory loggers) =>
        {
            if (!BrowserSessionMiddleware.HasCsrfHeader(context.Request))
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
                    detail: "Signing out needs the X-CSRF header of the ChatNomina web app.");
            }
            var result = await context.AuthenticateAsync(BrowserSession.CookieScheme);
            if (result.Principal?.FindFirstValue(BrowserSession.SessionIdClaim) is { } sessionId)
            {
                await EndSessionAsync(sessionId, store, auth, loggers.CreateLogger(typeof(BffExtensions)), context.RequestAborted);
            }
            await context.SignOutAsync(BrowserSession.CookieScheme);
            return TypedResults.NoContent();
        }).WithName("BrowserSignOut");
        return app;
    }

    /// <summary>
    /// Revokes the session's refresh token at auth (every API then refuses its access tokens at
    /// once) and deletes the session. A revocation that fails (auth slow or down) is logged and the
    /// session deleted all the same: its tokens never left this server, so nobody can use them.
    /// </summary>
    private static async Task EndSessionAsync(string sessionId, SessionTokenStore store, AuthServerClient auth, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            if (await store.GetAsync(sessionId) is { } tokens)
            {
                await auth.RevokeAsync(tokens, cancellationToken);
            }
        }
        catch (Exception ex) when (HttpFailure.IsTransient(ex, cancellationToken) || RedisFailure.Is(ex))
        {
            LogRevocationFailed(logger, ex.GetType().Name);
        }
        await store.RemoveAsync(sessionId);
    }

    /// <summary>
    /// A page of this site: one leading slash, not followed by another slash or a backslash (which
    /// browsers read as another host), printable ASCII only (no scheme tricks, no control or
    /// non-ASCII characters that would break the redirect), and not one of the server's own
    /// protocol paths (signing in again and again).
    /// </summary>
    public static bool IsLocalPath(string? url) =>
        !string.IsNullOrEmpty(url) && url.Length <= 2048
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && url.All(c => c is > ' ' and <= '~' && c != '\\')
        && !NotAppPaths.Any(p => new PathString(url.Split('?', 2)[0]).StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>Where sign-in must never land: the session's own endpoints and the callback.</summary>
    private static readonly string[] NotAppPaths = ["/bff", "/signin-oidc", "/connect", "/account"];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Browser sign-in failed ({Failure}): sent back to the app")]
    private static partial void LogSignInFailed(ILogger logger, string? failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-out: the refresh token could not be revoked at auth ({Error}); the session was deleted")]
    private static partial void LogRevocationFailed(ILogger logger, string error);
}
