using System.Text.RegularExpressions;
using ChatNomina.Chat.Answers;

namespace ChatNomina.Chat.Pipeline;

/// <summary>
/// Spanish or English, from function words, payroll vocabulary and Spanish-only characters.
/// Ties (a bare "ok", a month name alone) keep the conversation's language, then the profile's.
/// </summary>
public static partial class LanguageDetector
{
    private static readonly HashSet<string> Spanish = new(StringComparer.Ordinal)
    {
        "hola", "buenas", "buenos", "dias", "días", "tardes", "noches", "adios", "adiós", "gracias", "chau", "chao", "hasta", "luego",
        "mi", "mis", "de", "del", "el", "la", "los", "las", "que", "qué", "cuanto", "cuánto", "cuanta", "cuánta", "cuando", "cuándo",
        "cual", "cuál", "como", "cómo", "por", "para", "con", "es", "fue", "son", "está", "esta", "este", "estoy", "cobré", "cobre",
        "cobro", "cobra", "cobrado", "cobrar", "pagan", "pagaron", "pago", "pagó", "nómina", "nomina", "nóminas", "nominas", "sueldo",
        "salario", "neto", "bruto", "mes", "año", "ano", "pasado", "retuvieron", "retención", "retencion", "deducciones", "quitaron",
        "descuentos", "puedes", "hacer", "ayuda", "muéstrame", "muestrame", "dime", "quiero", "saber", "llevo", "departamento",
        "puesto", "empresa", "en", "y", "un", "una", "me", "se", "lo", "le", "al", "pero", "porque", "sí", "muy", "más", "mas",
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre",
        "recibo", "plata", "lana", "vale", "bueno", "oye", "hace", "meses", "años", "desempleo", "cotizaciones", "seguridad", "social",
        "trimestre", "paga", "horas", "desglose", "desglosa", "desglósame", "antigüedad", "antiguedad", "pensiones", "sindical", "cuota",
        "subida", "sueldo", "qué", "cuánto", "cuántos", "porfa", "inglés", "español", "ese", "esa", "anterior", "incentivos", "gané",
    };

    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "hi", "hello", "hey", "bye", "goodbye", "thanks", "thank", "you", "my", "the", "what", "whats", "how", "much", "many", "when",
        "which", "is", "was", "were", "are", "did", "do", "does", "get", "got", "paid", "pay", "take", "home", "gross", "salary",
        "payslip", "payroll", "month", "year", "last", "this", "next", "for", "of", "and", "in", "on", "to", "i", "me", "show",
        "tell", "can", "could", "would", "please", "deductions", "deducted", "withheld", "withholding", "tax", "income", "security",
        "earnings", "earned", "so", "far", "compare", "why", "less", "more", "department", "position", "company", "join", "joined",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "about", "with", "from", "did", "it", "a", "an", "morning", "evening", "afternoon", "good", "see", "later", "help", "ago",
        "net", "bonus", "bonuses", "overtime", "taxes", "paycheck", "pension", "union", "dues", "insurance", "quarter", "highest",
        "lowest", "total", "breakdown", "raise", "seniority", "unemployment", "training", "deduction", "date", "when's", "what's",
        "english", "please", "thx", "cheers", "yes", "now", "then", "that", "one", "before", "after", "biggest",
        "useless", "bloody", "stupid", "rubbish", "answer", "your", "you're", "have", "has", "been", "will", "be", "there", "any",
        "just", "really", "okay", "sorry", "meant", "all", "annual", "figure", "give", "should", "they", "their", "them", "his",
        "her", "like", "um", "basically", "actually", "wage", "slip", "twenty", "thousand", "worked", "hours", "why's", "isn't",
    };

    public static string Detect(string text, string? fallback)
    {
        var lower = text.ToLowerInvariant();
        double es = 0, en = 0;
        if (SpanishCharacters().IsMatch(lower))
        {
            es += 2;
        }
        foreach (Match m in Words().Matches(lower))
        {
            var w = m.Value.Replace("'", "", StringComparison.Ordinal);
            var inEs = Spanish.Contains(w);
            var inEn = English.Contains(w);
            if (inEs && !inEn)
            {
                es += 1;
            }
            else if (inEn && !inEs)
            {
                en += 1;
            }
        }
        if (es > en)
        {
            return Languages.Spanish;
        }
        if (en > es)
        {
            return Languages.English;
        }
        return fallback is Languages.English or Languages.Spanish ? fallback : Languages.Spanish;
    }

    [GeneratedRegex("[ñ¿¡áéíóú]")]
    private static partial Regex SpanishCharacters();

    [GeneratedRegex(@"[\p{L}']+")]
    private static partial Regex Words();
}
