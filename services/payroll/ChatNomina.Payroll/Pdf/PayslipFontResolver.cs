using PdfSharp.Fonts;

namespace ChatNomina.Payroll.Pdf;

/// <summary>
/// The payslip's fonts, from the assembly itself: DejaVu Sans regular and bold (Bitstream Vera
/// licence, in <c>Pdf/Fonts/LICENSE.txt</c>), so a container needs no system fonts. PDFsharp asks
/// a resolver for every face; every family resolves to DejaVu Sans, since the layout uses no other.
/// </summary>
internal sealed class PayslipFontResolver : IFontResolver
{
    public const string FamilyName = "DejaVu Sans";

    private const string RegularFace = "DejaVuSans";
    private const string BoldFace = "DejaVuSans-Bold";

    private static readonly Lazy<byte[]> Regular = new(() => Load(RegularFace));
    private static readonly Lazy<byte[]> Bold = new(() => Load(BoldFace));

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        // Italic is never asked for; were it, PDFsharp would slant the upright face.
        new(bold ? BoldFace : RegularFace, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[]? GetFont(string faceName) => faceName switch
    {
        RegularFace => Regular.Value,
        BoldFace => Bold.Value,
        _ => null,
    };

    private static byte[] Load(string face)
    {
        var name = $"ChatNomina.Payroll.Pdf.Fonts.{face}.ttf";
        using var stream = typeof(PayslipFontResolver).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded font {name} is missing from the payroll assembly.");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
