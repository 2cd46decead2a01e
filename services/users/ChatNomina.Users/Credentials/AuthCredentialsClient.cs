using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ChatNomina.Contracts.Credentials;
using ChatNomina.Users.Apis;

namespace ChatNomina.Users.Credentials;

/// <summary>
/// The auth service's credential endpoint (<c>PUT /internal/credentials/{userId}</c>), called with the users
/// service's credential (<c>Users:ProvisioningSecret</c>, a bearer value auth compares in constant time).
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
}

/// <summary>Auth answered, but not with an acknowledgement (401: the secrets differ; 409: its e-mail belongs to another account).</summary>
public sealed class AuthRefusedException(HttpStatusCode status, string body)
    : Exception($"The auth service refused the credential state: {(int)status} {body[..Math.Min(body.Length, 300)]}")
{
    public HttpStatusCode Status { get; } = status;
}
