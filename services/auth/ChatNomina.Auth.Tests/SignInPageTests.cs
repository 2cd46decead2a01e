using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using static ChatNomina.Auth.Tests.CodeFlow;
using static ChatNomina.Auth.Tests.TokenEndpoint;

namespace ChatNomina.Auth.Tests;

/// <summary>
/// Auth's own sign-in page (<c>/account/signin</c>): plain HTML in Spanish or English, no script,
/// strict headers, antiforgery, the password grant's single error, and a return URL that can only
/// lead back to this origin's authorization endpoint.
/// </summary>
public sealed partial class SignInPageTests(AuthFactory factory) : IClassFixture<AuthFactory>
{
    private const string ExpectedCsp =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private Browser NewBrowser(string address = "127.0.0.1") => new(factory.CreateClientFrom(address));

    private static string ValidReturnUrl(params (string Name, string Value)[] extra) => AuthorizeUrl(Pkce.Create(), "st", extra: extra);

    private static string PageUrl(string returnUrl) => "/account/signin?returnUrl=" + Uri.EscapeDataString(returnUrl);

    private static void AssertPageHeaders(HttpResponseMessage response)
    {
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal(ExpectedCsp, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    private static void AssertNoScriptOrInlineStyle(string html)
    {
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.False(EventHandlerAttribute().IsMatch(html), "an inline event handler attribute");
    }

    [Theory]
    [InlineData(null, "es", "Inicia sesión en ChatNomina", "Correo electrónico", "Contraseña", "Iniciar sesión")]
    [InlineData("en-US", "en", "Sign in to ChatNomina", "Email", "Password", "Sign in")]
    public async Task The_page_has_labelled_fields_in_its_language_strict_headers_and_no_script(
        string? acceptLanguage, string lang, string heading, string email, string password, string submit)
    {
        using var browser = NewBrowser();
        browser.AcceptLanguage = acceptLanguage;

        using var response = await browser.GetAsync(PageUrl(ValidReturnUrl()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertPageHeaders(response);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"<html lang=\"{lang}\">", html);
        Assert.Contains($"<h1>{heading}</h1>", html);
        Assert.Contains($"<label for=\"email\">{email}</label>", html);
        Assert.Contains($"<label for=\"password\">{password}</label>", html);
        Assert.Contains($"<button type=\"submit\">{submit}</button>", html);
        Assert.Contains("<input id=\"email\" name=\"email\" type=\"email\" autocomplete=\"username\" required", html);
        Assert.Contains("<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required", html);
        Assert.Contains("<form method=\"post\" action=\"/account/signin\">", html);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/account/signin.css\">", html);
        Assert.NotNull(AntiforgeryToken(html));
        Assert.DoesNotContain("role=\"alert\"", html);   // nothing to announce yet
        AssertNoScriptOrInlineStyle(html);
        // The antiforgery cookie: HttpOnly, SameSite=Strict, only for the page's path.
        var antiforgery = Assert.Single(browser.LastSetCookies, c => c.StartsWith("chatnomina-antiforgery=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", antiforgery);
        Assert.Contains("samesite=strict", antiforgery);
        Assert.Contains("path=/account", antiforgery);
    }

    [Theory]
    [InlineData("en-GB,en;q=0.9,es;q=0.5", "en")]
    [InlineData("fr-FR,en-US;q=0.8", "en")]
    [InlineData("es-ES,en;q=0.5", "es")]
    [InlineData("en;q=0.4,es;q=0.9", "es")]
    [InlineData("de-DE", "es")]
    [InlineData("", "es")]
    public async Task Without_ui_locales_the_language_comes_from_Accept_Language(string acceptLanguage, string expected)
    {
        using var browser = NewBrowser();
        browser.AcceptLanguage = acceptLanguage.Length > 0 ? acceptLanguage : null;

        var html = await (await browser.GetAsync(PageUrl(ValidReturnUrl()))).Content.ReadAsStringAsync();

        Assert.Contains($"<html lang=\"{expected}\">", html);
    }

    [Theory]
    [InlineData("en", "es-ES", "en")]
    [InlineData("es", "en-US", "es")]
    [InlineData("fr-CA en-GB", "es", "en")]
    [InlineData("fr", "en", "en")]
    public async Task The_ui_locales_of_the_authorization_request_win_over_Accept_Language(string uiLocales, string acceptLanguage, string expected)
    {
        using var browser = NewBrowser();
        browser.AcceptLanguage = acceptLanguage;

        var html = await (await browser.GetAsync(PageUrl(ValidReturnUrl(("ui_locales", uiLocales))))).Content.ReadAsStringAsync();

        Assert.Contains($"<html lang=\"{expected}\">", html);
    }

    public static TheoryData<string> ForeignReturnUrls => new()
    {
        "https://evil.example/",
        "http://localhost:8080/connect/authorize?client_id=chatnomina-bff",
        "//evil.example",
        "//evil.example/connect/authorize?x=1",
        "/\\evil.example",
        "\\\\evil.example",
        "/account/signin",
        "/account/signin?returnUrl=%2Fconnect%2Fauthorize%3Fx",
        "javascript:alert(1)",
        "JavaScript:alert(document.cookie)//%0a/connect/authorize?",
        "data:text/html,<script>alert(1)</script>",
        "",
        " /connect/authorize?client_id=x",
        "/connect/authorize",
        "/connect/authorizeevil?x=1",
        "/connect/authorize/../../evil?x=1",
        "/CONNECT/AUTHORIZE?client_id=x",
        "%2Fconnect%2Fauthorize%3Fclient_id%3Dx",
        "/connect/authorize?x=1\r\nSet-Cookie: evil=1",
        "/connect/authorize?x=1\\@evil.example",
        "/connect/authorize?x=ñ",
    };

    [Theory]
    [MemberData(nameof(ForeignReturnUrls))]
    public async Task A_return_url_other_than_this_origins_authorization_endpoint_is_a_400_page(string returnUrl)
    {
        using var browser = NewBrowser();

        using var response = await browser.GetAsync(PageUrl(returnUrl));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertPageHeaders(response);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Enlace de inicio de sesión no válido", html);
        Assert.DoesNotContain("<form", html);
        Assert.DoesNotContain("evil", html);
        AssertNoScriptOrInlineStyle(html);
    }

    [Theory]
    [MemberData(nameof(ForeignReturnUrls))]
    public async Task Posting_the_right_password_with_a_foreign_return_url_signs_nobody_in_and_goes_nowhere(string returnUrl)
    {
        var user = await factory.AddUserAsync();
        using var browser = NewBrowser();
        using var page = await browser.GetAsync(PageUrl(ValidReturnUrl()));
        var token = AntiforgeryToken(await page.Content.ReadAsStringAsync())!;

        using var response = await browser.PostFormAsync("/account/signin",
            ("__RequestVerificationToken", token), ("returnUrl", returnUrl), ("email", user.Email), ("password", user.Password));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.False(browser.HasCookie(BridgeCookie));
        Assert.DoesNotContain(factory.Logs.Lines, l => l.Contains(user.Id.ToString()) && l.Contains("succeeded"));
    }

    [Fact]
    public async Task A_return_url_given_twice_is_refused()
    {
        using var browser = NewBrowser();
        var valid = Uri.EscapeDataString(ValidReturnUrl());

        using var response = await browser.GetAsync($"/account/signin?returnUrl={valid}&returnUrl={valid}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Wrong_password_and_unknown_email_get_the_same_page_with_the_email_kept_and_the_password_not()
    {
        var user = await factory.AddUserAsync();
        using var browser = NewBrowser();
        var page = PageUrl(ValidReturnUrl());
        const string wrong = "Not-The-Password-42";

        using var wrongPassword = await SubmitAsync(browser, page, user.Email, wrong);
        using var unknownEmail = await SubmitAsync(browser, page, "nobody." + Guid.NewGuid().ToString("N") + "@chatnomina.test", wrong);

        var pages = new List<string>();
        foreach (var response in new[] { wrongPassword, unknownEmail })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            AssertPageHeaders(response);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("<p id=\"signin-error\" class=\"error\" role=\"alert\">El correo o la contraseña no son correctos.</p>", html);
            Assert.Contains("aria-describedby=\"signin-error\"", html);
            Assert.DoesNotContain(wrong, html);
            Assert.NotNull(AntiforgeryToken(html));
            Assert.False(browser.HasCookie(BridgeCookie));
            pages.Add(Normalize(html));
        }
        Assert.Contains($"value=\"{user.Email}\"", await wrongPassword.Content.ReadAsStringAsync());
        Assert.Equal(pages[0], pages[1]);
    }

    [Fact]
    public async Task The_English_page_says_the_same_single_error_in_English()
    {
        var user = await factory.AddUserAsync();
        using var browser = NewBrowser();

        using var response = await SubmitAsync(browser, PageUrl(ValidReturnUrl(("ui_locales", "en"))), user.Email, "wrong-password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("role=\"alert\">The e-mail or password is incorrect.</p>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_email_is_kept_html_encoded()
    {
        using var browser = NewBrowser();

        using var response = await SubmitAsync(browser, PageUrl(ValidReturnUrl()), "\"><script>alert(1)</script>@x.test", "whatever");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;@x.test\"", html);
    }

    [Fact]
    public async Task The_right_password_sets_the_bridge_cookie_and_goes_back_to_the_authorization_endpoint()
    {
        var user = await factory.AddUserAsync();
        using var browser = NewBrowser();
        var returnUrl = ValidReturnUrl();

        using var response = await SubmitAsync(browser, PageUrl(returnUrl), "  " + user.Email.ToUpperInvariant(), user.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(returnUrl, response.Headers.Location!.OriginalString);
        Assert.True(browser.HasCookie(BridgeCookie));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_post_without_a_valid_antiforgery_token_is_400_and_checks_no_password()
    {
        var user = await factory.AddUserAsync();
        var returnUrl = ValidReturnUrl();
        using var browser = NewBrowser();
        using var page = await browser.GetAsync(PageUrl(returnUrl));
        var token = AntiforgeryToken(await page.Content.ReadAsStringAsync())!;
        using var other = NewBrowser();
        using var otherPage = await other.GetAsync(PageUrl(returnUrl));
        var otherToken = AntiforgeryToken(await otherPage.Content.ReadAsStringAsync())!;

        // No token; a token but no cookie (a cross-site form); another browser's token; a forged token.
        using var noToken = await browser.PostFormAsync("/account/signin", ("returnUrl", returnUrl), ("email", user.Email), ("password", user.Password));
        using var fresh = NewBrowser();
        using var noCookie = await fresh.PostFormAsync("/account/signin",
            ("__RequestVerificationToken", token), ("returnUrl", returnUrl), ("email", user.Email), ("password", user.Password));
        using var mismatched = await browser.PostFormAsync("/account/signin",
            ("__RequestVerificationToken", otherToken), ("returnUrl", returnUrl), ("email", user.Email), ("password", user.Password));
        using var forged = await browser.PostFormAsync("/account/signin",
            ("__RequestVerificationToken", "CfDJ8" + new string('A', 100)), ("returnUrl", returnUrl), ("email", user.Email), ("password", user.Password));

        foreach (var response in new[] { noToken, noCookie, mismatched, forged })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            AssertPageHeaders(response);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("role=\"alert\">El formulario ha caducado. Vuelve a intentarlo.</p>", html);
            Assert.NotNull(AntiforgeryToken(html));   // a fresh form to try again
        }
        Assert.False(browser.HasCookie(BridgeCookie));
        Assert.False(fresh.HasCookie(BridgeCookie));
        Assert.DoesNotContain(factory.Logs.Lines, l => l.Contains(user.Id.ToString()));
    }

    [Fact]
    public async Task The_stylesheet_is_served_by_auth_and_cacheable()
    {
        using var browser = NewBrowser();

        using var response = await browser.GetAsync("/account/signin.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.Equal(TimeSpan.FromDays(1), response.Headers.CacheControl?.MaxAge);
        Assert.Contains("font-family", await response.Content.ReadAsStringAsync());
        var etag = response.Headers.ETag!;

        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/signin.css");
        request.Headers.IfNoneMatch.Add(etag);
        using var again = await browser.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    public static TheoryData<string, string> UnreadableBodies => new()
    {
        { "application/x-www-form-urlencoded; charset=utf-16", "email=a&password=b" },
        { "application/x-www-form-urlencoded; charset=utf-7", "email=a&password=b" },
        { "application/x-www-form-urlencoded; charset=\"", "email=a" },
        { "application/json", """{"email":"a","password":"b"}""" },
        { "text/plain", "email=a&password=b" },
        { "multipart/form-data; boundary=xyz", "--xyz\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\na" },
        { "application/x-www-form-urlencoded", "%%%%%=%%%&&&==" },
        { "application/x-www-form-urlencoded", "email=%00%FF%FE&password=%C3%28&returnUrl=%2Fconnect%2Fauthorize%3Fx%3D1" },
        { "application/x-www-form-urlencoded", "email=" + new string('a', 100_000) + "&password=b&returnUrl=%2Fconnect%2Fauthorize%3Fx%3D1" },
        { "application/x-www-form-urlencoded", "returnUrl=%2Fconnect%2Fauthorize%3Fx%3D1&returnUrl=%2Fconnect%2Fauthorize%3Fy%3D1" },
        { "", "\u0001\u0002\u0003binary" },
    };

    [Theory]
    [MemberData(nameof(UnreadableBodies))]
    public async Task A_malformed_post_is_a_400_page_never_a_500(string contentType, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/signin")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)),
        };
        if (contentType.Length > 0)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        using var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        AssertPageHeaders(response);
    }

    [Fact]
    public async Task A_sign_in_form_in_another_charset_is_refused_before_it_is_read()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/signin")
        {
            Content = new ByteArrayContent(Encoding.Unicode.GetBytes("email=a&password=b")),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/x-www-form-urlencoded; charset=utf-16");

        using var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Solicitud no válida", await response.Content.ReadAsStringAsync());
        Assert.Contains(factory.Logs.Lines, l => l.Contains("Unreadable form body on /account/signin (charset)"));
    }

    [Fact]
    public async Task Passwords_typed_on_the_page_never_reach_the_logs()
    {
        var user = await factory.AddUserAsync();
        using var browser = NewBrowser();
        const string wrong = "Typed-Wrong-Password-67";

        (await SubmitAsync(browser, PageUrl(ValidReturnUrl()), user.Email, wrong)).Dispose();
        (await SubmitAsync(browser, PageUrl(ValidReturnUrl()), user.Email, user.Password)).Dispose();

        Assert.DoesNotContain(factory.Logs.Lines, l => l.Contains(wrong) || l.Contains(user.Password));
        Assert.DoesNotContain(factory.Logs.Lines, l => l.Contains(user.Email));
        Assert.Contains(factory.Logs.Lines, l => l.Contains(user.Id.ToString()) && l.Contains("wrong password"));
        Assert.Contains(factory.Logs.Lines, l => l.Contains(user.Id.ToString()) && l.Contains("succeeded"));
    }

    /// <summary>The page without its per-response parts (antiforgery token, the e-mail typed in).</summary>
    private static string Normalize(string html) =>
        ValueAttribute().Replace(html, "value=\"…\"");

    [GeneratedRegex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();

    [GeneratedRegex("value=\"[^\"]*\"")]
    private static partial Regex ValueAttribute();
}

/// <summary>
/// The sign-in page and the token endpoint share one throttle (per account and client address),
/// and the bridge cookie lasts five minutes: time moved by a fake clock.
/// </summary>
public sealed class SignInPageThrottleTests(AuthFactoryWithFakeClock factory) : IClassFixture<AuthFactoryWithFakeClock>
{
    [Fact]
    public async Task Throttled_sign_ins_on_the_page_are_429_with_Retry_After_and_a_message_in_the_pages_language()
    {
        var user = await factory.AddUserAsync();
        using var browser = new Browser(factory.CreateClientFrom("127.0.1.1"));
        var spanish = "/account/signin?returnUrl=" + Uri.EscapeDataString(AuthorizeUrl(Pkce.Create(), "s"));
        for (var i = 0; i < 6; i++)
        {
            using var failed = await SubmitAsync(browser, spanish, user.Email, "wrong-" + i);
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        // The right password too: while the address waits, no password is checked.
        using var throttled = await SubmitAsync(browser, spanish, user.Email, user.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), throttled.Headers.RetryAfter?.Delta);
        Assert.Equal("no-store", throttled.Headers.CacheControl?.ToString());
        var html = await throttled.Content.ReadAsStringAsync();
        Assert.Contains("role=\"alert\">Demasiados intentos fallidos. Espera 1 segundo y vuelve a intentarlo.</p>", html);
        Assert.Contains($"value=\"{user.Email}\"", html);
        Assert.False(browser.HasCookie(BridgeCookie));

        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        using var failedAgain = await SubmitAsync(browser, spanish, user.Email, "wrong-again");   // waits 2 s now
        var english = "/account/signin?returnUrl=" + Uri.EscapeDataString(AuthorizeUrl(Pkce.Create(), "s", extra: ("ui_locales", "en")));
        using var throttledEnglish = await SubmitAsync(browser, english, user.Email, user.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, throttledEnglish.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), throttledEnglish.Headers.RetryAfter?.Delta);
        Assert.Contains("role=\"alert\">Too many failed attempts. Wait 2 seconds and try again.</p>", await throttledEnglish.Content.ReadAsStringAsync());

        // After the wait the right password signs in.
        factory.Clock.Advance(TimeSpan.FromSeconds(2));
        using var signedIn = await SubmitAsync(browser, english, user.Email, user.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task Guesses_at_the_token_endpoint_throttle_the_page_from_the_same_address_and_not_from_another()
    {
        var user = await factory.AddUserAsync();
        using var api = factory.CreateClientFrom("127.0.1.2");
        for (var i = 0; i < 6; i++)
        {
            await AssertOAuthErrorAsync(await PasswordAsync(api, user.Email, "wrong-" + i), "invalid_grant");
        }
        var page = "/account/signin?returnUrl=" + Uri.EscapeDataString(AuthorizeUrl(Pkce.Create(), "s"));

        using var sameAddress = new Browser(factory.CreateClientFrom("127.0.1.2"));
        using var throttled = await SubmitAsync(sameAddress, page, user.Email, user.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);

        using var otherAddress = new Browser(factory.CreateClientFrom("127.0.1.3"));
        using var signedIn = await SubmitAsync(otherAddress, page, user.Email, user.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task The_bridge_cookie_lasts_five_minutes()
    {
        var user = await factory.AddUserAsync();
        using var browser = new Browser(factory.CreateClientFrom("127.0.1.4"));
        var authorize = AuthorizeUrl(Pkce.Create(), "late");
        var page = await AuthorizeToSignInPageAsync(browser, authorize);
        using var signedIn = await SubmitAsync(browser, page, user.Email, user.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        factory.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));

        await AuthorizeToSignInPageAsync(browser, authorize);
    }
}
