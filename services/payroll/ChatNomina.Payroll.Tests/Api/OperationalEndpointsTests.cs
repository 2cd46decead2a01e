using System.Net;
using System.Text.Json;
using ChatNomina.Payroll.Tests.Support;

namespace ChatNomina.Payroll.Tests.Api;

public sealed class OperationalEndpointsTests(PayrollFactory factory) : IClassFixture<PayrollFactory>
{
    [Fact]
    public async Task Liveness_answers_200_without_a_token()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readiness_answers_200_Healthy_with_postgres_and_redis_checked()
    {
        using var client = factory.CreateClient();

        // Readiness is a probe of the moment: on a loaded machine one Redis ping can be slow enough to
        // report Degraded (Redis is a cache here). The wiring is what this test checks, so it asks again
        // for a few seconds before judging; a check that never becomes Healthy still fails, with its report.
        string body = "";
        for (var attempt = 0; attempt < 10; attempt++)
        {
            using var response = await client.GetAsync("/health/ready");
            body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, body);
            if (JsonDocument.Parse(body).RootElement.GetProperty("status").GetString() == "Healthy")
            {
                break;
            }
            await Task.Delay(500);
        }
        var report = JsonDocument.Parse(body).RootElement;
        Assert.True(report.GetProperty("status").GetString() == "Healthy", body);
        var checks = report.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("postgres").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("redis").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Metrics_endpoint_serves_chatnomina_requests_total_for_api_calls()
    {
        var userId = Guid.NewGuid();
        using var employee = factory.Employee(userId);
        using var anonymous = factory.CreateClient();
        (await employee.GetAsync("/api/payroll/payslips/2025/1")).Dispose(); // 404: nothing imported

        var metrics = await PayrollApi.EventuallyAsync(async () =>
        {
            var text = await anonymous.GetStringAsync("/metrics");
            return text.Split('\n').Any(l => l.StartsWith("chatnomina_requests_total{", StringComparison.Ordinal)
                && l.Contains("endpoint=\"/api/payroll/payslips/{year:int}/{month:int}\"", StringComparison.Ordinal)
                && l.Contains("status=\"404\"", StringComparison.Ordinal)) ? text : null;
        }, TimeSpan.FromSeconds(10));

        Assert.NotNull(metrics);
        Assert.Contains("chatnomina_request_duration_seconds_bucket{", metrics);
        Assert.Contains("http_server_request_duration_seconds", metrics);
        Assert.DoesNotContain(userId.ToString(), metrics); // route templates, never raw paths or ids
    }
}
