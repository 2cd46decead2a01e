using static ChatNomina.Auth.Tests.TokenEndpoint;

namespace ChatNomina.Auth.Tests;

/// <summary>Sessions do not slide forever: 12 hours after the sign-in no refresh is granted (fake clock).</summary>
public sealed class SessionLifetimeTests(AuthFactoryWithFakeClock factory) : IClassFixture<AuthFactoryWithFakeClock>
{
    [Fact]
    public async Task A_session_ends_at_its_absolute_lifetime_however_often_it_is_refreshed()
    {
        var user = await factory.AddUserAsync();
        var client = factory.CreateClient();
        var tokens = await SignInAsync(client, user);

        factory.Clock.Advance(TimeSpan.FromHours(7));
        tokens = await ReadTokensAsync(await RefreshAsync(client, tokens.RefreshToken!));
        factory.Clock.Advance(TimeSpan.FromHours(4.5));   // 11.5 h after the sign-in: still within
        tokens = await ReadTokensAsync(await RefreshAsync(client, tokens.RefreshToken!));

        factory.Clock.Advance(TimeSpan.FromHours(1));     // 12.5 h: over, although the refresh token is 1 h old
        await AssertOAuthErrorAsync(await RefreshAsync(client, tokens.RefreshToken!), "invalid_grant");

        // Signing in again starts a new session.
        var again = await SignInAsync(client, user);
        await ReadTokensAsync(await RefreshAsync(client, again.RefreshToken!));
    }
}
