using System.Security.Cryptography;
using System.Text;

namespace ChatNomina.Auth.Credentials;

/// <summary>
/// The one-time recovery codes of a second factor: <see cref="Count"/> of them at each enrolment, each
/// 80 random bits written as 16 base32 characters in groups of four (<c>k7qm-2xhd-w4ap-r3cv</c>: RFC 4648 base32 in
/// lower case, no 0, 1, 8 or 9). Typed back, dashes, spaces and case do not matter. Stored as the SHA-256 of the
/// normalized code: with 80 bits of entropy a hash needs no salt or slow function to resist guessing.
/// </summary>
public static class RecoveryCodes
{
    public const int Count = 10;

    /// <summary>Characters of a code (RFC 4648 base32, lower case).</summary>
    public const int Length = 16;

    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    /// <summary><see cref="Count"/> new codes, as shown to the user.</summary>
    public static IReadOnlyList<string> Generate()
    {
        var codes = new List<string>(Count);
        while (codes.Count < Count)
        {
            var bytes = RandomNumberGenerator.GetBytes(Length * 5 / 8);
            var code = Format(Encode(bytes));
            if (!codes.Contains(code, StringComparer.Ordinal))
            {
                codes.Add(code);
            }
        }
        return codes;
    }

    /// <summary>The code without dashes or spaces, lower case; null when it cannot be a recovery code.</summary>
    public static string? Normalize(string? code)
    {
        if (code is null || code.Length > 64)
        {
            return null;
        }
        var normalized = new StringBuilder(Length);
        foreach (var c in code)
        {
            if (c is '-' or ' ')
            {
                continue;
            }
            var lower = char.ToLowerInvariant(c);
            if (!Alphabet.Contains(lower, StringComparison.Ordinal) || normalized.Length == Length)
            {
                return null;
            }
            normalized.Append(lower);
        }
        return normalized.Length == Length ? normalized.ToString() : null;
    }

    /// <summary>SHA-256 (lower-case hex) of a normalized code: what <c>auth.recovery_codes</c> stores.</summary>
    public static string Hash(string normalized) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(normalized)));

    private static string Encode(byte[] bytes)
    {
        var text = new StringBuilder(Length);
        int buffer = 0, bits = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                text.Append(Alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        return text.ToString();
    }

    private static string Format(string code) => string.Join('-', code.Chunk(4).Select(c => new string(c)));
}
