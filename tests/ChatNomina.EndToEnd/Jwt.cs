using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChatNomina.EndToEnd;

/// <summary>Reading real access tokens and making forged ones from them.</summary>
public static class Jwt
{
    /// <summary>A key the auth service never saw.</summary>
    public static RsaSecurityKey ForeignKey { get; } = new(RSA.Create(2048));

    public static JsonObject Header(string token) => Decode(token.Split('.')[0]);

    public static JsonObject Payload(string token) => Decode(token.Split('.')[1]);

    public static Guid Subject(string token) => Guid.Parse(Payload(token)["sub"]!.GetValue<string>());

    /// <summary>The token with its payload edited and the original signature kept (so invalid).</summary>
    public static string EditedWithoutResigning(string token, Action<JsonObject> edit)
    {
        var parts = token.Split('.');
        var payload = Decode(parts[1]);
        edit(payload);
        return $"{parts[0]}.{Encode(payload)}.{parts[2]}";
    }

    /// <summary>The token's claims, edited, signed RS256 with <paramref name="key"/> (same kid as the real one).</summary>
    public static string Resigned(string token, Action<JsonObject> edit, SecurityKey? key = null)
    {
        var payload = Payload(token);
        edit(payload);
        var signingKey = key ?? ForeignKey;
        if (Header(token)["kid"]?.GetValue<string>() is { } kid && signingKey is RsaSecurityKey rsa)
        {
            signingKey = new RsaSecurityKey(rsa.Rsa) { KeyId = kid };
        }
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(
            payload.ToJsonString(),
            new SigningCredentials(signingKey, SecurityAlgorithms.RsaSha256));
    }

    /// <summary>The token's claims under <c>{"alg":"none"}</c> and no signature.</summary>
    public static string AlgNone(string token, Action<JsonObject>? edit = null)
    {
        var payload = Payload(token);
        edit?.Invoke(payload);
        return $"{Encode(new JsonObject { ["alg"] = "none", ["typ"] = "JWT" })}.{Encode(payload)}.";
    }

    /// <summary>The token with one byte of <paramref name="part"/> (0 header, 1 payload, 2 signature) flipped.</summary>
    public static string OneByteModified(string token, int part)
    {
        var parts = token.Split('.');
        var bytes = Base64UrlEncoder.DecodeBytes(parts[part]);
        bytes[bytes.Length / 2] ^= 0x20;
        parts[part] = Base64UrlEncoder.Encode(bytes);
        return string.Join('.', parts);
    }

    public static long Now => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    private static JsonObject Decode(string part) =>
        JsonNode.Parse(Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(part)))!.AsObject();

    private static string Encode(JsonObject json) =>
        Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json.ToJsonString(new JsonSerializerOptions())));
}
