using System.Net;
using System.Text.Json;
using ChatNomina.ServiceDefaults.Authentication;
using static ChatNomina.Auth.Tests.TokenEndpoint;

namespace ChatNomina.Auth.Tests;

/// <summary>grant_type=password: what a successful sign-in returns and what the access token says.</summary>
public sealed class PasswordGrantTests(AuthFactory factory) : IClassFixture<AuthFactory>
{
    private static readonly string[] ExpectedAudiences =
        ["chatnomina-chat", "chatnomina-gateway", "chatnomina-payroll", "chatnomina-users"];

    [Theory]
    [InlineData(ChatNominaRoles.Employee)]
    [InlineData(ChatNominaRoles.Hr)]
    [InlineData(ChatNominaRoles.Admin)]
    public async Task Password_grant_returns_a_signed_jwt_with_sub_role_and_every_audience_and_no_email(string role)
    {
        var user = await factory.AddUserAsync(role);

        var tokens = await SignInAsync(factory.CreateClient(), user);

        Assert.Equal("Bearer", tokens.TokenType);
        Assert.InRange(tokens.ExpiresIn, 895, 900);
        Assert.False(string.IsNullOrEmpty(tokens.RefreshToken));

        // A JWS (three parts), not a JWE (five): any JWT validator can read it.
        Assert.Equal(3, tokens.AccessToken.Split('.').Length);
        var jwt = Read(tokens.AccessToken);
        Assert.Equal("RS256", jwt.Alg);
        Assert.False(string.IsNullOrEmpty(jwt.Kid));
        Assert.Equal("http://localhost:8080/", jwt.Issuer);
        Assert.Equal(user.Id.ToString(), jwt.GetClaim("sub").Value);
        Assert.Equal(role, jwt.GetClaim("role").Value);
        Assert.False(jwt.TryGetClaim("email", out _));   // personal data only for a client that asks for it
        Assert.Equal(ExpectedAudiences, jwt.Audiences.Order(StringComparer.Ordinal));
        Assert.InRange((jwt.ValidTo - jwt.IssuedAt).TotalSeconds, 899, 901);
        Assert.InRange(jwt.ValidTo, DateTime.UtcNow.AddMinutes(14), DateTime.UtcNow.AddMinutes(16));
    }

    [Fact]
    public async Task The_refresh_token_is_opaque_to_clients_encrypted_not_readable()
    {
        var user = await factory.AddUserAsync();

        var tokens = await SignInAsync(factory.CreateClient(), user);

        // JWE compact serialization: header.key.iv.ciphertext.tag
        Assert.Equal(5, tokens.RefreshToken!.Split('.').Length);
        Assert.DoesNotContain(user.Email, tokens.RefreshToken);
    }

    [Fact]
    public async Task The_email_is_matched_case_insensitively_and_trimmed()
    {
        var user = await factory.AddUserAsync();

        var response = await PasswordAsync(factory.CreateClient(), "  " + user.Email.ToUpperInvariant() + " ", user.Password);

        var tokens = await ReadTokensAsync(response);
        Assert.Equal(user.Id.ToString(), Read(tokens.AccessToken).GetClaim("sub").Value);
    }

    [Fact]
    public async Task The_cli_client_signs_in_too()
    {
        var user = await factory.AddUserAsync();

        var response = await PasswordAsync(factory.CreateClient(), user.Email, user.Password, clientId: "chatnomina-cli");

        var jwt = Read((await ReadTokensAsync(response)).AccessToken);
        Assert.Equal("chatnomina-cli", jwt.GetClaim("client_id").Value);
    }

    [Fact]
    public async Task Requesting_openid_also_returns_an_identity_token_for_the_same_user()
    {
        var user = await factory.AddUserAsync();

        var response = await PostAsync(factory.CreateClient(),
            ("grant_type", "password"), ("username", user.Email), ("password", user.Password),
            ("client_id", WebClientId), ("scope", "openid offline_access"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var idToken = Read(body.RootElement.GetProperty("id_token").GetString()!);
        Assert.Equal(user.Id.ToString(), idToken.GetClaim("sub").Value);
        Assert.Contains(WebClientId, idToken.Audiences);
    }

    [Fact]
    public async Task The_email_claim_comes_only_with_the_email_scope()
    {
        var user = await factory.AddUserAsync();

        var response = await PostAsync(factory.CreateClient(),
            ("grant_type", "password"), ("username", user.Email), ("password", user.Password),
            ("client_id", WebClientId), ("scope", "openid email"));

        var tokens = await ReadTokensAsync(response);
        Assert.Equal(user.Email, Read(tokens.AccessToken).GetClaim("email").Value);
    }

    [Fact]
    public async Task Wrong_password_and_unknown_user_get_the_identical_error()
    {
        var user = await factory.AddUserAsync();
        var client = factory.CreateClient();

        var wrongPassword = await AssertOAuthErrorAsync(await PasswordAsync(client, user.Email, "not-the-password"), "invalid_grant");
        var unknownUser = await AssertOAuthErrorAsync(await PasswordAsync(client, "nobody@chatnomina.test", user.Password), "invalid_grant");
        var emptyUser = await AssertOAuthErrorAsync(await PasswordAsync(client, " ", user.Password), "invalid_grant");

        Assert.Equal(wrongPassword, unknownUser);
        Assert.Equal(wrongPassword, emptyUser);
        Assert.Contains("The e-mail or password is incorrect.", wrongPassword);
    }

    [Fact]
    public async Task A_failed_sign_in_is_logged_with_the_user_id_and_never_the_password()
    {
        var user = await factory.AddUserAsync();
        const string wrong = "Wr0ng-Password-Value-77";

        await PasswordAsync(factory.CreateClient(), user.Email, wrong);

        Assert.Contains(factory.Logs.Lines, l => l.Contains(user.Id.ToString()) && l.Contains("wrong password"));
        Assert.DoesNotContain(factory.Logs.Lines, l => l.Contains(wrong));
    }

    [Fact]
    public async Task Passwords_and_tokens_never_appear_in_the_logs()
    {
        var user = await factory.AddUserAsync();
        var client = factory.CreateClient();

        var tokens = await SignInAsync(client, user);
        var refreshed = await ReadTokensAsync(await RefreshAsync(client, tokens.RefreshToken!));
        await RefreshAsync(client, tokens.RefreshToken!); // reuse: an error path that logs
        await RevokeAsync(client, refreshed.RefreshToken!);

        var secrets = new[] { user.Password, tokens.AccessToken, tokens.RefreshToken!, refreshed.AccessToken, refreshed.RefreshToken! };
        foreach (var line in factory.Logs.Lines)
        {
            foreach (var secret in secrets)
            {
                Assert.DoesNotContain(secret, line);
            }
            // Not even the signature part of a token on its own.
            Assert.DoesNotContain(tokens.AccessToken.Split('.')[2], line);
        }
        Assert.Contains(factory.Logs.Lines, l => l.Contains(user.Id.ToString()) && l.Contains("succeeded"));
    }
}
