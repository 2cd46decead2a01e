using System.Net;
using static ChatNomina.Auth.Tests.TokenEndpoint;

namespace ChatNomina.Auth.Tests;

/// <summary>Refresh-token rotation, reuse detection and revocation.</summary>
public sealed class RefreshAndRevocationTests(AuthFactory factory) : IClassFixture<AuthFactory>
{
    [Fact]
    public async Task Refresh_returns_a_new_access_token_and_a_new_refresh_token_for_the_same_user()
    {
        var user = await factory.AddUserAsync("hr");
        var client = factory.CreateClient();
        var first = await SignInAsync(client, user);

        var second = await ReadTokensAsync(await RefreshAsync(client, first.RefreshToken!));

        Assert.NotEqual(first.RefreshToken, second.RefreshToken);
        Assert.NotEqual(first.AccessToken, second.AccessToken);
        var jwt = Read(second.AccessToken);
        Assert.Equal(user.Id.ToString(), jwt.GetClaim("sub").Value);
        Assert.Equal("hr", jwt.GetClaim("role").Value);
        Assert.False(jwt.TryGetClaim("email", out _));
        Assert.Equal(4, jwt.Audiences.Count());
        Assert.InRange(second.ExpiresIn, 895, 900);
    }

    [Fact]
    public async Task A_refresh_token_can_be_chained_several_times()
    {
        var user = await factory.AddUserAsync();
        var client = factory.CreateClient();
        var tokens = await SignInAsync(client, user);

        for (var i = 0; i < 3; i++)
        {
            tokens = await ReadTokensAsync(await RefreshAsync(client, tokens.RefreshToken!));
        }

        Assert.Equal(user.Id.ToString(), Read(tokens.AccessToken).GetClaim("sub").Value);
    }

    [Fact]
    public async Task Reusing_a_used_refresh_token_fails_and_revokes_the_new_one_too()
    {
        var user = await factory.AddUserAsync();
        var client = factory.CreateClient();
        var first = await SignInAsync(client, user);
        var second = await ReadTokensAsync(await RefreshAsync(client, first.RefreshToken!));

        // The stolen, already used token is replayed…
        var replay = await RefreshAsync(client, first.RefreshToken!);
        await AssertOAuthErrorAsync(replay, "invalid_grant");

        // …and the legitimate holder's newer token is dead as well: the whole chain is revoked.
        var legitimate = await RefreshAsync(client, second.RefreshToken!);
        await AssertOAuthErrorAsync(legitimate, "invalid_grant");
    }

    [Fact]
    public async Task Reuse_detection_does_not_touch_the_users_other_sessions()
    {
        var user = await factory.AddUserAsync();
        var client = factory.CreateClient();
        var laptop = await SignInAsync(client, user);
        var phone = await SignInAsync(client, user);
        await ReadTokensAsync(await RefreshAsync(client, laptop.RefreshToken!));

        await RefreshAsync(client, laptop.RefreshToken!); // replay on the laptop's chain

        await ReadTokensAsync(await RefreshAsync(client, phone.RefreshToken!));
    }

    [Fact]
    public async Task A_revoked_refresh_token_can_no_longer_be_used()
    {
        var user = await factory.AddUserAsync();
        var client = factory.CreateClient();
        var tokens = await SignInAsync(client, user);

        var revoke = await RevokeAsync(client, tokens.RefreshToken!);

        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        await AssertOAuthErrorAsync(await RefreshAsync(client, tokens.RefreshToken!), "invalid_grant");
    }

    [Fact]
    public async Task Revoking_an_unknown_or_garbage_token_is_still_200_as_RFC_7009_requires()
    {
        var response = await RevokeAsync(factory.CreateClient(), "garbage-token");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_refresh_token_issued_to_one_client_cannot_be_redeemed_by_another()
    {
        var user = await factory.AddUserAsync();
        var client = factory.CreateClient();
        var tokens = await SignInAsync(client, user);

        var response = await RefreshAsync(client, tokens.RefreshToken!, clientId: "chatnomina-cli");

        await AssertOAuthErrorAsync(response, "invalid_grant");
    }

    [Fact]
    public async Task Refresh_picks_up_a_role_change_and_stops_for_a_deleted_user()
    {
        // Signed in with a second factor (hr): demoted and promoted again, each refresh shows the role of now.
        var user = await factory.AddUserAsync("hr");
        var client = factory.CreateClient();
        var tokens = await SignInAsync(client, user);

        foreach (var role in new[] { "employee", "admin" })
        {
            await SetRoleAsync(user.Id, role);
            tokens = await ReadTokensAsync(await RefreshAsync(client, tokens.RefreshToken!));
            Assert.Equal(role, Read(tokens.AccessToken).GetClaim("role").Value);
        }

        await factory.WithDbAsync(async db =>
        {
            db.Credentials.Remove((await db.Credentials.FindAsync(user.Id))!);
            return await db.SaveChangesAsync();
        });
        await AssertOAuthErrorAsync(await RefreshAsync(client, tokens.RefreshToken!), "invalid_grant");
    }

    [Fact]
    public async Task An_employee_promoted_to_hr_cannot_refresh_into_the_role_without_a_second_factor()
    {
        var user = await factory.AddUserAsync(secondFactor: true);   // an employee who has a factor, unused at sign-in
        var client = factory.CreateClient();
        var tokens = await SignInAsync(client, user with { Authenticator = null });
        Assert.Equal("employee", Read(tokens.AccessToken).GetClaim("role").Value);

        await SetRoleAsync(user.Id, "hr");

        await AssertOAuthErrorAsync(await RefreshAsync(client, tokens.RefreshToken!), "invalid_grant");
        // Signing in again, now with the code, gives the role.
        var again = await SignInAsync(client, user with { Role = "hr" });
        Assert.Equal("hr", Read(again.AccessToken).GetClaim("role").Value);
    }

    private Task<int> SetRoleAsync(Guid userId, string role) => factory.WithDbAsync(async db =>
    {
        var credential = await db.Credentials.FindAsync(userId);
        credential!.Role = role;
        return await db.SaveChangesAsync();
    });
}
