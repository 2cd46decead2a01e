using System.Security.Cryptography;
using ChatNomina.Auth.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace ChatNomina.Auth.Keys;

/// <summary>
/// The RSA keys that sign access tokens and encrypt refresh tokens, read from PEM (a file path
/// or the PEM text itself, e.g. a Kubernetes secret). Every replica must be given the same keys:
/// a token signed by one replica is validated by every service, and a refresh token issued by
/// one replica is redeemed by another. The key id (<c>kid</c>) is the RFC 7638 thumbprint, so it
/// is the same everywhere without configuration. There is no fallback to a development
/// certificate: without keys the service refuses to start, except in the <c>Testing</c>
/// environment, where ephemeral keys are generated for the life of the process.
/// </summary>
public sealed class AuthKeys
{
    public const int MinimumKeySizeInBits = 2048;

    private AuthKeys(RsaSecurityKey signing, RsaSecurityKey encryption, bool ephemeral)
    {
        Signing = signing;
        Encryption = encryption;
        Ephemeral = ephemeral;
    }

    public RsaSecurityKey Signing { get; }

    public RsaSecurityKey Encryption { get; }

    /// <summary>Generated for this process only (Testing environment without configured keys).</summary>
    public bool Ephemeral { get; }

    public static AuthKeys Create(IOptions<AuthOptions> options, IHostEnvironment environment)
    {
        var o = options.Value;
        if (!HasKey(o.SigningKeyPath, o.SigningKeyPem) && !HasKey(o.EncryptionKeyPath, o.EncryptionKeyPem)
            && environment.IsEnvironment("Testing"))
        {
            return new AuthKeys(WithKeyId(RSA.Create(MinimumKeySizeInBits)), WithKeyId(RSA.Create(MinimumKeySizeInBits)), ephemeral: true);
        }
        return new AuthKeys(
            Load("signing", o.SigningKeyPath, o.SigningKeyPem),
            Load("encryption", o.EncryptionKeyPath, o.EncryptionKeyPem),
            ephemeral: false);
    }

    /// <summary>The configuration problems that keep the service from starting, if any.</summary>
    public static IEnumerable<string> Problems(AuthOptions o, IHostEnvironment environment)
    {
        if (environment.IsEnvironment("Testing")
            && !HasKey(o.SigningKeyPath, o.SigningKeyPem) && !HasKey(o.EncryptionKeyPath, o.EncryptionKeyPem))
        {
            yield break;
        }
        foreach (var (purpose, path, pem) in new[] { ("signing", o.SigningKeyPath, o.SigningKeyPem), ("encryption", o.EncryptionKeyPath, o.EncryptionKeyPem) })
        {
            string? problem = null;
            try
            {
                Load(purpose, path, pem).Rsa.Dispose();
            }
            catch (InvalidOperationException e)
            {
                problem = e.Message;
            }
            if (problem is not null)
            {
                yield return problem;
            }
        }
    }

    private static bool HasKey(string? path, string? pem) => !string.IsNullOrWhiteSpace(path) || !string.IsNullOrWhiteSpace(pem);

    private static RsaSecurityKey Load(string purpose, string? path, string? pem)
    {
        var setting = purpose == "signing" ? "Auth:SigningKeyPath or Auth:SigningKeyPem" : "Auth:EncryptionKeyPath or Auth:EncryptionKeyPem";
        if (!HasKey(path, pem))
        {
            throw new InvalidOperationException(
                $"No {purpose} key: set {setting} (an RSA private key in PEM, the same on every replica). " +
                "./chatnomina up generates one into .data/secrets.");
        }

        string text;
        if (!string.IsNullOrWhiteSpace(pem))
        {
            text = pem;
        }
        else
        {
            try
            {
                text = File.ReadAllText(path!);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new InvalidOperationException($"The {purpose} key file '{path}' cannot be read: {e.Message}", e);
            }
        }

        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(text);
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            rsa.Dispose();
            throw new InvalidOperationException($"The {purpose} key ({setting}) is not an RSA private key in PEM.", e);
        }
        if (rsa.KeySize < MinimumKeySizeInBits)
        {
            rsa.Dispose();
            throw new InvalidOperationException($"The {purpose} key has {rsa.KeySize} bits; at least {MinimumKeySizeInBits} are required.");
        }
        try
        {
            // A public key only would import fine but could not sign or decrypt.
            rsa.ExportParameters(includePrivateParameters: true);
        }
        catch (CryptographicException e)
        {
            rsa.Dispose();
            throw new InvalidOperationException($"The {purpose} key ({setting}) has no private part.", e);
        }
        return WithKeyId(rsa);
    }

    private static RsaSecurityKey WithKeyId(RSA rsa)
    {
        var key = new RsaSecurityKey(rsa);
        key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
        return key;
    }
}

/// <summary>Fails start-up (ValidateOnStart) when the keys are missing or unreadable.</summary>
internal sealed class AuthKeysValidation(IHostEnvironment environment) : IValidateOptions<AuthOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        var problems = AuthKeys.Problems(options, environment).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
