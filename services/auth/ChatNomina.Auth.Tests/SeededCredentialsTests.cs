using ChatNomina.Auth.Model;
using ChatNomina.Seeder;
using ChatNomina.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using static ChatNomina.Auth.Tests.TokenEndpoint;

namespace ChatNomina.Auth.Tests;

/// <summary>
/// The seeder writes <c>auth.credentials</c> and <c>auth.totp_factors</c> with SQL (tools/ChatNomina.Seeder):
/// the demo accounts it writes must sign in here, with the ids users/payroll know and the right roles —
/// the HR account with a one-time code of the demo TOTP secret, which the seeder protects with this
/// service's own data-protection key ring — and every account has a password hash of its own.
/// </summary>
public sealed class SeededCredentialsTests(AuthFactory factory) : IClassFixture<AuthFactory>
{
    private const string DemoPassword = "Seeded-Demo-Password-1!";

    [Fact]
    public async Task Seeded_demo_accounts_sign_in_with_their_stable_ids_and_roles_and_reseeding_changes_nothing()
    {
        var company = DemoCompany.Generate(12, seed: 7);
        var connection = TestEnvironment.PostgresDatabase(factory.DatabaseName);

        var first = await CredentialsWriter.WriteAsync(connection, company, DemoPassword, DemoSecondFactor.DefaultSecret);
        var second = await CredentialsWriter.WriteAsync(connection, company, DemoPassword, DemoSecondFactor.DefaultSecret);

        Assert.Null(first.SkippedBecause);
        Assert.Equal(12, first.Added);
        Assert.Equal((12, 2), (first.Hashed, first.SecondFactors));   // the HR and the admin account
        Assert.Equal((0, 0, 0, 0), (second.Added, second.Updated, second.Hashed, second.SecondFactors));

        var client = factory.CreateClient();
        var hr = new Authenticator(DemoSecondFactor.DefaultSecret);
        foreach (var (email, role) in new[]
        {
            (DemoCompany.AnaEmail, "employee"), (DemoCompany.JohnEmail, "employee"), (DemoCompany.HrEmail, "hr"),
            (DemoCompany.AdminEmail, "admin"),
        })
        {
            var response = role is "hr" or "admin"
                ? await PasswordWithCodeAsync(client, email, DemoPassword, hr.NextCode())
                : await PasswordAsync(client, email, DemoPassword);
            var jwt = Read((await ReadTokensAsync(response)).AccessToken);
            Assert.Equal(DemoCompany.StableId(email).ToString(), jwt.GetClaim("sub").Value);
            Assert.Equal(role, jwt.GetClaim("role").Value);
            Assert.False(jwt.TryGetClaim("email", out _));   // only with the "email" scope
        }
        // The HR account needs its code: without it, no token.
        await AssertOAuthErrorAsync(await PasswordAsync(client, DemoCompany.HrEmail, DemoPassword), "invalid_grant");

        // A bulk employee signs in too.
        var bulk = company[^1];
        await ReadTokensAsync(await PasswordAsync(client, bulk.Email, DemoPassword));

        // The demo factor comes with no recovery codes (the documented secret is the way in).
        Assert.Equal(0, await factory.WithDbAsync(db => db.RecoveryCodes.CountAsync()));
    }

    [Fact]
    public async Task The_seeders_and_the_tests_demo_secret_are_the_one_the_readme_documents()
    {
        Assert.Equal(DemoSecondFactor.DefaultSecret, Authenticator.DefaultDemoSecret);
        Assert.Equal(DemoSecondFactor.CodeAt(DemoSecondFactor.DefaultSecret, DateTimeOffset.UnixEpoch.AddSeconds(59)),
            new Authenticator(Authenticator.DefaultDemoSecret).CodeAt(DateTimeOffset.UnixEpoch.AddSeconds(59)));
        var readme = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "README.md"));
        Assert.Contains(DemoSecondFactor.DefaultSecret, readme);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChatNomina.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("ChatNomina.sln not found");
    }

    [Fact]
    public async Task An_unreachable_auth_database_is_skipped_not_fatal()
    {
        var result = await CredentialsWriter.WriteAsync(
            TestEnvironment.PostgresDatabase("chatnomina_auth_does_not_exist"), DemoCompany.Generate(3, 1), DemoPassword);

        Assert.NotNull(result.SkippedBecause);
    }
}

/// <summary>Re-seeding with a changed CHATNOMINA_DEMO_PASSWORD or CHATNOMINA_DEMO_TOTP_SECRET (its own database: it rewrites the demo accounts).</summary>
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

    [Fact]
    public async Task Reseeding_with_another_totp_secret_replaces_the_hr_accounts_factor()
    {
        var company = DemoCompany.Generate(4, seed: 13);
        var connection = TestEnvironment.PostgresDatabase(factory.DatabaseName);
        const string password = "Seeded-Demo-Password-3!";
        const string otherSecret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
        await CredentialsWriter.WriteAsync(connection, company, password, DemoSecondFactor.DefaultSecret);
        // Recovery codes of an earlier enrolment in the browser belong to the secret about to be replaced.
        var hrId = DemoCompany.StableId(DemoCompany.HrEmail);
        await factory.WithDbAsync(db =>
        {
            db.RecoveryCodes.Add(new RecoveryCode { UserId = hrId, CodeHash = new string('a', 64), CreatedAt = DateTimeOffset.UtcNow });
            return db.SaveChangesAsync();
        });

        var changed = await CredentialsWriter.WriteAsync(connection, company, password, otherSecret);

        Assert.Equal((0, 2), (changed.Updated, changed.SecondFactors));   // the HR and the admin account
        Assert.Equal(0, await factory.WithDbAsync(db => db.RecoveryCodes.CountAsync(r => r.UserId == hrId)));
        var client = factory.CreateClient();
        var now = DateTimeOffset.UtcNow;
        await AssertOAuthErrorAsync(await PasswordWithCodeAsync(client, DemoCompany.HrEmail, password,
            new Authenticator(DemoSecondFactor.DefaultSecret).CodeAt(now)), "invalid_grant");
        await ReadTokensAsync(await PasswordWithCodeAsync(client, DemoCompany.HrEmail, password, new Authenticator(otherSecret).NextCode()));
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
        await CredentialsWriter.WriteAsync(connection, company, DemoPassword, DemoSecondFactor.DefaultSecret);

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
