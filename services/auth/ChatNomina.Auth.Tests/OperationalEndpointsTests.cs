using System.Net;
using System.Text.Json;
using ChatNomina.Auth.Clients;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;

namespace ChatNomina.Auth.Tests;

/// <summary>Health, metrics, problem details on non-OAuth routes, and the migrate-time registration.</summary>
public sealed class OperationalEndpointsTests(AuthFactory factory) : IClassFixture<AuthFactory>
{
    [Fact]
    public async Task Liveness_and_readiness_are_200()
    {
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using var report = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", report.RootElement.GetProperty("checks").GetProperty("postgres").GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_unknown_route_is_a_problem_details_404()
    {
        var response = await factory.CreateClient().GetAsync("/api/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Metrics_count_sign_ins_by_result()
    {
        var user = await factory.AddUserAsync();
        var client = factory.CreateClient();
        await TokenEndpoint.SignInAsync(client, user);
        await TokenEndpoint.PasswordAsync(client, user.Email, "wrong");

        var text = "";
        for (var attempt = 0; attempt < 20 && !text.Contains("result=\"wrong_password\""); attempt++)
        {
            text = await client.GetStringAsync("/metrics");
            await Task.Delay(250);
        }

        Assert.Contains("chatnomina_auth_sign_ins_total{", text);
        Assert.Contains("result=\"success\"", text);
        Assert.Contains("result=\"wrong_password\"", text);
        Assert.Contains("endpoint=\"/connect/token\"", text);
    }

    [Fact]
    public async Task Registration_is_idempotent_and_keeps_one_entry_per_client()
    {
        await ClientRegistration.RegisterAsync(factory.Services);
        await ClientRegistration.RegisterAsync(factory.Services);

        await using var scope = factory.Services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        Assert.Equal(3, await applications.CountAsync());   // chatnomina-web, chatnomina-cli, chatnomina-bff
        var web = await applications.FindByClientIdAsync("chatnomina-web");
        Assert.NotNull(web);
        Assert.Equal(OpenIddictConstants.ClientTypes.Public, await applications.GetClientTypeAsync(web));
        var scopes = scope.ServiceProvider.GetRequiredService<IOpenIddictScopeManager>();
        Assert.Equal(1, await scopes.CountAsync());
    }
}
