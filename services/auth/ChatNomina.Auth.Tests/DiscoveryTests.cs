using System.Net;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using static ChatNomina.Auth.Tests.TokenEndpoint;

namespace ChatNomina.Auth.Tests;

/// <summary>The discovery document and JWKS the gateway and services read (directly from auth).</summary>
public sealed class DiscoveryTests(AuthFactory factory) : IClassFixture<AuthFactory>
{
    private async Task<JsonElement> GetJsonAsync(string path, HttpClient? client = null)
    {
        var response = await (client ?? factory.CreateClient()).GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    [Fact]
    public async Task Discovery_names_the_public_issuer_and_the_endpoints_on_the_host_that_was_asked()
    {
        var discovery = await GetJsonAsync("/.well-known/openid-configuration");

        Assert.Equal("http://localhost:8080/", discovery.GetProperty("issuer").GetString());
        // Asked directly (as services do, on http://localhost:8081), the endpoints point there too.
        Assert.Equal("http://localhost/connect/token", discovery.GetProperty("token_endpoint").GetString());
        Assert.Equal("http://localhost/connect/revoke", discovery.GetProperty("revocation_endpoint").GetString());
        Assert.Equal("http://localhost/connect/authorize", discovery.GetProperty("authorization_endpoint").GetString());
        Assert.Equal("http://localhost/.well-known/jwks", discovery.GetProperty("jwks_uri").GetString());
        var grants = discovery.GetProperty("grant_types_supported").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("password", grants);
        Assert.Contains("refresh_token", grants);
        Assert.Contains("authorization_code", grants);
        Assert.DoesNotContain("implicit", grants);
        Assert.DoesNotContain("client_credentials", grants);
    }

    [Fact]
    public async Task Discovery_offers_the_code_flow_with_S256_PKCE_only_and_no_end_session()
    {
        var discovery = await GetJsonAsync("/.well-known/openid-configuration");

        Assert.Equal(["S256"], discovery.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["code"], discovery.GetProperty("response_types_supported").EnumerateArray().Select(e => e.GetString()));
        // No single sign-on session lives at auth (the sign-in bridge cookie is used once), so there is nothing to end.
        Assert.False(discovery.TryGetProperty("end_session_endpoint", out _));
    }

    [Fact]
    public async Task Through_the_gateway_the_endpoints_are_the_gateways()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-Host", "localhost:8080");
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "http");

        var discovery = await GetJsonAsync("/.well-known/openid-configuration", client);

        Assert.Equal("http://localhost:8080/connect/token", discovery.GetProperty("token_endpoint").GetString());
        Assert.Equal("http://localhost:8080/connect/authorize", discovery.GetProperty("authorization_endpoint").GetString());
        Assert.Equal("http://localhost:8080/.well-known/jwks", discovery.GetProperty("jwks_uri").GetString());
    }

    [Fact]
    public async Task A_forged_Host_is_refused_by_host_filtering_before_anything_runs()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/.well-known/openid-configuration");
        request.Headers.Host = "evil.example";

        using var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("evil", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("evil.example", "https")]
    [InlineData("evil.example:8080", "http")]
    [InlineData("localhost:9999", "http")]
    public async Task A_host_forwarded_through_the_gateway_is_never_copied_the_urls_are_the_issuers(string host, string proto)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-Host", host);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", proto);

        var discovery = await GetJsonAsync("/.well-known/openid-configuration", client);

        Assert.DoesNotContain(host, discovery.GetRawText());
        Assert.Equal("http://localhost:8080/", discovery.GetProperty("issuer").GetString());
        Assert.Equal("http://localhost:8080/connect/token", discovery.GetProperty("token_endpoint").GetString());
        Assert.Equal("http://localhost:8080/connect/authorize", discovery.GetProperty("authorization_endpoint").GetString());
        Assert.Equal("http://localhost:8080/connect/revoke", discovery.GetProperty("revocation_endpoint").GetString());
        Assert.Equal("http://localhost:8080/.well-known/jwks", discovery.GetProperty("jwks_uri").GetString());
    }

    [Fact]
    public async Task Jwks_publishes_the_public_signing_key_and_nothing_private()
    {
        var jwks = await GetJsonAsync("/.well-known/jwks");

        var keys = jwks.GetProperty("keys").EnumerateArray().ToList();
        var key = Assert.Single(keys);
        Assert.Equal("RSA", key.GetProperty("kty").GetString());
        Assert.Equal("sig", key.GetProperty("use").GetString());
        Assert.False(string.IsNullOrEmpty(key.GetProperty("kid").GetString()));
        foreach (var privatePart in new[] { "d", "p", "q", "dp", "dq", "qi" })
        {
            Assert.False(key.TryGetProperty(privatePart, out _), $"JWKS leaks '{privatePart}'");
        }
    }

    [Fact]
    public async Task An_access_token_validates_against_the_jwks_exactly_as_a_service_validates_it()
    {
        var user = await factory.AddUserAsync();
        var tokens = await SignInAsync(factory.CreateClient(), user);
        var jwks = new JsonWebKeySet((await GetJsonAsync("/.well-known/jwks")).GetRawText());

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(tokens.AccessToken, new TokenValidationParameters
        {
            ValidIssuer = "http://localhost:8080/",
            ValidAudience = "chatnomina-payroll",
            IssuerSigningKeys = jwks.GetSigningKeys(),
            ValidateLifetime = true,
            RequireSignedTokens = true,
            ClockSkew = TimeSpan.FromSeconds(30),
        });

        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.Equal(user.Id.ToString(), result.Claims["sub"]);
    }

    [Fact]
    public async Task A_token_modified_in_one_byte_does_not_validate()
    {
        var user = await factory.AddUserAsync();
        var tokens = await SignInAsync(factory.CreateClient(), user);
        var jwks = new JsonWebKeySet((await GetJsonAsync("/.well-known/jwks")).GetRawText());
        var parts = tokens.AccessToken.Split('.');
        var payload = Base64UrlEncoder.Decode(parts[1]).Replace("\"employee\"", "\"admin\"", StringComparison.Ordinal);
        var forged = $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(forged, new TokenValidationParameters
        {
            ValidIssuer = "http://localhost:8080/",
            ValidAudience = "chatnomina-payroll",
            IssuerSigningKeys = jwks.GetSigningKeys(),
        });

        Assert.False(result.IsValid);
    }
}

/// <summary>
/// Even with host filtering off (<c>AllowedHosts</c> <c>*</c>), a Host that is not one of auth's own names
/// never reaches the discovery document: its URLs are the issuer's.
/// </summary>
public sealed class DiscoveryWithoutHostFilteringTests(DiscoveryWithoutHostFilteringTests.Factory factory)
    : IClassFixture<DiscoveryWithoutHostFilteringTests.Factory>
{
    public sealed class Factory : AuthFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("AllowedHosts", "*");
        }
    }

    [Fact]
    public async Task A_forged_Host_gets_the_issuers_urls()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/.well-known/openid-configuration");
        request.Headers.Host = "evil.example";

        using var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("evil", body);
        using var discovery = JsonDocument.Parse(body);
        Assert.Equal("http://localhost:8080/connect/token", discovery.RootElement.GetProperty("token_endpoint").GetString());
        Assert.Equal("http://localhost:8080/.well-known/jwks", discovery.RootElement.GetProperty("jwks_uri").GetString());
    }
}
