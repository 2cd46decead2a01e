using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ChatNomina.EndToEnd;

/// <summary>Sign-in, refresh, rotation, revocation, throttling and enumeration safety at /connect/*.</summary>
[Collection(StackCollection.Name)]
public sealed class AuthFlowTests(StackFixture stack)
{
    [Fact]
    public async Task Login_returns_a_15_minute_rs256_access_token_for_the_gateway_and_a_refresh_token()
    {
        var tokens = await stack.TokenAsync(StackFixture.PasswordGrant(StackEnvironment.Ana, StackEnvironment.DemoPassword));

        Assert.Equal("Bearer", tokens.TokenType, ignoreCase: true);
        Assert.InRange(tokens.ExpiresIn, 880, 900);
        Assert.False(string.IsNullOrEmpty(tokens.RefreshToken));
        var header = Jwt.Header(tokens.AccessToken);
        Assert.Equal("RS256", header["alg"]!.GetValue<string>());
        Assert.Null(header["enc"]);
        var payload = Jwt.Payload(tokens.AccessToken);
        Assert.Equal(StackEnvironment.GatewayUrl.ToString(), payload["iss"]!.GetValue<string>());
        Assert.Contains("chatnomina-gateway", payload["aud"]!.ToJsonString());
        Assert.Equal("employee", payload["role"]!.GetValue<string>());
        Assert.Null(payload["email"]);   // the e-mail only for a client that asks for the "email" scope
        Assert.InRange(payload["exp"]!.GetValue<long>() - Jwt.Now, 840, 930);
        Assert.Equal(stack.Ana.Id, Jwt.Subject(tokens.AccessToken));
    }

    [Fact]
    public async Task Cli_client_can_sign_in_too()
    {
        var account = await stack.SignInAsync(StackEnvironment.John, StackEnvironment.CliClient);

        var me = await stack.ClientFor(account).GetFromJsonAsync<JsonElement>("api/users/me");

        Assert.Equal(account.Id, me.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Refresh_gives_a_new_working_access_token_and_a_new_refresh_token()
    {
        var first = await stack.TokenAsync(StackFixture.PasswordGrant(StackEnvironment.John, StackEnvironment.DemoPassword));

        var second = await stack.TokenAsync(StackFixture.RefreshGrant(first.RefreshToken!));

        Assert.NotEqual(first.RefreshToken, second.RefreshToken);
        Assert.Equal(stack.John.Id, Jwt.Subject(second.AccessToken));
        var me = await stack.ClientFor(second.AccessToken).GetAsync("api/users/me");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
    }

    [Fact]
    public async Task Reusing_a_rotated_refresh_token_fails_and_revokes_the_whole_chain()
    {
        var login = await stack.TokenAsync(StackFixture.PasswordGrant(StackEnvironment.John, StackEnvironment.DemoPassword));
        var rotated = await stack.TokenAsync(StackFixture.RefreshGrant(login.RefreshToken!));

        // The old refresh token is used again (stolen and replayed, say).
        var replay = await stack.Http.PostAsync("connect/token", StackFixture.RefreshGrant(login.RefreshToken!));
        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        Assert.Equal("invalid_grant", (await replay.Content.ReadFromJsonAsync<OAuthError>())!.Error);

        // ... and the legitimate holder's newer token dies with it.
        var next = await stack.Http.PostAsync("connect/token", StackFixture.RefreshGrant(rotated.RefreshToken!));
        Assert.Equal(HttpStatusCode.BadRequest, next.StatusCode);
        Assert.Equal("invalid_grant", (await next.Content.ReadFromJsonAsync<OAuthError>())!.Error);
    }

    [Fact]
    public async Task Revoked_refresh_token_cannot_be_used()
    {
        var login = await stack.TokenAsync(StackFixture.PasswordGrant(StackEnvironment.Ana, StackEnvironment.DemoPassword));

        var revoke = await stack.Http.PostAsync("connect/revoke", new FormUrlEncodedContent([
            new("token", login.RefreshToken!),
            new("token_type_hint", "refresh_token"),
            new("client_id", StackEnvironment.WebClient),
        ]));
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);

        var refresh = await stack.Http.PostAsync("connect/token", StackFixture.RefreshGrant(login.RefreshToken!));
        Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);
        Assert.Equal("invalid_grant", (await refresh.Content.ReadFromJsonAsync<OAuthError>())!.Error);
    }

