using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using QRCoder;

namespace ChatNomina.Auth.SignIn;

/// <summary>
/// A QR code as inline SVG for the enrolment page: QRCoder encodes (error correction M, the 4-module quiet zone),
/// this class draws — one rectangle per run of dark modules in a single path, dark on a white square whatever
/// the page's colour scheme. No script, no <c>style</c> attribute and no external image, so the page's CSP
/// (<c>default-src 'none'; img-src 'self'</c>) holds.
/// </summary>
internal static class QrCodeSvg
{
    /// <summary>Pixels per module at the page's default size (the stylesheet scales it down on narrow screens).</summary>
    private const int ModulePixels = 4;

    public static string Render(string text, string label, HtmlEncoder encoder)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var size = matrix.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            var row = matrix[y];
            for (var x = 0; x < size;)
            {
                if (!row[x])
                {
                    x++;
                    continue;
                }
                var start = x;
                while (x < size && row[x])
                {
                    x++;
                }
                path.Append(CultureInfo.InvariantCulture, $"M{start} {y}h{x - start}v1h-{x - start}z");
            }
        }
        var pixels = size * ModulePixels;
        return string.Create(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" viewBox=\"0 0 {size} {size}\" width=\"{pixels}\" height=\"{pixels}\" role=\"img\" aria-label=\"{encoder.Encode(label)}\" shape-rendering=\"crispEdges\">"
            + $"<rect width=\"{size}\" height=\"{size}\" fill=\"#ffffff\"/><path fill=\"#000000\" d=\"{path}\"/></svg>\n");
    }
}
