using System.Net;
using Microsoft.AspNetCore.Hosting;
using static ChatNomina.Auth.Tests.TokenEndpoint;

namespace ChatNomina.Auth.Tests;

/// <summary>
/// Password guessing is slowed per (account, client address), never by locking the account: a
/// stranger's guesses do not keep the real user out (time moved by a fake clock, addresses set on
/// the connection as the forwarded-headers middleware sets them behind the gateway).
/// </summary>
public sealed class SignInThrottleTests(AuthFactoryWithFakeClock factory) : IClassFixture<AuthFactoryWithFakeClock>
{
    private static Task<HttpResponseMessage> WrongAsync(HttpClient client, string email) =>
        PasswordAsync(client, email, "wrong-" + Guid.NewGuid());

    [Fact]
    public async Task Twenty_wrong_passwords_from_one_address_leave_the_account_open_from_another()
    {
        var user = await factory.AddUserAsync();
        using var attacker = factory.CreateClientFrom("127.0.0.2");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            using var response = await WrongAsync(attacker, user.Email);
            statuses.Add(response.StatusCode);
        }

        // Five free failures and one that starts the wait; the other fourteen are 429 without a password check.
        Assert.Equal(6, statuses.Count(s => s == HttpStatusCode.BadRequest));
        Assert.Equal(14, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        using var owner = factory.CreateClientFrom("127.0.0.3");
        await ReadTokensAsync(await PasswordAsync(owner, user.Email, user.Password));
        // The guessing address itself waits, even with the right password.
        using var stillWaiting = await PasswordAsync(attacker, user.Email, user.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, stillWaiting.StatusCode);
    }

    [Fact]
    public async Task Throttled_attempts_are_429_with_a_doubling_retry_after_and_the_oauth_error_format()
    {
        var user = await factory.AddUserAsync();
        using var client = factory.CreateClientFrom("127.0.0.4");
        for (var i = 0; i < 6; i++)
        {
            await AssertOAuthErrorAsync(await WrongAsync(client, user.Email), "invalid_grant");
        }

        foreach (var seconds in new[] { 1, 2, 4, 8 })
        {
            using var throttled = await WrongAsync(client, user.Email);
            await AssertOAuthErrorAsync(throttled, "temporarily_unavailable", HttpStatusCode.TooManyRequests);
            Assert.Equal(TimeSpan.FromSeconds(seconds), throttled.Headers.RetryAfter?.Delta);
            Assert.Contains("no-store", throttled.Headers.CacheControl?.ToString());

            factory.Clock.Advance(TimeSpan.FromSeconds(seconds));
            await AssertOAuthErrorAsync(await WrongAsync(client, user.Email), "invalid_grant");   // tried, failed, waits twice as long
        }
        Assert.Contains(factory.Logs.Lines, l => l.Contains("throttled (address)"));
    }

    [Fact]
    public async Task The_wait_never_exceeds_the_maximum_and_a_success_starts_the_count_again()
    {
        var user = await factory.AddUserAsync();
        using var client = factory.CreateClientFrom("127.0.0.5");
        for (var i = 0; i < 30; i++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(15));
            await AssertOAuthErrorAsync(await WrongAsync(client, user.Email), "invalid_grant");
        }
        using var throttled = await WrongAsync(client, user.Email);
        Assert.Equal(TimeSpan.FromMinutes(15), throttled.Headers.RetryAfter?.Delta);

        factory.Clock.Advance(TimeSpan.FromMinutes(15));
        await ReadTokensAsync(await PasswordAsync(client, user.Email, user.Password));
        for (var i = 0; i < 5; i++)
        {
            await AssertOAuthErrorAsync(await WrongAsync(client, user.Email), "invalid_grant");
        }
        await ReadTokensAsync(await PasswordAsync(client, user.Email, user.Password));
    }

    [Fact]
    public async Task Unknown_emails_are_throttled_exactly_like_real_ones()
    {
        var user = await factory.AddUserAsync();
        using var client = factory.CreateClientFrom("127.0.0.6");
        var ghostEmail = $"ghost.{Guid.NewGuid():N}@chatnomina.test";
        var real = new List<string>();
        var ghost = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            using var a = await WrongAsync(client, user.Email);
            real.Add($"{(int)a.StatusCode} {a.Headers.RetryAfter?.Delta} {await a.Content.ReadAsStringAsync()}");
            using var b = await WrongAsync(client, ghostEmail);
            ghost.Add($"{(int)b.StatusCode} {b.Headers.RetryAfter?.Delta} {await b.Content.ReadAsStringAsync()}");
        }
        Assert.Equal(real, ghost);
    }

    [Fact]
    public async Task Guessing_does_not_end_sessions_already_signed_in()
    {
        var user = await factory.AddUserAsync();
        using var owner = factory.CreateClientFrom("127.0.0.7");
        var tokens = await SignInAsync(owner, user);
        using var attacker = factory.CreateClientFrom("127.0.0.8");
        for (var i = 0; i < 20; i++)
        {
            (await WrongAsync(attacker, user.Email)).Dispose();
        }

        await ReadTokensAsync(await RefreshAsync(owner, tokens.RefreshToken!));
    }
}