    [Fact]
    public async Task Signing_out_ends_the_access_tokens_of_that_sign_in_at_once_and_only_those()
    {
        var laptop = await stack.TokenAsync(StackFixture.PasswordGrant(StackEnvironment.Ana, StackEnvironment.DemoPassword));
        var phone = await stack.TokenAsync(StackFixture.PasswordGrant(StackEnvironment.Ana, StackEnvironment.DemoPassword));
        Assert.Equal(HttpStatusCode.OK, (await stack.ClientFor(laptop.AccessToken).GetAsync("api/payroll/payslips/latest")).StatusCode);

        // Sign-out = revoking the refresh token through the gateway.
        var revoke = await stack.Http.PostAsync("connect/revoke", new FormUrlEncodedContent([
            new("token", laptop.RefreshToken!),
            new("client_id", StackEnvironment.WebClient),
        ]));
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);

        // The laptop's access token is refused everywhere well before its 15 minutes are up…
        var signedOut = stack.ClientFor(laptop.AccessToken);
        foreach (var path in new[] { "api/payroll/payslips/latest", "api/users/me", "api/chat/conversations" })
        {
            var response = await signedOut.GetAsync(path);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.DoesNotContain("net_salary", await response.Content.ReadAsStringAsync());
        }
        // … and the phone's sign-in is untouched.
        Assert.Equal(HttpStatusCode.OK, (await stack.ClientFor(phone.AccessToken).GetAsync("api/payroll/payslips/latest")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await stack.Http.PostAsync("connect/token", StackFixture.RefreshGrant(phone.RefreshToken!))).StatusCode);
    }

    [Fact]
    public async Task A_revoked_access_token_is_refused_and_the_refresh_token_still_gives_a_working_one()
    {
        var login = await stack.TokenAsync(StackFixture.PasswordGrant(StackEnvironment.John, StackEnvironment.DemoPassword));

        var revoke = await stack.Http.PostAsync("connect/revoke", new FormUrlEncodedContent([
            new("token", login.AccessToken),
            new("token_type_hint", "access_token"),
            new("client_id", StackEnvironment.WebClient),
        ]));
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await stack.ClientFor(login.AccessToken).GetAsync("api/users/me")).StatusCode);
        var next = await stack.TokenAsync(StackFixture.RefreshGrant(login.RefreshToken!));
        Assert.Equal(HttpStatusCode.OK, (await stack.ClientFor(next.AccessToken).GetAsync("api/users/me")).StatusCode);
    }

    [Fact]
    public async Task Refresh_token_of_one_client_is_refused_to_another()
    {
        var login = await stack.TokenAsync(StackFixture.PasswordGrant(StackEnvironment.Ana, StackEnvironment.DemoPassword));

        var refresh = await stack.Http.PostAsync("connect/token", StackFixture.RefreshGrant(login.RefreshToken!, StackEnvironment.CliClient));

        Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);
    }

    [Fact]
    public async Task Unknown_user_and_wrong_password_get_the_same_answer()
    {
        var unknown = await stack.Http.PostAsync("connect/token",
            StackFixture.PasswordGrant($"nobody-{Guid.NewGuid():N}@chatnomina.local", StackEnvironment.DemoPassword));
        // HR's wrong password, sent without a one-time code: nothing says that a code would be needed.
        var wrongPassword = await stack.Http.PostAsync("connect/token",
            StackFixture.PasswordGrant(StackEnvironment.Hr, "not-the-password-" + Guid.NewGuid(), code: ""));

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(unknown.StatusCode, wrongPassword.StatusCode);
        var a = await unknown.Content.ReadFromJsonAsync<OAuthError>();
        var b = await wrongPassword.Content.ReadFromJsonAsync<OAuthError>();
        Assert.Equal("invalid_grant", a!.Error);
        Assert.Equal(a, b);
    }

    [Fact]
    public async Task Hr_without_the_second_factor_cannot_sign_in()
    {
        // The right password alone: no token, and the answer a client branches on (docs/auth.md).
        using var response = await stack.Http.PostAsync("connect/token",
            StackFixture.PasswordGrant(StackEnvironment.Hr, StackEnvironment.DemoPassword, code: ""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("invalid_grant", body.RootElement.GetProperty("error").GetString());
        Assert.True(body.RootElement.GetProperty("mfa_required").GetBoolean());
        Assert.False(body.RootElement.TryGetProperty("access_token", out _));
        // With a code that is not the account's now, no token either.
        var now = DateTimeOffset.UtcNow;
        var valid = new[] { -30, 0, 30 }.Select(s => StackEnvironment.HrAuthenticator.CodeAt(now.AddSeconds(s))).ToHashSet();
        using var wrongCode = await stack.Http.PostAsync("connect/token",
            StackFixture.PasswordGrant(StackEnvironment.Hr, StackEnvironment.DemoPassword, code: valid.Contains("000000") ? "111111" : "000000"));
        Assert.Equal(HttpStatusCode.BadRequest, wrongCode.StatusCode);
    }

    [Fact]
    public async Task Twenty_wrong_passwords_from_one_address_leave_the_account_open_from_another()
    {
        // From the outside, through the gateway: the guesses come from 127.0.0.2, the owner from 127.0.0.3.
        var email = (await stack.SignInThrowawayAsync()).Email;
        using var attacker = ClientFrom("127.0.0.2");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            using var wrong = await attacker.PostAsync("connect/token", StackFixture.PasswordGrant(email, $"wrong-{i}-{Guid.NewGuid()}"));
            statuses.Add(wrong.StatusCode);
            if (wrong.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.NotNull(wrong.Headers.RetryAfter?.Delta);
                Assert.Equal("temporarily_unavailable", (await wrong.Content.ReadFromJsonAsync<OAuthError>())!.Error);
            }
        }
        Assert.True(statuses.Count(s => s == HttpStatusCode.TooManyRequests) >= 10,
            $"the guessing address was not slowed: {string.Join(", ", statuses.Select(s => (int)s))}");
        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.BadRequest or HttpStatusCode.TooManyRequests, $"got {(int)s}"));

        using var owner = ClientFrom("127.0.0.3");
        using var signIn = await owner.PostAsync("connect/token", StackFixture.PasswordGrant(email, StackEnvironment.DemoPassword));
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }

    /// <summary>A client of the gateway whose connections come from <paramref name="address"/> (any 127/8 address is this machine).</summary>
    private static HttpClient ClientFrom(string address)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, ct) =>
            {
                var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.InterNetwork, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);
                try
                {
                    socket.Bind(new IPEndPoint(IPAddress.Parse(address), 0));
                    await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, context.DnsEndPoint.Port), ct);
                    return new System.Net.Sockets.NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = StackEnvironment.GatewayUrl };
    }

    [Fact]
    public async Task Discovery_and_jwks_are_public_through_the_gateway()
    {
        var discovery = await stack.Http.GetFromJsonAsync<JsonElement>(".well-known/openid-configuration");

        Assert.Equal(StackEnvironment.GatewayUrl.ToString(), discovery.GetProperty("issuer").GetString());
        var jwksUri = new Uri(discovery.GetProperty("jwks_uri").GetString()!);
        var jwks = await stack.Http.GetFromJsonAsync<JsonElement>(jwksUri.PathAndQuery.TrimStart('/'));
        var key = jwks.GetProperty("keys").EnumerateArray().First();
        Assert.Equal("RSA", key.GetProperty("kty").GetString());
        Assert.False(key.TryGetProperty("d", out _), "the JWKS must hold public keys only");
    }
}
