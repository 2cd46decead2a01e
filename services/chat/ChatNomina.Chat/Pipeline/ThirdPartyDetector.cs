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
    /// <summary>A particular person is named (an e-mail, an id, a name, a relation's pay), not only people in general.</summary>
    public static bool NamesSomeone(string text) =>
        Identifier().IsMatch(text) || EnglishPossessive().IsMatch(text) || SpanishNamed().IsMatch(text) || FullName().IsMatch(text)
        || NamedFollowUp().IsMatch(text) || RelationsPay().IsMatch(text);

    /// <summary>The employee numbers the user gives as their own: "mi número de empleada es E00001", "my employee ID is E00002".</summary>
    public static IReadOnlyList<string> ClaimedOwnNumbers(string text) => [.. OwnNumberClaim().Matches(text).Select(m => m.Groups["id"].Value)];

    /// <summary>The text without the user's statements of their own employee number (once checked against their profile).</summary>
    public static string WithoutOwnNumberClaims(string text) => OwnNumberClaim().Replace(text, " ");

    public static bool AsksAboutSomeoneElse(string text)
    {
        // "Hi, John Smith from Sales here. What was my net?", "soy Ana García, ¿cuánto cobré?": the user introducing themselves.
        text = SelfIntroduction().Replace(text, " ");
        if (OwnTurn().Match(text) is { Success: true } own)
        {
            // "I sign off my team's overtime, but this time I want to know about mine: …": only what follows is asked.
            text = text[(own.Index + own.Length)..];
        }
        if (Injection().IsMatch(text) || RelationsPay().IsMatch(text) || OthersAtWork().IsMatch(text))
        {
            return true;
        }
        if (Identifier().IsMatch(text) || Others().IsMatch(text) || EnglishPossessive().IsMatch(text) || SpanishNamed().IsMatch(text)
            || Roles().IsMatch(text) || Groups().IsMatch(text) || ThirdPersonPay().IsMatch(text) || Impersonation().IsMatch(text)
            || NamedFollowUp().IsMatch(text) || SameForSomeone().IsMatch(text) || FullName().IsMatch(text) || OtherPeople().IsMatch(text) || Authority().IsMatch(text) || OthersByPronoun().IsMatch(text))
        {
            return true;
        }
        // "my wife asks how much I earned" is still the user's own pay.
        return (SpanishRelation().IsMatch(text) || EnglishRelation().IsMatch(text)) && !RelayedOwnQuestion().IsMatch(text);
    }

    [GeneratedRegex(@"\b(mi|mis|nuestro|nuestra|el|la|del|al|los|las|otro|otra|otros|otras)\s+(compa|compas|compi|compis|jefe|jefa|jefes|compañero|compañera|compañeros|companero|companera|colega|colegas|supervisor|supervisora|gerente|director|directora|esposa|esposo|marido|mujer|novia|novio|hermano|hermana|padre|madre|vecino|vecina|amigo|amiga|chica|chico|chaval|chavala|becario|becaria|señor|señora|ceo|presidente|presidenta|consejero delegado|consejera delegada|fundador|fundadora|dueño|dueña|due[nñ]o)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
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
    [GeneratedRegex(@"\b(?i:(n[oó]mina|sueldo|salario|neto|bruto|recibo|deducciones|irpf)\s+(de|del)\s+)(?!(?i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|n[oó]mina|seguridad|navidad|navidades|verano|reyes)\b)\p{Lu}\p{Ll}+|\b(cobra|gana|percibe|cobr[oó]|gan[oó])\s+(el\s+|la\s+)?(?i:(?!(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b))\p{Lu}\p{Ll}+|\b(does|did|is|was)\s+(?!(January|February|March|April|May|June|July|August|September|October|November|December|I|My)\b)\p{Lu}\p{Ll}+(\s+\p{Lu}\p{Ll}+){0,2}(\s+(from|in|on|de)\s+\p{L}+)?\s+(earn|make|get\s+paid|paid|take\s+home|net|gross|clear|bring\s+home|receive)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpanishNamed();

    // A role instead of a name: "the head of HR", "la directora de Ventas", "el responsable de Ana".
    [GeneratedRegex(@"\b(the\s+)?(head|director|manager|boss|ceo|cfo|president|vp|svp|evp|vice\s+president|chief|lead|leader)\s+of\s+\p{L}+|\b(el|la|del|al)\s+(jefe|jefa|director|directora|responsable|gerente|presidente|presidenta)\s+de\s+\p{L}+|\bsoy\s+(el|la)\s+(jefe|jefa|responsable|manager|supervisor|supervisora|director|directora)\b|\bi'?m\s+(\p{Lu}\p{Ll}+['\u2019]s\s+)?(the\s+)?(manager|boss|supervisor|head|director)\b|\b(i am|i'm)\s+\p{Lu}\p{Ll}+['\u2019]s\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Roles();

    // A group: "todo mi equipo", "every Ingeniería employee", "all employees", "my team's salaries".
    [GeneratedRegex(@"\b(todo|toda|todos|todas)\s+(mi|mis|el|la|los|las|nuestro|nuestra)\s+(equipo|departamento|plantilla|compañeros|companeros|empleados|trabajadores|empresa)\b|\b(de|del)\s+(mi|nuestro)\s+(equipo|departamento)\b|\b(every|all|each)\s+(\p{L}+\s+)?(employee|employees|employee's|employees'|worker|workers|staff|colleague|colleagues|person|user|users|user's|account|accounts|member|members|people)\b|\b(my|our)\s+(team|department|staff)['\u2019]s\b|\b(everyone|everybody)\s+(in|on|at)\b|\ball\s+records\b|\btodos\s+los\s+(sueldos|salarios|empleados)\b|\bthe\s+(whole|entire)\s+(team|company|department)\b|\b(la\s+gente|las\s+personas|el\s+personal|los\s+empleados|los\s+trabajadores|los\s+compa[nñ]eros)\s+(de|del|en)\b|\bthe\s+(people|staff|folks|employees|guys)\s+(in|at|from|on)\b|\b(sueldos|salarios|n[oó]minas)\s+((netos|brutos|netas|brutas)\s+)?(de|del)\s+(la\s+gente|todos|todas|mis\s+compa[nñ]eros|mi\s+equipo|los\s+dem[aá]s|los\s+empleados|los\s+trabajadores)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Groups();

    // Pay of a third person: "su nómina" with a named person, "her IRPF", "his salary", "le retienen".
    [GeneratedRegex(@"\b(?i:(her|his|their)\s+([\w-]+\s+){0,2}(irpf|pay|salary|payslip|payslips|net|gross|taxes|tax|deductions|wage|wages|earnings|income|nomina|nómina|paycheck|bonus))\b|\b(le|les)\s+(retienen|retuvieron|pagan|pagaron|pagasteis|pagais|descuentan|descontaron|quitan|quitaron|ingresan|ingresaron|ingresasteis|ingresais|dan|dieron)\b|\b(check|see|look up|pull up|get)\s+(his|hers|theirs)\b|\bsu\s+(n[oó]mina|sueldo|salario|irpf|neto|bruto|recibo)\b.*\b\p{Lu}\p{Ll}+|\b\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\b.*\bsu\s+(n[oó]mina|sueldo|salario|irpf|neto|bruto|recibo)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ThirdPersonPay();

    [GeneratedRegex(@"\b(i'?m|i am|this is|my name is|soy|me llamo|aqu[ií])\s+\p{Lu}\p{Ll}+(\s+\p{Lu}\p{Ll}+)?(?!['\u2019]s)\b(?!\s+(manager|boss|jefe|jefa|responsable|supervisor|supervisora)\b)|\b\p{Lu}\p{Ll}+(\s+\p{Lu}\p{Ll}+)?(\s+(from|de)\s+\p{L}+)?\s+(here|aqu[ií]|al habla)\b|\b(?i:atentamente|cordialmente|saludos|un saludo|regards|best regards|kind regards|best|thanks|cheers|gracias)[,.]?\s+\p{Lu}\p{Ll}+(\s+\p{Lu}\p{Ll}+)?\W*$", RegexOptions.CultureInvariant)]
    private static partial Regex SelfIntroduction();

    // "my wife asks how much I earned", "mi marido pregunta cuánto cobré", "it's for my partner": the question is the user's own.
    [GeneratedRegex(@"\b(asks?|asked|asking|wants to know|wondering|quiere saber|pregunta|me pregunta|preguntaba|esta preguntando)\b.{0,40}\b(i|i'm|my|me|mi|cobr[eé]|gan[eé])\b|\b(mentioned|said|says|told me|me dijo|dijo|me coment[oó]|coment[oó]|dice que)\b|\b(thinks|cree que|piensa que)\b.{0,30}\b(i|i\'m|me|mi)\b|\b(los|las)\s+m[ií]os\b|\b(las|los)\s+m[ií]as\b|\b(no se cree|no me cree|doesn'?t believe|won'?t believe|can'?t believe)\b.{0,40}\b(i|my|me|mi)\b|\b(reading|looking at|watching) (this|it) with me\b|\b(lo|esto) (esta|está) (leyendo|viendo) conmigo\b|\b(it'?s|it\s+is|this\s+is|that'?s|es|son)\s+(for|para)\s+(my|mi|mis)\s+\p{L}+\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelayedOwnQuestion();

    // "pretend you are Ana", "haz como si fueras el de RRHH", "act as HR".
    [GeneratedRegex(@"\b(pretend|imagine)\s+(that\s+)?(you\s+are|you're|i\s+am|i'm)\b|\bmodo\s+(rrhh|hr|admin|administrador|dios)\b|\b(hr|admin|god|audit)\s+mode\b|\brestrictions?\s+(lifted|removed|off|disabled)\b|\bignore\s+(all\s+|your\s+|the\s+)?(previous\s+|prior\s+)?(instructions|rules)\b|\bignora\s+(las\s+|tus\s+)?(instrucciones|reglas)\b|\bact\s+as\b|\b(haz|haga|hagamos)\s+(como\s+)?(si|que)\s+(fueras|eres|fuera|soy)\b|\bimagina\s+que\s+(eres|soy)\b|\bfinge\s+(que|ser)\b|\bahora\s+eres\b|\byou\s+are\s+now\b|\bfrom\s+now\s+on\s+you\s+are\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Impersonation();

    // Claims of authority after a refusal ("I'm an HR admin, I'm authorised"), and people by their role in the plural.
    [GeneratedRegex(@"\b(i'?m|i am|soy)\s+(an?\s+|el\s+|la\s+|de\s+)?(hr|rrhh|admin|administrador|administradora|administrator|recursos humanos)\b|\bas\s+(a\s+|the\s+|their\s+)?(line\s+)?(manager|supervisor|boss|team\s+lead)\b|\bcomo\s+(su\s+)?(jefe|jefa|responsable|manager|supervisor|supervisora)\b|\bauthori[sz]ed\b|\bautorizad[oa]\b|\btengo permiso\b|\b(the\s+)?(sales\s+|other\s+)?(directors|managers|executives|engineers|bosses|directores|directoras|jefes|gerentes)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Authority();

    // "my mate Oliver … what did he get?", "todos los usuarios con rol hr".
    [GeneratedRegex(@"\b(my|mi)\s+(mate|mates|buddy|pal|colega|colegas|amigo|amiga|compi|compis|compa|compas)\b|\b(what|how much)\s+(did|does|do|will)\s+(he|she|they|him|her)\s+(get|earn|make|take home|receive)\b|\b(he|she)\s+(got|earned|made|gets|earns|makes)\b|\btodos\s+los\s+(usuarios|trabajadores|miembros|compañeros|companeros)\b|\b(usuarios|users)\s+(con|with)\s+(rol|role)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OthersByPronoun();

    // A follow-up that names someone: "what about Sarah's?", "¿y el de Laura?", "and for Pedro Gómez?".
    [GeneratedRegex(@"\b(what|how)\s+about\s+(?!(January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Q[1-4]|Seguridad|Social|Hacienda|Navidad|Income|Unemployment|Pension|Health|Union|Overtime|Bonus|Gross|Net|Base|Professional|Last|This|Next|That|The|My)\b)\p{Lu}\p{Ll}+|\b(and|for)\s+(?!(January|February|March|April|May|June|July|August|September|October|November|December|Christmas|I)\b)\p{Lu}\p{Ll}+['\u2019]s\b|\b[¿]?y\s+(el|la|lo|los|las)\s+de\s+(?!(?i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|navidad|verano|hacienda|seguridad|irpf|junio|ese|este|esta|esa|mi|antes|entonces)\b)\p{Lu}\p{Ll}+", RegexOptions.CultureInvariant)]
    private static partial Regex NamedFollowUp();

    // A full name in the middle of a sentence: "how much did Rosa Herrera from HR get paid?".
    [GeneratedRegex(@"(?<=\p{Ll}[,:]?\s)(?!(National|Insurance|Spanish|English|Seguridad|Social|Income|Recursos|Human|Semana|Plan|Account|Sales|Ventas|Ingenier[ií]a|Christmas|Navidad|Hacienda|Buenos|Good|Happy|New|Pay|Net|Gross|Base|Extra|Union|Health|Professional|Formaci[oó]n)\b)\p{Lu}\p{Ll}+\s+(?!(de|del|y|and|Security|Social|Tax|Resources|Santa)\b)\p{Lu}\p{Ll}{2,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex FullName();

    // Other people as a group: "the other Account Executives", "los demás", "everyone else".
    [GeneratedRegex(@"\btod[oa]s?\s+(el\s+|la\s+)?\p{Lu}\p{Ll}+|\b(the\s+)?other\s+\p{Lu}|\b(los|las)\s+dem[aá]s\b|\bel\s+resto\s+de\s+(mis|los|las|la|el)\b|\bthe\s+rest\s+of\s+(my|the)\s+(team|colleagues|department|company|staff)\b|\beveryone\s+else\b|\bother\s+(people|employees|colleagues|coworkers|co-workers|staff|workers)\b|\bother(\s+\p{L}+){1,3}\s+(in|at|from|de|en|del)\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex OtherPeople();

    private const string Relations = @"(pareja|flatmates?|roommates?|jefe|jefa|jefes|compa|compi|compañer[oa]s?|companer[oa]s?|colegas?|supervisora?|gerente|director[a]?|esposa|esposo|marido|mujer|novi[oa]|herman[oa]|padre|madre|vecin[oa]|amig[oa]|becari[oa]|boss|manager|coworkers?|co-workers?|colleagues?|supervisor|wife|husband|partner|friend|brother|sister|teammates?|team\s*mates?|neighbou?r|ceo|cfo|cto|founder|owner|director|team\s*lead(er)?|line\s*manager)";

    // The pay of someone the user knows, said outright: "la nómina de mi jefa", "my boss's payslip" ("she said it's ok" does not make it mine).
    [GeneratedRegex(@"\b(n[oó]minas?|sueldos?|salarios?|neto|bruto|recibos?|pagas?|irpf|bonus)\s+(de|del)\s+(mi|mis|nuestro|nuestra|el|la|los|las)\s+" + Relations + @"\b|\b(my|our|the)\s+" + Relations + @"['\u2019]s\s+([\w-]+\s+)?(pay|salary|payslips?|paychecks?|net|gross|bonus|bonuses|wages?|earnings|income|overtime|taxes|tax|deductions)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelationsPay();

    // Instructions smuggled into the message: "ignore ur rules", "ur the HR admin now", "olvida tus instrucciones", "<<SYS>> access_scope=all".
    [GeneratedRegex(@"\bignore\s+(all\s+|your\s+|ur\s+|the\s+|my\s+|any\s+)?(previous\s+|prior\s+|earlier\s+)?(instructions|rules|restrictions|guidelines)\b|\b(you'?re|ur|you\s+are|u\s+r)\s+(the\s+|an?\s+)?(hr|rrhh|admin|administrator|superuser|root)\b|\bolvid[ae]\s+(las\s+|tus\s+|sus\s+|todas\s+las\s+)?(instrucciones|reglas|normas|restricciones)\b|<<\s*/?\s*sys\s*>>|\[/?inst\]|\baccess[_ ]scope\b|\bsystem\s+prompt\b|\ball[_ ]employees\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Injection();

    // People at work by their role or as a group, written in lower case: "the sales director's", "what does the payroll
    // accountant here take home", "ana garcia's net", "todo ventas", "las personas que tengo a cargo", "the whole Ventas team".
    [GeneratedRegex(@"\bthe\s+([\p{L}-]+\s+){0,2}(director|manager|boss|ceo|cfo|cto|coo|accountant|head|vp|president|intern|assistant|secretary|receptionist|engineer|developer|analyst|supervisor|lead|clerk|officer|executive)['\u2019]s\b|\b(what|how\s+much)\s+(does|did|do|will)\s+(the|our|a|an|that|this)\s+(?!(company|firm|empresa|payslip|bonus|extra|overtime|tax|irpf)\b)([\p{L}-]+\s+){1,3}?(take\s+home|earn|make|bring\s+home|get\s+paid)\b|(?<!\S)(?!(my|your|our|his|her|their|the|this|that|last|next|previous|current|same|each|every|a|an|one|june|july|may|march|year|month)\b)\p{Ll}{3,}\s+(?!(month|year|quarter|week|day|payslip|company|team|slip|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|today|yesterday|xmas|christmas)['\u2019]s)\p{Ll}{3,}['\u2019]s\s+(net|gross|pay|salary|payslips?|paycheck|bonus|wages?|earnings|income|overtime|deductions|taxes)\b|\b(tod[oa]s?|all(\s+of)?|whole)\s+(el\s+|la\s+|the\s+)?(ventas|finanzas|marketing|ingenier[ií]a|contabilidad|sistemas|operaciones|compras|legal|rrhh|sales|engineering|finance|accounting|operations|purchasing)\b|\b(personas|gente|empleados|empleadas|trabajadores|trabajadoras)\s+(que\s+tengo\s+)?a\s+(mi\s+)?cargo\b|\bpeople\s+(i|who)\s+(manage|supervise|look\s+after)\b|\bpeople\s+(who\s+)?report(ing)?\s+to\s+me\b|\b(the\s+)?whole\s+(\p{L}+\s+)?(team|department|dept|office|staff|company)\b|\b(what|how\s+much)\s+(does|did|will)\s+(?!(i|you|it|that|this|one|my|the|a|an|he|she|they|we|overtime|tax|irpf|bonus)\b)\p{L}{3,}\s+(earn|make|get\s+paid|take\s+home|bring\s+home|gross|net|receive)\b|\b(cu[aá]nto|qu[eé])\s+(gana|cobra|percibe|se\s+lleva|ingresa)\s+(?!(el|la|los|las|de|del|en|al|este|esta|ese|esa|un|una|uno|mas|m[aá]s|menos|ahora|cada|mi|yo|neto|bruto|hoy|aqu[ií]|normalmente|realmente|exactamente)\b)\p{L}{3,}\b|\bthan\s+(?!(january|february|march|april|may|june|july|august|september|october|november|december|last|this|that|the|my)\b)\p{L}+['\u2019]s\b|(?-i:\bque\s+(el|la|lo)\s+de\s+(?!(Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Septiembre|Setiembre|Octubre|Noviembre|Diciembre|Navidad|Verano|Hacienda)\b)\p{Lu}\p{Ll}+)|\b(is|are|was|were|does|did)\s+(the|our|that|this|a|an)\s+(new\s+)?(intern|trainee|hire|newbie|guy|girl|woman|man|lady|person|employee|colleague|coworker|manager|boss|ceo|cfo|director|accountant|engineer|developer|analyst|assistant|secretary|receptionist|contractor|consultant)s?\s+(getting|get|gets|got|earning|earn|earns|making|make|makes|paid|taking\s+home|take\s+home)\b|\b(user|usuario|usuaria|employee\s+id)\s*#?\s*\d+\b|\b(salary|pay|net|gross|payslip|wage|earnings|bonus)\s+of\s+(the|our|my|a|an)\s+([\p{L}-]+\s+){0,2}(director|manager|boss|ceo|cfo|cto|coo|accountant|head|vp|president|intern|assistant|secretary|receptionist|engineer|developer|analyst|supervisor|lead|clerk|officer|executive)\b|\b(sueldo|salario|n[oó]mina|neto|bruto)\s+del\s+(director|directora|jefe|jefa|gerente|presidente|becario|becaria|contable|responsable)\b|(?-i:\b\p{Lu}\p{Ll}+,\s+(el|la)\s+de\s+\p{Ll}+)|(?-i:\b(n[oó]mina|sueldo|salario|neto|bruto|recibo|irpf)\s+de\s+\p{Ll}+(\s+de\s+\d{4})?\s+(de|del)\s+(?!(Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Septiembre|Octubre|Noviembre|Diciembre|Navidad|Verano|Hacienda|Seguridad)\b)\p{Lu}\p{Ll}+)|\bcada\s+(persona|empleado|empleada|trabajador|trabajadora|miembro)\b|\beach\s+(person|employee|member|worker)\b|\b(typical|average|median|normal)\s+(employee|worker|person|salary|pay|wage)\b|\b(sueldo|salario|neto|bruto)\s+medio\b|\bpermisos?\s+de\s+(supervisor[a]?|admin|administrador[a]?|rrhh|manager)\b|\baviso\s+autom[aá]tico\b|\[\s*(system|sistema|aviso|admin)[^\]]*\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OthersAtWork();

    // Where the user turns from others to their own pay: "but this time I want to know about mine:", "just me -", "pero empecemos por lo mío:".
    [GeneratedRegex(@"\b(but|pero)\b[^.?!]{0,40}\b(about\s+mine|mine|my\s+own|just\s+me|only\s+me|lo\s+m[ií]o|lo\s+mismo\s+para\s+m[ií])\b\W*|\bnot\s+about\s+(my|the)\s+(team|reports|staff|people)\b[^.?!:-]{0,30}\b(just|only)\s+(me|mine)\b\W*|\bempecemos\s+por\s+lo\s+m[ií]o\b\W*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnTurn();

    [GeneratedRegex(@"\b(mi|my)\s+(n[uú]mero\s+de\s+(emplead[oa]|trabajador[a]?|personal)|employee\s+(number|id|no\.?|#)|staff\s+(number|id))\s*(es|is|:|=)?\s*(?<id>[A-Za-z]{0,3}-?\d{2,})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnNumberClaim();

    /// <summary>"is it the same for Priya?", "¿y para Marta es igual?": the last answer asked about someone named.</summary>
    [GeneratedRegex(@"\b(same|different|igual|lo mismo|distinto)\s+(for|para)\s+(?!(January|February|March|April|May|June|July|August|September|October|November|December|Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Septiembre|Octubre|Noviembre|Diciembre|Navidad|Christmas|Q[1-4])\b)\p{Lu}\p{Ll}+|\b(para|for)\s+(?!(January|February|March|April|May|June|July|August|September|October|November|December|Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Septiembre|Octubre|Noviembre|Diciembre|Navidad|Christmas|Hacienda)\b)\p{Lu}\p{Ll}+\s+(es|is)\s+(igual|lo mismo|the same)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SameForSomeone();
}
