using System.Text.RegularExpressions;

namespace ChatNomina.Chat.Pipeline;

/// <summary>
/// Questions about somebody else's pay ("¿cuánto cobra mi jefe?", "what's John's salary?",
/// an email or an employee id in the text). They are payroll intents (nlu.md) that the
/// assistant refuses: the chat only ever fetches the signed-in employee's own data, so this
/// check makes the refusal explicit instead of answering with the user's own figures.
/// </summary>
public static partial class ThirdPartyDetector
{
    public static bool AsksAboutSomeoneElse(string text) =>
        SpanishRelation().IsMatch(text) || EnglishRelation().IsMatch(text) || Identifier().IsMatch(text)
        || Others().IsMatch(text) || EnglishPossessive().IsMatch(text) || SpanishNamed().IsMatch(text);

    [GeneratedRegex(@"\b(mi|mis|nuestro|nuestra|el|la|del|al|los|las|otro|otra|otros|otras)\s+(jefe|jefa|jefes|compañero|compañera|compañeros|companero|companera|colega|colegas|supervisor|supervisora|gerente|director|directora|esposa|esposo|marido|mujer|novia|novio|hermano|hermana|padre|madre|vecino|vecina|amigo|amiga)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpanishRelation();

    [GeneratedRegex(@"\b(my|our|the|his|her|their)\s+(boss|manager|coworker|co-worker|coworkers|colleague|colleagues|supervisor|wife|husband|partner|friend|brother|sister|team\s*mate|teammate|teammates|neighbou?r)('s)?\b|\bsomeone\s+else\b|\beverybody\b|\beveryone('s)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishRelation();

    [GeneratedRegex(@"\b(another|other|otro|otra|otros|otras|alg[uú]n|alguien|cualquier)\s+(employee|employees|empleado|empleada|empleados|trabajador|trabajadora|trabajadores|person|people|persona|personas|colleague|compañero|compañera)\b|\balguien\s+m[aá]s\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Others();

    // An email address, a GUID or an employee number in the question.
    [GeneratedRegex(@"[\w.+-]+@[\w-]+\.[\w.-]+|\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b|\b(employee|empleado|emp)\s*(#|no\.?|n[ºo°])?\s*\d{2,}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();

    // "John's salary", "Maria's payslip".
    [GeneratedRegex(@"\b(?!(January|February|March|April|May|June|July|August|September|October|November|December)['\u2019]s)\p{Lu}\p{Ll}+['\u2019]s\s+(pay|salary|payslip|net|gross|deductions|taxes|wage|wages|earnings|income)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishPossessive();

    // "la nómina de Juan", "cuánto cobra Pedro", "el sueldo de María".
    [GeneratedRegex(@"\b(?i:(n[oó]mina|sueldo|salario|neto|bruto|recibo|deducciones|irpf)\s+(de|del)\s+)(?!(?i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|n[oó]mina|seguridad)\b)\p{Lu}\p{Ll}+|\b(cobra|gana|percibe|cobr[oó]|gan[oó])\s+(el\s+|la\s+)?(?i:(?!(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b))\p{Lu}\p{Ll}+|\b(does|did|is)\s+(?!(January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}\p{Ll}+\s+(earn|make|get\s+paid|paid)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpanishNamed();
}
