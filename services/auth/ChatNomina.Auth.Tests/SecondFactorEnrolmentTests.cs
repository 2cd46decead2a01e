using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChatNomina.Auth.Apis;
using ChatNomina.Auth.Credentials;
using ChatNomina.Contracts.Credentials;
using ChatNomina.ServiceDefaults.Authentication;
using ChatNomina.Testing;
using Microsoft.EntityFrameworkCore;
using static ChatNomina.Auth.Tests.CodeFlow;
using static ChatNomina.Auth.Tests.TokenEndpoint;

namespace ChatNomina.Auth.Tests;

/// <summary>
/// An hr or admin account without a second factor enrols one at its first browser sign-in: after the right
/// password a new secret (QR code, key, otpauth URI), stored only once a code of it is right, then ten recovery
/// codes shown once, each accepted once instead of a code (page and password grant). An admin's reset (auth's
/// internal route) removes both; the next sign-in enrols again. Time is a fake clock.
/// </summary>
public sealed partial class SecondFactorEnrolmentTests(AuthFactoryWithFakeClock factory) : IClassFixture<AuthFactoryWithFakeClock>
{
    private const string ExpectedCsp =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private Browser NewBrowser(string address) => new(factory.CreateClientFrom(address));

    private static string PageUrl(string authorize) => "/account/signin?returnUrl=" + Uri.EscapeDataString(authorize);

