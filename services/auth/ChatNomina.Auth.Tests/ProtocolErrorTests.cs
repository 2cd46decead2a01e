using System.Net;
using System.Net.Http.Headers;
using System.Text;
using static ChatNomina.Auth.Tests.TokenEndpoint;

namespace ChatNomina.Auth.Tests;

/// <summary>Malformed and unauthorized token requests get OAuth 2 errors (RFC 6749 §5.2), never a 500.</summary>
public sealed class ProtocolErrorTests(AuthFactory factory) : IClassFixture<AuthFactory>
{
    [Fact]
    public async Task Unknown_client_is_rejected_with_invalid_client()
    {
        var user = await factory.AddUserAsync();

        var response = await PasswordAsync(factory.CreateClient(), user.Email, user.Password, clientId: "evil-client");

        await AssertOAuthErrorAsync(response, "invalid_client");
    }

    [Fact]
    public async Task Missing_client_id_is_rejected()
    {
        var user = await factory.AddUserAsync();

        var response = await PostAsync(factory.CreateClient(),
            ("grant_type", "password"), ("username", user.Email), ("password", user.Password));

        await AssertOAuthErrorAsync(response, "invalid_client");
        Assert.Empty(response.Headers.WwwAuthenticate);
    }

    [Fact]
    public async Task A_client_failing_authentication_with_the_Authorization_header_gets_401_as_RFC_6749_requires()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = new FormUrlEncodedContent(
            [
                KeyValuePair.Create("grant_type", "password"),
                KeyValuePair.Create("username", "someone@chatnomina.test"),
                KeyValuePair.Create("password", "x"),
            ]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("evil-client:secret")));

        var response = await factory.CreateClient().SendAsync(request);

        await AssertOAuthErrorAsync(response, "invalid_client", HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("grant_type")]
    [InlineData("username")]
    [InlineData("password")]
    public async Task A_missing_required_field_is_invalid_request(string missing)
    {
        var user = await factory.AddUserAsync();
        var form = new[] { ("grant_type", "password"), ("username", user.Email), ("password", user.Password), ("client_id", WebClientId) }
            .Where(f => f.Item1 != missing).ToArray();

        var response = await PostAsync(factory.CreateClient(), form);

        await AssertOAuthErrorAsync(response, "invalid_request");
    }

    [Fact]
    public async Task A_grant_type_the_server_does_not_offer_is_unsupported_grant_type()
    {
        var response = await PostAsync(factory.CreateClient(),
            ("grant_type", "client_credentials"), ("client_id", WebClientId), ("client_secret", "x"));

        await AssertOAuthErrorAsync(response, "unsupported_grant_type");
    }

    [Fact]
    public async Task An_unregistered_scope_is_invalid_scope()
    {
        var user = await factory.AddUserAsync();

        var response = await PostAsync(factory.CreateClient(),
            ("grant_type", "password"), ("username", user.Email), ("password", user.Password),
            ("client_id", WebClientId), ("scope", "admin-everything"));

        await AssertOAuthErrorAsync(response, "invalid_scope");
    }

    [Fact]
    public async Task A_garbage_refresh_token_is_invalid_grant()
    {
        var response = await RefreshAsync(factory.CreateClient(), "not.a.token.at.all");

        await AssertOAuthErrorAsync(response, "invalid_grant");
    }

    [Fact]
    public async Task An_access_token_presented_as_a_refresh_token_is_invalid_grant()
    {
        var user = await factory.AddUserAsync();
        var tokens = await SignInAsync(factory.CreateClient(), user);

        var response = await RefreshAsync(factory.CreateClient(), tokens.AccessToken);

        await AssertOAuthErrorAsync(response, "invalid_grant");
    }

    public static TheoryData<string, string, string> GarbageBodies => new()
    {
        { "POST", "application/json", """{"grant_type":"password","username":"a","password":"b","client_id":"chatnomina-web"}""" },
        { "POST", "application/x-www-form-urlencoded", "" },
        { "POST", "application/x-www-form-urlencoded", "%%%%%=%%%&&&==" },
        { "POST", "application/x-www-form-urlencoded", "grant_type=password&grant_type=refresh_token&client_id=chatnomina-web" },
        { "POST", "application/x-www-form-urlencoded", "grant_type=password&client_id=chatnomina-web&client_id=chatnomina-cli&username=a&password=b" },
        { "POST", "application/x-www-form-urlencoded", "grant_type=password&client_id=chatnomina-web&username=" + new string('a', 100_000) + "&password=b" },
        { "POST", "application/x-www-form-urlencoded", "grant_type=password&client_id=chatnomina-web&username=a&password=" + new string('p', 100_000) },
        { "POST", "application/x-www-form-urlencoded", "grant_type=password&client_id=chatnomina-web&username=%00%FF%FE&password=%C3%28" },
        { "POST", "application/x-www-form-urlencoded", "grant_type=%E2%82%AC&client_id=chatnomina-web" },
        { "POST", "application/x-www-form-urlencoded", "grant_type=refresh_token&client_id=chatnomina-web" },
        { "POST", "application/x-www-form-urlencoded", "grant_type=refresh_token&client_id=chatnomina-web&refresh_token=eyJhbGciOiJub25lIn0.e30." },
        { "POST", "text/plain", "grant_type=password" },
        { "POST", "multipart/form-data; boundary=xyz", "--xyz\r\nContent-Disposition: form-data; name=\"grant_type\"\r\n\r\npassword\r\n--xyz--" },
        { "POST", "", "\u0001\u0002\u0003binary" },
        { "GET", "", "" },
        { "PUT", "application/x-www-form-urlencoded", "grant_type=password" },
    };

    [Theory]
    [MemberData(nameof(GarbageBodies))]
    public async Task The_token_and_authorization_endpoints_never_answer_500_to_garbage(string method, string contentType, string body)
    {
        foreach (var endpoint in new[] { "/connect/token", "/connect/authorize" })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), endpoint);
            if (method != "GET")
            {
                request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
                if (contentType.Length > 0)
                {
                    request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
                }
            }

            var response = await factory.CreateClient().SendAsync(request);

            var status = (int)response.StatusCode;
            Assert.True(status is >= 400 and < 500, $"{endpoint}: expected a 4xx, got {status}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    [Fact]
    public async Task Revocation_by_an_unknown_client_is_rejected()
    {
        var user = await factory.AddUserAsync();
        var tokens = await SignInAsync(factory.CreateClient(), user);

        var response = await RevokeAsync(factory.CreateClient(), tokens.RefreshToken!, clientId: "evil-client");

        await AssertOAuthErrorAsync(response, "invalid_client");
        // …and the token still works.
        await ReadTokensAsync(await RefreshAsync(factory.CreateClient(), tokens.RefreshToken!));
    }
}
