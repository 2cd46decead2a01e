using System.Xml.Linq;
using ChatNomina.ServiceDefaults.DataProtection;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ChatNomina.Seeder;

/// <summary>
/// The auth service's ASP.NET Core Data Protection key ring, which it keeps in its own database
/// (<c>auth.data_protection_keys</c>, application name <c>chatnomina-auth</c>), opened here so the
/// seeder can store the demo HR account's TOTP secret protected exactly as the auth service reads
/// it. The names below are a contract with services/auth (tested there: a seeded factor signs in).
/// When the ring is empty (auth has not run yet) a key is created in it, which auth then uses.
/// </summary>
public sealed class AuthKeyRing : IDisposable
{
    /// <summary>Must equal the auth service's <c>SetApplicationName</c>.</summary>
    public const string ApplicationName = "chatnomina-auth";

    /// <summary>Must equal the auth service's <c>OneTimeCodes.SecretPurpose</c>.</summary>
    public const string TotpSecretPurpose = "ChatNomina.Auth.TotpSecret.v1";

    private readonly ServiceProvider _services;

    public AuthKeyRing(string connectionString)
    {
        var services = new ServiceCollection();
        var dataProtection = services.AddDataProtection().SetApplicationName(ApplicationName);
        // Auth's key ring is encrypted at rest with its certificate (DataProtection:CertificatePath): the
        // seeder needs the same one to read its keys and to write a new key auth can read.
        if (Environment.GetEnvironmentVariable("DataProtection__CertificatePath") is { Length: > 0 } certificate)
        {
            dataProtection.ProtectKeysWithCertificateFile(certificate, []);
        }
        services.Configure<KeyManagementOptions>(o => o.XmlRepository = new Repository(connectionString));
        _services = services.BuildServiceProvider();
        TotpSecrets = _services.GetRequiredService<IDataProtectionProvider>().CreateProtector(TotpSecretPurpose);
    }

    /// <summary>Protects and unprotects TOTP secrets as auth does (<c>auth.totp_factors.protected_secret</c>).</summary>
    public IDataProtector TotpSecrets { get; }

    public void Dispose() => _services.Dispose();

    /// <summary><c>auth.data_protection_keys</c> (as auth's EF Core key store writes it), read and written with Npgsql.</summary>
    private sealed class Repository(string connectionString) : IXmlRepository
    {
        public IReadOnlyCollection<XElement> GetAllElements()
        {
            using var connection = new NpgsqlConnection(connectionString);
            connection.Open();
            using var select = new NpgsqlCommand("SELECT xml FROM auth.data_protection_keys WHERE xml IS NOT NULL ORDER BY id", connection);
            using var reader = select.ExecuteReader();
            var keys = new List<XElement>();
            while (reader.Read())
            {
                keys.Add(XElement.Parse(reader.GetString(0)));
            }
            return keys;
        }

        public void StoreElement(XElement element, string friendlyName)
        {
            using var connection = new NpgsqlConnection(connectionString);
            connection.Open();
            using var insert = new NpgsqlCommand("INSERT INTO auth.data_protection_keys (friendly_name, xml) VALUES (@name, @xml)", connection);
            insert.Parameters.AddWithValue("name", friendlyName);
            insert.Parameters.AddWithValue("xml", element.ToString(SaveOptions.DisableFormatting));
            insert.ExecuteNonQuery();
        }
    }
}