    /// <summary>The enrolment page after the right password (200 asserted).</summary>
    private static async Task<string> EnrolmentPageAsync(Browser browser, string page, TestUser user)
    {
        using var response = await SubmitAsync(browser, page, user.Email, user.Password);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"expected 200, got {(int)response.StatusCode}: {html}");
        Assert.True(HiddenFields(html).ContainsKey("enrolment"), "not the enrolment form");
        return html;
    }

    /// <summary>The key the page shows (base32, its groups joined).</summary>
    private static string SecretOf(string html) => SecretField().Match(html).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);

    private static Task<HttpResponseMessage> SubmitEnrolmentAsync(Browser browser, string html, string code) =>
        browser.PostFormAsync("/account/signin", [.. HiddenFields(html).Select(f => (f.Key, f.Value)), ("otp", code)]);

    private static IReadOnlyList<string> RecoveryCodesOf(string html) =>
        [.. RecoveryCodeItem().Matches(html).Select(m => m.Groups[1].Value)];

    private Task<(int Factors, int RecoveryCodes)> StoredAsync(Guid userId) => factory.WithDbAsync(async db =>
        (await db.TotpFactors.CountAsync(f => f.UserId == userId), await db.RecoveryCodes.CountAsync(r => r.UserId == userId)));

    /// <summary>Enrols <paramref name="user"/> on the page: its authenticator (the enrolment's code already given) and recovery codes.</summary>
    private async Task<(Authenticator Authenticator, IReadOnlyList<string> RecoveryCodes)> EnrolAsync(TestUser user, string address)
    {
        using var browser = NewBrowser(address);
        var html = await EnrolmentPageAsync(browser, PageUrl(AuthorizeUrl(Pkce.Create(), "s")), user);
        var authenticator = new Authenticator(SecretOf(html));
        using var enrolled = await SubmitEnrolmentAsync(browser, html, authenticator.NextCode(factory.Clock));
        Assert.Equal(HttpStatusCode.OK, enrolled.StatusCode);
        return (authenticator, RecoveryCodesOf(await enrolled.Content.ReadAsStringAsync()));
    }

    private HttpClient Internal()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "chatnomina-provisioning-local-secret");
        return client;
    }

    [Theory]
    [InlineData(ChatNominaRoles.Hr)]
    [InlineData(ChatNominaRoles.Admin)]
    public async Task The_first_browser_sign_in_enrols_the_factor_shows_the_recovery_codes_once_and_signs_in(string role)
    {
        var user = await factory.AddUserAsync(role, secondFactor: false);
        using var browser = NewBrowser("127.0.6.1");
        var pkce = Pkce.Create();
        var authorize = AuthorizeUrl(pkce, "state-enrol");
        var page = await AuthorizeToSignInPageAsync(browser, authorize);

        using var passwordStep = await SubmitAsync(browser, page, user.Email, user.Password);

        // The enrolment page: the same headers and style as the sign-in page, the secret three ways, nothing stored yet.
        Assert.Equal(HttpStatusCode.OK, passwordStep.StatusCode);
        Assert.Equal(ExpectedCsp, Assert.Single(passwordStep.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("no-store", passwordStep.Headers.CacheControl?.ToString());
        Assert.Equal("DENY", Assert.Single(passwordStep.Headers.GetValues("X-Frame-Options")));
        Assert.False(browser.HasCookie(BridgeCookie));
        var html = await passwordStep.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Activa la verificación en dos pasos</h1>", html);
        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\"", html);
        Assert.Contains("role=\"img\" aria-label=\"Código QR para tu aplicación de autenticación\"", html);
        Assert.Contains("<label for=\"otp\">Código de la aplicación</label>", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        var secret = SecretOf(html);
        Assert.Matches("^[A-Z2-7]{32}$", secret);
        Assert.Matches(@"<code>([A-Z2-7]{4} ){7}[A-Z2-7]{4}</code>", html);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(
            $"otpauth://totp/ChatNomina:{Uri.EscapeDataString(user.Email)}?secret={secret}&issuer=ChatNomina"), html);
        var fields = HiddenFields(html);
        Assert.Equal(authorize, fields["returnUrl"]);
        Assert.NotNull(AntiforgeryToken(html));
        Assert.DoesNotContain(secret, fields["enrolment"]);   // protected, not readable
        Assert.Equal((0, 0), await StoredAsync(user.Id));

        var authenticator = new Authenticator(secret);
        using var enrolled = await SubmitEnrolmentAsync(browser, html, authenticator.NextCode(factory.Clock));

        // Stored and signed in: the recovery codes, once, and a link back to the authorization endpoint.
        Assert.Equal(HttpStatusCode.OK, enrolled.StatusCode);
        Assert.Equal(ExpectedCsp, Assert.Single(enrolled.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("no-store", enrolled.Headers.CacheControl?.ToString());
        Assert.True(browser.HasCookie(BridgeCookie));
        var codesPage = await enrolled.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Guarda tus códigos de recuperación</h1>", codesPage);
        var codes = RecoveryCodesOf(codesPage);
        Assert.Equal(RecoveryCodes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^[a-z2-7]{4}(-[a-z2-7]{4}){3}$", c));
        Assert.Contains($"<a class=\"button\" href=\"{System.Net.WebUtility.HtmlEncode(authorize)}\">", codesPage.Replace("&#x2B;", "+", StringComparison.Ordinal));
        Assert.Equal((1, RecoveryCodes.Count), await StoredAsync(user.Id));
        var stored = await factory.WithDbAsync(db => db.RecoveryCodes.AsNoTracking().Where(r => r.UserId == user.Id).Select(r => r.CodeHash).ToListAsync());
        Assert.All(codes, c => Assert.DoesNotContain(stored, h => h.Contains(c.Replace("-", "", StringComparison.Ordinal), StringComparison.Ordinal)));
        Assert.Equal(codes.Select(c => RecoveryCodes.Hash(RecoveryCodes.Normalize(c)!)).Order(), stored.Order());
        var factor = await factory.WithDbAsync(db => db.TotpFactors.AsNoTracking().SingleAsync(f => f.UserId == user.Id));
        Assert.DoesNotContain(secret, factor.ProtectedSecret);

        using var toClient = await browser.GetAsync(authorize);
        var tokens = await ReadJsonTokensAsync(await ExchangeAsync(factory.CreateClient(), Query(toClient)["code"], pkce.Verifier));
        Assert.Equal(role, Read(tokens.GetProperty("access_token").GetString()!).GetClaim("role").Value);
        await ReadJsonTokensAsync(await CodeFlow.RefreshAsync(factory.CreateClient(), tokens.GetProperty("refresh_token").GetString()!));

        // From now on: the code form (no enrolment), and the password grant with a code of the new factor.
        using var later = NewBrowser("127.0.6.2");
        using var secondPassword = await SubmitAsync(later, PageUrl(AuthorizeUrl(Pkce.Create(), "s2")), user.Email, user.Password);
        var codeForm = await secondPassword.Content.ReadAsStringAsync();
        Assert.True(HiddenFields(codeForm).ContainsKey("pending"));
        using var signedIn = await SubmitCodeAsync(later, codeForm, authenticator.NextCode(factory.Clock));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        await ReadTokensAsync(await PasswordWithCodeAsync(factory.CreateClientFrom("127.0.6.3"), user.Email, user.Password, authenticator.NextCode(factory.Clock)));

        // Neither the secret nor a recovery code is ever logged.
        Assert.DoesNotContain(factory.Logs.Lines, l => l.Contains(secret, StringComparison.OrdinalIgnoreCase)
            || codes.Any(c => l.Contains(c, StringComparison.Ordinal) || l.Contains(c.Replace("-", "", StringComparison.Ordinal), StringComparison.Ordinal)));
        Assert.Contains(factory.Logs.Lines, l => l.Contains($"Second factor enrolled by user {user.Id}"));
    }

    [Fact]
    public async Task The_enrolment_speaks_english_when_the_authorization_request_asks_for_it()
    {
        var user = await factory.AddUserAsync(ChatNominaRoles.Hr, secondFactor: false);
        using var browser = NewBrowser("127.0.6.4");
        var html = await EnrolmentPageAsync(browser, PageUrl(AuthorizeUrl(Pkce.Create(), "s", extra: ("ui_locales", "en"))), user);
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("<h1>Turn on two-step verification</h1>", html);
        using var enrolled = await SubmitEnrolmentAsync(browser, html, new Authenticator(SecretOf(html)).NextCode(factory.Clock));
        Assert.Contains("<h1>Save your recovery codes</h1>", await enrolled.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_wrong_code_at_enrolment_stores_nothing_and_shows_the_same_secret_again()
    {
        var user = await factory.AddUserAsync(ChatNominaRoles.Hr, secondFactor: false);
        using var browser = NewBrowser("127.0.6.5");
        var html = await EnrolmentPageAsync(browser, PageUrl(AuthorizeUrl(Pkce.Create(), "s")), user);
        var authenticator = new Authenticator(SecretOf(html));
        var right = authenticator.CodeAt(factory.Clock.GetUtcNow());
        var wrong = right == "000000" ? "000001" : "000000";

        foreach (var code in new[] { wrong, "12345", "abcdef", "" })
        {
            using var refused = await SubmitEnrolmentAsync(browser, html, code);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            var again = await refused.Content.ReadAsStringAsync();
            Assert.Contains("role=\"alert\">El código no es correcto. Comprueba que has añadido la clave", again);
            Assert.Contains("aria-invalid=\"true\"", again);
            Assert.Equal(SecretOf(html), SecretOf(again));
            Assert.Equal(HiddenFields(html)["enrolment"], HiddenFields(again)["enrolment"]);
            Assert.False(browser.HasCookie(BridgeCookie));
        }
        Assert.Equal((0, 0), await StoredAsync(user.Id));
        // Still not enrolled: the password grant says so.
        var grant = await AssertOAuthErrorAsync(await PasswordAsync(factory.CreateClientFrom("127.0.6.6"), user.Email, user.Password), "invalid_grant");
        Assert.Contains(TokenApi.EnrolmentRequiredParameter, grant);

        using var enrolled = await SubmitEnrolmentAsync(browser, html, authenticator.NextCode(factory.Clock));
        Assert.Equal(HttpStatusCode.OK, enrolled.StatusCode);
        Assert.Equal((1, RecoveryCodes.Count), await StoredAsync(user.Id));
    }

    [Fact]
    public async Task The_pending_enrolment_lasts_ten_minutes_serves_one_enrolment_and_cannot_be_altered()
    {
        var user = await factory.AddUserAsync(ChatNominaRoles.Admin, secondFactor: false);
        using var browser = NewBrowser("127.0.6.7");
        var html = await EnrolmentPageAsync(browser, PageUrl(AuthorizeUrl(Pkce.Create(), "s")), user);
        var authenticator = new Authenticator(SecretOf(html));

        // Altered: the password again, nothing stored.
        var fields = HiddenFields(html);
        var altered = fields["enrolment"][..^4] + (fields["enrolment"].EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
        using var alteredPost = await browser.PostFormAsync("/account/signin",
            [.. fields.Where(f => f.Key != "enrolment").Select(f => (f.Key, f.Value)), ("enrolment", altered), ("otp", authenticator.CodeAt(factory.Clock.GetUtcNow()))]);
        var restarted = await alteredPost.Content.ReadAsStringAsync();
        Assert.Contains("El inicio de sesión ha caducado", restarted);
        Assert.Contains("name=\"password\"", restarted);

        // Expired: ten minutes after the password step.
        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        using var expired = await SubmitEnrolmentAsync(browser, html, authenticator.NextCode(factory.Clock));
        Assert.Contains("El inicio de sesión ha caducado", await expired.Content.ReadAsStringAsync());
        Assert.Equal((0, 0), await StoredAsync(user.Id));

        // A fresh one enrols once; the same form posted again (another browser tab) stores nothing more.
        var fresh = await EnrolmentPageAsync(browser, PageUrl(AuthorizeUrl(Pkce.Create(), "s")), user);
        var freshAuthenticator = new Authenticator(SecretOf(fresh));
        Assert.NotEqual(authenticator.Secret, freshAuthenticator.Secret);
        using var first = await SubmitEnrolmentAsync(browser, fresh, freshAuthenticator.NextCode(factory.Clock));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var codes = RecoveryCodesOf(await first.Content.ReadAsStringAsync());
        using var second = await SubmitEnrolmentAsync(browser, fresh, freshAuthenticator.NextCode(factory.Clock));
        Assert.Contains("El inicio de sesión ha caducado", await second.Content.ReadAsStringAsync());
        var stored = await factory.WithDbAsync(db => db.RecoveryCodes.AsNoTracking().Where(r => r.UserId == user.Id).Select(r => r.CodeHash).ToListAsync());
        Assert.Equal(codes.Select(c => RecoveryCodes.Hash(RecoveryCodes.Normalize(c)!)).Order(), stored.Order());
    }

    [Fact]
    public async Task The_enrolment_form_needs_its_antiforgery_token()
    {
        var user = await factory.AddUserAsync(ChatNominaRoles.Hr, secondFactor: false);
        using var browser = NewBrowser("127.0.6.8");
        var html = await EnrolmentPageAsync(browser, PageUrl(AuthorizeUrl(Pkce.Create(), "s")), user);
        var code = new Authenticator(SecretOf(html)).CodeAt(factory.Clock.GetUtcNow());

        using var refused = await browser.PostFormAsync("/account/signin",
            [.. HiddenFields(html).Where(f => f.Key != "__RequestVerificationToken").Select(f => (f.Key, f.Value)), ("otp", code)]);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var again = await refused.Content.ReadAsStringAsync();
        Assert.Contains("El formulario ha caducado", again);
        Assert.Equal(SecretOf(html), SecretOf(again));
        Assert.Equal((0, 0), await StoredAsync(user.Id));
    }

    [Fact]
    public async Task A_recovery_code_works_once_in_the_browser_and_once_at_the_password_grant()
    {
        var user = await factory.AddUserAsync(ChatNominaRoles.Hr, secondFactor: false);
        var (_, codes) = await EnrolAsync(user, "127.0.6.9");

        // The page: the recovery form beside the code form; dashes and case do not matter.
        using var browser = NewBrowser("127.0.6.10");
        using var passwordStep = await SubmitAsync(browser, PageUrl(AuthorizeUrl(Pkce.Create(), "s")), user.Email, user.Password);
        var codeForm = await passwordStep.Content.ReadAsStringAsync();
        Assert.Contains("<summary>¿No tienes la aplicación a mano? Usa un código de recuperación</summary>", codeForm);
        Assert.Contains("<input id=\"recovery\" name=\"recovery\" type=\"text\" autocomplete=\"off\"", codeForm);
        using var viaRecovery = await browser.PostFormAsync("/account/signin",
            [.. HiddenFields(codeForm).Select(f => (f.Key, f.Value)), ("recovery", codes[0].ToUpperInvariant().Replace("-", " ", StringComparison.Ordinal))]);
        Assert.Equal(HttpStatusCode.Redirect, viaRecovery.StatusCode);
        Assert.True(browser.HasCookie(BridgeCookie));

        // Used: refused like a wrong code, on the page and at the grant.
        using var again = NewBrowser("127.0.6.11");
        using var againPassword = await SubmitAsync(again, PageUrl(AuthorizeUrl(Pkce.Create(), "s")), user.Email, user.Password);
        var againForm = await againPassword.Content.ReadAsStringAsync();
        using var reused = await again.PostFormAsync("/account/signin", [.. HiddenFields(againForm).Select(f => (f.Key, f.Value)), ("recovery", codes[0])]);
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Contains("El código no es correcto o ya se ha usado", await reused.Content.ReadAsStringAsync());
        Assert.False(again.HasCookie(BridgeCookie));

        using var client = factory.CreateClientFrom("127.0.6.12");
        var tokens = await ReadTokensAsync(await PasswordWithCodeAsync(client, user.Email, user.Password, codes[1]));
        Assert.Equal(ChatNominaRoles.Hr, Read(tokens.AccessToken).GetClaim("role").Value);
        var secondUse = await AssertOAuthErrorAsync(await PasswordWithCodeAsync(client, user.Email, user.Password, codes[1]), "invalid_grant");
        Assert.Contains(TokenApi.InvalidCredentialsOrCodeDescription, secondUse);
        var grantUsed = await AssertOAuthErrorAsync(await PasswordWithCodeAsync(client, user.Email, user.Password, codes[0]), "invalid_grant");
        Assert.Contains(TokenApi.InvalidCredentialsOrCodeDescription, grantUsed);

        // Each use logged with the user id (never the code), counted, and visible as codes left.
        Assert.Equal(2, factory.Logs.Lines.Count(l => l.Contains($"Recovery code used by user {user.Id}")));
        Assert.DoesNotContain(factory.Logs.Lines, l => codes.Any(c => l.Contains(c, StringComparison.OrdinalIgnoreCase)
            || l.Contains(c.Replace("-", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase)));
        var metrics = await factory.CreateClient().GetStringAsync("/metrics");
        Assert.Matches(@"chatnomina_auth_recovery_codes_used_total(\{[^}]*\})? [1-9]", metrics);
        var account = await Internal().GetFromJsonAsync<CredentialAccount>($"/internal/credentials/{user.Id}/account");
        Assert.Equal(new CredentialSecondFactor(true, RecoveryCodes.Count - 2), account!.SecondFactor);
    }

    [Fact]
    public async Task Eight_racing_uses_of_one_recovery_code_give_one_token()
    {
        var user = await factory.AddUserAsync(ChatNominaRoles.Admin, secondFactor: false);
        var (_, codes) = await EnrolAsync(user, "127.0.6.16");

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            using var client = factory.CreateClientFrom($"127.0.7.{i + 1}");
            using var response = await PasswordWithCodeAsync(client, user.Email, user.Password, codes[3]);
            return response.StatusCode;
        }));

        Assert.Equal(1, answers.Count(a => a == HttpStatusCode.OK));
        Assert.All(answers.Where(a => a != HttpStatusCode.OK), a => Assert.Equal(HttpStatusCode.BadRequest, a));
        Assert.Equal(RecoveryCodes.Count - 1, await factory.WithDbAsync(db => db.RecoveryCodes.CountAsync(r => r.UserId == user.Id && r.UsedAt == null)));
    }

    [Fact]
    public async Task A_code_step_pending_when_an_admin_resets_the_factor_starts_again_and_then_enrols()
    {
        var user = await factory.AddUserAsync(ChatNominaRoles.Hr, secondFactor: false);
        var (authenticator, _) = await EnrolAsync(user, "127.0.6.17");
        using var browser = NewBrowser("127.0.6.18");
        var page = PageUrl(AuthorizeUrl(Pkce.Create(), "s"));
        using var passwordStep = await SubmitAsync(browser, page, user.Email, user.Password);
        var codeForm = await passwordStep.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, (await Internal().PostAsync($"/internal/credentials/{user.Id}/second-factor/reset", null)).StatusCode);
        using var afterReset = await SubmitCodeAsync(browser, codeForm, authenticator.NextCode(factory.Clock));

        var restarted = await afterReset.Content.ReadAsStringAsync();
        Assert.Contains("El inicio de sesión ha caducado", restarted);
        Assert.False(browser.HasCookie(BridgeCookie));
        await EnrolmentPageAsync(browser, page, user);
    }

    [Fact]
    public async Task A_reset_removes_the_factor_and_its_recovery_codes_and_the_next_sign_in_enrols_again()
    {
        var user = await factory.AddUserAsync(ChatNominaRoles.Hr, secondFactor: false);
        var (authenticator, codes) = await EnrolAsync(user, "127.0.6.13");

        var reset = await Internal().PostAsync($"/internal/credentials/{user.Id}/second-factor/reset", null);
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Equal(new SecondFactorResetAck(user.Id, true, RecoveryCodes.Count), await reset.Content.ReadFromJsonAsync<SecondFactorResetAck>());
        Assert.Equal((0, 0), await StoredAsync(user.Id));
        Assert.Equal(new CredentialAccount(user.Id, ChatNominaRoles.Hr, new CredentialSecondFactor(false, 0)),
            await Internal().GetFromJsonAsync<CredentialAccount>($"/internal/credentials/{user.Id}/account"));
        // Again: nothing left to remove, still acknowledged.
        Assert.Equal(new SecondFactorResetAck(user.Id, false, 0),
            await (await Internal().PostAsync($"/internal/credentials/{user.Id}/second-factor/reset", null)).Content.ReadFromJsonAsync<SecondFactorResetAck>());

        // The old factor and codes are gone: the grant asks for enrolment, the page enrols a new secret.
        using var client = factory.CreateClientFrom("127.0.6.14");
        var grant = await AssertOAuthErrorAsync(await PasswordWithCodeAsync(client, user.Email, user.Password, codes[0]), "invalid_grant");
        Assert.Contains(TokenApi.EnrolmentRequiredParameter, grant);
        using var browser = NewBrowser("127.0.6.15");
        var html = await EnrolmentPageAsync(browser, PageUrl(AuthorizeUrl(Pkce.Create(), "s")), user);
        Assert.NotEqual(authenticator.Secret, SecretOf(html));
    }

    [Fact]
    public async Task The_internal_account_routes_need_the_service_credential_and_name_an_account()
    {
        var user = await factory.AddUserAsync(ChatNominaRoles.Employee);
        var anonymous = factory.CreateClient();
        var wrong = factory.CreateClient();
        wrong.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-the-provisioning-secret");
        foreach (var client in new[] { anonymous, wrong })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync($"/internal/credentials/{user.Id}/account")).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PutAsJsonAsync($"/internal/credentials/{user.Id}/role", new { role = "admin" })).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync($"/internal/credentials/{user.Id}/second-factor/reset", null)).StatusCode);
        }
        Assert.Equal(ChatNominaRoles.Employee, (await factory.FindCredentialAsync(user.Id))!.Role);

        var unknown = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await Internal().GetAsync($"/internal/credentials/{unknown}/account")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Internal().PutAsJsonAsync($"/internal/credentials/{unknown}/role", new { role = "hr" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Internal().PostAsync($"/internal/credentials/{unknown}/second-factor/reset", null)).StatusCode);

        var invalid = await Internal().PutAsJsonAsync($"/internal/credentials/{user.Id}/role", new { role = "root" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("application/problem+json", invalid.Content.Headers.ContentType?.MediaType);

        var changed = await Internal().PutAsJsonAsync($"/internal/credentials/{user.Id}/role", new { role = "admin" });
        Assert.Equal(new CredentialRoleChanged(user.Id, ChatNominaRoles.Employee, ChatNominaRoles.Admin, true),
            await changed.Content.ReadFromJsonAsync<CredentialRoleChanged>());
        Assert.Equal(ChatNominaRoles.Admin, (await factory.FindCredentialAsync(user.Id))!.Role);
        Assert.Contains(factory.Logs.Lines, l => l.Contains($"Role of user {user.Id} changed from employee to admin"));
    }

    [GeneratedRegex("<p class=\"secret\">[^<]*<code>([A-Z2-7 ]+)</code></p>")]
    private static partial Regex SecretField();

    [GeneratedRegex("<li><code>([a-z2-7-]+)</code></li>")]
    private static partial Regex RecoveryCodeItem();
}
