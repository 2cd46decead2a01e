using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace ChatNomina.Gateway.Bff;

/// <summary>The token endpoint's answer (RFC 6749 §5.1), the fields the gateway uses.</summary>
public sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("refresh_token")] string? RefreshToken,
    [property: JsonPropertyName("expires_in")] int? ExpiresIn);

/// <summary>
/// The gateway's back channel to the auth service as the confidential client <c>chatnomina-bff</c>:
/// refreshing a session's access token and revoking its refresh token at sign-out. It calls auth's
/// internal address (<see cref="BffOptions.Authority"/>), never the public entry point.
/// </summary>
public sealed partial class AuthServerClient(HttpClient http, IOptions<BffOptions> options, TimeProvider clock, ILogger<AuthServerClient> logger)
{
    public const string HttpClientName = "bff-auth";

    // One refresh per refresh token at a time: parallel calls of the same page share it (the
    // auth service rotates refresh tokens and treats a second use as theft).
    private static readonly ConcurrentDictionary<string, Lazy<Task<SessionTokens?>>> InFlight = new(StringComparer.Ordinal);

    /// <summary>New tokens for the session; null when auth refuses the refresh token (the session is over).</summary>
    public async Task<SessionTokens?> RefreshAsync(SessionTokens current, CancellationToken cancellationToken)
    {
        var refresh = InFlight.GetOrAdd(current.RefreshToken, _ => new Lazy<Task<SessionTokens?>>(() => RedeemAsync(current)));
        try
        {
            return await refresh.Value.WaitAsync(cancellationToken);
        }
        finally
        {
            // The first caller's completion removes it; later callers with the old token then
            // read the new tokens from the store instead.
            if (refresh.Value.IsCompleted)
            {
                InFlight.TryRemove(new KeyValuePair<string, Lazy<Task<SessionTokens?>>>(current.RefreshToken, refresh));
            }
        }
    }

    private async Task<SessionTokens?> RedeemAsync(SessionTokens current)
    {
        using var response = await http.PostAsync(Endpoint("connect/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = current.RefreshToken,
            ["client_id"] = options.Value.ClientId,
            ["client_secret"] = options.Value.ClientSecret,
        }));
        if (response.StatusCode is System.Net.HttpStatusCode.BadRequest or System.Net.HttpStatusCode.Unauthorized or System.Net.HttpStatusCode.Forbidden)
        {
            LogRefreshRefused(logger, (int)response.StatusCode);
            return null;
        }
        response.EnsureSuccessStatusCode();
        var tokens = await response.Content.ReadFromJsonAsync(BffJsonContext.Default.TokenResponse);
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

    private Uri Endpoint(string path) => new(new Uri(options.Value.Authority.TrimEnd('/') + "/"), path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Browser session ended: the auth service refused its refresh token ({Status})")]
    private static partial void LogRefreshRefused(ILogger logger, int status);
}
