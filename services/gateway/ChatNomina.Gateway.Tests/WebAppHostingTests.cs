using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace ChatNomina.Gateway.Tests;

/// <summary>A gateway serving a built web app from a folder of its own (index.html, a hashed asset, a manifest).</summary>
public sealed class WebAppGatewayFactory : GatewayFactory
{
    public string Root { get; } = Directory.CreateTempSubdirectory("chatnomina-web-").FullName;

    public override Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(Root, "assets"));
        File.WriteAllText(Path.Combine(Root, "index.html"), "<!doctype html><html><head><script type=\"module\" src=\"/assets/index-abc123.js\"></script></head><body><div id=\"root\"></div></body></html>");
        File.WriteAllText(Path.Combine(Root, "assets", "index-abc123.js"), "console.log('app');");
        File.WriteAllText(Path.Combine(Root, "manifest.webmanifest"), "{\"name\":\"ChatNomina\"}");
        return base.InitializeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Gateway:WebApp:Root", Root);
    }
}

/// <summary>
/// The gateway serves the web app: hashed assets cached for a year, the rest revalidated, the
/// app's own routes answered with index.html under a strict CSP, and the server's paths never
/// swallowed by the app (an unknown API path stays a 404 problem).
/// </summary>
public sealed class WebAppHostingTests(WebAppGatewayFactory factory) : IClassFixture<WebAppGatewayFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/payslips/2025/3")]
    [InlineData("/signed-out")]
    public async Task The_app_s_routes_get_index_html_revalidated_under_a_strict_csp(string path)
    {
        var response = await factory.Client().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<div id=\"root\">", await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.CacheControl?.NoCache);
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp);
        Assert.Contains("connect-src 'self';", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task Hashed_assets_are_cached_for_a_year_and_the_manifest_is_revalidated()
    {
        var asset = await factory.Client().GetAsync("/assets/index-abc123.js");
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal(TimeSpan.FromDays(365), asset.Headers.CacheControl?.MaxAge);
        Assert.Contains("immutable", asset.Headers.CacheControl?.ToString());

        var manifest = await factory.Client().GetAsync("/manifest.webmanifest");
        Assert.Equal(HttpStatusCode.OK, manifest.StatusCode);
        Assert.Equal("application/manifest+json", manifest.Content.Headers.ContentType?.MediaType);
        Assert.True(manifest.Headers.CacheControl?.NoCache);
    }

    [Theory]
    [InlineData("/bff/nothing")]
    [InlineData("/api/nothing-here")]
    [InlineData("/assets/missing-123.js")]
    [InlineData("/health/other")]
    [InlineData("/signin-oidc/x")]
    public async Task The_server_s_paths_are_never_answered_with_the_app(string path)
    {
        var response = await factory.Client().GetAsync(path);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<div id=\"root\">", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_post_to_an_app_route_is_not_the_app()
    {
        var response = await factory.Client().PostAsync("/payslips", new StringContent("x"));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}

/// <summary>Without a built web app the gateway still starts, and / is like any unknown path (401 without a token, as before), never a 500.</summary>
public sealed class NoWebAppTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    [Fact]
    public async Task Without_a_build_the_root_is_an_unknown_path()
    {
        var response = await factory.Client().GetAsync("/");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

/// <summary>Outside local development the APIs' documents and reference page are not published (Gateway:OpenApi:Enabled false).</summary>
public sealed class OpenApiPublishingTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    [Theory]
    [InlineData("/openapi/chat.json")]
    [InlineData("/openapi/payroll.json")]
    [InlineData("/openapi/reference/")]
    [InlineData("/openapi/v1.json")]
    public async Task Documents_and_reference_are_404_when_publishing_is_off(string path)
    {
        var response = await factory.Client().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
