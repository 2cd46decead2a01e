using System.Diagnostics;
using System.Net;
using ChatNomina.Testing;
using static ChatNomina.Auth.Tests.TokenEndpoint;

namespace ChatNomina.Auth.Tests;

/// <summary>
/// PostgreSQL goes away under a running auth service (a proxy in front of the real server is cut)
/// and comes back: sign-in (an hr account's with its one-time code too), refresh and sign-out answer
/// 503 + Retry-After problem details — never a 500 — within a few seconds, readiness says so, and the
/// same process signs people in again once the database is back.
/// </summary>
public sealed class DatabaseOutageTests(DatabaseOutageTests.Factory factory) : IClassFixture<DatabaseOutageTests.Factory>
{
    public sealed class Factory : AuthFactory
    {
        public TcpFaultProxy Postgres { get; } = TestEnvironment.NewPostgresProxy();

        protected override TcpFaultProxy PostgresProxy => Postgres;
    }

    [Fact]
    public async Task Connect_endpoints_answer_503_while_the_database_is_away_and_recover_after()
    {
        var user = await factory.AddUserAsync();
        var hr = await factory.AddUserAsync(ChatNomina.ServiceDefaults.Authentication.ChatNominaRoles.Hr);
        var client = factory.CreateClient();
        var tokens = await SignInAsync(client, user);
        var hrCode = hr.NextCode()!;

        factory.Postgres.Cut();
        try
        {
            var calls = new (string Name, Func<Task<HttpResponseMessage>> Call)[]
            {
                ("sign-in", () => PasswordAsync(client, user.Email, user.Password)),
                ("hr sign-in with a one-time code", () => PasswordWithCodeAsync(client, hr.Email, hr.Password, hrCode)),
                ("refresh", () => RefreshAsync(client, tokens.RefreshToken!)),
                ("sign-out", () => RevokeAsync(client, tokens.RefreshToken!)),
            };
            foreach (var (name, call) in calls)
            {
                var watch = Stopwatch.StartNew();
                using var response = await call();
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{name}: {(int)response.StatusCode} {body}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.NotNull(response.Headers.RetryAfter?.Delta);
                Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"{name} took {watch.Elapsed}");
            }
            using var health = await client.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        }
        finally
        {
            factory.Postgres.Restore();
        }

        var deadline = DateTime.UtcNow.AddSeconds(10);
        HttpStatusCode status;
        do
        {
            using var response = await PasswordAsync(client, user.Email, user.Password);
            status = response.StatusCode;
        }
        while (status != HttpStatusCode.OK && DateTime.UtcNow < deadline && await Delay());
        Assert.Equal(HttpStatusCode.OK, status);
        // The refresh token of before the outage still works: nothing was revoked by the failed calls.
        using var refreshed = await RefreshAsync(client, tokens.RefreshToken!);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        await ReadTokensAsync(await PasswordWithCodeAsync(client, hr.Email, hr.Password, hr.NextCode()!));
    }

    private static async Task<bool> Delay()
    {
        await Task.Delay(250);
        return true;
    }
}
