using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;

namespace ChatNomina.ServiceDefaults.DataProtection;

/// <summary>
/// Encrypts a service's data-protection key ring at rest (issue 18): the keys that protect cookies,
/// antiforgery tokens, stored session tokens and TOTP secrets are kept in a shared store (auth's database,
/// the gateway's Redis) so that every replica reads them; whoever reads that store must not get them too.
/// With <c>DataProtection:CertificatePath</c> set (a PEM file holding an X.509 certificate and its RSA
/// private key), every new key is written encrypted to that certificate (XML encryption) and read back with
/// it; <c>DataProtection:PreviousCertificatePaths</c> still decrypts keys written under earlier certificates
/// (rotation). Keys written before encryption was configured stay readable and expire as usual (90 days).
/// Unset (the in-process tests): keys are stored as they are.
/// </summary>
public static class KeyRingEncryption
{
    public const string CertificatePathKey = "DataProtection:CertificatePath";
    public const string PreviousCertificatePathsKey = "DataProtection:PreviousCertificatePaths";

    /// <summary>Protects new keys with the configured certificate, when one is configured.</summary>
    public static IDataProtectionBuilder ProtectKeysWithConfiguredCertificate(this IDataProtectionBuilder builder, IConfiguration configuration) =>
        configuration[CertificatePathKey] is { Length: > 0 } path
            ? builder.ProtectKeysWithCertificateFile(path, configuration.GetSection(PreviousCertificatePathsKey).Get<string[]>() ?? [])
            : builder;
}
