using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;

namespace ChatNomina.EndToEnd;

/// <summary>
/// The web app's sign-in and session, from the outside, as a browser uses them: the gateway runs
/// the code flow (PKCE) with the auth service's own sign-in page and keeps the tokens itself; the
/// page gets an HttpOnly cookie only. Forgery from another site (form posts, WebSocket upgrades),
/// open redirects and replayed cookies after sign-out are refused.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class BrowserSessionTests(StackFixture stack)
{
    private const string SessionCookie = "__Host-chatnomina";

    [Fact]
    public async Task Signing_in_on_the_sign_in_page_gives_a_cookie_session_that_page_script_cannot_read_and_no_token_in_any_url()
    {
        using var browser = new BrowserAgent();
        var landed = await browser.SignInAsync(StackEnvironment.Ana, "/payslips/2025/3");

        Assert.Equal("/payslips/2025/3", landed.PathAndQuery);
        var cookie = browser.SetCookies[SessionCookie];
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.All(browser.Visited, url => Assert.DoesNotContain("token", url.Query, StringComparison.OrdinalIgnoreCase));
        Assert.All(browser.Cookies.Values, value => Assert.DoesNotContain("eyJ", value, StringComparison.Ordinal)); // no JWT in any cookie

        using var user = await browser.GetAsync("/bff/user");
        Assert.Equal(HttpStatusCode.OK, user.StatusCode);
        var body = await user.Content.ReadAsStringAsync();
        Assert.DoesNotContain("eyJ", body, StringComparison.Ordinal);
        var me = JsonDocument.Parse(body).RootElement;
        Assert.Equal(stack.Ana.Id.ToString(), me.GetProperty("sub").GetString());
        Assert.Equal(["employee"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        // The session reads the same payslip the bearer token reads.
        using var viaCookie = await browser.GetAsync("/api/payroll/payslips/2025/3");
        Assert.Equal(HttpStatusCode.OK, viaCookie.StatusCode);
        var viaToken = await stack.ClientFor(stack.Ana).GetFromJsonAsync<JsonElement>("api/payroll/payslips/2025/3");
        Assert.Equal(viaToken.GetProperty("netSalary").GetDecimal(),
            (await viaCookie.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("netSalary").GetDecimal());
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_account_get_the_same_answer_and_no_session()
    {
        using var browser = new BrowserAgent();
        var form = await browser.OpenSignInPageAsync();
        using var wrong = await browser.SubmitAsync(form, StackEnvironment.John, "not-the-password-1");
        var wrongPage = await wrong.Content.ReadAsStringAsync();
        var again = await browser.OpenSignInPageAsync();
        using var unknown = await browser.SubmitAsync(again, "nobody-" + Guid.NewGuid().ToString("N")[..8] + "@chatnomina.local", "not-the-password-1");
        var unknownPage = await unknown.Content.ReadAsStringAsync();

        Assert.Equal(wrong.StatusCode, unknown.StatusCode);
        Assert.False(BrowserAgent.IsRedirect(wrong.StatusCode));
        Assert.Equal(AlertText(wrongPage), AlertText(unknownPage));
        Assert.NotEmpty(AlertText(wrongPage));
        Assert.DoesNotContain(SessionCookie, browser.Cookies.Keys);
        using var user = await browser.GetAsync("/bff/user");
        Assert.Equal(HttpStatusCode.Unauthorized, user.StatusCode);
    }

    [Fact]
    public async Task Unsafe_calls_need_the_app_s_anti_forgery_header_so_a_cross_site_form_changes_nothing()
    {
        using var browser = new BrowserAgent();
        await browser.SignInAsync(StackEnvironment.Ana);

        // What a form on another site would send (if the browser sent the cookie at all).
        var forged = new HttpRequestMessage(HttpMethod.Post, "/api/chat/messages")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["message"] = "hola" }),
        };
        forged.Headers.Add("Origin", "https://evil.example");
        using var refused = await browser.SendAsync(forged);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);

        var json = new HttpRequestMessage(HttpMethod.Post, "/api/chat/messages") { Content = JsonContent.Create(new { message = "¿cuánto cobré neto en marzo de 2025?" }) };
        using var noHeader = await browser.SendAsync(json);
        Assert.Equal(HttpStatusCode.Forbidden, noHeader.StatusCode);

        var app = new HttpRequestMessage(HttpMethod.Post, "/api/chat/messages") { Content = JsonContent.Create(new { message = "¿cuánto cobré neto en marzo de 2025?" }) };
        app.Headers.Add("X-CSRF", "1");
        using var answered = await browser.SendAsync(app);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        var net = (await stack.ClientFor(stack.Ana).GetFromJsonAsync<JsonElement>("api/payroll/payslips/2025/3")).GetProperty("netSalary").GetDecimal();
        Assert.Contains(net.ToString("#,##0.00", new System.Globalization.CultureInfo("es-ES")),
            (await answered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("text").GetString());
    }

    [Fact]
    public async Task The_chat_socket_opens_for_the_app_s_own_origin_only()
    {
        using var browser = new BrowserAgent();
        await browser.SignInAsync(StackEnvironment.Ana);
        var url = new UriBuilder(StackEnvironment.GatewayUrl) { Scheme = "ws", Path = "/ws/chat" }.Uri;

        using var foreign = new ClientWebSocket();
        foreign.Options.CollectHttpResponseDetails = true;
        foreign.Options.SetRequestHeader("Cookie", browser.CookieHeader);
        foreign.Options.SetRequestHeader("Origin", "https://evil.example");
        await Assert.ThrowsAnyAsync<WebSocketException>(() => foreign.ConnectAsync(url, CancellationToken.None));
        Assert.Equal(HttpStatusCode.Forbidden, foreign.HttpStatusCode);

        using var own = new ClientWebSocket();
        own.Options.SetRequestHeader("Cookie", browser.CookieHeader);
        own.Options.SetRequestHeader("Origin", browser.Origin);
        await own.ConnectAsync(url, CancellationToken.None);
        await ChatWebSocketTests.SendAsync(own, new { message = "what was my net pay in March 2025?" });
        var (chunks, done) = await ChatWebSocketTests.ReadAnswerAsync(own);
        Assert.NotEmpty(chunks);
        Assert.Equal("net_pay", done.GetProperty("intent").GetString());
    }

    [Fact]
    public async Task Signing_out_ends_the_session_for_good_and_a_copied_cookie_is_worthless()
    {
        using var browser = new BrowserAgent();
        await browser.SignInAsync(StackEnvironment.Ana);
        var copied = browser.CookieHeader;

        using (var withoutHeader = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/bff/logout")))
        {
            Assert.Equal(HttpStatusCode.Forbidden, withoutHeader.StatusCode);
        }
        using (var stillIn = await browser.GetAsync("/api/users/me"))
        {
            Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        }

        var logout = new HttpRequestMessage(HttpMethod.Post, "/bff/logout");
        logout.Headers.Add("X-CSRF", "1");
        using (var signedOut = await browser.SendAsync(logout))
        {
            Assert.Equal(HttpStatusCode.NoContent, signedOut.StatusCode);
        }
        Assert.DoesNotContain(SessionCookie, browser.Cookies.Keys);

        foreach (var path in new[] { "/bff/user", "/api/users/me", "/api/payroll/payslips/latest" })
        {
            var replay = new HttpRequestMessage(HttpMethod.Get, path);
            replay.Headers.Add("Cookie", copied);
            using var refused = await StackFixture.NewClient().SendAsync(replay);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        // The next sign-in asks for the password again (auth keeps no session of its own).
        var next = await browser.OpenSignInPageAsync();
        Assert.NotNull(next.PasswordField);
    }

    [Fact]
    public async Task Two_gateway_replicas_refreshing_one_session_at_once_keep_it_alive()
    {
        using var browser = new BrowserAgent();
        await browser.SignInAsync(StackEnvironment.John);
        // Replicas that refresh before every call: without one refresh per session across
        // replicas, the rotated refresh token would be used twice, taken for theft, and the
        // session ended (401s).
        var alwaysRefresh = new Dictionary<string, string> { ["Gateway__Bff__RefreshBefore"] = "01:00:00" };
        await using var first = await ServiceProcess.StartAsync("gateway", "ChatNomina.Gateway", alwaysRefresh);
        await using var second = await ServiceProcess.StartAsync("gateway", "ChatNomina.Gateway", alwaysRefresh);
        using var http = StackFixture.NewClient();

        for (var round = 0; round < 3; round++)
        {
            var calls = Enumerable.Range(0, 12).Select(async i =>
            {
                var request = new HttpRequestMessage(HttpMethod.Get, new Uri(i % 2 == 0 ? first.Url : second.Url, "api/users/me"));
                request.Headers.Add("Cookie", browser.CookieHeader);
                using var response = await http.SendAsync(request);
                return response.StatusCode;
            });
            Assert.All(await Task.WhenAll(calls), status => Assert.Equal(HttpStatusCode.OK, status));
        }
        using var still = await browser.GetAsync("/bff/user");
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/x")]
    [InlineData("/\\evil.example")]
    [InlineData("javascript:alert(1)")]
    public async Task The_app_is_only_ever_sent_back_to_its_own_pages(string returnUrl)
    {
        using var browser = new BrowserAgent();
        var landed = await browser.SignInAsync(StackEnvironment.John, returnUrl);
        Assert.Equal(browser.Origin, landed.GetLeftPart(UriPartial.Authority));
        Assert.Equal("/", landed.AbsolutePath);

        // The auth service's page refuses a return URL that is not its own authorization endpoint.
        using var page = await browser.GetAsync("/account/signin?returnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
    }

    private static string AlertText(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "role=\"alert\"[^>]*>([^<]*)<") is { Success: true } m ? m.Groups[1].Value.Trim() : "";
}
