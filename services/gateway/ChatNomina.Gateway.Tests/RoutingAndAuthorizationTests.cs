using System.Net;
using System.Net.Http.Json;
using System.Text;
using ChatNomina.ServiceDefaults.Authentication;
using ChatNomina.Testing;

namespace ChatNomina.Gateway.Tests;

/// <summary>Which requests reach which backend, and who may send them.</summary>
public sealed class RoutingAndAuthorizationTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    public static TheoryData<string, string> HrRoutes => new()
    {
        { "GET", "/api/users" },
        { "GET", "/api/users?department=Legal" },
        { "GET", $"/api/users/{Guid.NewGuid()}" },
        { "PUT", $"/api/users/{Guid.NewGuid()}" },
        { "GET", $"/api/payroll/employees/{Guid.NewGuid()}/payslips/2025/3" },
        { "GET", $"/api/payroll/employees/{Guid.NewGuid()}/payslips?year=2025" },
        { "POST", "/api/payroll/imports" },
        { "GET", "/api/payroll/some-new-endpoint" },
        { "GET", $"/API/USERS/{Guid.NewGuid()}" },
        { "GET", $"/Api/Payroll/Employees/{Guid.NewGuid()}/payslips/2025/3" },
    };

    public static TheoryData<string> EmployeeRoutes => new()
    {
        "/api/users/me",
        "/API/USERS/ME",
        "/api/payroll/payslips?year=2025",
        "/api/payroll/payslips/2025/3",
        "/api/payroll/payslips/latest",
        "/api/chat/conversations/abc/messages",
    };

    public static TheoryData<string, string> AnonymousRoutes => new()
    {
        { "POST", "/connect/token" },
        { "POST", "/connect/revoke" },
        { "GET", "/.well-known/openid-configuration" },
        { "GET", "/.well-known/jwks" },
    };

    [Theory]
    [MemberData(nameof(EmployeeRoutes))]
    public async Task Employee_routes_reach_the_backend_with_path_query_and_token_unchanged(string url)
    {
        var token = GatewayFactory.TokenFor(Guid.NewGuid());
        var response = await factory.Client(token).GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echoed = EchoBackend.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(url, echoed.Path + echoed.Query);
        Assert.Equal($"Bearer {token}", echoed.Headers["Authorization"]);
    }

    [Theory]
    [MemberData(nameof(HrRoutes))]
    public async Task Employee_is_refused_hr_routes_before_the_backend(string method, string url)
    {
        var before = factory.Backend.Received.Count;
        var request = new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = method is "GET" ? null : new StringContent("{}", Encoding.UTF8, "application/json"),
        };

        var response = await factory.ClientFor(Guid.NewGuid()).SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, factory.Backend.Received.Count);
    }

    [Theory]
    [MemberData(nameof(HrRoutes))]
    public async Task Hr_reaches_hr_routes(string method, string url)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = method is "GET" ? null : new StringContent("{}", Encoding.UTF8, "application/json"),
        };

        var response = await factory.ClientFor(Guid.NewGuid(), ChatNominaRoles.Hr).SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(AnonymousRoutes))]
    public async Task Anonymous_routes_need_no_token(string method, string url)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = method is "GET" ? null : new FormUrlEncodedContent([new("grant_type", "password")]),
        };

        var response = await factory.Client().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(url, EchoBackend.Parse(await response.Content.ReadAsStringAsync()).Path);
    }

    [Theory]
    [InlineData("/api/users/me")]
    [InlineData("/api/payroll/payslips/2025/3")]
    [InlineData("/api/chat/messages")]
    [InlineData("/ws/chat")]
    [InlineData("/api/something-unknown")]
    [InlineData("/anything")]
    public async Task Missing_token_is_401_problem_details(string url)
    {
        var before = factory.Backend.Received.Count;
        var response = await factory.Client().GetAsync(url);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
        Assert.Equal(before, factory.Backend.Received.Count);
    }

    [Fact]
    public async Task Unknown_path_with_a_valid_token_is_404()
    {
        var response = await factory.ClientFor(Guid.NewGuid()).GetAsync("/nothing/here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public static TheoryData<string> BadTokens()
    {
        var user = Guid.NewGuid();
        var valid = GatewayFactory.TokenFor(user);
        var parts = valid.Split('.');
        var payload = Convert.FromBase64String(Base64(parts[1]));
        payload[payload.Length / 2] ^= 0x01;
        return new TheoryData<string>
        {
            TestTokens.Create(user, ChatNominaRoles.Employee, GatewayFactory.Audience, key: TestTokens.ForeignKey),
            TestTokens.Create(user, ChatNominaRoles.Hr, GatewayFactory.Audience, key: TestTokens.ForeignKey),
            TestTokens.Create(user, ChatNominaRoles.Employee, GatewayFactory.Audience, issuer: "https://evil.example/"),
            TestTokens.Create(user, ChatNominaRoles.Employee, "chatnomina-someone-else"),
            TestTokens.Create(user, ChatNominaRoles.Employee, GatewayFactory.Audience,
                lifetime: TimeSpan.FromMinutes(5), notBefore: DateTime.UtcNow.AddMinutes(-20)),
            $"{Unsigned("""{"alg":"none","typ":"JWT"}""")}.{parts[1]}.",
            $"{parts[0]}.{Convert.ToBase64String(payload).TrimEnd('=').Replace('+', '-').Replace('/', '_')}.{parts[2]}",
            $"{parts[0]}.{parts[1]}.{parts[2][..^2]}{(parts[2][^2] == 'A' ? 'B' : 'A')}{parts[2][^1]}",
            "not-a-jwt",
        };
    }

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Invalid_tokens_are_401_and_never_reach_the_backend(string token)
    {
        var marker = $"/api/payroll/payslips/2025/{Random.Shared.Next(1, 12)}?probe={Guid.NewGuid():N}";

        var response = await factory.Client(token).GetAsync(marker);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(factory.Backend.Saw(marker.Split('?')[1]));
    }

    [Fact]
    public async Task Token_whose_subject_is_not_a_user_id_is_403()
    {
        var token = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(new Microsoft.IdentityModel.Tokens.SecurityTokenDescriptor
        {
            Issuer = TestTokens.Issuer,
            Audience = GatewayFactory.Audience,
            Expires = DateTime.UtcNow.AddMinutes(5),
            Claims = new Dictionary<string, object> { ["sub"] = "chatnomina-cli", ["role"] = "hr" },
            SigningCredentials = new Microsoft.IdentityModel.Tokens.SigningCredentials(TestTokens.SigningKey, "RS256"),
        });

        var response = await factory.Client(token).GetAsync("/api/users/me");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/payroll/employees%2F{0}/payslips/2025/3")]
    [InlineData("/api/payroll/payslips/..%2Femployees%2F{0}%2Fpayslips/2025/3")]
    [InlineData("/api/payroll/payslips/%2e%2e/employees/{0}/payslips/2025/3")]
    [InlineData("/api/payroll/payslips/..%5Cemployees%5C{0}/payslips/2025/3")]
    [InlineData("/api/payroll//employees/{0}/payslips/2025/3")]
    [InlineData("//api/users/{0}")]
    [InlineData("/api/users/me/..%2F{0}")]
    [InlineData("/api/users/..%2F..%2Fmetrics")]
    [InlineData("/api/payroll/payslips/../../users/{0}")]
    public async Task Encoded_or_dotted_paths_never_reach_another_employees_data(string template)
    {
        var other = Guid.NewGuid();
        var (status, _) = await RawHttp.GetAsync(factory.BaseAddress, string.Format(template, other),
            GatewayFactory.TokenFor(Guid.NewGuid()));

        Assert.Contains(status, new[] { 401, 403, 404 });
        Assert.False(factory.Backend.Saw(other.ToString()));
    }

    [Theory]
    [InlineData("/api/users/metrics")]
    [InlineData("/api/payroll/health/ready")]
    [InlineData("/api/users/../../metrics")]
    [InlineData("/api/payroll/payslips/%2E%2E/%2E%2E/%2E%2E/health/ready")]
    public async Task Backend_metrics_and_health_are_never_proxied(string target)
    {
        await RawHttp.GetAsync(factory.BaseAddress, target, GatewayFactory.TokenFor(Guid.NewGuid(), ChatNominaRoles.Hr));

        Assert.DoesNotContain(factory.Backend.Received, r => r.Path is "/metrics" || r.Path.StartsWith("/health"));
    }

    [Fact]
    public async Task Own_health_endpoints_answer_without_a_token()
    {
        Assert.Equal(HttpStatusCode.OK, (await factory.Client().GetAsync("/health/live")).StatusCode);
        Assert.DoesNotContain(factory.Backend.Received, r => r.Path.StartsWith("/health"));
    }

    [Fact]
    public async Task Trace_context_is_forwarded_in_the_same_trace()
    {
        var traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/users/me");
        request.Headers.Add("traceparent", $"00-{traceId}-00f067aa0ba902b7-01");

        var response = await factory.ClientFor(Guid.NewGuid()).SendAsync(request);

        var echoed = EchoBackend.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith($"00-{traceId}-", echoed.Headers["traceparent"]);
        Assert.DoesNotContain("00f067aa0ba902b7", echoed.Headers["traceparent"]);
    }

    [Fact]
    public async Task Hr_can_post_json_to_hr_routes()
    {
        var response = await factory.ClientFor(Guid.NewGuid(), ChatNominaRoles.Hr)
            .PutAsJsonAsync($"/api/users/{Guid.NewGuid()}", new { department = "Legal" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("PUT", EchoBackend.Parse(await response.Content.ReadAsStringAsync()).Method);
    }

    private static string Base64(string s) => s.Replace('-', '+').Replace('_', '/').PadRight(s.Length + (4 - s.Length % 4) % 4, '=');

    private static string Unsigned(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
