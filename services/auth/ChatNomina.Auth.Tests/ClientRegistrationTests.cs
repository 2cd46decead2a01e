using System.Net;
using ChatNomina.Auth.Clients;
using ChatNomina.Auth.Extensions;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using static ChatNomina.Auth.Tests.CodeFlow;
using static ChatNomina.Auth.Tests.TokenEndpoint;

namespace ChatNomina.Auth.Tests;

/// <summary>
/// What <c>migrate</c> registers: the two public clients as before, and the gateway's confidential
/// client <c>chatnomina-bff</c>, whose secret and redirect URIs follow <c>Auth:Bff</c> at every run.
/// </summary>
public sealed class ClientRegistrationTests(AuthFactory factory) : IClassFixture<AuthFactory>
{
    private async Task<T> WithApplicationAsync<T>(string clientId, Func<IOpenIddictApplicationManager, object, Task<T>> read)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var application = await applications.FindByClientIdAsync(clientId);
        Assert.NotNull(application);
        return await read(applications, application);
    }

    [Theory]
    [InlineData("chatnomina-web")]
    [InlineData("chatnomina-cli")]
    public async Task The_public_clients_keep_the_password_and_refresh_grants_only(string clientId)
    {
        var (type, permissions, redirects) = await WithApplicationAsync(clientId, async (m, a) =>
            (await m.GetClientTypeAsync(a), await m.GetPermissionsAsync(a), await m.GetRedirectUrisAsync(a)));

        Assert.Equal("public", type);
        Assert.Empty(redirects);
        Assert.Contains("gt:password", permissions);
        Assert.Contains("gt:refresh_token", permissions);
        Assert.DoesNotContain("gt:authorization_code", permissions);
        Assert.DoesNotContain(permissions, p => p.StartsWith("ept:authorization", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_gateway_client_is_confidential_with_the_code_flow_and_pkce_only()
    {
        var (type, consent, permissions, requirements, redirects, name) = await WithApplicationAsync(ChatNominaClients.Bff, async (m, a) =>
            (await m.GetClientTypeAsync(a), await m.GetConsentTypeAsync(a), await m.GetPermissionsAsync(a),
             await m.GetRequirementsAsync(a), await m.GetRedirectUrisAsync(a), await m.GetDisplayNameAsync(a)));

        Assert.Equal("confidential", type);
        Assert.Equal("implicit", consent);
        Assert.Equal("ChatNomina web app (gateway session)", name);
        Assert.Equal(["http://localhost:8080/signin-oidc"], redirects.ToArray());
        Assert.Equal(
            ["ept:authorization", "ept:revocation", "ept:token", "gt:authorization_code", "gt:refresh_token", "rst:code",
             "scp:chatnomina-api", "scp:email", "scp:roles"],
            permissions.Order(StringComparer.Ordinal));
        Assert.Equal(["ft:pkce"], requirements.ToArray());
    }

    [Fact]
    public async Task Migrate_again_with_another_secret_and_redirect_uri_replaces_both()
    {
        var user = await factory.AddUserAsync();
        const string newSecret = "a-brand-new-bff-secret-2026";
        const string newRedirect = "http://localhost:9090/signin-oidc";
        try
        {
            await ClientRegistration.RegisterAsync(factory.Services, new BffClientOptions { ClientSecret = newSecret, RedirectUris = [newRedirect] });

            using var browser = new Browser(factory.CreateClientFrom("127.0.0.1"));
            using var oldRedirect = await browser.GetAsync(AuthorizeUrl(Pkce.Create(), "s"));
            Assert.Equal(HttpStatusCode.BadRequest, oldRedirect.StatusCode);

            var pkce = Pkce.Create();
            using var toClient = await SignInAsync(browser, user, AuthorizeUrl(pkce, "s", redirectUri: newRedirect));
            Assert.StartsWith(newRedirect + "?", toClient.Headers.Location!.AbsoluteUri);
            var code = Query(toClient)["code"];
            var client = factory.CreateClient();
            await AssertOAuthErrorAsync(await ExchangeAsync(client, code, pkce.Verifier, ClientSecret, newRedirect), "invalid_client");
            await ReadJsonTokensAsync(await ExchangeAsync(client, code, pkce.Verifier, newSecret, newRedirect));
        }
        finally
        {
            await ClientRegistration.RegisterAsync(factory.Services);
        }
    }

    [Theory]
    [InlineData("", "http://localhost:8080/signin-oidc")]
    [InlineData("short", "http://localhost:8080/signin-oidc")]
    [InlineData("chatnomina-bff-local-secret", "/signin-oidc")]
    [InlineData("chatnomina-bff-local-secret", "ftp://localhost/signin-oidc")]
    [InlineData("chatnomina-bff-local-secret", "http://localhost:8080/signin-oidc#x")]
    public void Bad_gateway_client_settings_are_refused(string secret, string redirect)
    {
        var options = new BffClientOptions { ClientSecret = secret, RedirectUris = [redirect] };

        var valid = System.ComponentModel.DataAnnotations.Validator.TryValidateObject(
            options, new System.ComponentModel.DataAnnotations.ValidationContext(options), [], validateAllProperties: true);

        Assert.False(valid);
    }
}
