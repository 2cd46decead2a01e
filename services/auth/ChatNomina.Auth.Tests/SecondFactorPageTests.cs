using System.Net;
using System.Text.RegularExpressions;
using ChatNomina.ServiceDefaults.Authentication;
using static ChatNomina.Auth.Tests.CodeFlow;
using static ChatNomina.Auth.Tests.TokenEndpoint;

namespace ChatNomina.Auth.Tests;

/// <summary>
/// The sign-in page's second step for hr and admin accounts: after the right password, a form for
/// the one-time code (es/en, antiforgery, no script) bound to that password step for five minutes and
/// one sign-in; a wrong code shows the form again and is throttled like a wrong password. Time is a
/// fake clock.
/// </summary>
public sealed partial class SecondFactorPageTests(AuthFactoryWithFakeClock factory) : IClassFixture<AuthFactoryWithFakeClock>
{
    private const string ExpectedCsp =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private DateTimeOffset Now => factory.Clock.GetUtcNow();

    private Browser NewBrowser(string address) => new(factory.CreateClientFrom(address));

    private static string PageUrl(string authorize) => "/account/signin?returnUrl=" + Uri.EscapeDataString(authorize);

    /// <summary>Opens the page and submits the right password: the code form's HTML (200 asserted).</summary>
    private static async Task<string> PasswordStepAsync(Browser browser, string page, TestUser user)
    {
        using var response = await SubmitAsync(browser, page, user.Email, user.Password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private string WrongCode(TestUser user, int seed = 0)
    {
        var accepted = new[] { -30, 0, 30 }.Select(s => user.Authenticator!.CodeAt(Now.AddSeconds(s))).ToHashSet();
        for (var n = 200_003 + seed * 7919; ; n = (n + 1) % 1_000_000)
        {
            var code = n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
            if (!accepted.Contains(code))
            {
                return code;
            }
        }
    }

    [Theory]
    [InlineData(ChatNominaRoles.Hr)]
    [InlineData(ChatNominaRoles.Admin)]
    public async Task The_right_password_asks_for_the_code_and_the_right_code_completes_the_sign_in(string role)
    {
        var user = await factory.AddUserAsync(role);
        using var browser = NewBrowser("127.0.4.1");
        var pkce = Pkce.Create();
        var authorize = AuthorizeUrl(pkce, "state-mfa");
        var page = await AuthorizeToSignInPageAsync(browser, authorize);

        using var passwordStep = await SubmitAsync(browser, page, user.Email, user.Password);

        // No sign-in yet: the code form, in Spanish, with its own antiforgery token and the pending sign-in.
        Assert.Equal(HttpStatusCode.OK, passwordStep.StatusCode);
        Assert.False(browser.HasCookie(BridgeCookie));
        Assert.Equal(ExpectedCsp, Assert.Single(passwordStep.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("no-store", passwordStep.Headers.CacheControl?.ToString());
        Assert.Equal("DENY", Assert.Single(passwordStep.Headers.GetValues("X-Frame-Options")));
        var html = await passwordStep.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"es\">", html);
        Assert.Contains("<h1>Verificación en dos pasos</h1>", html);
        Assert.Contains("<label for=\"otp\">Código de verificación</label>", html);
        Assert.Contains("<input id=\"otp\" name=\"otp\" type=\"text\" inputmode=\"numeric\" autocomplete=\"one-time-code\" pattern=\"[0-9]{6}\"", html);
        Assert.Contains("<form method=\"post\" action=\"/account/signin\">", html);
        Assert.DoesNotContain("name=\"password\"", html);
        Assert.DoesNotContain(user.Password, html);
        Assert.DoesNotContain("role=\"alert\"", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(EventHandlerAttribute(), html);
        var fields = HiddenFields(html);
        Assert.Equal(authorize, fields["returnUrl"]);
        Assert.NotNull(AntiforgeryToken(html));
        Assert.DoesNotContain(user.Id.ToString("N"), fields["pending"]);   // protected, not readable
        Assert.DoesNotContain(user.Id.ToString(), fields["pending"]);

        // The code: the bridge cookie, back to the authorization endpoint, then the code for the gateway.
        using var codeStep = await SubmitCodeAsync(browser, html, user.NextCode()!);
        Assert.Equal(HttpStatusCode.Redirect, codeStep.StatusCode);
        Assert.Equal(authorize, codeStep.Headers.Location!.OriginalString);
        Assert.True(browser.HasCookie(BridgeCookie));
        using var toClient = await browser.GetAsync(authorize);
        var query = Query(toClient);
        var tokens = await ReadJsonTokensAsync(await ExchangeAsync(factory.CreateClient(), query["code"], pkce.Verifier));
        var access = Read(tokens.GetProperty("access_token").GetString()!);
        Assert.Equal(user.Id.ToString(), access.GetClaim("sub").Value);
        Assert.Equal(role, access.GetClaim("role").Value);
        // The gateway's refresh keeps the session (it was signed in with the second factor).
        await ReadJsonTokensAsync(await CodeFlow.RefreshAsync(factory.CreateClient(), tokens.GetProperty("refresh_token").GetString()!));
    }

    [Fact]
    public async Task The_code_form_speaks_english_when_the_authorization_request_asks_for_it()
    {
        var user = await factory.AddUserAsync(ChatNominaRoles.Hr);
        using var browser = NewBrowser("127.0.4.2");

        var html = await PasswordStepAsync(browser, PageUrl(AuthorizeUrl(Pkce.Create(), "s", extra: ("ui_locales", "en"))), user);
        using var wrong = await SubmitCodeAsync(browser, html, WrongCode(user));

        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("<h1>Two-step verification</h1>", html);
        Assert.Contains("<label for=\"otp\">Verification code</label>", html);
        Assert.Contains("Enter the 6-digit code shown by your authenticator app.", html);
        Assert.Contains("role=\"alert\">The code is incorrect or has already been used. Enter the code shown now.</p>",
            await wrong.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_wrong_code_shows_the_code_form_again_with_the_error_and_then_the_right_code_signs_in()
    {
        var user = await factory.AddUserAsync(ChatNominaRoles.Hr);
        using var browser = NewBrowser("127.0.4.3");
        var html = await PasswordStepAsync(browser, PageUrl(AuthorizeUrl(Pkce.Create(), "s")), user);

        using var wrong = await SubmitCodeAsync(browser, html, WrongCode(user));

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var again = await wrong.Content.ReadAsStringAsync();
        Assert.Contains("<p id=\"signin-error\" class=\"error\" role=\"alert\">El código no es correcto o ya se ha usado. Escribe el código que se muestra ahora.</p>", again);
        Assert.Contains("aria-describedby=\"otp-hint signin-error\" aria-invalid=\"true\"", again);
        Assert.Equal(HiddenFields(html)["pending"], HiddenFields(again)["pending"]);   // the same password step
        Assert.False(browser.HasCookie(BridgeCookie));
        Assert.Contains(factory.Logs.Lines, l => l.Contains(user.Id.ToString()) && l.Contains("one-time code wrong"));

        using var right = await SubmitCodeAsync(browser, again, user.NextCode()!);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.True(browser.HasCookie(BridgeCookie));
    }

    [Fact]
    public async Task Wrong_codes_on_the_page_are_throttled_like_wrong_passwords()
    {
        var user = await factory.AddUserAsync(ChatNominaRoles.Hr);
        using var browser = NewBrowser("127.0.4.4");
        var html = await PasswordStepAsync(browser, PageUrl(AuthorizeUrl(Pkce.Create(), "s")), user);
        for (var i = 0; i < 6; i++)
        {
            using var wrong = await SubmitCodeAsync(browser, html, WrongCode(user, i));
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            html = await wrong.Content.ReadAsStringAsync();
        }

        // The right code too: while the address waits, no code is checked.
        using var throttled = await SubmitCodeAsync(browser, html, user.Authenticator!.CodeAt(Now));

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), throttled.Headers.RetryAfter?.Delta);
        var page = await throttled.Content.ReadAsStringAsync();
        Assert.Contains("role=\"alert\">Demasiados intentos fallidos. Espera 1 segundo y vuelve a intentarlo.</p>", page);
        Assert.Contains("name=\"otp\"", page);   // still the code form
        Assert.False(browser.HasCookie(BridgeCookie));
        // The same (account, address) pair as the token endpoint's: the password grant from here waits too.
        using var api = factory.CreateClientFrom("127.0.4.4");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await PasswordAsync(api, user.Email, user.Password)).StatusCode);

        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        using var signedIn = await SubmitCodeAsync(browser, page, user.NextCode()!);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task The_pending_sign_in_lasts_five_minutes_from_the_password()
    {
        var user = await factory.AddUserAsync(ChatNominaRoles.Hr);
        using var browser = NewBrowser("127.0.4.5");
        var html = await PasswordStepAsync(browser, PageUrl(AuthorizeUrl(Pkce.Create(), "s")), user);

        factory.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        using var late = await SubmitCodeAsync(browser, html, user.NextCode()!);

        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        var page = await late.Content.ReadAsStringAsync();
        Assert.Contains("role=\"alert\">El inicio de sesión ha caducado. Escribe de nuevo tu correo y tu contraseña.</p>", page);
        Assert.Contains("name=\"password\"", page);   // back to the password
        Assert.False(browser.HasCookie(BridgeCookie));
        // The code was not checked: it is still unused, and a fresh password step takes it.
        var fresh = await PasswordStepAsync(browser, PageUrl(AuthorizeUrl(Pkce.Create(), "s")), user);
        using var signedIn = await SubmitCodeAsync(browser, fresh, user.Authenticator!.CodeAt(Now));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task A_pending_sign_in_serves_one_sign_in()
    {
        var user = await factory.AddUserAsync(ChatNominaRoles.Hr);
        using var browser = NewBrowser("127.0.4.6");
        var html = await PasswordStepAsync(browser, PageUrl(AuthorizeUrl(Pkce.Create(), "s")), user);
        using var first = await SubmitCodeAsync(browser, html, user.NextCode()!);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        browser.ForgetCookie(BridgeCookie);

        // The same form again with another valid, unused code (the next step's).
        using var again = await SubmitCodeAsync(browser, html, user.NextCode()!);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("El inicio de sesión ha caducado", await again.Content.ReadAsStringAsync());
        Assert.False(browser.HasCookie(BridgeCookie));
    }

    [Fact]
    public async Task A_code_accepted_elsewhere_spends_the_pending_sign_in()
    {
        var user = await factory.AddUserAsync(ChatNominaRoles.Hr);
        using var browser = NewBrowser("127.0.4.7");
        var html = await PasswordStepAsync(browser, PageUrl(AuthorizeUrl(Pkce.Create(), "s")), user);

        // The account signs in with the password grant in between (current step's code).
        await ReadTokensAsync(await PasswordWithCodeAsync(factory.CreateClientFrom("127.0.4.8"), user.Email, user.Password, user.NextCode()!));
        using var page = await SubmitCodeAsync(browser, html, user.NextCode()!);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("El inicio de sesión ha caducado", await page.Content.ReadAsStringAsync());
        Assert.False(browser.HasCookie(BridgeCookie));
    }

    [Fact]
    public async Task The_code_form_needs_its_antiforgery_token_and_a_refused_post_checks_no_code()
    {
        var user = await factory.AddUserAsync(ChatNominaRoles.Hr);
        using var browser = NewBrowser("127.0.4.9");
        var html = await PasswordStepAsync(browser, PageUrl(AuthorizeUrl(Pkce.Create(), "s")), user);
        var fields = HiddenFields(html);
        var code = user.NextCode()!;

        using var noToken = await browser.PostFormAsync("/account/signin",
            ("returnUrl", fields["returnUrl"]), ("pending", fields["pending"]), ("otp", code));
        using var fresh = NewBrowser("127.0.4.9");   // the token without its cookie: a cross-site post
        using var noCookie = await fresh.PostFormAsync("/account/signin", [.. fields.Select(f => (f.Key, f.Value)), ("otp", code)]);

        foreach (var refused in new[] { noToken, noCookie })
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var page = await refused.Content.ReadAsStringAsync();
            Assert.Contains("role=\"alert\">El formulario ha caducado. Vuelve a intentarlo.</p>", page);
            Assert.Contains("name=\"otp\"", page);   // a fresh code form for the same password step
        }
        Assert.False(browser.HasCookie(BridgeCookie));
        Assert.DoesNotContain(factory.Logs.Lines, l => l.Contains($"Sign-in failed for user {user.Id}"));
        // The code was not spent: the form as served, with it, signs in.
        using var signedIn = await SubmitCodeAsync(browser, await noToken.Content.ReadAsStringAsync(), code);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Theory]
    [InlineData("altered")]
    [InlineData("empty")]
    [InlineData("another user's")]
    public async Task A_pending_field_that_auth_did_not_write_for_this_step_asks_for_the_password_again(string kind)
    {
        var user = await factory.AddUserAsync(ChatNominaRoles.Hr);
        var other = await factory.AddUserAsync(ChatNominaRoles.Hr);
        using var browser = NewBrowser("127.0.4.10");
        var html = await PasswordStepAsync(browser, PageUrl(AuthorizeUrl(Pkce.Create(), "s")), user);
        var fields = HiddenFields(html);
        fields["pending"] = kind switch
        {
            "altered" => (fields["pending"][0] == 'A' ? "B" : "A") + fields["pending"][1..],
            "empty" => "",
            // Another account's pending sign-in is only good with that account's code.
            _ => HiddenFields(await PasswordStepAsync(NewBrowser("127.0.4.11"), PageUrl(AuthorizeUrl(Pkce.Create(), "s")), other))["pending"],
        };

        using var response = await browser.PostFormAsync("/account/signin", [.. fields.Select(f => (f.Key, f.Value)), ("otp", user.NextCode()!)]);

        Assert.False(browser.HasCookie(BridgeCookie));
        var page = await response.Content.ReadAsStringAsync();
        if (kind == "another user's")
        {
            Assert.Contains("El código no es correcto", page);   // user's code is not other's
        }
        else
        {
            Assert.Contains("El inicio de sesión ha caducado", page);
        }
    }

    [Fact]
    public async Task An_employee_signs_in_on_the_page_without_a_code()
    {
        var user = await factory.AddUserAsync(ChatNominaRoles.Employee);
        using var browser = NewBrowser("127.0.4.12");

        using var response = await SubmitAsync(browser, PageUrl(AuthorizeUrl(Pkce.Create(), "s")), user.Email, user.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(browser.HasCookie(BridgeCookie));
    }

    [Fact]
    public async Task Codes_typed_on_the_page_never_reach_the_logs()
    {
        var user = await factory.AddUserAsync(ChatNominaRoles.Hr);
        using var browser = NewBrowser("127.0.4.13");
        var html = await PasswordStepAsync(browser, PageUrl(AuthorizeUrl(Pkce.Create(), "s")), user);
        var wrong = WrongCode(user);
        using var wrongResponse = await SubmitCodeAsync(browser, html, wrong);
        var right = user.NextCode()!;
        using var rightResponse = await SubmitCodeAsync(browser, await wrongResponse.Content.ReadAsStringAsync(), right);
        Assert.Equal(HttpStatusCode.Redirect, rightResponse.StatusCode);

        var codes = new Regex($"(?<![0-9])({wrong}|{right})(?![0-9])");
        Assert.DoesNotContain(factory.Logs.Lines, l => codes.IsMatch(l) || l.Contains(HiddenFields(html)["pending"]) || l.Contains(user.Email));
        Assert.Contains(factory.Logs.Lines, l => l.Contains(user.Id.ToString()) && l.Contains("succeeded"));
    }

    [GeneratedRegex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();
}
