using System.Text;

namespace ChatNomina.Payroll.Import;

/// <summary>
/// The text of an import file: UTF-8 (with or without its byte-order mark), or — when the bytes are not
/// valid UTF-8 — Windows-1252, which is what a spreadsheet in Spanish on Windows writes as "CSV"
/// (every byte is a character there, so such a file is never refused for its encoding; what it says
/// is still validated field by field).
/// </summary>
public static class ImportText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static ImportText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }
}
