using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ChatNomina.EndToEnd;

/// <summary>
/// Bodies a parser chokes on — a charset other than UTF-8, a NUL character PostgreSQL cannot
/// store, a truncated multipart upload — are 400 problem details on every service, called directly on its port and through the
/// gateway, never a 500 (and never the developer exception page: the stack runs as "Local").
/// </summary>
[Collection(StackCollection.Name)]
public sealed class MalformedBodyTests(StackFixture stack)
{
    /// <summary>(service, base address, route, media type, a valid-looking body) for each service.</summary>
    public static TheoryData<string, string, string, string> Routes() => new()
    {
        { "gateway", "http://localhost:8080/", "connect/token", "application/x-www-form-urlencoded" },
        { "auth", "http://localhost:8081/", "connect/token", "application/x-www-form-urlencoded" },
        { "users", "http://localhost:8082/", $"api/users/{Guid.NewGuid()}", "application/json" },
        { "payroll", "http://localhost:8083/", "api/payroll/imports", "text/csv" },
        { "chat", "http://localhost:8084/", "api/chat/messages", "application/json" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_charset_other_than_utf8_is_a_400_problem(string service, string origin, string route, string mediaType)
    {
        foreach (var charset in new[] { "utf-7", "utf-16", "x-no-such-charset", "", "\"\"" })
        {
            using var http = Client(origin, route);
            using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Body(route, "hello")));
            content.Headers.TryAddWithoutValidation("Content-Type", $"{mediaType}; charset={charset}");
            using var response = await http.SendAsync(new HttpRequestMessage(Method(route), route) { Content = content });
            await AssertProblemOrOAuthErrorAsync(response, $"{service} {charset}");
        }
    }

    /// <summary>A client that accepts no JSON still gets its 400 as problem details (the writer of last resort),
    /// not an empty 500 from a problem nobody could write.</summary>
    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_refusal_to_a_client_that_accepts_only_xml_is_still_a_400_problem(string service, string origin, string route, string mediaType)
    {
        using var http = Client(origin, route);
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Body(route, "hello")));
        content.Headers.TryAddWithoutValidation("Content-Type", $"{mediaType}; charset=utf-7");
        using var request = new HttpRequestMessage(Method(route), route) { Content = content };
        request.Headers.Accept.ParseAdd("application/xml");
        using var response = await http.SendAsync(request);
        await AssertProblemOrOAuthErrorAsync(response, $"{service} Accept: application/xml");
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_nul_character_in_the_body_is_a_400_problem(string service, string origin, string route, string mediaType)
    {
        using var http = Client(origin, route);
        using var content = new StringContent(Body(route, "a\u0000b"), Encoding.UTF8, mediaType);
        using var response = await http.SendAsync(new HttpRequestMessage(Method(route), route) { Content = content });
        await AssertProblemOrOAuthErrorAsync(response, service);
    }

    [Theory]
    [InlineData("http://localhost:8080/")]
    [InlineData("http://localhost:8083/")]
    public async Task A_truncated_multipart_import_is_a_400_problem(string origin)
    {
        using var http = Client(origin, "api/payroll/imports");
        // One part, cut off in the middle of the file: no closing boundary.
        var body = "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"payslips.csv\"\r\nContent-Type: text/csv\r\n\r\nuser_id,year,mo";
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=XYZ");
        using var response = await http.PostAsync("api/payroll/imports", content);
        await AssertProblemOrOAuthErrorAsync(response, "truncated multipart");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private HttpClient Client(string origin, string route)
    {
        Assert.True(StackEnvironment.GatewayUrl.IsLoopback, "the services' own ports are only reachable next to a local stack");
        var http = new HttpClient { BaseAddress = new Uri(origin) };
        var account = route.Contains("imports") || route.StartsWith("api/users", StringComparison.Ordinal) ? stack.Hr : stack.John;
        if (!route.StartsWith("connect", StringComparison.Ordinal))
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", account.AccessToken);
        }
        return http;
    }

    private static HttpMethod Method(string route) => route.StartsWith("api/users", StringComparison.Ordinal) ? HttpMethod.Put : HttpMethod.Post;

    /// <summary>A body of the route's shape with <paramref name="text"/> in its free-text field.</summary>
    private static string Body(string route, string text) => route switch
    {
        "connect/token" => $"grant_type=password&client_id={StackEnvironment.WebClient}&username={Uri.EscapeDataString(text)}%40chatnomina.local&password=x",
        "api/chat/messages" => JsonSerializer.Serialize(new { message = text }),
        "api/payroll/imports" => "user_id,year,month,payment_date,currency,gross_salary,base_salary,seniority_bonus,income_tax,social_security,unemployment,professional_training,net_salary\n"
            + $"{Guid.NewGuid()},2001,1,2001-01-31,{text},2000.00,2000.00,,300.00,94.00,31.00,2.00,1573.00\n",
        _ => JsonSerializer.Serialize(new { department = text, position = "Analyst", preferredLanguage = "es" }),
    };

    /// <summary>400 as problem details, or (the token endpoint, RFC 6749 §5.2) as an OAuth error; never a stack trace.</summary>
    private static async Task AssertProblemOrOAuthErrorAsync(HttpResponseMessage response, string what)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: expected 400, got {(int)response.StatusCode}: {body}");
        Assert.Contains(response.Content.Headers.ContentType?.MediaType, new[] { "application/problem+json", "application/json" });
        Assert.DoesNotContain("   at ", body);
    }
}
