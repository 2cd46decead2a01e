using static ChatNomina.Auth.Tests.TokenEndpoint;

namespace ChatNomina.Auth.Tests;

/// <summary>5 failed attempts lock the account for 15 minutes (time moved by a fake clock).</summary>
public sealed class LockoutTests(AuthFactoryWithFakeClock factory) : IClassFixture<AuthFactoryWithFakeClock>
{
    private async Task<string> FailAsync(HttpClient client, TestUser user) =>
        await AssertOAuthErrorAsync(await PasswordAsync(client, user.Email, "wrong-" + Guid.NewGuid()), "invalid_grant");

    [Fact]
    public async Task Five_failures_lock_the_account_so_even_the_right_password_fails_with_the_same_error()
    {
        var user = await factory.AddUserAsync();
        var client = factory.CreateClient();
        string? wrongPasswordError = null;
        for (var i = 0; i < 5; i++)
        {
            wrongPasswordError = await FailAsync(client, user);
        }

        var locked = await AssertOAuthErrorAsync(await PasswordAsync(client, user.Email, user.Password), "invalid_grant");

        Assert.Equal(wrongPasswordError, locked);
        var credential = await factory.FindCredentialAsync(user.Id);
        Assert.NotNull(credential!.LockoutEnd);
        Assert.InRange(credential.LockoutEnd.Value - factory.Clock.GetUtcNow(), TimeSpan.FromMinutes(14.9), TimeSpan.FromMinutes(15));
        Assert.Contains(factory.Logs.Lines, l => l.Contains(user.Id.ToString()) && l.Contains("locked out"));
    }

    [Fact]
    public async Task The_lock_ends_after_the_window_and_the_right_password_works_again()
    {
        var user = await factory.AddUserAsync();
        var client = factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await FailAsync(client, user);
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(14));
        await AssertOAuthErrorAsync(await PasswordAsync(client, user.Email, user.Password), "invalid_grant");

        factory.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        await ReadTokensAsync(await PasswordAsync(client, user.Email, user.Password));

        var credential = await factory.FindCredentialAsync(user.Id);
        Assert.Equal(0, credential!.FailedCount);
        Assert.Null(credential.LockoutEnd);
    }

    [Fact]
    public async Task Four_failures_do_not_lock_and_a_success_starts_the_count_again()
    {
        var user = await factory.AddUserAsync();
        var client = factory.CreateClient();
        for (var i = 0; i < 4; i++)
        {
            await FailAsync(client, user);
        }
        await ReadTokensAsync(await PasswordAsync(client, user.Email, user.Password));
        for (var i = 0; i < 4; i++)
        {
            await FailAsync(client, user);
        }

        await ReadTokensAsync(await PasswordAsync(client, user.Email, user.Password));
    }

    [Fact]
    public async Task Concurrent_failures_all_count()
    {
        var user = await factory.AddUserAsync();
        var client = factory.CreateClient();

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => FailAsync(client, user)));

        await AssertOAuthErrorAsync(await PasswordAsync(client, user.Email, user.Password), "invalid_grant");
    }

    [Fact]
    public async Task A_lockout_does_not_end_sessions_already_signed_in()
    {
        // Someone guessing passwords must not be able to sign the real user out.
        var user = await factory.AddUserAsync();
        var client = factory.CreateClient();
        var tokens = await SignInAsync(client, user);
        for (var i = 0; i < 5; i++)
        {
            await FailAsync(client, user);
        }

        await ReadTokensAsync(await RefreshAsync(client, tokens.RefreshToken!));
    }

    [Fact]
    public async Task Unknown_users_are_never_locked_and_answer_like_everyone_else()
    {
        var client = factory.CreateClient();
        var user = await factory.AddUserAsync();
        var expected = await FailAsync(client, user);

        for (var i = 0; i < 6; i++)
        {
            var body = await AssertOAuthErrorAsync(await PasswordAsync(client, "ghost@chatnomina.test", "x"), "invalid_grant");
            Assert.Equal(expected, body);
        }
    }
}
