using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace ChatNomina.Gateway.Tests;

/// <summary>A gateway whose only trusted proxy network is 10.9.0.0/16, as in a cluster.</summary>
public sealed class ConfiguredProxyGatewayFactory : GatewayFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Gateway:Network:TrustedProxyNetworks:0", "10.9.0.0/16");
    }
}

/// <summary>
/// Once proxy networks are configured, loopback is no longer trusted implicitly: a sender on the
/// pod's own loopback cannot choose the client address (rate limits, logs, /metrics guard) or the scheme.
/// </summary>
public sealed class TrustedProxyTests(ConfiguredProxyGatewayFactory factory) : IClassFixture<ConfiguredProxyGatewayFactory>
{
    [Fact]
    public async Task Forwarded_headers_from_loopback_are_ignored_when_only_other_networks_are_trusted()
    {
        // Claims to relay a client on the internet over HTTPS: ignored, so the client is loopback
        // itself (which may read /metrics) and the request stays plain HTTP (no HSTS).
        var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Add("X-Forwarded-For", "203.0.113.50");
        request.Headers.Add("X-Forwarded-Proto", "https");

        var response = await factory.Client().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }
}
