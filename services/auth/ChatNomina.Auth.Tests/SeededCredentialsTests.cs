using ChatNomina.Auth.Model;
using ChatNomina.Seeder;
using ChatNomina.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using static ChatNomina.Auth.Tests.TokenEndpoint;

namespace ChatNomina.Auth.Tests;

/// <summary>
/// The seeder writes <c>auth.credentials</c> with SQL (tools/ChatNomina.Seeder): the demo
/// accounts it writes must sign in here, with the ids users/payroll know and the right roles.
/// </summary>
public sealed class SeededCredentialsTests(AuthFactory factory) : IClassFixture<AuthFactory>
{
    private const string DemoPassword = "Seeded-Demo-Password-1!";

    [Fact]
    public async Task Seeded_demo_accounts_sign_in_with_their_stable_ids_and_roles_and_reseeding_changes_nothing()
    {
        var company = DemoCompany.Generate(12, seed: 7);
        var connection = TestEnvironment.PostgresDatabase(factory.DatabaseName);

        var first = await CredentialsWriter.WriteAsync(connection, company, DemoPassword);
        var second = await CredentialsWriter.WriteAsync(connection, company, DemoPassword);

        Assert.Null(first.SkippedBecause);
        Assert.Equal(12, first.Added);
        Assert.Equal((0, 0), (second.Added, second.Updated));

        var client = factory.CreateClient();
        foreach (var (email, role) in new[]
        {
            (DemoCompany.AnaEmail, "employee"), (DemoCompany.JohnEmail, "employee"), (DemoCompany.HrEmail, "hr"),
        })
        {
            var tokens = await ReadTokensAsync(await PasswordAsync(client, email, DemoPassword));
            var jwt = Read(tokens.AccessToken);
            Assert.Equal(DemoCompany.StableId(email).ToString(), jwt.GetClaim("sub").Value);
            Assert.Equal(role, jwt.GetClaim("role").Value);
            Assert.False(jwt.TryGetClaim("email", out _));   // only with the "email" scope
        }

        // A bulk employee signs in too.
        var bulk = company[^1];
        await ReadTokensAsync(await PasswordAsync(client, bulk.Email, DemoPassword));
    }

    [Fact]
    public async Task An_unreachable_auth_database_is_skipped_not_fatal()
    {
        var result = await CredentialsWriter.WriteAsync(
            TestEnvironment.PostgresDatabase("chatnomina_auth_does_not_exist"), DemoCompany.Generate(3, 1), DemoPassword);

        Assert.NotNull(result.SkippedBecause);
    }
}

/// <summary>Re-seeding with a changed CHATNOMINA_DEMO_PASSWORD (its own database: it rewrites the demo accounts).</summary>
public sealed class ReseededCredentialsTests(AuthFactory factory) : IClassFixture<AuthFactory>
{
    private const string DemoPassword = "Seeded-Demo-Password-1!";

    [Fact]
    public async Task Reseeding_with_another_password_replaces_the_hashes()
    {
        var company = DemoCompany.Generate(5, seed: 11);
        var connection = TestEnvironment.PostgresDatabase(factory.DatabaseName);
        await CredentialsWriter.WriteAsync(connection, company, DemoPassword);

        var changed = await CredentialsWriter.WriteAsync(connection, company, "Another-Password-2!");

        Assert.Equal(5, changed.Updated);
        var client = factory.CreateClient();
        await AssertOAuthErrorAsync(await PasswordAsync(client, DemoCompany.AnaEmail, DemoPassword), "invalid_grant");
        await ReadTokensAsync(await PasswordAsync(client, DemoCompany.AnaEmail, "Another-Password-2!"));
    }
}

/// <summary>The seeder's per-account password hashes (its own database: the demo accounts' rows are its own).</summary>
public sealed class SeededPasswordHashTests(AuthFactory factory) : IClassFixture<AuthFactory>
{
    private const string DemoPassword = "Seeded-Demo-Password-1!";

    [Fact]
    public async Task Every_seeded_account_has_a_password_hash_of_its_own()
    {
        var company = DemoCompany.Generate(20, seed: 9);
        var connection = TestEnvironment.PostgresDatabase(factory.DatabaseName);
        await CredentialsWriter.WriteAsync(connection, company, DemoPassword);

        var ids = company.Select(e => e.Id).ToHashSet();
        var hashes = await factory.WithDbAsync(db => db.Credentials.AsNoTracking()
            .Where(c => ids.Contains(c.UserId)).ToDictionaryAsync(c => c.UserId, c => c.PasswordHash));

        Assert.Equal(20, hashes.Count);
        Assert.Equal(20, hashes.Values.Distinct(StringComparer.Ordinal).Count());
        Assert.NotEqual(hashes[DemoCompany.StableId(DemoCompany.AnaEmail)], hashes[DemoCompany.StableId(DemoCompany.JohnEmail)]);
        // Each verifies (the service's own hasher) and signs in: two demo accounts and two bulk ones.
        var hasher = new PasswordHasher<Credential>();
        Assert.All(hashes.Values, h => Assert.NotEqual(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(new Credential(), h, DemoPassword)));
        var client = factory.CreateClient();
        foreach (var email in new[] { DemoCompany.AnaEmail, DemoCompany.JohnEmail, company[^1].Email, company[^2].Email })
        {
            await ReadTokensAsync(await PasswordAsync(client, email, DemoPassword));
        }
    }
}
