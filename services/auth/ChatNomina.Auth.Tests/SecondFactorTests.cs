using System.Net;
using System.Text.Json;
using ChatNomina.Auth.Apis;
using ChatNomina.Auth.Credentials;
using ChatNomina.ServiceDefaults.Authentication;
using ChatNomina.Testing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using static ChatNomina.Auth.Tests.TokenEndpoint;

namespace ChatNomina.Auth.Tests;

/// <summary>
/// The password grant of hr and admin accounts needs a TOTP one-time code (<c>otp</c>) after the right
/// password: missing → <c>invalid_grant</c> with <c>mfa_required: true</c>; wrong or used → the same
/// answer as a wrong password, counted by the same throttle. Time is a fake clock, so the 30-second
/// steps are the test's to choose.
/// </summary>
public sealed class SecondFactorTests(AuthFactoryWithFakeClock factory) : IClassFixture<AuthFactoryWithFakeClock>
{
    private DateTimeOffset Now => factory.Clock.GetUtcNow();

    /// <summary>Six digits that are none of the codes the service would accept now (previous, current, next step).</summary>
    private string WrongCode(TestUser user, int seed = 0)
    {
        var accepted = new[] { -30, 0, 30 }.Select(s => user.Authenticator!.CodeAt(Now.AddSeconds(s))).ToHashSet();
        for (var n = 100_003 + seed * 7919; ; n = (n + 1) % 1_000_000)
        {
            var code = n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
            if (!accepted.Contains(code))
            {
                return code;
            }
        }
    }

    private static async Task<JsonElement> ErrorJsonAsync(HttpResponseMessage response)
    {
        var body = await AssertOAuthErrorAsync(response, "invalid_grant");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.Clone();
    }

    [Theory]
    [InlineData(ChatNominaRoles.Hr)]
    [InlineData(ChatNominaRoles.Admin)]
    public async Task An_hr_or_admin_account_without_a_code_gets_no_token_but_mfa_required(string role)
    {
        var user = await factory.AddUserAsync(role);
        using var client = factory.CreateClientFrom("127.0.2.1");

        var error = await ErrorJsonAsync(await PasswordAsync(client, user.Email, user.Password));

        Assert.True(error.GetProperty(TokenApi.CodeRequiredParameter).GetBoolean());
        Assert.StartsWith("mfa_required", error.GetProperty("error_description").GetString());
        Assert.False(error.TryGetProperty("access_token", out _));
        // An empty otp is no code either.
        var empty = await ErrorJsonAsync(await PasswordWithCodeAsync(client, user.Email, user.Password, ""));
        Assert.True(empty.GetProperty(TokenApi.CodeRequiredParameter).GetBoolean());
    }

    [Theory]
    [InlineData(ChatNominaRoles.Hr)]
    [InlineData(ChatNominaRoles.Admin)]
    public async Task The_right_code_after_the_right_password_signs_in(string role)
    {
        var user = await factory.AddUserAsync(role);
        using var client = factory.CreateClientFrom("127.0.2.2");

        var tokens = await ReadTokensAsync(await PasswordWithCodeAsync(client, user.Email, user.Password, user.Authenticator!.CodeAt(Now)));

        var jwt = Read(tokens.AccessToken);
        Assert.Equal(user.Id.ToString(), jwt.GetClaim("sub").Value);
        Assert.Equal(role, jwt.GetClaim("role").Value);
        Assert.False(jwt.TryGetClaim("amr", out _));   // how the user signed in stays in the refresh token
        // And the session refreshes (the refresh token remembers the second factor).
        await ReadTokensAsync(await RefreshAsync(client, tokens.RefreshToken!));
    }

    [Fact]
    public async Task A_code_is_accepted_once_and_no_earlier_steps_code_after_it()
    {
        var user = await factory.AddUserAsync(ChatNominaRoles.Hr);
        using var client = factory.CreateClientFrom("127.0.2.3");
        var code = user.Authenticator!.CodeAt(Now);
        await ReadTokensAsync(await PasswordWithCodeAsync(client, user.Email, user.Password, code));

        var replayed = await ErrorJsonAsync(await PasswordWithCodeAsync(client, user.Email, user.Password, code));
        var previousStep = await ErrorJsonAsync(await PasswordWithCodeAsync(client, user.Email, user.Password,
            user.Authenticator.CodeAt(Now.AddSeconds(-30))));

        Assert.Equal(TokenApi.InvalidCredentialsOrCodeDescription, replayed.GetProperty("error_description").GetString());
        Assert.Equal(TokenApi.InvalidCredentialsOrCodeDescription, previousStep.GetProperty("error_description").GetString());
        Assert.False(replayed.TryGetProperty(TokenApi.CodeRequiredParameter, out _));
        Assert.Contains(factory.Logs.Lines, l => l.Contains(user.Id.ToString()) && l.Contains("one-time code used already"));
        // The next step's code is new: accepted.
        await ReadTokensAsync(await PasswordWithCodeAsync(client, user.Email, user.Password, user.Authenticator.CodeAt(Now.AddSeconds(30))));
    }

