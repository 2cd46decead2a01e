using Microsoft.AspNetCore.Identity;

namespace ChatNomina.Seeder.Tests;

public class DemoPasswordHashesTests
{
    private const string Password = "Demo-Password-For-Hashes-1!";

    [Fact]
    public void Every_account_gets_its_own_salted_hash_that_verifies()
    {
        var company = DemoCompany.Generate(24, 3);

        var (hashes, computed) = DemoPasswordHashes.Compute(company, new Dictionary<Guid, string>(), Password);

        Assert.Equal(24, computed);
        Assert.Equal(24, hashes.Distinct(StringComparer.Ordinal).Count());
        var hasher = new PasswordHasher<DemoEmployee>();
        Assert.All(hashes, h => Assert.Equal(PasswordVerificationResult.Success, hasher.VerifyHashedPassword(null!, h, Password)));
        Assert.All(hashes, h => Assert.Equal(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(null!, h, Password + "x")));
        // Identity's V3 format (marker byte 0x01): PBKDF2-HMAC-SHA512, 100,000 iterations, 16-byte salt, as auth verifies.
        var decoded = Convert.FromBase64String(hashes[0]);
        Assert.Equal(0x01, decoded[0]);
        Assert.Equal(2u, ReadUInt32(decoded, 1));        // KeyDerivationPrf.HMACSHA512
        Assert.Equal(100_000u, ReadUInt32(decoded, 5));
        Assert.Equal(16u, ReadUInt32(decoded, 9));
    }

    [Fact]
    public void Stored_hashes_are_kept_when_they_still_match_and_belong_to_one_account_only()
    {
        var company = DemoCompany.Generate(6, 5);
        var (first, _) = DemoPasswordHashes.Compute(company, new Dictionary<Guid, string>(), Password);
        var stored = company.Select((e, i) => (e.Id, Hash: first[i])).ToDictionary(p => p.Id, p => p.Hash);
        // An older seeder's shared hash on two accounts, and a hash of another password on a third.
        stored[company[3].Id] = stored[company[4].Id] = first[3];
        stored[company[5].Id] = new PasswordHasher<DemoEmployee>().HashPassword(company[5], "an-old-password");

        var (again, computed) = DemoPasswordHashes.Compute(company, stored, Password);

        Assert.Equal(3, computed);
        Assert.Equal(first[..3], again[..3]);
        Assert.Equal(6, again.Distinct(StringComparer.Ordinal).Count());
        Assert.All(again[3..], h => Assert.DoesNotContain(h, first));
    }

    [Fact]
    public void Reseeding_computes_nothing_while_the_password_is_the_same_and_everything_when_it_changed()
    {
        var company = DemoCompany.Generate(30, 8);
        var (first, _) = DemoPasswordHashes.Compute(company, new Dictionary<Guid, string>(), Password);
        var stored = company.Select((e, i) => (e.Id, Hash: first[i])).ToDictionary(p => p.Id, p => p.Hash);

        var (same, unchanged) = DemoPasswordHashes.Compute(company, stored, Password);
        var (changed, rehashed) = DemoPasswordHashes.Compute(company, stored, "Another-Demo-Password-2!");

        Assert.Equal(0, unchanged);
        Assert.Equal(first, same);
        Assert.Equal(30, rehashed);
        Assert.Empty(changed.Intersect(first));
    }

    private static uint ReadUInt32(byte[] buffer, int offset) =>
        (uint)(buffer[offset] << 24 | buffer[offset + 1] << 16 | buffer[offset + 2] << 8 | buffer[offset + 3]);
}

public class DemoSecondFactorTests
{
    [Fact]
    public void The_demo_secret_gives_rfc_6238_codes()
    {
        // RFC 6238 appendix B's SHA-1 key ("12345678901234567890") in base32, at 59 s: 94287082 → 6 digits 287082.
        const string rfcKey = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
        Assert.Equal("287082", DemoSecondFactor.CodeAt(rfcKey, DateTimeOffset.FromUnixTimeSeconds(59)));
        Assert.Equal("081804", DemoSecondFactor.CodeAt(rfcKey, DateTimeOffset.FromUnixTimeSeconds(1111111109)));
        Assert.Equal(6, DemoSecondFactor.CodeAt(DemoSecondFactor.DefaultSecret, DateTimeOffset.UtcNow).Length);
        Assert.Equal(20, DemoSecondFactor.Decode(DemoSecondFactor.DefaultSecret).Length);
    }

    [Theory]
    [InlineData("not base32 at all!")]
    [InlineData("0189")]
    [InlineData("ABCDEFGH")]
    public void A_secret_that_is_not_base32_of_16_bytes_is_refused(string secret) =>
        Assert.Throws<FormatException>(() => DemoSecondFactor.Decode(secret));

    [Fact]
    public void Lowercase_spaced_and_padded_secrets_are_read_like_authenticator_apps_show_them() =>
        Assert.Equal(DemoSecondFactor.Decode(DemoSecondFactor.DefaultSecret),
            DemoSecondFactor.Decode("chat nomi nade mohr totp secr et23 4567===="));
}
