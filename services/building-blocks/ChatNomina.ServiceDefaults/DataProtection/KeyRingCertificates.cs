using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace ChatNomina.ServiceDefaults.DataProtection;

/// <summary>
/// The certificate files a data-protection key ring is encrypted with (<see cref="KeyRingEncryption"/>):
/// PEM, an X.509 certificate and its RSA private key in one file. Also compiled into tools/ChatNomina.Seeder,
/// which opens auth's key ring to protect the demo HR account's TOTP secret as auth does.
/// </summary>
internal static class KeyRingCertificates
{
    /// <summary>
    /// Protects new keys with the certificate in <paramref name="path"/> and reads keys protected with it or with one
    /// of <paramref name="previousPaths"/>. (Used as it is by tools/ChatNomina.Seeder, which opens auth's key ring.)
    /// </summary>
    public static IDataProtectionBuilder ProtectKeysWithCertificateFile(this IDataProtectionBuilder builder, string path, IEnumerable<string> previousPaths)
    {
        var current = Load(path);
        return builder
            .ProtectKeysWithCertificate(current)
            .UnprotectKeysWithAnyCertificate([current, .. previousPaths.Where(p => p.Length > 0).Select(Load)]);
    }

    private static X509Certificate2 Load(string path)
    {
        try
        {
            var certificate = X509Certificate2.CreateFromPemFile(path);
            if (!certificate.HasPrivateKey || certificate.GetRSAPrivateKey() is null)
            {
                throw new InvalidOperationException($"{path}: the data-protection certificate needs its RSA private key in the same PEM file.");
            }
            return certificate;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
        {
            throw new InvalidOperationException($"{path}: cannot read the data-protection certificate and its key.", e);
        }
    }
}
