using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ChatNomina.Contracts.Credentials;
using ChatNomina.Users.Apis;

namespace ChatNomina.Users.Credentials;

/// <summary>
/// The auth service's credential endpoints (<c>PUT /internal/credentials/{userId}</c>, and the account's role and
/// second factor below it), called with the users service's credential (<c>Users:ProvisioningSecret</c>, a bearer value auth compares in constant time).
/// Auth applies a state only when it is newer than the one it holds, so a retried PUT is harmless.
/// </summary>
public sealed class AuthCredentialsClient(HttpClient http)
{
    public const string HttpClientName = "auth-credentials";

    public async Task<CredentialStateAck> PutAsync(Guid userId, CredentialState state, string secret, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"internal/credentials/{userId}")
        {
            Content = JsonContent.Create(state, UsersJsonContext.Default.CredentialState),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new AuthRefusedException(response.StatusCode, await response.Content.ReadAsStringAsync(ct));
        }
        return await response.Content.ReadFromJsonAsync(UsersJsonContext.Default.CredentialStateAck, ct)
            ?? throw new AuthRefusedException(response.StatusCode, "empty answer");
    }

    /// <summary><c>PUT /internal/credentials/{userId}/role</c>: sets the role (idempotent). Null: auth holds no such account.</summary>
    public Task<CredentialRoleChanged?> ChangeRoleAsync(Guid userId, string role, string secret, CancellationToken ct) =>
        SendAsync(HttpMethod.Put, $"internal/credentials/{userId}/role",
            JsonContent.Create(new CredentialRoleChange(role), UsersJsonContext.Default.CredentialRoleChange),
            UsersJsonContext.Default.CredentialRoleChanged, secret, ct);

    /// <summary><c>GET /internal/credentials/{userId}/account</c>: role and second factor. Null: auth holds no such account.</summary>
    public Task<CredentialAccount?> GetAccountAsync(Guid userId, string secret, CancellationToken ct) =>
        SendAsync(HttpMethod.Get, $"internal/credentials/{userId}/account", null, UsersJsonContext.Default.CredentialAccount, secret, ct);

    /// <summary><c>POST /internal/credentials/{userId}/second-factor/reset</c>: removes the factor and its recovery codes
    /// (idempotent). Null: auth holds no such account.</summary>
    public Task<SecondFactorResetAck?> ResetSecondFactorAsync(Guid userId, string secret, CancellationToken ct) =>
        SendAsync(HttpMethod.Post, $"internal/credentials/{userId}/second-factor/reset", null, UsersJsonContext.Default.SecondFactorResetAck, secret, ct);

    private async Task<T?> SendAsync<T>(HttpMethod method, string path, HttpContent? content,
        System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> answer, string secret, CancellationToken ct) where T : class
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        using var response = await http.SendAsync(request, ct);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        if (!response.IsSuccessStatusCode)
        {
            throw new AuthRefusedException(response.StatusCode, await response.Content.ReadAsStringAsync(ct));
        }
        return await response.Content.ReadFromJsonAsync(answer, ct) ?? throw new AuthRefusedException(response.StatusCode, "empty answer");
    }
}

/// <summary>Auth answered, but not with an acknowledgement (401: the secrets differ; 409: its e-mail belongs to another account).</summary>
public sealed class AuthRefusedException(HttpStatusCode status, string body)
    : Exception($"The auth service refused the credential state: {(int)status} {body[..Math.Min(body.Length, 300)]}")
{
    public HttpStatusCode Status { get; } = status;
}