    [Fact]
    public async Task Two_requests_racing_with_one_code_give_one_sign_in()
    {
        var user = await factory.AddUserAsync(ChatNominaRoles.Hr);
        var code = user.Authenticator!.CodeAt(Now);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            PasswordWithCodeAsync(factory.CreateClientFrom($"127.0.3.{i + 1}"), user.Email, user.Password, code)));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(7, responses.Count(r => r.StatusCode == HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task Codes_of_the_previous_and_next_step_are_accepted_and_further_ones_are_not()
    {
        using var client = factory.CreateClientFrom("127.0.2.4");
        var early = await factory.AddUserAsync(ChatNominaRoles.Hr);
        var late = await factory.AddUserAsync(ChatNominaRoles.Hr);
        var far = await factory.AddUserAsync(ChatNominaRoles.Hr);

        await ReadTokensAsync(await PasswordWithCodeAsync(client, early.Email, early.Password, early.Authenticator!.CodeAt(Now.AddSeconds(-30))));
        await ReadTokensAsync(await PasswordWithCodeAsync(client, late.Email, late.Password, late.Authenticator!.CodeAt(Now.AddSeconds(30))));
        foreach (var offset in new[] { -90, -60, 60, 90 })
        {
            await ErrorJsonAsync(await PasswordWithCodeAsync(client, far.Email, far.Password, far.Authenticator!.CodeAt(Now.AddSeconds(offset))));
        }
        // The refused codes spent nothing: the current one works.
        await ReadTokensAsync(await PasswordWithCodeAsync(client, far.Email, far.Password, far.Authenticator!.CodeAt(Now)));
    }

    [Fact]
    public async Task Wrong_codes_are_throttled_exactly_like_wrong_passwords_and_read_the_same()
    {
        var user = await factory.AddUserAsync(ChatNominaRoles.Hr);
        using var attacker = factory.CreateClientFrom("127.0.2.5");
        var answers = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            using var response = await PasswordWithCodeAsync(attacker, user.Email, user.Password, WrongCode(user, i));
            answers.Add(await AssertOAuthErrorAsync(response, "invalid_grant"));
        }

        // Five free failures and one that starts the wait: now even the right password and code wait.
        using var throttled = await PasswordWithCodeAsync(attacker, user.Email, user.Password, user.Authenticator!.CodeAt(Now));
        await AssertOAuthErrorAsync(throttled, "temporarily_unavailable", HttpStatusCode.TooManyRequests);
        Assert.Equal(TimeSpan.FromSeconds(1), throttled.Headers.RetryAfter?.Delta);
        // A wrong code reads exactly like a wrong password sent with a code.
        using var other = factory.CreateClientFrom("127.0.2.6");
        var wrongPassword = await AssertOAuthErrorAsync(
            await PasswordWithCodeAsync(other, user.Email, "not-the-password", user.Authenticator.CodeAt(Now)), "invalid_grant");
        Assert.All(answers, a => Assert.Equal(wrongPassword, a));
        // Another address signs in with the right password and code.
        await ReadTokensAsync(await PasswordWithCodeAsync(other, user.Email, user.Password, user.Authenticator.CodeAt(Now)));
        Assert.Contains(factory.Logs.Lines, l => l.Contains(user.Id.ToString()) && l.Contains("one-time code wrong"));
    }

    [Fact]
    public async Task A_wrong_password_never_says_that_a_code_is_needed()
    {
        var user = await factory.AddUserAsync(ChatNominaRoles.Hr);
        using var client = factory.CreateClientFrom("127.0.2.7");

        var hr = await AssertOAuthErrorAsync(await PasswordAsync(client, user.Email, "not-the-password"), "invalid_grant");
        var nobody = await AssertOAuthErrorAsync(await PasswordAsync(client, $"nobody.{Guid.NewGuid():N}@chatnomina.test", "not-the-password"), "invalid_grant");

        Assert.Equal(nobody, hr);
        Assert.DoesNotContain(TokenApi.CodeRequiredParameter + "\":", hr);
        Assert.Contains(TokenApi.InvalidCredentialsDescription, hr);
    }

    [Fact]
    public async Task An_employee_needs_no_code()
    {
        var user = await factory.AddUserAsync(ChatNominaRoles.Employee);
        using var client = factory.CreateClientFrom("127.0.2.8");

        await ReadTokensAsync(await PasswordAsync(client, user.Email, user.Password));
        // A code sent anyway changes nothing.
        await ReadTokensAsync(await PasswordWithCodeAsync(client, user.Email, user.Password, "000000"));
    }

    [Fact]
    public async Task An_hr_account_with_no_stored_factor_is_told_to_enrol_in_the_browser_and_only_after_the_right_password()
    {
        var user = await factory.AddUserAsync(ChatNominaRoles.Hr, secondFactor: false);
        using var client = factory.CreateClientFrom("127.0.2.9");

        var missing = await ErrorJsonAsync(await PasswordAsync(client, user.Email, user.Password));
        var withCode = await ErrorJsonAsync(await PasswordWithCodeAsync(client, user.Email, user.Password, "123456"));

        foreach (var refused in new[] { missing, withCode })
        {
            Assert.True(refused.GetProperty(TokenApi.EnrolmentRequiredParameter).GetBoolean());
            Assert.Equal(TokenApi.EnrolmentRequiredDescription, refused.GetProperty("error_description").GetString());
            Assert.False(refused.TryGetProperty(TokenApi.CodeRequiredParameter, out _));
        }
        Assert.Contains("sign in once through the web app in a browser", TokenApi.EnrolmentRequiredDescription);
        Assert.Contains(factory.Logs.Lines, l => l.Contains(user.Id.ToString()) && l.Contains("enrolment required"));

        // Nothing is said before the password is right.
        var wrong = await ErrorJsonAsync(await PasswordAsync(client, user.Email, "Not-The-Password-1"));
        Assert.Equal(TokenApi.InvalidCredentialsDescription, wrong.GetProperty("error_description").GetString());
        Assert.False(wrong.TryGetProperty(TokenApi.EnrolmentRequiredParameter, out _));
        var wrongWithCode = await ErrorJsonAsync(await PasswordWithCodeAsync(client, user.Email, "Not-The-Password-1", "123456"));
        Assert.False(wrongWithCode.TryGetProperty(TokenApi.EnrolmentRequiredParameter, out _));
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("abcdef")]
    [InlineData("１２３４５６")]
    [InlineData(" 123456")]
    [InlineData("12 456")]
    public async Task A_malformed_code_is_a_wrong_code(string code)
    {
        var user = await factory.AddUserAsync(ChatNominaRoles.Hr);
        using var client = factory.CreateClientFrom("127.0.2.10");

        var error = await ErrorJsonAsync(await PasswordWithCodeAsync(client, user.Email, user.Password, code));

        Assert.Equal(TokenApi.InvalidCredentialsOrCodeDescription, error.GetProperty("error_description").GetString());
    }

    [Fact]
    public async Task A_code_given_twice_is_refused_not_a_500()
    {
        var user = await factory.AddUserAsync(ChatNominaRoles.Hr);
        using var client = factory.CreateClientFrom("127.0.2.11");
        var code = user.Authenticator!.CodeAt(Now);

        using var response = await PostAsync(client, ("grant_type", "password"), ("username", user.Email), ("password", user.Password),
            ("client_id", WebClientId), ("otp", code), ("otp", code));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        // Nothing was spent: the code still signs in.
        await ReadTokensAsync(await PasswordWithCodeAsync(client, user.Email, user.Password, code));
    }

    [Fact]
    public async Task The_secret_is_stored_protected_and_neither_it_nor_any_code_reaches_the_logs()
    {
        var user = await factory.AddUserAsync(ChatNominaRoles.Hr);
        using var client = factory.CreateClientFrom("127.0.2.12");
        var right = user.Authenticator!.CodeAt(Now);
        var wrong = WrongCode(user);
        (await PasswordWithCodeAsync(client, user.Email, user.Password, wrong)).Dispose();
        await ReadTokensAsync(await PasswordWithCodeAsync(client, user.Email, user.Password, right));

        var stored = await factory.WithDbAsync(db => db.TotpFactors.AsNoTracking().SingleAsync(f => f.UserId == user.Id));
        var secret = Base32Encoding.ToBytes(user.Authenticator.Secret);
        Assert.DoesNotContain(user.Authenticator.Secret, stored.ProtectedSecret);
        Assert.DoesNotContain(WebEncoders.Base64UrlEncode(secret), stored.ProtectedSecret);
        var protector = factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(OneTimeCodes.SecretPurpose);
        Assert.Equal(secret, protector.Unprotect(WebEncoders.Base64UrlDecode(stored.ProtectedSecret)));
        Assert.Equal(Authenticator.StepOf(Now), stored.LastUsedStep);

        var codes = new System.Text.RegularExpressions.Regex($@"(?<![0-9]){right}(?![0-9])|(?<![0-9]){wrong}(?![0-9])");
        Assert.DoesNotContain(factory.Logs.Lines, l => codes.IsMatch(l)
            || l.Contains(user.Authenticator.Secret) || l.Contains(stored.ProtectedSecret) || l.Contains(user.Password));
    }
}