/// <summary>The auth service with a low cross-address threshold (10 failures), to put an account under attack.</summary>
public sealed class AuthFactoryUnderAttack : AuthFactory
{
    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Auth:SignInThrottle:AccountThreshold", "10");
        builder.ConfigureServices(services => Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<TimeProvider>(services, Clock));
    }
}

/// <summary>
/// Many addresses guessing one account: past the threshold the account is under attack (logged and
/// counted for the alert), new addresses share one try per interval, and an address the user
/// signed in from before keeps working.
/// </summary>
public sealed class AccountUnderAttackTests(AuthFactoryUnderAttack factory) : IClassFixture<AuthFactoryUnderAttack>
{
    [Fact]
    public async Task Past_the_threshold_unknown_addresses_are_slowed_and_a_known_one_is_not()
    {
        var user = await factory.AddUserAsync();
        using var home = factory.CreateClientFrom("10.1.0.1");
        await SignInAsync(home, user);

        for (var i = 0; i < 10; i++)
        {
            using var bot = factory.CreateClientFrom($"10.2.0.{i + 1}");
            await AssertOAuthErrorAsync(await PasswordAsync(bot, user.Email, "guess-" + i), "invalid_grant");
        }
        Assert.Contains(factory.Logs.Lines, l => l.Contains(user.Id.ToString()) && l.Contains("under password attack"));

        // A new address gets one try; the next new address within the interval waits.
        using var first = factory.CreateClientFrom("10.3.0.1");
        await AssertOAuthErrorAsync(await PasswordAsync(first, user.Email, "guess"), "invalid_grant");
        using var second = factory.CreateClientFrom("10.3.0.2");
        using var slowed = await PasswordAsync(second, user.Email, user.Password);
        await AssertOAuthErrorAsync(slowed, "temporarily_unavailable", HttpStatusCode.TooManyRequests);
        Assert.Equal(TimeSpan.FromSeconds(10), slowed.Headers.RetryAfter?.Delta);

        // The user's own, known address is not slowed at all.
        await ReadTokensAsync(await PasswordAsync(home, user.Email, user.Password));

        // After the interval a new address may try again — and the right password works.
        factory.Clock.Advance(TimeSpan.FromSeconds(10));
        await ReadTokensAsync(await PasswordAsync(second, user.Email, user.Password));
    }
}

/// <summary>
/// The browser's device cookie: a device that signed in on the page before keeps signing in on
/// an account under attack, from any address, while new devices and addresses are slowed.
/// </summary>
public sealed class KnownDeviceTests(AuthFactoryUnderAttack factory) : IClassFixture<AuthFactoryUnderAttack>
{
    private const string DeviceCookie = "chatnomina-device";

    [Fact]
    public async Task A_device_that_signed_in_before_is_not_slowed_when_the_account_is_under_attack()
    {
        var user = await factory.AddUserAsync();
        var page = "/account/signin?returnUrl=" + Uri.EscapeDataString(CodeFlow.AuthorizeUrl(Pkce.Create(), "s"));

        // The laptop signs in on the page at the office: it gets a device cookie for the page's path only.
        using var laptop = new Browser(factory.CreateClientFrom("10.5.0.1"));
        using (var signedIn = await CodeFlow.SubmitAsync(laptop, page, user.Email, user.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }
        var device = Assert.Single(laptop.LastSetCookies, c => c.StartsWith(DeviceCookie + "=", StringComparison.Ordinal));
        Assert.Contains("path=/account", device, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", device, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", device, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", device, StringComparison.OrdinalIgnoreCase);

        for (var i = 0; i < 10; i++)
        {
            using var bot = factory.CreateClientFrom($"10.6.0.{i + 1}");
            await AssertOAuthErrorAsync(await PasswordAsync(bot, user.Email, "guess-" + i), "invalid_grant");
        }
        using (var first = factory.CreateClientFrom("10.7.0.1"))
        {
            await AssertOAuthErrorAsync(await PasswordAsync(first, user.Email, "guess"), "invalid_grant");   // takes the interval's one try
        }

        // A new browser on a new address is slowed, even with the right password…
        using var stranger = new Browser(factory.CreateClientFrom("10.8.0.1"));
        using (var slowed = await CodeFlow.SubmitAsync(stranger, page, user.Email, user.Password))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, slowed.StatusCode);
        }

        // …the laptop, now at home on a new address, is not.
        using var laptopAtHome = new Browser(factory.CreateClientFrom("10.8.0.2"));
        laptopAtHome.SetCookie(DeviceCookie, device.Split(';')[0].Split('=', 2)[1], "/account");
        using var home = await CodeFlow.SubmitAsync(laptopAtHome, page, user.Email, user.Password);
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);

        // A made-up device id is just a new device.
        using var forger = new Browser(factory.CreateClientFrom("10.8.0.3"));
        forger.SetCookie(DeviceCookie, new string('a', 64), "/account");
        using var forged = await CodeFlow.SubmitAsync(forger, page, user.Email, user.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, forged.StatusCode);
    }
}
