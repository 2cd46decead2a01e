using System.Security.Claims;
using ChatNomina.Auth.Credentials;
using ChatNomina.Auth.Extensions;
using ChatNomina.Auth.Model;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ChatNomina.Auth.OAuth;

/// <summary>
/// Who the user is in the tokens, built the same way for every grant: the password grant, the
/// authorization endpoint (browser sign-in) and the code and refresh-token exchanges, which rebuild
/// it from the current credentials (a changed role applies at the next exchange).
/// </summary>
internal static class TokenPrincipal
{
    /// <summary>The scopes a first-party client may be granted (all registered by <c>migrate</c> or OpenIddict).</summary>
    public static IReadOnlySet<string> Grantable { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Scopes.OpenId, Scopes.Email, Scopes.Roles, Scopes.OfflineAccess, ChatNominaClients.ApiScope,
    };

    /// <summary>
    /// What a sign-in grants: the requested scopes that may be granted, plus always the API scope
    /// (the audiences) and <c>offline_access</c> (a refresh token), whether asked for or not.
    /// </summary>
    public static HashSet<string> GrantedScopes(IEnumerable<string> requested)
    {
        var granted = requested.Where(Grantable.Contains).ToHashSet(StringComparer.Ordinal);
        granted.Add(Scopes.OfflineAccess);
        granted.Add(ChatNominaClients.ApiScope);
        return granted;
    }

    /// <summary>How the user signed in (RFC 8176 <c>amr</c> values): the password, and a one-time code when one was checked.</summary>
    public static IReadOnlyList<string> Methods(bool withCode) => withCode ? ["pwd", "otp"] : ["pwd"];

    /// <summary>How the sign-in a code or refresh token descends from was made.</summary>
    public static IReadOnlyList<string> Methods(ClaimsPrincipal principal) => [.. principal.GetClaims(Claims.AuthenticationMethodReference)];

    /// <summary>
    /// Whether a sign-in made with <paramref name="principal"/>'s methods may still act as
    /// <paramref name="credential"/>'s current role: a role that needs a second factor (hr, admin) needs a
    /// sign-in that gave one, so an account promoted since its sign-in signs in again rather than
    /// refreshing into the role.
    /// </summary>
    public static bool SatisfiesSecondFactor(ClaimsPrincipal principal, Credential credential) =>
        !OneTimeCodes.AreRequiredFor(credential.Role) || Methods(principal).Contains("otp", StringComparer.Ordinal);

    /// <param name="methods">How the user signed in (<see cref="Methods(bool)"/>): kept in the authorization
    /// code and refresh tokens (no destination: not in access or identity tokens), and carried over by each exchange.</param>
    public static async Task<ClaimsPrincipal> CreateAsync(
        Credential credential, IReadOnlySet<string> grantedScopes, IReadOnlyList<string> methods, IOpenIddictScopeManager scopeManager,
        CancellationToken cancellationToken)
    {
        var identity = new ClaimsIdentity(
            authenticationType: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme,
            nameType: Claims.Subject,
            roleType: Claims.Role);

        identity.SetClaim(Claims.Subject, credential.UserId.ToString())
            .SetClaim(Claims.Email, credential.Email)
            .SetClaim(Claims.Role, credential.Role)
            .SetClaims(Claims.AuthenticationMethodReference, [.. methods]);

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
}
