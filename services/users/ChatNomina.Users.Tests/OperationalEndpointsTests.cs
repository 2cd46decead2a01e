using System.Net;
using System.Text.Json;

namespace ChatNomina.Users.Tests;

/// <summary>Health and metrics answer without a token.</summary>
public sealed class OperationalEndpointsTests(UsersFactory factory) : IClassFixture<UsersFactory>
{
    [Fact]
    public async Task Liveness_is_200_without_a_token()
    {
        var response = await factory.CreateClient().GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readiness_is_200_and_healthy_with_postgres_and_redis_up()
    {
        var response = await factory.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", report.RootElement.GetProperty("status").GetString());
        var checks = report.RootElement.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("postgres").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("redis").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Metrics_expose_request_counts_by_route_template_not_raw_path()
    {
        var ana = TestEmployees.Create();
        await factory.SeedAsync(ana);
        var hr = factory.CreateHrClient();
        await hr.GetAsync($"/api/users/{ana.Id}");
        await factory.CreateClientFor(ana.Id).GetAsync("/api/users/me");

        var metrics = await ScrapeUntilAsync(text => text.Contains("endpoint=\"/api/users/{id:guid}\""));

        Assert.Contains("chatnomina_requests_total", metrics);
        Assert.Contains("chatnomina_request_duration_seconds", metrics);
        Assert.Contains("endpoint=\"/api/users/me\"", metrics);
        Assert.DoesNotContain(ana.Id.ToString(), metrics);
    }

    /// <summary>The Prometheus exporter caches its answer briefly, so poll for what we just did.</summary>
    private async Task<string> ScrapeUntilAsync(Func<string, bool> done)
    {
        var client = factory.CreateClient();
        var text = "";
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var response = await client.GetAsync("/metrics");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            text = await response.Content.ReadAsStringAsync();
            if (done(text))
            {
                break;
            }
            await Task.Delay(250);
        }
        return text;
    }
}
