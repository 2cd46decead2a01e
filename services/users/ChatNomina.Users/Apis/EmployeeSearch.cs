using System.Globalization;
using System.Text;

namespace ChatNomina.Users.Apis;

/// <summary>
/// The directory's free-text search, case- and accent-insensitive without a PostgreSQL extension: the
/// stored generated column <c>search_text</c> holds name, e-mail and number lower-cased with the accented
/// letters of <see cref="Accented"/> replaced by <see cref="Plain"/> (PostgreSQL's <c>translate</c>), and
/// the query is brought to the same form here (Unicode decomposition, marks dropped, lower-cased).
/// </summary>
public static class EmployeeSearch
{
    /// <summary>Accented letters of Spanish and the neighbouring languages, upper and lower case.</summary>
    public const string Accented = "áàâäãåéèêëíìîïóòôöõúùûüñçÁÀÂÄÃÅÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÑÇ";

    /// <summary>The same letters without their marks, position by position.</summary>
    public const string Plain = "aaaaaaeeeeiiiiooooouuuuncAAAAAAEEEEIIIIOOOOOUUUUNC";

    public const int MaxLength = 100;

    /// <summary>The query in the column's form, as a LIKE pattern that matches it anywhere (%, _ and \ escaped).</summary>
    public static string Pattern(string query)
    {
        var decomposed = query.Trim().Normalize(NormalizationForm.FormD);
        var text = new StringBuilder(decomposed.Length + 2).Append('%');
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            var lower = char.ToLowerInvariant(c);
            if (lower is '%' or '_' or '\\')
            {
                text.Append('\\');
            }
            text.Append(lower);
        }
        return text.Append('%').ToString().Normalize(NormalizationForm.FormC);
    }
}
