using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenIddict.Server.AspNetCore;

namespace ChatNomina.Auth.OAuth;

/// <summary>OAuth error answers that OpenIddict writes in each endpoint's own format (JSON, or a redirect to the client).</summary>
internal static class OAuthResults
{
    /// <param name="parameters">Extra fields of the error answer (e.g. <c>mfa_required: true</c>).</param>
    public static ForbidHttpResult Forbid(string error, string description, params (string Name, object Value)[] parameters) =>
        TypedResults.Forbid(
            new AuthenticationProperties(
                new Dictionary<string, string?>
                {
                    [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                    [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
                },
                parameters.ToDictionary(p => p.Name, p => (object?)p.Value)),
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
