using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using ChatNomina.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.IdentityModel.Tokens;
using static ChatNomina.Auth.Tests.TokenEndpoint;

namespace ChatNomina.Auth.Tests;

/// <summary>Keys come from configuration; there is no silent fallback outside the Testing environment.</summary>
public sealed class KeyConfigurationTests
{
    /// <summary>The host in a chosen environment with chosen settings (no database needed to fail).</summary>
    private sealed class HostWith(string environment, Dictionary<string, string?> settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment(environment);
            builder.UseSetting("ConnectionStrings:authdb", TestEnvironment.PostgresDatabase("chatnomina_auth_never_created"));
            // Whatever the environment of the test run says (e.g. Auth__SigningKeyPath exported), only these keys count.
            foreach (var key in new[] { "Auth:SigningKeyPath", "Auth:SigningKeyPem", "Auth:EncryptionKeyPath", "Auth:EncryptionKeyPem" })
            {
                builder.UseSetting(key, "");
            }
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public void Without_keys_the_service_refuses_to_start(string environment)
    {
        using var host = new HostWith(environment, []);

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("Auth:SigningKeyPath", error.ToString());
    }

    [Fact]
    public void A_key_that_is_not_an_rsa_private_key_is_refused_at_start()
    {
        using var rsa = RSA.Create(2048);
        using var host = new HostWith("Production", new()
        {
            ["Auth:SigningKeyPem"] = rsa.ExportSubjectPublicKeyInfoPem(), // public only
            ["Auth:EncryptionKeyPem"] = "-----BEGIN PRIVATE KEY-----\nnot base64\n-----END PRIVATE KEY-----",
        });

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("signing key", error.ToString());
        Assert.Contains("encryption key", error.ToString());
    }

    [Fact]
    public void A_key_shorter_than_2048_bits_is_refused()
    {
        using var small = RSA.Create(1024);
        using var good = RSA.Create(2048);
        using var host = new HostWith("Production", new()
        {
            ["Auth:SigningKeyPem"] = small.ExportPkcs8PrivateKeyPem(),
            ["Auth:EncryptionKeyPem"] = good.ExportPkcs8PrivateKeyPem(),
        });

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("1024 bits", error.ToString());
    }

    [Fact]
    public async Task Configured_keys_are_used_and_two_replicas_with_the_same_keys_publish_the_same_kid()
    {
        using var signing = RSA.Create(2048);
        using var encryption = RSA.Create(2048);
        var dir = Directory.CreateTempSubdirectory("chatnomina-auth-keys-");
        try
        {
            // One replica reads PEM files (./chatnomina up), the other inline PEM (a Kubernetes secret).
            var signingPath = Path.Combine(dir.FullName, "signing.pem");
            var encryptionPath = Path.Combine(dir.FullName, "encryption.pem");
            await File.WriteAllTextAsync(signingPath, signing.ExportRSAPrivateKeyPem()); // PKCS#1, as openssl genrsa writes
            await File.WriteAllTextAsync(encryptionPath, encryption.ExportRSAPrivateKeyPem());
            using var fromFiles = new HostWith("Production", new()
            {
                ["Auth:SigningKeyPath"] = signingPath,
                ["Auth:EncryptionKeyPath"] = encryptionPath,
            });
            using var inline = new HostWith("Production", new()
            {
                ["Auth:SigningKeyPem"] = signing.ExportPkcs8PrivateKeyPem(),
                ["Auth:EncryptionKeyPem"] = encryption.ExportPkcs8PrivateKeyPem(),
            });

            var kidFromFiles = await SingleKidAsync(fromFiles.CreateClient());
            var kidInline = await SingleKidAsync(inline.CreateClient());

            var expected = Base64UrlEncoder.Encode(new RsaSecurityKey(signing.ExportParameters(false)).ComputeJwkThumbprint());
            Assert.Equal(expected, kidFromFiles);
            Assert.Equal(expected, kidInline);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static async Task<string?> SingleKidAsync(HttpClient client)
    {
        var response = await client.GetAsync("/.well-known/jwks");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var jwks = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return Assert.Single(jwks.RootElement.GetProperty("keys").EnumerateArray().ToList()).GetProperty("kid").GetString();
    }
}

/// <summary>Ephemeral test keys still produce tokens whose kid is in the JWKS.</summary>
public sealed class EphemeralKeyTests(AuthFactory factory) : IClassFixture<AuthFactory>
{
    [Fact]
    public async Task The_access_tokens_kid_is_the_one_the_jwks_publishes()
    {
        var user = await factory.AddUserAsync();
        var client = factory.CreateClient();
        var tokens = await SignInAsync(client, user);

        using var jwks = JsonDocument.Parse(await client.GetStringAsync("/.well-known/jwks"));

        var kids = jwks.RootElement.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString());
        Assert.Contains(Read(tokens.AccessToken).Kid, kids);
    }
}
