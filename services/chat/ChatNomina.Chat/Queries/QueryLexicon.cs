using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ChatNomina.Chat.Queries;

/// <summary>
/// The words of payroll questions, es and en, matched on folded text (lower case, no accents):
/// measures, operations, periods. One place for the vocabulary of nlu.md v2; the parser decides
/// what a combination means.
/// </summary>
public static partial class QueryLexicon
{
    /// <summary>Lower case without accents ("Nómina" → "nomina"); same length as the input for BMP text.</summary>
    /// <summary>Chat spellings, folded: "xq" is "por que", "q" is "que", "d" is "de", "u" is "you".</summary>
    private static readonly (Regex Pattern, string With)[] Spellings =
    [
        (new Regex(@"\b(xq|pq|porq|xk|pk)\b", RegexOptions.CultureInvariant | RegexOptions.Compiled), "por que"),
        (new Regex(@"\b(q|k|ke)\b", RegexOptions.CultureInvariant | RegexOptions.Compiled), "que"),
        (new Regex(@"\bd\b(?=\s+\p{L})", RegexOptions.CultureInvariant | RegexOptions.Compiled), "de"),
        (new Regex(@"\b(tb|tmb|tbn)\b", RegexOptions.CultureInvariant | RegexOptions.Compiled), "tambien"),
        (new Regex(@"\bpa\b", RegexOptions.CultureInvariant | RegexOptions.Compiled), "para"),
        (new Regex(@"\bkuant([oa])\b", RegexOptions.CultureInvariant | RegexOptions.Compiled), "cuant$1"),
        (new Regex(@"\bu\b", RegexOptions.CultureInvariant | RegexOptions.Compiled), "you"),
        (new Regex(@"\bur\b", RegexOptions.CultureInvariant | RegexOptions.Compiled), "your"),
        (new Regex(@"\bwat\b", RegexOptions.CultureInvariant | RegexOptions.Compiled), "what"),
        (new Regex(@"\byrs\b", RegexOptions.CultureInvariant | RegexOptions.Compiled), "years"),
        (new Regex(@"\byr\b", RegexOptions.CultureInvariant | RegexOptions.Compiled), "year"),
        (new Regex(@"\bhw\b", RegexOptions.CultureInvariant | RegexOptions.Compiled), "how"),
        (new Regex(@"\bpasao\b", RegexOptions.CultureInvariant | RegexOptions.Compiled), "pasado"),
        (new Regex(@"(?<=\bun[oa] )x(?= un[oa]\b)", RegexOptions.CultureInvariant | RegexOptions.Compiled), "por"),
        (new Regex(@"(?<=\b[1-4])\s*[ºª°]", RegexOptions.CultureInvariant | RegexOptions.Compiled), "o"),
    ];

    /// <summary>Folded text with chat spellings written out and misspelt payroll words corrected: what the parser reads.</summary>
    public static string Normalize(string text)
    {
        var f = Fold(NationalInsurance().Replace(text, "national insurance"));
        foreach (var (pattern, with) in Spellings)
        {
            f = pattern.Replace(f, with);
        }
        f = WrittenDates(f);
        return Words().Replace(f, m => Correct(m.Value));
    }

    private static readonly string[] SpanishMonths =
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

    private static readonly Dictionary<string, int> Units = new(StringComparer.Ordinal)
    {
        ["un"] = 1, ["uno"] = 1, ["one"] = 1, ["dos"] = 2, ["two"] = 2, ["tres"] = 3, ["three"] = 3, ["cuatro"] = 4, ["four"] = 4,
        ["cinco"] = 5, ["five"] = 5, ["seis"] = 6, ["six"] = 6, ["siete"] = 7, ["seven"] = 7, ["ocho"] = 8, ["eight"] = 8,
        ["nueve"] = 9, ["nine"] = 9,
    };

