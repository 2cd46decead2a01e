using ChatNomina.Payroll.Pdf;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace ChatNomina.Payroll.Apis;

/// <summary>
/// The language a payslip PDF is written in, the way the sign-in page chooses its own: the
/// <c>lang</c> query parameter when given (<c>es</c> or <c>en</c>, a region allowed: <c>en-GB</c>),
/// else the best Spanish or English entry of <c>Accept-Language</c>, else Spanish.
/// </summary>
internal static class PayslipPdfLanguages
{
    /// <summary>The language, or a 400 problem when <paramref name="lang"/> names neither Spanish nor English.</summary>
    public static (PayslipPdfLanguage Language, ValidationProblem? Problem) Choose(string? lang, HttpRequest request)
    {
        if (lang is not null)
        {
            return Match(lang) is { } chosen
                ? (chosen, null)
                : (PayslipPdfLanguage.Spanish, TypedResults.ValidationProblem(
                    new Dictionary<string, string[]> { ["lang"] = ["The language must be 'es' or 'en'."] }, title: "Invalid language"));
        }
        var accepted = request.Headers.AcceptLanguage.Count > 0
            && StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage, out var list)
            ? list
            : [];
        foreach (var language in accepted.Where(l => l.Quality is not <= 0).OrderByDescending(l => l.Quality ?? 1))
        {
            if (Match(language.Value.ToString()) is { } chosen)
            {
                return (chosen, null);
            }
        }
        return (PayslipPdfLanguage.Spanish, null);
    }

    private static PayslipPdfLanguage? Match(string tag)
    {
        var primary = tag.Trim().Split('-', 2)[0];
        return primary.Equals("es", StringComparison.OrdinalIgnoreCase) ? PayslipPdfLanguage.Spanish
            : primary.Equals("en", StringComparison.OrdinalIgnoreCase) ? PayslipPdfLanguage.English
            : null;
    }
}
