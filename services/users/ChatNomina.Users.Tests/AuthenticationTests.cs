using System.Net;
using System.Text;
using ChatNomina.ServiceDefaults.Authentication;
using ChatNomina.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChatNomina.Users.Tests;

/// <summary>Only a valid access token from the auth service, for this API, opens any route.</summary>
public sealed class AuthenticationTests(UsersFactory factory) : IClassFixture<UsersFactory>
{
    public static TheoryData<string> ProtectedRoutes =>
    [
        "/api/users/me",
        "/api/users",
        $"/api/users/{Guid.NewGuid()}",
    ];

    [Theory]
    [MemberData(nameof(ProtectedRoutes))]
    public async Task Missing_token_is_401(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
    }

    [Fact]
    public async Task Missing_token_on_update_is_401()
    {
        var response = await factory.CreateClient().PutAsync($"/api/users/{Guid.NewGuid()}",
            new StringContent("{\"department\":\"Finance\",\"position\":\"Analyst\",\"preferredLanguage\":\"es\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Token_signed_with_a_foreign_key_is_401()
    {
        var ana = await SeedAsync();
        var token = TestTokens.Create(ana.Id, ChatNominaRoles.Employee, factory.Audience, key: TestTokens.ForeignKey);

        await AssertRejectedAsync(token);
    }

    [Fact]
    public async Task Forged_hr_token_signed_with_a_foreign_key_cannot_list_employees()
    {
        var token = TestTokens.Create(Guid.NewGuid(), ChatNominaRoles.Hr, factory.Audience, key: TestTokens.ForeignKey);

        var response = await factory.CreateClientWithToken(token).GetAsync("/api/users");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Expired_token_is_401()
    {
        var ana = await SeedAsync();
        var token = TestTokens.Create(ana.Id, ChatNominaRoles.Employee, factory.Audience,
            lifetime: TimeSpan.FromMinutes(15), notBefore: DateTime.UtcNow.AddHours(-1));

        await AssertRejectedAsync(token);
    }

    [Fact]
    public async Task Token_not_valid_yet_is_401()
    {
        var ana = await SeedAsync();
        var token = TestTokens.Create(ana.Id, ChatNominaRoles.Employee, factory.Audience, notBefore: DateTime.UtcNow.AddHours(1));

        await AssertRejectedAsync(token);
    }

    [Theory]
    [InlineData("chatnomina-payroll")]
    [InlineData("chatnomina-chat")]
    [InlineData("chatnomina-users-extra")]
    public async Task Token_for_another_audience_is_401(string audience)
    {
        var ana = await SeedAsync();
        var token = TestTokens.Create(ana.Id, ChatNominaRoles.Employee, audience);

        await AssertRejectedAsync(token);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("https://auth.chatnomina.test.evil.example/")]
    [InlineData("http://auth.chatnomina.test/")]
    public async Task Token_from_another_issuer_is_401(string issuer)
    {
        var ana = await SeedAsync();
        var token = TestTokens.Create(ana.Id, ChatNominaRoles.Employee, factory.Audience, issuer: issuer);

        await AssertRejectedAsync(token);
    }

    [Fact]
    public async Task Token_whose_payload_was_tampered_with_is_401()
    {
        var ana = await SeedAsync();
        var parts = TestTokens.Create(ana.Id, ChatNominaRoles.Employee, factory.Audience).Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlDecode(parts[1])).Replace("\"employee\"", "\"hr\"");
        var tampered = $"{parts[0]}.{Base64UrlEncode(Encoding.UTF8.GetBytes(payload))}.{parts[2]}";

        var response = await factory.CreateClientWithToken(tampered).GetAsync("/api/users");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Unsigned_token_is_401()
    {
        var ana = await SeedAsync();
        var parts = TestTokens.Create(ana.Id, ChatNominaRoles.Employee, factory.Audience).Split('.');
        var header = Base64UrlEncode(Encoding.UTF8.GetBytes("{\"alg\":\"none\",\"typ\":\"JWT\"}"));

        await AssertRejectedAsync($"{header}.{parts[1]}.");
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("a.b.c")]
    public async Task Garbage_token_is_401(string token)
    {
        await AssertRejectedAsync(token);
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("")]
    public async Task Signed_token_whose_sub_is_not_a_user_id_is_rejected_not_500(string sub)
    {
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TestTokens.Issuer,
            Audience = factory.Audience,
            Expires = DateTime.UtcNow.AddMinutes(5),
            Claims = new Dictionary<string, object> { [ChatNominaClaims.Subject] = sub, [ChatNominaClaims.Role] = ChatNominaRoles.Employee },
            SigningCredentials = new SigningCredentials(TestTokens.SigningKey, SecurityAlgorithms.RsaSha256),
        });

        var response = await factory.CreateClientWithToken(token).GetAsync("/api/users/me");

        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, $"got {(int)response.StatusCode}");
    }

    [Fact]
    public async Task Valid_token_is_accepted()
    {
        var ana = await SeedAsync();

        var response = await factory.CreateClientWithToken(TestTokens.Create(ana.Id, ChatNominaRoles.Employee, factory.Audience))
            .GetAsync("/api/users/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task AssertRejectedAsync(string token)
    {
        var response = await factory.CreateClientWithToken(token).GetAsync("/api/users/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("@chatnomina.test", await response.Content.ReadAsStringAsync());
    }

    private async Task<Model.Employee> SeedAsync()
    {
        var ana = TestEmployees.Create();
        await factory.SeedAsync(ana);
        return ana;
    }

    private static byte[] Base64UrlDecode(string s) => Convert.FromBase64String(
        s.Replace('-', '+').Replace('_', '/').PadRight(s.Length + (4 - s.Length % 4) % 4, '='));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
