using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace ChatNomina.Gateway.Bff;

/// <summary>The token endpoint's answer (RFC 6749 §5.1), the fields the gateway uses.</summary>
public sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("refresh_token")] string? RefreshToken,
    [property: JsonPropertyName("expires_in")] int? ExpiresIn);

/// <summary>The token endpoint's error answer (RFC 6749 §5.2).</summary>
public sealed record TokenError([property: JsonPropertyName("error")] string? Error);

/// <summary>
/// The gateway's back channel to the auth service as the confidential client <c>chatnomina-bff</c>:
/// refreshing a session's access token and revoking its refresh token at sign-out. It calls auth's
/// internal address (<see cref="BffOptions.Authority"/>), never the public entry point.
/// </summary>
public sealed partial class AuthServerClient(HttpClient http, IOptions<BffOptions> options, TimeProvider clock, ILogger<AuthServerClient> logger)
{
    public const string HttpClientName = "bff-auth";

    /// <summary>
    /// New tokens for the session; null when auth refuses the refresh token (the session is over).
    /// Callers hold the session's refresh lock (<see cref="BrowserSession"/>): one refresh per session.
    /// </summary>
    public async Task<SessionTokens?> RefreshAsync(SessionTokens current, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync(Endpoint("connect/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = current.RefreshToken,
            ["client_id"] = options.Value.ClientId,
            ["client_secret"] = options.Value.ClientSecret,
        }), cancellationToken);
        if (response.StatusCode == System.Net.HttpStatusCode.BadRequest
            && await ErrorCodeAsync(response, cancellationToken) == "invalid_grant")
        {
            // Revoked, expired, signed out everywhere, or the session's absolute lifetime is over.
            LogRefreshRefused(logger);
            return null;
        }
        if (!response.IsSuccessStatusCode)
        {
            // Anything else (a wrong client secret during a rotation, auth failing) is not the
            // user's session ending: a 503 for this call, the session kept.
            throw new HttpRequestException($"The token endpoint answered {(int)response.StatusCode} to a refresh.", null, response.StatusCode);
        }
        var tokens = await response.Content.ReadFromJsonAsync(BffJsonContext.Default.TokenResponse, cancellationToken);
        if (tokens is not { AccessToken: { } access, RefreshToken: { } newRefresh, ExpiresIn: { } expiresIn })
        {
            throw new InvalidOperationException("The token endpoint answered without access token, refresh token or expiry.");
        }
        return current with
        {
            AccessToken = access,
            RefreshToken = newRefresh,
            AccessTokenExpiresAt = clock.GetUtcNow().AddSeconds(expiresIn),
        };
    }

    /// <summary>
    /// Revokes the session's refresh token: the auth service then refuses its whole chain, and
    /// every API refuses the access tokens issued from it at once (docs/auth.md, "Revocation").
    /// </summary>
    public async Task RevokeAsync(SessionTokens tokens, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync(Endpoint("connect/revoke"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = tokens.RefreshToken,
            ["token_type_hint"] = "refresh_token",
            ["client_id"] = options.Value.ClientId,
            ["client_secret"] = options.Value.ClientSecret,
        }), cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    private static async Task<string?> ErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return (await response.Content.ReadFromJsonAsync(BffJsonContext.Default.TokenError, cancellationToken))?.Error;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private Uri Endpoint(string path) => new(new Uri(options.Value.Authority.TrimEnd('/') + "/"), path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Browser session ended: the auth service refused its refresh token (invalid_grant)")]
    private static partial void LogRefreshRefused(ILogger logger);
}
