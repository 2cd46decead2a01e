using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ChatNomina.Gateway.Tests;

/// <summary>
/// A backend that is down (crashed, restarting) is 503 problem details with Retry-After at the
/// gateway, like any dependency's outage — never YARP's bare 502.
/// </summary>
public sealed class BackendFailureTests(BackendFailureTests.Factory factory) : IClassFixture<BackendFailureTests.Factory>
{
    /// <summary>A gateway whose backends have all stopped: nothing listens on their port any more.</summary>
    public sealed class Factory : GatewayFactory
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await Backend.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("GET", "/api/payroll/payslips/latest")]
    [InlineData("POST", "/api/chat/messages")]
    [InlineData("GET", "/api/users/me")]
    public async Task A_backend_that_is_down_is_503_with_retry_after(string method, string path)
    {
        using var client = factory.ClientFor(Guid.NewGuid());
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = JsonContent.Create(new { message = "hola" });
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.RetryAfter?.Delta);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
    }
}
