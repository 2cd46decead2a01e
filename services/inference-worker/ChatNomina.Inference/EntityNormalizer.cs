using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ChatNomina.Inference;

/// <summary>Deterministic entity value normalization: the rules of models/normalize.py
/// (README "Entity value normalization"). MONTH/YEAR → int; the rest → string; null when no value.</summary>
public static partial class EntityNormalizer
{
    public static readonly string[] EntityTypes = [.. ModelLabels.EntityTypes];

    public static object? Normalize(string type, string text, DateOnly now) => type switch
    {
        "MONTH" => Month(text),
        "YEAR" => Year(text),
        "REL_PERIOD" => RelPeriod(text, now),
        "DEDUCTION_TYPE" => Deduction(text),
        "PROFILE_FIELD" => Profile(text),
        "AMOUNT" => Amount(text),
        _ => null,
    };

    // ------------------------------------------------------------ folding
    public static string Fold(string s)
    {
        var d = s.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(d.Length);
        foreach (var c in d)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c is '\u2019' or '\u2018' or '\u00b4' or '`' ? '\'' : c);
        }
        return Whitespace().Replace(sb.ToString(), " ").Trim();
    }

    // ------------------------------------------------------------ MONTH
    private static readonly (string Key, int Month)[] Months =
    [
        ("enero", 1), ("ene", 1), ("febrero", 2), ("feb", 2), ("marzo", 3), ("mar", 3), ("abril", 4), ("abr", 4),
        ("mayo", 5), ("may", 5), ("junio", 6), ("jun", 6), ("julio", 7), ("jul", 7), ("agosto", 8), ("ago", 8),
        ("septiembre", 9), ("setiembre", 9), ("sep", 9), ("sept", 9), ("set", 9), ("octubre", 10), ("oct", 10),
        ("noviembre", 11), ("nov", 11), ("diciembre", 12), ("dic", 12),
        ("january", 1), ("jan", 1), ("february", 2), ("march", 3), ("april", 4), ("apr", 4), ("june", 6),
        ("july", 7), ("august", 8), ("aug", 8), ("september", 9), ("october", 10), ("november", 11),
        ("december", 12), ("dec", 12),
    ];
    private static readonly Dictionary<string, int> MonthKeys = Months.ToDictionary(m => m.Key, m => m.Month);
    private static readonly (string Key, int Month)[] FullMonths = Months.Where(m => m.Key.Length > 4).ToArray();

    private static bool Lev1(string a, string b)
    {
        if (a == b) return true;
        int la = a.Length, lb = b.Length;
        if (Math.Abs(la - lb) > 1) return false;
        if (la == lb)
        {
            var diff = new List<int>();
            for (var i = 0; i < la; i++) if (a[i] != b[i]) diff.Add(i);
            if (diff.Count == 1) return true;
            return diff.Count == 2 && diff[1] == diff[0] + 1 && a[diff[0]] == b[diff[1]] && a[diff[1]] == b[diff[0]];
        }
        if (la > lb) (a, b) = (b, a);
        for (var i = 0; i < b.Length; i++)
            if (string.Concat(b.AsSpan(0, i), b.AsSpan(i + 1)) == a) return true;
        return false;
    }

    public static int? Month(string text)
    {
        var t = Fold(text).Trim('.', ',', ';', ':', '!', '?', '¿', '¡', ' ');
        if (MonthKeys.TryGetValue(t, out var m)) return m;
        if (t.Length >= 3)
        {
            var hits = FullMonths.Where(f => f.Key.StartsWith(t, StringComparison.Ordinal)).Select(f => f.Month).Distinct().ToList();
            if (hits.Count == 1) return hits[0];
        }
        if (t.Length >= 5)
        {
            var hits = FullMonths.Where(f => Lev1(t, f.Key)).Select(f => f.Month).Distinct().ToList();
            if (hits.Count == 1) return hits[0];
        }
        return null;
    }

    // ------------------------------------------------------------ YEAR
    public static int? Year(string text)
    {
        var m = YearRe().Match(Fold(text));
        if (!m.Success) return null;
        var d = Digits(m.Groups[1].Value);
        return m.Groups[1].Value.Length == 4 ? (int)d : 2000 + (int)d;
    }

    private static long Digits(string s)
    {
        long v = 0;
        foreach (var c in s) v = v * 10 + (long)char.GetNumericValue(c);
        return v;
    }

    // ------------------------------------------------------------ numbers in words
    private static readonly Dictionary<string, int> Units = new()
    {
        ["cero"] = 0, ["un"] = 1, ["uno"] = 1, ["una"] = 1, ["dos"] = 2, ["tres"] = 3, ["cuatro"] = 4, ["cinco"] = 5, ["seis"] = 6,
        ["siete"] = 7, ["ocho"] = 8, ["nueve"] = 9, ["diez"] = 10, ["once"] = 11, ["doce"] = 12, ["trece"] = 13,
        ["catorce"] = 14, ["quince"] = 15, ["dieciseis"] = 16, ["diecisiete"] = 17, ["dieciocho"] = 18,
        ["diecinueve"] = 19, ["veinte"] = 20, ["veintiun"] = 21, ["veintiuno"] = 21, ["veintiuna"] = 21, ["veintidos"] = 22,
        ["veintitres"] = 23, ["veinticuatro"] = 24, ["veinticinco"] = 25, ["veintiseis"] = 26, ["veintisiete"] = 27,
        ["veintiocho"] = 28, ["veintinueve"] = 29, ["treinta"] = 30, ["cuarenta"] = 40, ["cincuenta"] = 50,
        ["sesenta"] = 60, ["setenta"] = 70, ["ochenta"] = 80, ["noventa"] = 90, ["cien"] = 100, ["ciento"] = 100,
        ["doscientos"] = 200, ["doscientas"] = 200, ["trescientos"] = 300, ["trescientas"] = 300,
        ["cuatrocientos"] = 400, ["cuatrocientas"] = 400, ["quinientos"] = 500, ["quinientas"] = 500,
        ["seiscientos"] = 600, ["seiscientas"] = 600, ["setecientos"] = 700, ["setecientas"] = 700,
        ["ochocientos"] = 800, ["ochocientas"] = 800, ["novecientos"] = 900, ["novecientas"] = 900,
        ["zero"] = 0, ["a"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["couple"] = 2,
    };
    private static readonly Dictionary<string, long> Scales = new()
    {
        ["mil"] = 1000, ["thousand"] = 1000, ["k"] = 1000, ["millon"] = 1_000_000, ["millones"] = 1_000_000,
        ["million"] = 1_000_000, ["millions"] = 1_000_000,
    };

    public static long? WordsToInt(string text)
    {
        var toks = WordSplit().Split(Fold(text)).Where(w => w.Length > 0).ToList();
        if (toks.Count == 0) return null;
        long total = 0, cur = 0;
        var seen = false;
        foreach (var w in toks)
        {
            if (w is "y" or "and" or "of" or "-") continue;
            if (Units.TryGetValue(w, out var u)) { cur += u; seen = true; }
            else if (w == "hundred") { cur = Math.Max(cur, 1) * 100; seen = true; }
            else if (Scales.TryGetValue(w, out var sc)) { total += Math.Max(cur, 1) * sc; cur = 0; seen = true; }
            else return null;
        }
        return seen ? total + cur : null;
    }

    // ------------------------------------------------------------ REL_PERIOD
    private static int RelCount(string t)
    {
        var m = DigitsRe().Match(t);
        if (m.Success) return (int)Math.Min(Digits(m.Value), 100_000);
        foreach (var w in Whitespace().Split(t))
            if (w != "a" && Units.TryGetValue(w, out var u) && u > 0) return u;
        return 1;
    }

    public static string? RelPeriod(string text, DateOnly now)
    {
        var t = NonWord().Replace(Fold(text), " ");
        t = Whitespace().Replace(t, " ").Trim();
        bool month;
        if (MonthUnit().IsMatch(t)) month = true;
        else if (YearUnit().IsMatch(t)) month = false;
        else return null;
        int off;
        if (BeforeLast().IsMatch(t)) off = -2;
        else if (Ago().IsMatch(t)) off = -RelCount(t);
        else if (Past().IsMatch(t)) off = -1;
        else if (Next().IsMatch(t)) off = 1;
        else off = 0;
        if (month)
        {
            var idx = now.Year * 12 + (now.Month - 1) + off;
            var y = (int)Math.Floor(idx / 12.0);
            var mo = idx - y * 12 + 1;
            return $"{y:D4}-{mo:D2}";
        }
        return $"{now.Year + off:D4}";
    }

    // ------------------------------------------------------------ DEDUCTION_TYPE / PROFILE_FIELD
    private static readonly (string Code, Regex Re)[] DeductionRules =
    [
        ("unemployment", new Regex(@"desempleo|unemployment|\bparo\b", RegexOptions.Compiled)),
        ("professional_training", new Regex("formacion|training", RegexOptions.Compiled)),
        ("union_dues", new Regex(@"sindica|\bunion\b", RegexOptions.Compiled)),
        ("health_insurance", new Regex("seguro (medico|de salud|de gastos medicos)|gastos medicos|health|medical", RegexOptions.Compiled)),
        ("pension", new Regex("pensi|401|retirement|jubila|afore", RegexOptions.Compiled)),
        ("social_security", new Regex(@"seguridad social|social security|imss|fica|cotizaci|\bss\b|\bseg soc\b", RegexOptions.Compiled)),
        ("income_tax", new Regex(@"irpf|\bisr\b|retenci|income tax|withholding|withheld|impuesto sobre la renta|\brenta\b", RegexOptions.Compiled)),
    ];

    private static readonly (string Code, Regex Re)[] ProfileRules =
    [
        ("seniority", new Regex("antig|seniority|tenure|years of service|anos de servicio|anos en la empresa", RegexOptions.Compiled)),
        ("hire_date", new Regex("fecha|hire|hiring|start date|starting date|join|alta|ingreso|incorpora|contratacion", RegexOptions.Compiled)),
        ("department", new Regex(@"depart|depto|dpto|\bdept\b|\barea\b|seccion|division|section", RegexOptions.Compiled)),
        ("position", new Regex(@"puesto|cargo|categoria|\brol\b|position|title|\brole\b|\bjob\b", RegexOptions.Compiled)),
    ];

    /// <summary>The values <see cref="Deduction"/> can return (models/labels.json deduction_types, in rule order).</summary>
    public static IReadOnlyList<string> DeductionCodes => DeductionRules.Select(r => r.Code).ToArray();

    /// <summary>The values <see cref="Profile"/> can return (models/labels.json profile_fields, in rule order).</summary>
    public static IReadOnlyList<string> ProfileCodes => ProfileRules.Select(r => r.Code).ToArray();

    public static string? Deduction(string text)
    {
        var t = DeductionStrip().Replace(Fold(text), "").Replace('-', ' ');
        t = Whitespace().Replace(t, " ");
        foreach (var (code, re) in DeductionRules) if (re.IsMatch(t)) return code;
        return null;
    }

    public static string? Profile(string text)
    {
        var t = Fold(text);
        foreach (var (code, re) in ProfileRules) if (re.IsMatch(t)) return code;
        return null;
    }

    // ------------------------------------------------------------ AMOUNT
    private static decimal ParseNumeric(string s)
    {
        s = Whitespace().Replace(s, "");
        var sb = new StringBuilder(s.Length);
        foreach (var c in s) sb.Append(char.IsDigit(c) ? (char)('0' + (int)char.GetNumericValue(c)) : c);
        s = sb.ToString();
        bool dot = s.Contains('.'), comma = s.Contains(',');
        if (dot && comma)
        {
            var dec = s.LastIndexOf('.') > s.LastIndexOf(',') ? '.' : ',';
            var thou = dec == '.' ? ',' : '.';
            s = s.Replace(thou.ToString(), "").Replace(dec, '.');
        }
        else if (dot || comma)
        {
            var c = dot ? '.' : ',';
            var parts = s.Split(c);
            if (parts.Length > 2) s = s.Replace(c.ToString(), "");
            else if (parts[1].Length == 3) s = s.Replace(c.ToString(), "");
            else s = s.Replace(c, '.');
        }
        return decimal.Parse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }

    public static string? Amount(string text)
    {
        var t = Fold(text);
        decimal val;
        try
        {
            var m = NumberRe().Match(t);
            if (m.Success)
            {
                val = ParseNumeric(m.Value.Trim());
                var rest = t[(m.Index + m.Length)..].Trim();
                var w = Multiplier().Match(rest);
                if (w.Success) val *= Scales[w.Groups[1].Value];
            }
            else
            {
                var words = Currency().Replace(t, " ");
                var n = WordsToInt(words);
                if (n is null) return null;
                val = n.Value;
            }
            return Math.Round(val, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"\s+")] private static partial Regex Whitespace();
    [GeneratedRegex(@"(\d{4}|\d{2})(?!\d)")] private static partial Regex YearRe();
    [GeneratedRegex(@"\d+")] private static partial Regex DigitsRe();
    [GeneratedRegex(@"[\s\-]+")] private static partial Regex WordSplit();
    [GeneratedRegex(@"[^\w' ]")] private static partial Regex NonWord();
    [GeneratedRegex(@"\b(mes|meses|month|months)\b")] private static partial Regex MonthUnit();
    [GeneratedRegex(@"\b(ano|anos|year|years)\b")] private static partial Regex YearUnit();
    [GeneratedRegex("antepasado|before last")] private static partial Regex BeforeLast();
    [GeneratedRegex(@"\bhace\b|\bago\b")] private static partial Regex Ago();
    [GeneratedRegex(@"\b(pasado|anterior|ultimo|previo|last|previous|prior|past)\b")] private static partial Regex Past();
    [GeneratedRegex(@"\b(proximo|que viene|siguiente|entrante|next|coming|upcoming|following)\b")] private static partial Regex Next();
    [GeneratedRegex(@"[.()\[\]]")] private static partial Regex DeductionStrip();
    [GeneratedRegex(@"\d[\d.,\s]*\d|\d")] private static partial Regex NumberRe();
    [GeneratedRegex(@"^(k|mil|thousand|millones|millon|million|millions)\b")] private static partial Regex Multiplier();
    [GeneratedRegex(@"\b(euros?|eur|dolares|dollars?|usd|pesos?|mxn|ars|bucks|pavos|lucas)\b|[€$]")] private static partial Regex Currency();
}