    /// <summary>Years and months written as words or numbers, as digits and month names: "dos mil veinticinco" and "twenty
    /// twenty-five" → 2025, "del veinticuatro" → "del 24", "03/2025" and "2025-03" → "marzo 2025", "el mes 6" → "junio".</summary>
    public static string WrittenDates(string f)
    {
        f = SpanishYearWords().Replace(f, m => (2000 + TwoDigitWords(m.Groups["n"].Value)).ToString(CultureInfo.InvariantCulture));
        f = EnglishYearWords().Replace(f, m => (m.Groups["teen"].Value == "nineteen" ? 2019
            : 2020 + (m.Groups["u"].Success ? Units[m.Groups["u"].Value] : 0)).ToString(CultureInfo.InvariantCulture));
        f = ShortYearWords().Replace(f, m => $"{m.Groups["p"].Value} {TwoDigitWords(m.Groups["n"].Value)}");
        f = MonthSlashYear().Replace(f, m => $"{SpanishMonths[int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) - 1]} {m.Groups["y"].Value}");
        f = YearDashMonth().Replace(f, m => $"{SpanishMonths[int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) - 1]} {m.Groups["y"].Value}");
        return MonthNumber().Replace(f, m => SpanishMonths[int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) - 1]);
    }

    /// <summary>"veinticinco" → 25, "veinte" → 20, "diecinueve" → 19.</summary>
    private static int TwoDigitWords(string w) =>
        w == "veinte" ? 20 : w == "diecinueve" ? 19 : w.StartsWith("veinti", StringComparison.Ordinal) ? 20 + Units.GetValueOrDefault(w[6..], 0) : 0;

    [GeneratedRegex(@"\bNI\b")]
    private static partial Regex NationalInsurance();

    [GeneratedRegex(@"\bdos mil (?<n>veinte|veinti(uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)|diecinueve)\b")]
    private static partial Regex SpanishYearWords();

    [GeneratedRegex(@"\b(twenty|two thousand( and)?) (?<teen>nineteen|twenty)([- ](?<u>one|two|three|four|five|six|seven|eight|nine))?\b")]
    private static partial Regex EnglishYearWords();

    [GeneratedRegex(@"\b(?<p>del|de|of) (?<n>veinte|veinti(uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve))\b(?! (euros?|dias|horas|anos|meses|por))")]
    private static partial Regex ShortYearWords();

    [GeneratedRegex(@"\b(?<m>0?[1-9]|1[0-2])\s*[/.-]\s*(?<y>(19|20)\d{2})\b")]
    private static partial Regex MonthSlashYear();

    [GeneratedRegex(@"\b(?<y>(19|20)\d{2})\s*[/-]\s*(?<m>0?[1-9]|1[0-2])\b(?!\s*[/.-]\s*\d)")]
    private static partial Regex YearDashMonth();

    [GeneratedRegex(@"\b(el )?mes (numero |n(o|º) ?)?(?<m>0?[1-9]|1[0-2])\b(?!\s*(de|del)? ?(dias|meses|anos|euros))")]
    private static partial Regex MonthNumber();

    /// <summary>The payroll words a typo is corrected to ("deduciones", "unemployement", "seguirdad").</summary>
    private static readonly string[] Vocabulary =
    [
        "deducciones", "retencion", "retenciones", "seguridad", "desempleo", "formacion", "profesional", "pensiones", "sindical",
        "antiguedad", "extraordinaria", "incentivos", "nomina", "nominas", "salario", "sueldo", "trimestre", "semestre", "desglose",
        "deductions", "deduction", "withheld", "withholding", "unemployment", "training", "professional", "pension", "insurance",
        "seniority", "overtime", "payslip", "paycheck", "salary", "quarter", "social", "breakdown", "security", "department", "departamento",
        "position", "bonuses", "incentive", "gross", "bruto", "neto", "highest", "lowest",
    ];

    /// <summary>Words a correction must leave alone (near a payroll word, but words of their own).</summary>
    private static readonly HashSet<string> Keep = new(StringComparer.Ordinal)
    {
        "reduction", "reductions", "raining", "retention", "question", "positive", "session",
        "permission", "passion", "saludo", "saludos", "salida", "semana", "semanas", "segundo", "segunda", "sueldos",
        "nominal", "formation", "deduccion", "retenido", "retenida", "grosso", "brutal", "netos", "brutos", "lowered", "highlights",
    };

    private static string Correct(string word)
    {
        if (word.Length < 6 || Keep.Contains(word) || Vocabulary.Contains(word) || MonthWords.ContainsKey(word))
        {
            return word;
        }
        var limit = word.Length >= 9 ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var v in Vocabulary)
        {
            if (Math.Abs(v.Length - word.Length) > limit)
            {
                continue;
            }
            var d = Distance(v, word);
            if (d <= limit && d < bestDistance)
            {
                (best, bestDistance) = (v, d);
            }
        }
        return best ?? word;
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();

    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsSurrogate(c))
            {
                sb.Append(c);
                continue;
            }
            var d = c.ToString().Normalize(NormalizationForm.FormD);
            var kept = d.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(d[0]) != UnicodeCategory.NonSpacingMark ? d[0] : c;
            sb.Append(char.ToLowerInvariant(kept));
        }
        return sb.ToString();
    }

    /// <summary>A measure word and whether it names the measure outright (strong) or only suggests it.</summary>
    /// <summary>A measure's words; a weak cue ("me retuvieron") gives way to a more precise measure in the same message.</summary>
    public sealed record MeasureCue(Regex Pattern, string Measure, bool Weak = false);

    private const RegexOptions Opts = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private static MeasureCue Cue(string pattern, string measure, bool weak = false) => new(new Regex(pattern, Opts), measure, weak);

    /// <summary>Strong measure words, most specific first (a span taken by one is not read again).</summary>
    public static readonly IReadOnlyList<MeasureCue> Strong =
    [
        // Phrases that contain another measure's word come first.
        Cue(@"\bgross[- ]to[- ]net\b|\b(del |de )?bruto (al|a) neto\b", Measures.Payslip),
        Cue(@"\b(me quedo en (la|mi) cuenta|left over for me|what was left over|what i was left with|lo que me quedo limpio|aftr tax(es)?|after tax(es)?|(once|after) (everything|it all|all that|the deductions) (came|comes|come|was taken|is taken|were taken) off|pocket(ed)?|despues de (impuestos|deducciones|descuentos|retenciones)|after (all )?(the )?deductions|(ya )?con (los|las) (descuentos|deducciones|retenciones)( aplicad[oa]s)?|take[- ]?home|took home|what'?s left( over)?( after)?|after all that|what (actually )?(reached|hit|landed in|went into) my (bank )?account|lo que (me )?(llego|entro) (a|en) (mi|la) cuenta|en limpio|(me )?quedo limpio|limpio|liquido|net(o|os|a)?( pay)?)\b", Measures.Net),
        Cue(@"\bearnings\b|\bdevengos\b|\bpercepciones\b", Measures.Gross, weak: true),
        Cue(@"\b(total devengado|devengado|before (anything|any deductions?|everything|any of it) (is |was |gets |got |are |were )?(deducted|taken( off| out)?)|before (deductions|tax(es)?)|pre-?tax|antes de (impuestos|deducciones|retenciones|descuentos)|brut(o|os|a)|gross(ing)?|gros|grss|groos|grose)\b", Measures.Gross),
        Cue(@"\btotal a deducir\b|\btotal (de )?(deducciones|descuentos|retenciones)\b|\b(total )?deductions? total\b|\btotal deductions?\b|\bdeducciones totales\b", Measures.TotalDeductions),
        Cue(@"\bhoras? extra(s|ordinarias?)?\b|\bover ?time\b|\bot\b|\bextra hours\b|\bhoras de mas\b|\bme quede hasta tarde\b|\bstayed late\b", Measures.Earning("overtime")),
        Cue(@"\b(pagan|pagaron|dan|dieron|pagado)\s+(por|de)\s+(los|mis)\s+anos\s+(que llevo|de antiguedad)\b|\b(paid|pay|get|got) (me )?for (my )?years (here|in the company|of service)\b|\b(complemento|plus) (de |por )?antiguedad\b|\btrienios?\b|\bseniority (bonus|pay|supplement|plus|complement|allowance|line|item|component|part)\b|\bcomplemento\b|\b(get|paid|pay|earn) for (my )?(length|years) of service\b|\blong service (pay|bonus|award)\b", Measures.Earning("seniority_bonus")),
        Cue(@"\b(me )?(pagaron|pusieron|dieron|dan|pagan) de extra\b|\bpagas? (extra(ordinaria)?s?|de (navidad|verano|julio|junio|diciembre)|doble)\b|\b(la|las|una|dos) extras?\b|\bextras? de (navidad|verano|junio|julio|diciembre)\b|\baguinaldo\b|\bextra (pay(ments?)?|payments?|salary)\b|\b(the )?extra (they|you|the company) (pay|give)s? (us|me)? ?twice a year\b|\bthe extra\b(?! (hours?|time|deductions?|tax|money))|\b(lo|la|las) que nos dan de mas dos veces al ano\b|\bdos veces al ano\b|\btwice a year\b|\b(summer|christmas|x-?mas|holiday) (extra|bonus|pay(ment)?)\b|\b(june|december) (extra|bonus)\b|\b1[34]th (pay|salary|payment)\b|\b1[34]th[- ]month\b", Measures.Earning("extra_pay")),
        Cue(@"\b(salario|sueldo) base\b|\bbase (salary|pay)\b|\b(my|mi) base\b(?! de)|\bbasic (salary|pay)\b|\bthe basic\b|\bcontractual base\b|\bsalario de convenio\b", Measures.Earning("base_salary")),
        Cue(@"\b(pay )?raise\b|\bsubida (de sueldo|salarial|de salario)\b|\baumento (de sueldo|salarial|de salario)\b|\bme (subieron|han subido) el sueldo\b", Measures.Earning("base_salary"), weak: true),
        Cue(@"\bsales (money|incentive|commission|pay)\b|\b(money|thing|payment) that comes every quarter\b|\bquarterly (thing|money|payment)\b|\bbonus(es)?\b|\bbonos?\b|\bbonificacion(es)?\b|\bincentiv(o|os|e|es)\b|\b(parte |retribucion )?variable\b|\bcomision(es)?\b|\bcommissions?\b", Measures.Earning("bonus")),
        Cue(@"\bstate pension\b|\bpublic health ?care\b|\bsanidad publica\b|\bseguridad social\b|\bseguro social\b|\bss\b|\bsocial security\b|\bnational insurance\b|\bcontingencias comunes\b|\bmei\b|\bimss\b|\bfica\b|\bcotizacion(es)?\b", Measures.Deduction("social_security")),
        Cue(@"\bdesempleo\b|\bunemployment\b|\bparo\b|\bout[- ]of[- ]work\b|\bif i (lose|lost) my job\b|\bpor si me quedo sin (trabajo|empleo)\b", Measures.Deduction("unemployment")),
        Cue(@"\bformacion( profesional)?\b|\bprofe?s+ional trainn?ing\b|\b(vocational )?trainn?ing\b", Measures.Deduction("professional_training")),
        Cue(@"\b(lo de (la |mi )?)?jubilacion privada\b|\baportacion(es)? (a la |para la )?jubilacion\b|\bthe bit that goes (to|into) my pension\b|\bretirement (plan|contributions?|scheme|savings|fund)\b|\bplan de jubilacion\b|\bplan(es)? de pensi?ones\b|\bpensi?on(es)?( plan)?\b", Measures.Deduction("pension")),
        Cue(@"\bseguro (medico|de salud|sanitario|privado)\b|\bseguro de la clinica( privada)?\b|\bclinica privada\b|\bmutua( medica)?\b|\b(health|medical) (insurance|plan|cover|scheme)\b|\bprivate (health|medical)( care| cover)?\b", Measures.Deduction("health_insurance")),
        Cue(@"\bcuota sindical\b|\bsindica(l|to|tos)\b|\bunion( dues| fee| fees)?\b", Measures.Deduction("union_dues")),
        Cue(@"\birpf\b|\bisr\b|\bincome tax\b|\bwithh?olding\b|\bwithheld\b|\bretenid[oa]s?\b|\bretencion(es)?\b|\bhacienda\b|\btax ?man\b|\bimpuestos?\b|\btax(es)?\b(?! return)", Measures.Deduction("income_tax")),
        Cue(@"\bdeducciones\b|\bdeductions?\b|\bdescuentos\b|\bdeducted\b|\bdescontaron\b|\bme quitaron\b|\bme quitan\b|\bme kitan\b|\bme kitaron\b|\bme han quitado\b|\bcame out of\b|\bc[ao]mes? off\b|\btaken out\b|\b(take|took|taken|taking) off\b|\bme descuentan\b|\bme descontaron\b", Measures.TotalDeductions, weak: true),
        // "¿cuánto me retuvieron en octubre?": a retención is the IRPF (nlu.md), unless another deduction is named.
        Cue(@"\bme (retienen|retuvieron|retuvo|retiene)\b", Measures.Deduction("income_tax"), weak: true),
        Cue(@"\bdepartamento\b|\bdepartment\b|\bdepto\b|\bdpto\b|\bdept\b", Measures.Profile("department")),
        Cue(@"\bteam\b|\bequipo\b|\barea\b|\bdivision\b|\bseccion\b", Measures.Profile("department"), weak: true),
        Cue(@"\bcargo\b|\bpuesto\b|\bposition\b|\bdesignation\b|\bjob title\b|\bcategoria profesional\b", Measures.Profile("position")),
        Cue(@"\bjob\b|\brole\b|\btitle\b", Measures.Profile("position"), weak: true),
        Cue(@"\bconsto como emplead[oa]\b|\bme dieron de alta\b|\bcontract\b.{0,25}\b(start|started|began|begin)\b|\bdesde (que fecha|cuando) (estoy|trabajo|llevo) en (la empresa|la casa|chatnomina)\b|\b(fecha|dia) (de )?(alta|ingreso|contratacion|incorporacion|entrada)\b|\b(desde (que fecha|cuando)|fecha)\b[^?.]{0,30}\bplantilla\b|\bentre (a|en) (la empresa|trabajar)\b|\bme contrataron\b|\bcontratad[oa]\b|\bhir(e|ed|ing)( date)?\b|\bjoin(ed)? (the company|chatnomina)\b|\bstart(ed)? (date|working)\b|\bempece\b|\bme incorpore\b|\bwhen did i (join|start)\b|\bwhen i (joined|started|was hired)\b|\bdesde cuando (trabajo|estoy)\b|\bdesde que fecha (trabajo|estoy) aqui\b|\bsince when (have i|do i)\b", Measures.Profile("hire_date")),
        Cue(@"\banos de antiguedad\b|\bantiguedad (llevo|tengo)\b|\bcuantos anos llevo\b|\bcuanto tiempo (llevo|hace que (estoy|trabajo))\b|\b(tiempo|anos) (que )?llevo (en|trabajando)\b|\bhow long have i (been|worked)\b|\byears of (service|seniority)\b|\bhow many (full |complete |whole )?years\b|\bcuantos anos( completos)?\b|\bmi antiguedad\b|\bmy seniority\b", Measures.Profile("seniority")),
        Cue(@"\bel dia (que|en que) (me )?(la |lo )?(pagaron|ingresaron|cobre|abonaron|depositaron)\b|\bq[eu]?e? (dia|fecha)\b|\bthe day (it|that|they|my pay|the pay) (was|were|got|went) (paid|in)\b|\b(pagaron|pago|ingresaron|abonaron|depositaron|paid|deposited|credited)\b[^.?]{0,12}\b(el|on( the)?) \d{1,2}(st|nd|rd|th)?\b|\b(que|what|which) (dia|date|day)\b|\bcuando\b|\bwhen\b|\bfecha( de (pago|cobro|ingreso|abono))?\b|\bpayment date\b|\b(salary|pay) date\b|\bpay ?day\b|\b(a|any) date\b|\bdate for\b|\bpaid on\b(?! (the )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic)\w*\b)|\bscheduled\b|\bon what day\b|\bbeen paid\b|\bpaid (yet|already)\b|\bgoing in\b|\bin (already|yet)\b|\bwhat'?s the date\b|\bthe date\b|\bla fecha\b|\bcredited\b|\babonad[oa]\b|\bgone out\b|\bgo out\b|\bpending\b|\balready (been )?paid\b|\bya (se )?(pago|pagaron|ingresaron|cobre)\b|\bya esta pagad[oa]\b|\bel dia \d{1,2}\b|\bantes de (navidad|fin de mes|final de mes|reyes)\b|\b(ya )?(esta|estan|ha sido|han sido) (ingresad|pagad|abonad|cobrad)[oa]s?\b|\bya (me )?(la |lo )?(han|habeis|has) (pagado|ingresado|abonado)\b", Measures.PaymentDate),
    ];

    /// <summary>"how much": a money question whose measure may come from the conversation.</summary>
    [GeneratedRegex(@"\bcuant[oa]\b|\bhow much\b|\bwhat amount\b|\bamount\b|\bimporte\b|\bcantidad\b|\bc[ao]me to\b|\bhow (big|large)\b|\bde cuanto\b|\bworth\b")]
    public static partial Regex HowMuch();

    /// <summary>
    /// Words only a question about one's pay or job uses. Without any of them, a message the intent
    /// model calls out of scope stays out of scope even if it says "how much" or "when"
    /// ("how much is my water bill", "when is my next meeting").
    /// </summary>
    [GeneratedRegex(@"nomina|payslip|pay ?stub|recibo|\bneto|\bnet\b|bruto|gross|irpf|\bisr\b|salari|\bsalary\b|sueldo|paycheck|\bmy pay\b|\bpay (for|in|on|of|last|this|was|is)\b|\bpaid\b|payday|payment|\bwages?\b|deduc|descu|descont|retenc|retuv|retien|withh|cobr|ingres|\bpagas?\b|\bextra\b|bonus|incentiv|overtime|horas extra|antiguedad|seniority|seguridad social|social security|desempleo|unemployment|formacion|training|take[- ]?home|\bearn|income|hacienda|\bmei\b|aguinaldo|departamento|department|puesto|position|cargo|contrat|\bhire|hiring|\bjoined\b|\bmy (job|role|title)\b|\bmi (trabajo|rol)\b|\btax|impuesto|pension|sindica|union dues|seguro medico|health insurance|me quit|\blana\b|\bplata\b|me pagan|me pagaron|taken out|came out|deposit|abon")]
    public static partial Regex PayrollWord();

    /// <summary>Verbs and nouns that mean the pay received (net), when nothing more precise is named.</summary>
    [GeneratedRegex(@"\bcobr(e|o|ado|ar|aste|are|amos|aron)\b|\bpill(e|o|aste|amos)\b|\bme cae\b|\bgan(e|o|ado|aste)\b|\bme (pagaron|pagan|pagas|pagasteis|pagais|ingresaron|ingresan|ingresasteis|quedo|entro|va a entrar|entra)\b|\bingres(aron|an|o|ado)\b|\bearn(ed|ing)?\b|\bmake\b(?!\s+(you|u|me|it|sure|sense))|\bmade\b(?!\s+(you|u|it|me))|\b(get|got|was i|were i) paid\b|\bpaid me\b|\bclear(ed)?\b|\blanded\b|\bland\b|\bdeposit(ed|aron|ado|an)?\b|\babon(aron|ado|an)\b|\bpaycheck\b|\bsueldo\b|\bsalario\b|\bsalary\b|\bwages?\b|\bincome\b(?! tax)|\bpay\b|\bpaga\b|\bplata\b|\blana\b|\b(was|were) (actually )?paid\b")]
    public static partial Regex EarnVerb();

    [GeneratedRegex(@"\bnominas?\b|\bpayslips?\b|\brecibos?\b|\bpay ?stubs?\b|\bsalary slip\b")]
    public static partial Regex PayslipWord();

    /// <summary>The payslip as a document (folded text): "en PDF", "descárgame", "download", "el documento".</summary>
    [GeneratedRegex(@"\bpdfs?\b|\bdescarga\w*|\bdownload\w*|\bbajar(?:me|la|las)?\b|\bdocumento\b")]
    public static partial Regex PdfWord();

    [GeneratedRegex(@"\b(which|what) (lines|items|parts|concepts|components) (make up|are in|form|go into)\b|\bque conceptos (forman|componen|tiene|lleva)\b|desglos|\bdesglose\b|\b(earnings|deductions) side\b|\blado de (los )?(devengos|descuentos)\b|\bbreak(\s+\w+){0,2}\s+down\b|\bbreakdown\b|\bitemi[sz]e|\bdetalle\b|\bdetallad|\bline by line\b|\bpartidas\b|\bconceptos\b|\bwhat makes up\b|\bitems\b|\bcada concepto\b|\bcada linea\b|\bse compone\b|\bconcepto por concepto\b|\bsplit\b|\bby type\b|\bpor tipos?\b|\bper (type|line|item)\b|\bline items\b|\beach (line|item|type)\b|\bconcepto (a|por) concepto\b|\bline by line\b")]
    public static partial Regex Breakdown();

    [GeneratedRegex(@"compar|\bvs\.?\b|\blado a lado\b|\bde (uno|una) a (otro|otra)\b|\bfrom one to the other\b|\bside by side\b|\bnext to\b|\bse ha movido\b|\bhas (it |my \w+ )?moved\b|\b(era|fue|es|eran|fueron|sale|salio|sera|va a ser|queda|quedo) (la misma|el mismo|lo mismo|igual|iguales|los mismos|las mismas)\b|\b(be|stay) the same\b|\b(was|were|is|are) (it|that|they|those|these)( two)? (the same|different|equal)\b|\bhow far apart\b|\bentre (los|las) dos\b(?!.*\b(total|suman?|junt[oa]s)\b)|\bbetween the two\b|\ben cual sali ganando\b|\bwhich (one )?(did i come out|came out) (ahead|better)\b|\bwhich of (those|these|the) (two|both)\b|\bque entonces\b|\bthan (then|before)\b|\b(mas|menos)\b[^.?!]{0,40}\bque (el|la|los|las|en|lo|a)\b|(?<!\bmas )\bo menos\b|\bor less\b|\b(ha|han|habia) (subido|bajado)\b|\bgo up or down\b|\bup or down\b|\bal lado de\b|\bcame in (above|below|higher|lower|over|under)\b|\bg(o|oes|one) (up|down)\b|\bwent (up|down)\b|\bversus\b|\brespecto (a|al|de)\b|\bfrente a\b|\bthan\b|\bdiferencia\b|\bdifference\b|\bgap\b|\bstack(s)? up\b|\bsubid[oa]\b|\bsubio\b|\bsuben?\b|\braise\b|\bsubieron\b|\bbajad[oa]\b|\bha cambiado\b|\bchange(d)?\b|\bhigher\b|\blower\b|\bbigger\b|\bsmaller\b|\bmas que\b|\bmenos que\b|\b(mayor|menor|superior|inferior) que\b|\b(better|worse|greater|larger) than\b|\baumento\b|\bincrease(d)?\b|\bdecrease(d)?\b|\bby how much\b|\bdesde entonces\b|\bsince then\b|\b(cual|which) (de los dos|de las dos|of the two|one of the two)\b|\bmucho (menos|mas)\b|\b(way|much) (less|more)\b|\btanto (mas|menos)\b|\bso much (more|less|higher|lower)\b|\bjump(ed)?\b|\bspike\b|\bdrop(ped)?\b|\bdip\b|\bsalto\b|\bbajon\b|\bcuanto (mas|menos)\b|\bhow much (more|less)\b|\b(mas|menos) (alt[oa]s?|baj[oa]s?|grandes?|pequen[oa]s?|dinero|neto|bruto) que\b")]
    public static partial Regex Compare();

    [GeneratedRegex(@"\bpor que\b|\bwhat happened\b|\b(que|q) es lo (que|q) cambia\b|\bque (ha )?pas(o|ado) (con|aqui|ahi)\b|\bwhere did (the|my|all the) (money|pay|rest|difference) go\b|\bwhere did\b.{0,40}\bcome from\b|\ba donde (se fue|ha ido|fue) (el|mi) (dinero|sueldo)\b|^\W*porque\b|\bporque\b(?=[^.]*\?)|\bwhy\b|\ba que se debe\b|\bhow come\b|\bmotivo\b|\brazon\b|\breason\b|\bexplica|\bexplain|\bdue to\b|\bdebido\b|\bque (ha |han )?cambi(o|ado|aron)\b|\bwhat (has |have )?changed\b|\bwhat('s| is| was) different\b|\bwhat (made|caused|drove|drives|is driving)\b|\baccounts? for (it|that|this|the (difference|gap|change|increase|drop))\b|\bde donde sale\b|\bcomo es que\b|\bwhat dragged\b|\bcomo puede ser\b|^\W*how\W*$|^\W*how\?+|\bwhat'?s driving\b|\bque (hizo|causo|provoco)\b|\bcomo (puede|es posible)\b|\bhow (can|could) (that|this|it) be\b|\bhow is (that|this|it) possible\b")]
    public static partial Regex Explain();

    [GeneratedRegex(@"\b(en )?(que|which|what|cual( fue)?( el)?) (mes|month)\b|\bel mes (con|en que|que)\b|\bmonth (had|with|did|was)\b")]
    public static partial Regex WhichMonth();

    /// <summary>"the highest", "el más alto", "the month with the most": a max/min over the period talked about.</summary>
    [GeneratedRegex(@"\b(mas|menos) (alt[oa]|baj[oa]|grande|pequen[oa]|elevad[oa]|gord[oa])\b|\bhit (the )?hardest\b|\b(highest|lowest|biggest|smallest|largest|most(?! (recent|grateful|kind|thankful|obliged|appreciated))|least|best|worst|weakest|maxim[oa]|minim[oa]|mayor|menor|mejor|peor)\b|\bmas flojo\b|\bpeak(ed|s)?\b|\b(el|la|the one) (que|that) (mas|menos|most|least)\b|\b(con|with) (mas|menos|the most|the least)\b|\b(cobre|gane|me pagaron|me quitaron|me retuvieron|paid me|paid|earned|made|got|took home) (mas|menos|the most|the least)\b|\bmas (neto|bruto|irpf)\b|\bmenos (neto|bruto|irpf)\b")]
    public static partial Regex Superlative();

    /// <summary>Words that point back at what was just talked about ("that", "each", "las dos").</summary>
    [GeneratedRegex(@"\b(that|it|those|them|these|each|both|eso|esa|ese|esos|esas|ello|cada un[oa]|ambos|ambas|las dos|los dos|the two|either)\b")]
    public static partial Regex BackReference();

    [GeneratedRegex(@"\b(mas|mayor|maxim[oa]|highest|biggest|largest|most|top|best|greatest|more)\b")]
    public static partial Regex Most();

    [GeneratedRegex(@"\b(menos|menor|minim[oa]|lowest|smallest|least|worst|fewest|less)\b")]
    public static partial Regex Least();

    [GeneratedRegex(@"\bsumando\b|\ben todo\b|\btotal\b|\baltogether\b|\bllevo\b|\bllevamos\b|\bso far\b|\bhasta (ahora|hoy|la fecha)\b|\badd(s)? up\b|\bsuman?\b|\bsumas\b|\bsuma(me|melo|melos|lo|los|las)\b|\bin total\b|\ben total\b|\bwhole\b|\badded up\b|\bin all\b|\bacumulad|\ben lo que va\b|\bcombined\b|\bsum\b|\bentire\b|\bfull year\b|\bya\b")]
    public static partial Regex Total();

    [GeneratedRegex(@"\b(media|promedio|average|avg|de media|por termino medio)\b|(?<!\bi\s)(?<!\b(does|do|did)\b.{1,30})\bmean\b")]
    public static partial Regex Average();

    /// <summary>The percentage a deduction takes ("¿qué porcentaje de IRPF me aplican?", "my tax rate").</summary>
    [GeneratedRegex(@"\bporcentaje\b|\bpor ?ciento\b|\btipo (de )?(irpf|retencion|cotizacion)\b|\brate\b|\bpercent(age)?\b|%")]
    public static partial Regex Rate();

    [GeneratedRegex(@"\bmes a mes\b|\bmonth by month\b|\beach month\b|\bpor meses\b|\bevery month\b|\bper month\b|\buno (a|por) uno\b|\buna (a|por) una\b|\bone by one\b|\bone at a time\b")]
    public static partial Regex List();

    /// <summary>"how much a month was that in 2024?", "¿cuánto al mes?": over a range, each month's amount.</summary>
    [GeneratedRegex(@"\ba month\b|\bal mes\b|\bpor mes\b|\bcada mes\b|\bmonthly\b|\bmensual(es|mente)?\b")]
    public static partial Regex PerMonth();

    [GeneratedRegex(@"\b(volvemos|volver|vuelve|volvamos|pasamos|pasa|cambiamos|cambia) al (espanol|castellano|ingles)\b|\b(back|switch|go back) to (english|spanish)\b|\b(in|en) (english|ingles)\b|\benglish,? please\b|\b(speak|answer|reply|respond)( me)? in english\b|\b(in|en) (spanish|espanol|castellano)\b|\b(habla(me)?|contesta(me)?|responde(me)?) en (espanol|castellano|ingles)\b")]
    public static partial Regex LanguageSwitch();

    /// <summary>General questions about payroll law or taxes, not about the user's own payslips.</summary>
    [GeneratedRegex(@"\b(rain|raining|weather|snow|forecast|llover|lloviendo|llueve|pronostico)\b|\b(una )?(duda|pregunta) general\b|\bsi me cojo\b|\bexcedencia\b|\bse (les |le )?aplica\b|\bcada cuanto\b|\btablas de retencion\b|\bhow often (are|is|do|does)\b|\b\d+([.,]\d+)?\s*%\s*(of|de)\s+\d+|\bwhat would i (take home|earn|get|make|be paid)\b|\bif i (moved|transferred|switched|changed|worked|went)\b|\bsi (me mudara|me cambiara|trabajara|me fuera)\b|\bcuanto (cobraria|ganaria)\b|\bme conviene\b|\bque harias\b|\bwhat would you do\b|\b(me )?recomiendas\b|\bshould i (increase|raise|contribute|invest|put|pay more)\b|\bdo you recommend\b|\bpor ley\b|\ben terminos generales\b|\bcomo se determina\b|\bhow (is|are) .{1,40} determined\b|\btope (maximo|minimo)\b|\bbase (maxima|minima)\b|\bbase de cotizacion\b|\blegalmente\b|\ben espana\b|\bin spain\b|\bdesgrava|\ben la (renta|declaracion)\b|\btaxed differently\b|\bhow (is|are) .{1,40} taxed\b|\bin general\b|\ben general\b|\bthe law\b|\bla ley\b|\bconvenio colectivo\b|\bwhat does the law\b|\bminimum wage\b|\bsalario minimo\b|\bsmi\b|\btramos?\b|\bbrackets?\b|\bcomo se calcula|\bhow (is|are|do you|does one) .{1,30} calculated\b|\bescala de\b|\ben mexico\b|\bin mexico\b|\bcomo funciona|\bhow does .{1,30} work\b|\bif i (got|had|get|earned|were|was)\b|\bwhat if\b|\bsi me (suben|subieran|dieran|diesen)\b|\bsi (cobrara|ganara|tuviera|cobrase|ganase)\b|\bsupon(iendo|gamos)\b|(?<!plan de |lo de la |lo de mi |aportacion a la |aportaciones a la )\bjubil(?!acion privada)|\bretire(ment|d)?\b(?! (plan|contributions?|scheme|savings|fund))|\baverage (salary|pay|wage|net|gross)s? (in|at|of|for)\b|\b(salario|sueldo) medio\b|\bmedia salarial\b|\bpersonal allowance\b|\b401k\b|\bshould i (put|invest|pay off|save|buy|sell|open|take out)\b|\bdeberia (invertir|ahorrar|meter)\b|\bw-?2\b|\b1099\b|\bin the uk\b|\ben el reino unido\b|\btax (bands?|brackets?|codes?)\b|\bhmrc\b|\bpension (publica|de jubilacion)\b|\bstate pension\b|\btributa(n|r)?\b|\bcotiza(n)? (a|en) hacienda\b|\b(is|are) .{1,30} taxable\b|\bfiniquito\b|\bseverance\b|\bindemnizacion\b")]
    public static partial Regex General();

    /// <summary>Requests to change something: the assistant only reads.</summary>
    [GeneratedRegex(@"\b(cambias|cambiais|cambiar|cambiarme|cambiame|cambies|actualizar|actualizame|actualizas)\b.{0,25}\b(iban|cuenta bancaria|numero de cuenta|datos bancarios)\b|\b(change|update|switch)\b.{0,25}\b(iban|bank account|bank details|account number)\b|\bingres(eis|en|ar|ad|ais)\b.{0,30}\botra cuenta\b|\b(can|could|would|will) you (please )?(change|modify|update|set|increase|reduce|raise|lower|edit|fix|cancel)\b|\b(sign|enrol|enroll|register) me (up|in|on)\b|\bremind me (tomorrow|later|tonight|to|at|in|on|next|every)\b|\brecuerdame (manana|mas tarde|esta noche|que)\b|\bset (a|an) (reminder|alarm)\b|\bsign up for\b|\b(apuntame|apuntarme|inscribeme|inscribirme|darme de alta|dame de alta)\b|\b(puedes|podrias|me puedes|podeis) (cambiar|modificar|actualizar|subir|bajar|editar|corregir|cancelar|poner)\b|\b(puedes|podrias|me puedes|podeis) (pedirle|decirle|hablar con|avisarle|reclamarle|reclamar a)\b|\b(puedes|podrias|me puedes|podeis) (pedir|decir|solicitar) (a|al|a la) (rrhh|recursos humanos|mi jefe|mi jefa|la empresa|nominas)\b|\b(can|could|would) you (ask|talk to|contact|email|tell|remind) (hr|payroll|my (boss|manager)|the company|them|him|her|someone)\b|^(please )?(change|modify|update|set) my\b|^(cambia|modifica|actualiza|sube|baja|pon) (mi|la|el)\b|\b(email|e-mail|mail|send|forward|envia|enviame|enviar|manda|mandame|mandar|reenvia)\b.{0,30}\b(payslip|nomina|recibo|pdf)\b|\badvance on\b|\b(pedir|solicitar|dar|darme|get|ask for|request|need|quiero|necesito) (un |una |an? )?(anticipo|adelanto|loan|advance)\b|\badelant(ar|ame|arme|ais|eis|an)\b|\b(quiero|necesito|want to|need to|how do i|como puedo) (cambiar|change|update|actualizar|modificar) (mi|my|la|el|the|los|las|de)? ?(cuenta|account|iban|banco|bank|datos|details|irpf|retencion|withholding|tax|domicilio|address|nomina|payslip|numero)\b")]
    public static partial Regex Action();

    [GeneratedRegex(@"^\W*(hola|buenas|buenos dias|buenas tardes|buenas noches|hi|hello|hey|hiya|howdy|good (morning|afternoon|evening)|morning|evening|saludos|que tal)\b")]
    public static partial Regex Greeting();

    [GeneratedRegex(@"\b(gracias|thanks|thank you|thx|cheers|ty|much obliged|many thanks|that reconciles|cuadra perfecto|muchas gracias|mil gracias|genial, gracias|appreciate it)\b")]
    public static partial Regex Thanks();

    [GeneratedRegex(@"\b(adios|hasta luego|hasta manana|chao|chau|bye|goodbye|see you|see ya|nos vemos|eso es todo|that'?s all|that is all|un saludo|nada mas)\b")]
    public static partial Regex Goodbye();

    [GeneratedRegex(@"\beres un (bot|robot)\b|\bhay alguien\b|\bare you a (bot|robot|human|person|real person)\b|\bis (this|there) a (bot|human|real person)\b|\b(me )?echas una mano\b|\bme (puedes )?ayudar con\b|\bcan you help me (with|out)\b|\bque (puedes|sabes) hacer\b|\bwhat can you (do|answer|help)\b|\bcomo funcionas\b|\bhow do you work\b|\bayuda\b|\bhelp\b|\bque te puedo preguntar\b|\bque puedo preguntarte\b|\bque me puedes decir\b|\bwhat can i ask\b")]
    public static partial Regex Help();

    /// <summary>A question about what is still to come ("cuándo cobro", "when will I be paid").</summary>
    [GeneratedRegex(@"\bcobro\b|\bme pagan\b|\bme pagaran\b|\bllega\b|\bllegara\b|\bme ingresan\b|\bwill\b|\bdo i get\b|\bis (it|my)\b|\bnext\b|\bproxim[oa]\b|\bupcoming\b|\bgoing to\b|\bscheduled\b|\bvoy a\b|\bva a\b")]
    public static partial Regex Future();

    [GeneratedRegex(@"\b(ahora|actual(mente)?|now|currently|current|cada mes|al mes|a month|monthly|latest|most recent|ultima nomina|mi ultima|last payslip|last payment|last pay|last paycheck|ultimo pago|ultimo ingreso|right now|hoy en dia|these days|todos los meses|at the moment|en este momento|ahora mismo|at present|as of now)\b|\b(the )?last one (that was |that'?s )?(actually )?paid\b|\blast paid\b|\blatest paid\b|\bultima (nomina )?(pagada|cobrada|ingresada)\b")]
    public static partial Regex Latest();

    /// <summary>"now" as a period of its own, also beside another one ("my base salary now and in January 2024").</summary>
    [GeneratedRegex(@"\b(ahora|now|actualmente|currently|right now|hoy en dia|these days|a dia de hoy|at the moment|en este momento|at present)\b(?!\s+(de|del|en|que|mismo|from|in|i|on|that)\b)")]
    public static partial Regex Now();

    /// <summary>Words that may surround a language switch without asking anything else.</summary>
    [GeneratedRegex(@"\b(please|pls|plz|por favor|porfa|porfavor|thanks|gracias|ok|okay|vale|now|ahora|y|and|then|entonces|from now on|de ahora en adelante|answer|reply|respond|responde|contesta|habla|speak|me|can you|puedes|could you|sorry|perdona|mejor|better)\b")]
    public static partial Regex SwitchFiller();

    [GeneratedRegex(@"\bnavidad\b|\bchristmas\b|\bx-?mas\b|\bdiciembre\b|\baguinaldo\b|\b(the )?winter (one|extra|bonus|pay)\b|\b(la|paga) de invierno\b")]
    public static partial Regex ChristmasSeason();

    [GeneratedRegex(@"\bverano\b|\bsummer\b")]
    public static partial Regex SummerSeason();

    [GeneratedRegex(@"^\W*(y|e|and|what about|how about|also|tambien|pues|entonces|ok|vale|fine)\b")]
    public static partial Regex FollowUpStart();

    public static readonly IReadOnlyDictionary<string, int> NumberWords = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["un"] = 1, ["uno"] = 1, ["una"] = 1, ["one"] = 1, ["a"] = 1,
        ["dos"] = 2, ["two"] = 2, ["tres"] = 3, ["three"] = 3, ["cuatro"] = 4, ["four"] = 4, ["cinco"] = 5, ["five"] = 5,
        ["seis"] = 6, ["six"] = 6, ["siete"] = 7, ["seven"] = 7, ["ocho"] = 8, ["eight"] = 8, ["nueve"] = 9, ["nine"] = 9,
        ["diez"] = 10, ["ten"] = 10, ["once"] = 11, ["eleven"] = 11, ["doce"] = 12, ["twelve"] = 12,
    };

    public static int ParseNumber(string s) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : NumberWords.GetValueOrDefault(s, 1);

    /// <summary>Month words (folded), full names and the usual abbreviations, es and en.</summary>
    public static readonly IReadOnlyDictionary<string, int> MonthWords = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["enero"] = 1, ["ene"] = 1, ["january"] = 1, ["jan"] = 1,
        ["febrero"] = 2, ["feb"] = 2, ["february"] = 2,
        ["marzo"] = 3, ["march"] = 3, ["mar"] = 3,
        ["abril"] = 4, ["abr"] = 4, ["april"] = 4, ["apr"] = 4,
        ["mayo"] = 5, ["may"] = 5,
        ["junio"] = 6, ["jun"] = 6, ["june"] = 6,
        ["julio"] = 7, ["jul"] = 7, ["july"] = 7,
        ["agosto"] = 8, ["ago"] = 8, ["august"] = 8, ["aug"] = 8,
        ["septiembre"] = 9, ["setiembre"] = 9, ["sept"] = 9, ["sep"] = 9, ["set"] = 9, ["september"] = 9,
        ["octubre"] = 10, ["oct"] = 10, ["october"] = 10,
        ["noviembre"] = 11, ["nov"] = 11, ["november"] = 11,
        ["diciembre"] = 12, ["dic"] = 12, ["december"] = 12, ["dec"] = 12,
    };

    /// <summary>Words that look like month abbreviations but are usually something else.</summary>
    private static readonly HashSet<string> AmbiguousMonthWords = new(StringComparer.Ordinal) { "may", "mar", "set", "ago", "jan" };

    /// <summary>
    /// The month a word names: exact (full or abbreviated), or a long word one or two edits away
    /// from a full month name ("feburary", "setembre"). Ambiguous short words ("may", "ago")
    /// count only where the context makes them a month (the caller passes the neighbours).
    /// </summary>
    public static int? MonthOf(string word, string before, string after, string original)
    {
        if (MonthWords.TryGetValue(word, out var m))
        {
            if (!AmbiguousMonthWords.Contains(word))
            {
                return m;
            }
            // "april, may and june": a month in a list of months.
            var dated = AfterYear().IsMatch(after) || PrepositionBefore().IsMatch(before)
                || Regex.IsMatch(before, @"\b(january|february|march|april|june|july|august|september|october|november|december|enero|febrero|marzo|abril|junio|julio|agosto|septiembre|octubre|noviembre|diciembre),\s*$");
            var capitalizedMay = word == "may" && original == "May" && !after.TrimStart().StartsWith('i');
            return dated || capitalizedMay ? m : null;
        }
        if (word.Length < 5)
        {
            return null;
        }
        foreach (var (name, month) in MonthWords)
        {
            // The first letter must agree: "remember" is two edits from "december", but no month.
            if (name.Length >= 6 && word[0] == name[0] && Math.Abs(name.Length - word.Length) <= 2 && Distance(name, word) <= (word.Length >= 8 ? 2 : 1))
            {
                return month;
            }
        }
        // "marso de 2026", "abrl 2025": a five-letter month one edit away, with its year right after.
        foreach (var (name, month) in MonthWords)
        {
            if (name.Length == 5 && word.Length is >= 4 and <= 6 && word[0] == name[0] && Distance(name, word) == 1 && AfterYear().IsMatch(after))
            {
                return month;
            }
        }
        return null;
    }

    [GeneratedRegex(@"^\s*(de|del|of|,)?\s*'?\d{2,4}\b")]
    private static partial Regex AfterYear();

    [GeneratedRegex(@"\b(in|of|for|from|to|and|since|until|through|thru|till|de|en|since|desde|hasta|y|vs|than|que)\s*$")]
    private static partial Regex PrepositionBefore();

    /// <summary>Optimal string alignment distance (edits and adjacent transpositions).</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }

    /// <summary>An insult with no question in it: "eres incapaz de leer una nómina, qué desastre de herramienta".</summary>
    [GeneratedRegex(@"\b(eres|sois|you'?re|you are|ur)\s+(un |una |an? |so |tan |muy |totally |completely )?(incapaz|inutil|useless|idiota|stupid|tont[oa]|rubbish|garbage|basura|pathetic|patetic[oa]|hopeless|a joke|una verguenza)\b|\bque desastre\b|\bwhat a (joke|mess|disaster|waste)\b|\bthis (bot|tool|thing|app) (is )?(useless|rubbish|garbage|a joke|hopeless)\b|\b(menuda|vaya|que) (basura|porqueria|mierda|verguenza) de\b")]
    public static partial Regex Insult();
}
