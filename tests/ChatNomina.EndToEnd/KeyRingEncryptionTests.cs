using System.Globalization;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using Npgsql;
using StackExchange.Redis;

namespace ChatNomina.EndToEnd;

/// <summary>
/// The stack's data-protection key rings are encrypted at rest (issue 18): auth's (in its database; it
/// protects the sign-in page's cookies and the TOTP secrets) and the gateway's (in Redis; it protects the
/// browser session cookie and the tokens it stores). Whoever reads those stores gets only keys encrypted to
/// the services' certificates (<c>.data/secrets/&lt;service&gt;-data-protection.pem</c>, DataProtection:CertificatePath),
/// not the keys themselves. Every key created since the certificate exists must be encrypted.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class KeyRingEncryptionTests
{
    [Fact]
    public async Task Auths_key_ring_in_its_database_holds_only_encrypted_keys()
    {
        // As the migration role (the databases' owner): what a reader of the database sees.
        await using var connection = new NpgsqlConnection(StackEnvironment.OwnerConnectionString("chatnomina_auth"));
        await connection.OpenAsync();
        await using var select = new NpgsqlCommand("SELECT xml FROM auth.data_protection_keys WHERE xml IS NOT NULL", connection);
        var keys = new List<XElement>();
        await using (var rows = await select.ExecuteReaderAsync())
        {
            while (await rows.ReadAsync())
            {
                keys.Add(XElement.Parse(rows.GetString(0)));
            }
        }
        AssertEncryptedSince(keys, Certificate("auth"));
    }

    [Fact]
    public async Task The_gateways_key_ring_in_redis_holds_only_encrypted_keys()
    {
        // Starting a browser sign-in protects its correlation cookie: the ring has a key from then on.
        using (var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = StackEnvironment.GatewayUrl })
        {
            using var login = await http.GetAsync("bff/login");
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        }
        await using var redis = await ConnectionMultiplexer.ConnectAsync(AdminRedis());
        var stored = await redis.GetDatabase().ListRangeAsync("chatnomina:gateway:data-protection-keys");
        AssertEncryptedSince(stored.Select(v => XElement.Parse(v.ToString())).ToList(), Certificate("gateway"));
    }

    /// <summary>Every key created since <paramref name="certificate"/> was made (there is one at least) is encrypted
    /// to it: its descriptor holds an encrypted secret, and no master key in clear.</summary>
    private static void AssertEncryptedSince(IReadOnlyList<XElement> ring, X509Certificate2 certificate)
    {
        var keys = ring.Where(e => e.Name.LocalName == "key").ToList();
        var since = new DateTimeOffset(certificate.NotBefore.ToUniversalTime(), TimeSpan.Zero);
        var recent = keys.Where(k => DateTimeOffset.Parse(k.Element("creationDate")!.Value, CultureInfo.InvariantCulture) >= since).ToList();
        Assert.True(recent.Count > 0, $"no key was created since the certificate ({since:O}); the ring has {keys.Count}");
        Assert.All(recent, key =>
        {
            var descriptor = key.Element("descriptor")!;
            Assert.DoesNotContain(descriptor.Descendants(), d => d.Name.LocalName == "masterKey");
            var secret = Assert.Single(descriptor.Descendants(), d => d.Name.LocalName == "encryptedSecret");
            Assert.Contains("EncryptedXmlDecryptor", secret.Attribute("decryptorType")!.Value, StringComparison.Ordinal);
            // Encrypted to this certificate (its key info names it).
            Assert.Contains(Convert.ToBase64String(certificate.RawData), secret.ToString(), StringComparison.Ordinal);
        });
    }

    private static X509Certificate2 Certificate(string service)
    {
        var path = StackEnvironment.SecretPath($"{service}-data-protection.pem");
        Assert.True(File.Exists(path), $"{path}: ./chatnomina generates the key ring's certificate");
        return X509Certificate2.CreateFromPem(File.ReadAllText(path));
    }

    private static string AdminRedis()
    {
        if (Environment.GetEnvironmentVariable("CHATNOMINA_TEST_REDIS") is { Length: > 0 } configured)
        {
            return configured;
        }
        return $"localhost:6379,user=admin,password={File.ReadAllText(StackEnvironment.SecretPath("redis-admin.password")).Trim()}";
    }
}
