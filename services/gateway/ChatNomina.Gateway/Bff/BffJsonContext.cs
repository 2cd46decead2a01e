using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatNomina.Gateway.Bff;

/// <summary>What <c>GET /bff/user</c> tells the web app about the signed-in user (no token, ever).</summary>
public sealed record BffUser(string Sub, string? Email, IReadOnlyList<string> Roles, DateTimeOffset ExpiresAt);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(SessionTokens))]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(TokenError))]
[JsonSerializable(typeof(BffUser))]
internal sealed partial class BffJsonContext : JsonSerializerContext;
