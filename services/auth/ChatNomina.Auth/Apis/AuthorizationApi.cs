using ChatNomina.Auth.Credentials;
using ChatNomina.Auth.Model;
using ChatNomina.Auth.OAuth;
using ChatNomina.Auth.SignIn;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Primitives;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ChatNomina.Auth.Apis;

/// <summary>
/// <c>GET|POST /connect/authorize</c>: the authorization code flow with PKCE, for the gateway's
/// client <c>chatnomina-bff</c>. OpenIddict has already validated the request (client, registered
/// redirect URI, response type, scopes and permissions, an S256 code challenge) before this handler
/// runs. The user is who the sign-in page's bridge cookie says (<see cref="SignInBridge"/>); the
/// cookie is used once and removed, and without it the browser goes to the sign-in page.
/// </summary>
internal static partial class AuthorizationApi
{
    public const string Path = "/connect/authorize";

    public static IEndpointRouteBuilder MapAuthorizationApi(this IEndpointRouteBuilder app)
    {
        // GET and POST (RFC 6749 §3.1) are two endpoints so each has its own OpenAPI operation id.
        app.MapGet(Path, AuthorizeAsync).WithName("Authorize").WithTags("OAuth").AllowAnonymous();
        app.MapPost(Path, AuthorizeAsync).WithName("AuthorizeWithForm").WithTags("OAuth").AllowAnonymous().DisableAntiforgery();
        return app;
    }

    private static async Task<Results<SignInHttpResult, ForbidHttpResult, RedirectHttpResult>> AuthorizeAsync(
        HttpContext http,
        PasswordSignIn signIn,
        IOpenIddictScopeManager scopes,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict server request cannot be retrieved.");
        var logger = loggers.CreateLogger(typeof(AuthorizationApi));

        var (credential, methods) = await SignedInAsync(http, request, signIn, cancellationToken);
        if (credential is null)
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                // The client asked not to show any page: it is told, at its redirect URI.
                return OAuthResults.Forbid(Errors.LoginRequired, "The user is not signed in.");
            }
            http.Response.Headers.CacheControl = "no-store";
            return TypedResults.Redirect(ReturnUrl.SignInPage(await ReturnUrlAsync(http, request, cancellationToken)));
        }

        var principal = await TokenPrincipal.CreateAsync(credential, TokenPrincipal.GrantedScopes(request.GetScopes()), methods, scopes, cancellationToken);
        LogCodeIssued(logger, request.ClientId, credential.UserId);
        return TypedResults.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>
    /// The credential of the user the bridge cookie names, and how they signed in, if there is one, the
    /// request does not ask for a fresh sign-in (<c>prompt=login</c>), the account still exists and its
    /// role does not need a second factor the sign-in did not give. The cookie is removed whenever it
    /// was sent: used once, or set aside for a new sign-in.
    /// </summary>
    private static async Task<(Credential? Credential, IReadOnlyList<string> Methods)> SignedInAsync(
        HttpContext http, OpenIddictRequest request, PasswordSignIn signIn, CancellationToken cancellationToken)
    {
        var bridge = await http.AuthenticateAsync(SignInBridge.Scheme);
        if (!bridge.Succeeded)
        {
            return (null, []);
        }
        await http.SignOutAsync(SignInBridge.Scheme);
        if (request.HasPromptValue(PromptValues.Login))
        {
            return (null, []);
        }
        var credential = Guid.TryParse(bridge.Principal.GetClaim(Claims.Subject), out var userId)
            ? await signIn.FindAsync(userId, cancellationToken)
            : null;
        return credential is not null && TokenPrincipal.SatisfiesSecondFactor(bridge.Principal, credential)
            ? (credential, TokenPrincipal.Methods(bridge.Principal))
            : (null, []);
    }

    /// <summary>
    /// This authorization request as a relative URL of this origin, for the sign-in page to send the
    /// browser back to: the parameters of the query or, for a POST, of the form. <c>prompt</c> is
    /// dropped when it asked for a fresh sign-in, which the sign-in page is (so no loop).
    /// </summary>
    private static async Task<string> ReturnUrlAsync(HttpContext http, OpenIddictRequest request, CancellationToken cancellationToken)
    {
        IEnumerable<KeyValuePair<string, StringValues>> parameters = http.Request.HasFormContentType
            ? await http.Request.ReadFormAsync(cancellationToken)
            : http.Request.Query;
        if (request.HasPromptValue(PromptValues.Login))
        {
            parameters = parameters.Where(p => p.Key != Parameters.Prompt);
        }
        return Path + QueryString.Create(parameters).ToUriComponent();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Authorization code issued to client {ClientId} for user {UserId}")]
    private static partial void LogCodeIssued(ILogger logger, string? clientId, Guid userId);
}
