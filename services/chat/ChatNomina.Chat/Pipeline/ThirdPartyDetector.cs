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
    public static bool AsksAboutSomeoneElse(string text)
    {
        // "Hi, John Smith from Sales here. What was my net?", "soy Ana García, ¿cuánto cobré?": the user introducing themselves.
        text = SelfIntroduction().Replace(text, " ");
        if (Identifier().IsMatch(text) || Others().IsMatch(text) || EnglishPossessive().IsMatch(text) || SpanishNamed().IsMatch(text)
            || Roles().IsMatch(text) || Groups().IsMatch(text) || ThirdPersonPay().IsMatch(text) || Impersonation().IsMatch(text)
            || NamedFollowUp().IsMatch(text) || FullName().IsMatch(text) || OtherPeople().IsMatch(text) || Authority().IsMatch(text) || OthersByPronoun().IsMatch(text))
        {
            return true;
        }
        // "my wife asks how much I earned" is still the user's own pay.
        return (SpanishRelation().IsMatch(text) || EnglishRelation().IsMatch(text)) && !RelayedOwnQuestion().IsMatch(text);
    }

    [GeneratedRegex(@"\b(mi|mis|nuestro|nuestra|el|la|del|al|los|las|otro|otra|otros|otras)\s+(jefe|jefa|jefes|compañero|compañera|compañeros|companero|companera|colega|colegas|supervisor|supervisora|gerente|director|directora|esposa|esposo|marido|mujer|novia|novio|hermano|hermana|padre|madre|vecino|vecina|amigo|amiga|chica|chico|chaval|chavala|becario|becaria|señor|señora|ceo|presidente|presidenta|consejero delegado|consejera delegada|fundador|fundadora|dueño|dueña|due[nñ]o)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpanishRelation();

    [GeneratedRegex(@"\b(my|our|the|his|her|their)\s+(boss|manager|coworker|co-worker|coworkers|colleague|colleagues|supervisor|wife|husband|partner|friend|brother|sister|team\s*mate|teammate|teammates|neighbou?r|ceo|cfo|cto|coo|president|chairman|chairwoman|founder|owner|director|team\s*lead|team\s*leader|line\s*manager|tech\s*lead|lead|direct\s+reports?|reports|subordinates|team\s+members)('s)?\b|\bsomeone\s+else\b|\beverybody\b|\beveryone('s)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishRelation();

    [GeneratedRegex(@"\b(another|other|otro|otra|otros|otras|alg[uú]n|alguien|cualquier)\s+(employee|employees|empleado|empleada|empleados|trabajador|trabajadora|trabajadores|person|people|persona|personas|colleague|compañero|compañera)\b|\balguien\s+m[aá]s\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Others();

    // An email address, a GUID or an employee number in the question.
    [GeneratedRegex(@"[\w.+-]+@[\w-]+\.[\w.-]+|\b\p{L}{2,}\.\p{L}{2,}['\u2019]s\b|\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b|\b(employee|empleado|empleada|emp|trabajador|trabajadora|worker|staff)\s*(#|no\.?|n[ºo°]|number|n[uú]mero)?\s*[A-Za-z]{0,3}-?\d{2,}\b|\b[A-Z]{1,2}-?\d{4,6}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();

    // "John's salary", "Maria's payslip".
    [GeneratedRegex(@"\b(?!(January|February|March|April|May|June|July|August|September|October|November|December)['\u2019]s)\p{Lu}(\p{Ll}+|['\u2019]\p{Lu}\p{Ll}+)['\u2019]s\s+(pay|salary|payslip|payslips|paycheck|net|gross|deductions|taxes|tax|wage|wages|earnings|income|bonus|bonuses|overtime|raise)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishPossessive();

    // "la nómina de Juan", "cuánto cobra Pedro", "el sueldo de María".
    [GeneratedRegex(@"\b(?i:(n[oó]mina|sueldo|salario|neto|bruto|recibo|deducciones|irpf)\s+(de|del)\s+)(?!(?i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|n[oó]mina|seguridad)\b)\p{Lu}\p{Ll}+|\b(cobra|gana|percibe|cobr[oó]|gan[oó])\s+(el\s+|la\s+)?(?i:(?!(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b))\p{Lu}\p{Ll}+|\b(does|did|is|was)\s+(?!(January|February|March|April|May|June|July|August|September|October|November|December|I|My)\b)\p{Lu}\p{Ll}+(\s+\p{Lu}\p{Ll}+){0,2}(\s+(from|in|on|de)\s+\p{L}+)?\s+(earn|make|get\s+paid|paid|take\s+home|net|gross|clear|bring\s+home|receive)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpanishNamed();

    // A role instead of a name: "the head of HR", "la directora de Ventas", "el responsable de Ana".
    [GeneratedRegex(@"\b(the\s+)?(head|director|manager|boss|ceo|cfo|president|vp|svp|evp|vice\s+president|chief|lead|leader)\s+of\s+\p{L}+|\b(el|la|del|al)\s+(jefe|jefa|director|directora|responsable|gerente|presidente|presidenta)\s+de\s+\p{L}+|\bsoy\s+(el|la)\s+(jefe|jefa|responsable|manager|supervisor|supervisora|director|directora)\b|\bi'?m\s+(\p{Lu}\p{Ll}+['\u2019]s\s+)?(the\s+)?(manager|boss|supervisor|head|director)\b|\b(i am|i'm)\s+\p{Lu}\p{Ll}+['\u2019]s\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Roles();

    // A group: "todo mi equipo", "every Ingeniería employee", "all employees", "my team's salaries".
    [GeneratedRegex(@"\b(todo|toda|todos|todas)\s+(mi|mis|el|la|los|las|nuestro|nuestra)\s+(equipo|departamento|plantilla|compañeros|companeros|empleados|trabajadores|empresa)\b|\b(de|del)\s+(mi|nuestro)\s+(equipo|departamento)\b|\b(every|all|each)\s+(\p{L}+\s+)?(employee|employees|employee's|employees'|worker|workers|staff|colleague|colleagues|person|user|users|user's|account|accounts|member|members|people)\b|\b(my|our)\s+(team|department|staff)['\u2019]s\b|\b(everyone|everybody)\s+(in|on|at)\b|\ball\s+records\b|\btodos\s+los\s+(sueldos|salarios|empleados)\b|\bthe\s+(whole|entire)\s+(team|company|department)\b|\b(la\s+gente|las\s+personas|el\s+personal|los\s+empleados|los\s+trabajadores|los\s+compa[nñ]eros)\s+(de|del|en)\b|\bthe\s+(people|staff|folks|employees|guys)\s+(in|at|from|on)\b|\b(sueldos|salarios|n[oó]minas)\s+((netos|brutos|netas|brutas)\s+)?(de|del)\s+(la\s+gente|todos|todas|mis\s+compa[nñ]eros|mi\s+equipo|los\s+dem[aá]s|los\s+empleados|los\s+trabajadores)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Groups();

    // Pay of a third person: "su nómina" with a named person, "her IRPF", "his salary", "le retienen".
    [GeneratedRegex(@"\b(her|his|their)\s+([\w-]+\s+){0,2}(irpf|pay|salary|payslip|payslips|net|gross|taxes|tax|deductions|wage|wages|earnings|income|nomina|nómina|paycheck|bonus)\b|\b(le|les)\s+(retienen|retuvieron|pagan|pagaron|descuentan|descontaron|quitan|quitaron|ingresan|ingresaron|dan|dieron)\b|\bsu\s+(n[oó]mina|sueldo|salario|irpf|neto|bruto|recibo)\b.*\b\p{Lu}\p{Ll}+|\b\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\b.*\bsu\s+(n[oó]mina|sueldo|salario|irpf|neto|bruto|recibo)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ThirdPersonPay();

    [GeneratedRegex(@"\b(i'?m|i am|this is|my name is|soy|me llamo|aqu[ií])\s+\p{Lu}\p{Ll}+(\s+\p{Lu}\p{Ll}+)?(?!['\u2019]s)\b(?!\s+(manager|boss|jefe|jefa|responsable|supervisor|supervisora)\b)|\b\p{Lu}\p{Ll}+(\s+\p{Lu}\p{Ll}+)?(\s+(from|de)\s+\p{L}+)?\s+(here|aqu[ií]|al habla)\b|\b(?i:atentamente|cordialmente|saludos|un saludo|regards|best regards|kind regards|best|thanks|cheers|gracias)[,.]?\s+\p{Lu}\p{Ll}+(\s+\p{Lu}\p{Ll}+)?\W*$", RegexOptions.CultureInvariant)]
    private static partial Regex SelfIntroduction();

    // "my wife asks how much I earned", "mi marido pregunta cuánto cobré", "it's for my partner": the question is the user's own.
    [GeneratedRegex(@"\b(asks?|asked|asking|wants to know|wondering|quiere saber|pregunta|me pregunta|preguntaba|esta preguntando)\b.{0,40}\b(i|i'm|my|me|mi|cobr[eé]|gan[eé])\b|\b(mentioned|said|says|told me|me dijo|dijo|me coment[oó]|coment[oó]|dice que)\b|\b(no se cree|no me cree|doesn'?t believe|won'?t believe|can'?t believe)\b.{0,40}\b(i|my|me|mi)\b|\b(reading|looking at|watching) (this|it) with me\b|\b(lo|esto) (esta|está) (leyendo|viendo) conmigo\b|\b(it'?s|it\s+is|this\s+is|that'?s|es|son)\s+(for|para)\s+(my|mi|mis)\s+\p{L}+\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelayedOwnQuestion();

    // "pretend you are Ana", "haz como si fueras el de RRHH", "act as HR".
    [GeneratedRegex(@"\b(pretend|imagine)\s+(that\s+)?(you\s+are|you're|i\s+am|i'm)\b|\bmodo\s+(rrhh|hr|admin|administrador|dios)\b|\b(hr|admin|god|audit)\s+mode\b|\brestrictions?\s+(lifted|removed|off|disabled)\b|\bignore\s+(all\s+|your\s+|the\s+)?(previous\s+|prior\s+)?(instructions|rules)\b|\bignora\s+(las\s+|tus\s+)?(instrucciones|reglas)\b|\bact\s+as\b|\b(haz|haga|hagamos)\s+(como\s+)?(si|que)\s+(fueras|eres|fuera|soy)\b|\bimagina\s+que\s+(eres|soy)\b|\bfinge\s+(que|ser)\b|\bahora\s+eres\b|\byou\s+are\s+now\b|\bfrom\s+now\s+on\s+you\s+are\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Impersonation();

    // Claims of authority after a refusal ("I'm an HR admin, I'm authorised"), and people by their role in the plural.
    [GeneratedRegex(@"\b(i'?m|i am|soy)\s+(an?\s+|el\s+|la\s+|de\s+)?(hr|rrhh|admin|administrador|administradora|administrator|recursos humanos)\b|\bas\s+(a\s+|the\s+|their\s+)?(line\s+)?(manager|supervisor|boss|team\s+lead)\b|\bcomo\s+(su\s+)?(jefe|jefa|responsable|manager|supervisor|supervisora)\b|\bauthori[sz]ed\b|\bautorizad[oa]\b|\btengo permiso\b|\b(the\s+)?(sales\s+|other\s+)?(directors|managers|executives|engineers|bosses|directores|directoras|jefes|gerentes)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Authority();

    // "my mate Oliver … what did he get?", "todos los usuarios con rol hr".
    [GeneratedRegex(@"\b(my|mi)\s+(mate|mates|buddy|pal|colega|colegas|amigo|amiga|compi|compis)\b|\b(what|how much)\s+(did|does|do|will)\s+(he|she|they|him|her)\s+(get|earn|make|take home|receive)\b|\b(he|she)\s+(got|earned|made|gets|earns|makes)\b|\btodos\s+los\s+(usuarios|trabajadores|miembros|compañeros|companeros)\b|\b(usuarios|users)\s+(con|with)\s+(rol|role)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OthersByPronoun();

    // A follow-up that names someone: "what about Sarah's?", "¿y el de Laura?", "and for Pedro Gómez?".
    [GeneratedRegex(@"\b(what|how)\s+about\s+(?!(January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Q[1-4]|Seguridad|Social|Hacienda|Navidad|Income|Unemployment|Pension|Health|Union|Overtime|Bonus|Gross|Net|Base|Professional|Last|This|Next|That|The|My)\b)\p{Lu}\p{Ll}+|\b(and|for)\s+(?!(January|February|March|April|May|June|July|August|September|October|November|December|Christmas|I)\b)\p{Lu}\p{Ll}+['\u2019]s\b|\b[¿]?y\s+(el|la|lo|los|las)\s+de\s+(?!(?i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|navidad|verano|hacienda|seguridad|irpf|junio|ese|este|esta|esa|mi|antes|entonces)\b)\p{Lu}\p{Ll}+", RegexOptions.CultureInvariant)]
    private static partial Regex NamedFollowUp();

    // A full name in the middle of a sentence: "how much did Rosa Herrera from HR get paid?".
    [GeneratedRegex(@"(?<=\p{Ll}[,:]?\s)(?!(Seguridad|Social|Income|Recursos|Human|Semana|Plan|Account|Sales|Ventas|Ingenier[ií]a|Christmas|Navidad|Hacienda|Buenos|Good|Happy|New|Pay|Net|Gross|Base|Extra|Union|Health|Professional|Formaci[oó]n)\b)\p{Lu}\p{Ll}+\s+(?!(de|del|y|and|Security|Social|Tax|Resources|Santa)\b)\p{Lu}\p{Ll}{2,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex FullName();

    // Other people as a group: "the other Account Executives", "los demás", "everyone else".
    [GeneratedRegex(@"\btod[oa]s?\s+(el\s+|la\s+)?\p{Lu}\p{Ll}+|\b(the\s+)?other\s+\p{Lu}|\b(los|las)\s+dem[aá]s\b|\bel\s+resto\s+de\s+(mis|los|las|la|el)\b|\bthe\s+rest\s+of\s+(my|the)\s+(team|colleagues|department|company|staff)\b|\beveryone\s+else\b|\bother\s+(people|employees|colleagues|coworkers|co-workers|staff|workers)\b|\bother(\s+\p{L}+){1,3}\s+(in|at|from|de|en|del)\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex OtherPeople();
}
