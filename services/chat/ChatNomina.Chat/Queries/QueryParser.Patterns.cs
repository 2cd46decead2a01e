using System.Text.RegularExpressions;

namespace ChatNomina.Chat.Queries;

/// <summary>The parser's word patterns (source-generated regular expressions over the normalized text).</summary>
public static partial class QueryParser
{
    [GeneratedRegex(@"(?<![\d.,])(19|20)\d{2}(?![\d.,]\d)")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^\s*(de|del|of)?\s*((19|20)\d{2})\b")]
    private static partial Regex LooseYearAfter();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^\s*(de|del|of|,)?\s*(?<y>(19|20)\d{2}|'\d{2})(?!\d)|^\s*(de|del|of)\s+(?<y>[12]\d)(?![\d.,]|:\d)(?!\s*(de|del|of)\b)")]
    private static partial Regex MonthYearPattern();

    [GeneratedRegex(@"^\s*(de|del|of|,)?\s*(el |este |the |this |last |next )?(ano pasado|ano anterior|ano que viene|proximo ano|este ano|ano actual|year before|previous year|prior year|last year|this year|next year|current year)\b|^\s*(last|this|next) year'?s?\b|^\s*(de |del )?hace (un|1|dos|2|tres|3|cuatro|4) anos?\b|^\s*,?\s*(from )?(a|one|two|three|four|\d) years? ago\b")]
    private static partial Regex MonthRelativeYearPattern();

    [GeneratedRegex(@"\bq(?<n>[1-4])\b(\s*(de|del|of)?\s*(?<y>(19|20)\d{2}))?|\b(?<n>primer|1er|1o|segundo|2o|tercer|3er|3o|cuarto|4o)\s+trimestre(\s+(de|del)\s+(?<y>(19|20)\d{2}))?|\b(the\s+)?(?<n>first|1st|second|2nd|third|3rd|fourth|4th)\s+quarter(\s+(of\s+)?(?<y>(19|20)\d{2}))?|\b(?<n>[1-4])t\s*(de\s+|del\s+)?(?<y>(19|20)\d{2})\b")]
    private static partial Regex QuarterPattern();

    [GeneratedRegex(@"\b(el )?trimestre (pasado|anterior( a ese)?|previo|actual)\b|\bthe quarter (prior to|before) (it|that|this)\b|\bthe (previous|prior) quarter to (it|that)\b|\bultimo trimestre\b|\beste trimestre\b|\b(the |el )?(same quarter|mismo trimestre) (of |del |de )?(last year|the year before|the previous year|a year (earlier|before|ago)|(el )?ano (pasado|anterior))\b|\bese (mismo )?trimestre\b|\bmismo trimestre\b|\b(the )?(last|previous|prior|this|current|same) (full |complete |whole )?(quarter|quater)\b|\bthat (older|earlier|other|same )?quarter\b|\bthe quarter before( that)?\b|\b(el )?trimestre siguiente\b|\b(el )?siguiente trimestre\b|\bthe (next|following) quarter\b|\bthe quarter after( that)?\b|\b(the )?whole quarter\b|\b(el|del) trimestre\b(?! (pasado|anterior|previo|actual|siguiente|que viene|de|del))")]
    private static partial Regex RelativeQuarterPattern();

    [GeneratedRegex(@"\b(los |the )?(ultimos|last|past|previous|prior)\s+(?<n>\d{1,2}|dos|two|tres|three|cuatro|four|cinco|five|seis|six|siete|seven|ocho|eight|nueve|nine|diez|ten|once|eleven|doce|twelve)\s+(meses|months)\b|\b(los )?(?<n>\d{1,2}|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)\s+ultimos\s+meses\b")]
    private static partial Regex LastMonthsPattern();

    [GeneratedRegex(@"^\s*(pero\s+|but\s+)?(de|del|of|in|en)\s+((?<y>(19|20)\d{2})|(el\s+)?ano pasado|last year|(el\s+)?ano anterior|the year before|the previous year|este ano|this year)|^\s*,?\s*(a|one) year (ago|earlier|before|back)\b|^\s*,?\s*(but\s+|pero\s+)?(twelve|12|doce) (months|meses) (earlier|before|ago|back|antes|atras)\b|^\s*,?\s*(un ano (antes|atras)|de hace un ano|hace un ano)\b")]
    private static partial Regex SameMonthYear();

    [GeneratedRegex(@"\b(\d{1,2}|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (mes(es)?|months?) (mas tarde|mas adelante|despues|later|after|earlier|before|antes)\b|\b(la|el) previ[oa] a (esa|ese|esta|este)\b|\bhace medio ano\b|\bhalf a year (ago|back|earlier)\b|\bhace un par de meses\b|\ba couple (of )?months (ago|back|earlier)\b|\b(go )?back (one|a) (more )?month\b|\bone (further|more) back\b|\b(esa|ese) ultim[oa]\b|\bthat (last|latest) one\b|^\W*(y |and )?(antes|before that)\W*$|\b(la|el) que vino despues\b|\bel mes despues\b|\bone (more )?month (back|earlier|before)\b|\bun mes (mas )?(atras|antes)\b|\bthe month before (last|the last one)\b|\b(el )?mes pasado\b|\bel ultimo mes\b|\blast month('s)?\b|\b(el )?mes anterior\b|\bthe (month|one|payslip|slip) (right |just |immediately )?(before|prior)( that| it| to (that|it))?\b|\bthe (previous|prior) (month|one)\b|\bprevious month\b|\b(la|el|del) (nomina|recibo|paga|pago) (anterior|previ[oa]|de antes)( a (esa|ese|esta|este))?\b|\banterior a (esa|ese|esta|este)\b|\bla anterior\b|\b(la|el) de (justo )?antes\b|\bthe (payslip|paycheck|pay ?stub) before( that| it)?\b|\bthe (previous|prior) (payslip|paycheck)\b|\bel anterior\b|\bmes previo\b|\bhace (\d{1,2}|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce) mes(es)?\b|\b(\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) months? (ago|back|earlier)\b|\beste mes\b|\bthis months?('s)?\b|\bcurrent month\b|\bmes actual\b|\bproximo mes\b|\bmes que viene\b|\bnext month('s)?\b|\bese mes\b|\besa nomina\b|\bese pago\b|\bmismo mes\b|\bthat (month|payment|payslip|pay|paycheck)\b|\bsame month\b|\bthat one\b|\b(on|for|in) this one\b|\bhace (un|1) ano\b|\b(a|one) year ago\b|\b(ese|esa|that)\W*$|\b(el )?mes siguiente\b|\bel siguiente\b|\bthe (next|following) (month|one)\b|\bthe (month|one) (right |just |immediately )?after( that( one)?| it)?\b|\bmes antepasado\b")]
    private static partial Regex RelativeMonthPattern();

    [GeneratedRegex(@"\b(the )?year before last\b|\b(el |del )?ano antepasado\b|\b(el |del |en el )?ano pasado\b|\blast year\b|\b(el )?ano anterior\b|\bprevious year\b|\bthe year before\b|\beste ano\b|\bthis year\b|\ben lo que va de ano\b|\b(acumulad[oa] )?del ano\b(?!\s*(pasado|anterior|que viene|siguiente|\d))|\b(en )?lo que (llevamos|llevo) de ano\b|\b(en )?todo el ano\b(?! (pasado|anterior|que viene|siguiente))|\bso far\b|\bhasta (ahora|hoy|la fecha)\b|\byear to date\b|\bytd\b|\ba dia de hoy\b|\bano que viene\b|\bnext year\b|\bproximo ano\b|\bano actual\b|\bcurrent year\b")]
    private static partial Regex RelativeYearPattern();

    /// <summary>The relative years that can stand apart from the month they date: "this year", "el año pasado".</summary>
    [GeneratedRegex(@"^((el |del |en el )?ano pasado|last year|este ano|this year)$")]
    private static partial Regex LooseRelativeYear();

    [GeneratedRegex(@"^\s*(one\s+|payslip\s+|pay\s+)?(de|del|of|in)?\s*(ese|aquel|that|the same|ese mismo)\s+(ano|year)\b")]
    private static partial Regex ThatYearAfter();

    [GeneratedRegex(@"^\W*((ok|okay|vale|fine|bueno|pues|then|entonces|alright|all right|right|sure|de acuerdo|okey|oki)\W+)*((and|y|what about|how about|and what about|now|ahora|then)\s+)*(me|mine|yo|a mi|el mio|la mia|lo mio|los mios|las mias|for me|para mi|my own|the same for me|lo mismo (para|de) mi)(\W*(then|entonces|please|porfa|too|tambien|de ese mes|del mismo mes|de esa nomina|(for )?that month|(for )?the same month))*\W*$")]
    private static partial Regex AboutMe();

    [GeneratedRegex(@"\b(el |the |en el |in the )?(?<n>primer[oa]?|first|1st|segund[oa]|second|2nd|tercer[oa]?|third|3rd|cuart[oa]|fourth|4th)( one| trimestre| quarter)?\b")]
    private static partial Regex OrdinalAlone();

    [GeneratedRegex(@"\b(en )?todo el ano\b(?! (pasado|anterior|que viene|siguiente))|\b(todo |en todo )?(ese|aquel) ano( entero| completo)?\b|\b(that|the same) (whole |entire |full )?year\b|\ball (of )?that year\b|\bthe whole (of that )?year\b|\bel ano (entero|completo)\b")]
    private static partial Regex ThatYear();

    [GeneratedRegex(@"\b(un|1|one|a) (ano|year) (despues|mas tarde|later|after|on|antes|earlier|before)\b")]
    private static partial Regex YearShift();

    [GeneratedRegex(@"\bsuman\b|\bsumame\b|\bme (los |las )?sumas\b|\bsumad[oa]s?\b|\badd (them|those|it|these) up\b|\bsum (them|those|these|it)( two| three)? up\b|\btodo junto\b|\badded (up|together)\b|\bin total\b|\ben total\b|\bcombined\b|\bjunt[oa]s\b|\bsumando (ambos|ambas|los dos|las dos)\b|\bsuma(los|las)\b|\btotal de (ambos|ambas)\b|\btotal of both\b|\btogether\b|\bla suma\b|\bthe sum\b|\b(el )?total de (los|las|ambos|ambas) (dos|meses|nominas)\b|\b(el )?total de (los|las) dos\b|\b(the )?total (of|for) (both|the two)\b")]
    private static partial Regex SumOfTwo();

    /// <summary>A year said to correct the one just used: "no, perdona, de 2026 quería decir", "sorry, I meant 2025".</summary>
    [GeneratedRegex(@"\b(quise decir|queria decir|me referia|me refiero|i meant|i mean|meant to say|sorry|perdona|perdon|oops|uy)\b|^\W*no\b|^\W*(ok\W+|vale\W+)?(lo mismo|igual|the same|same( thing)?)\s+(en|de|para|for|in)\b")]
    private static partial Regex YearOnlyCorrection();

    /// <summary>A change within one month's question ("did I get a raise in March?"), compared with the month before.</summary>
    [GeneratedRegex(@"\braise\b|\bsubida\b|\bsubieron\b|\bsubio\b|\bbajo\b|\bbajada\b|\baumento\b|\bincrease(d)?\b|\bdecrease(d)?\b|\bchange(d)?\b|\bcambi(o|ado)\b|\bwent (up|down)\b|\bcompared to the month before\b|\brespecto al mes anterior\b|\bjump(ed)?\b|\bspike\b|\bse dispara\b|\bdisparo\b|\bdrop(ped)?\b|\bdip\b|\bsalto\b|\bbajon\b")]
    private static partial Regex ChangeWord();

    [GeneratedRegex(@"\b(the )?(?<y>(19|20)\d{2}) (one|payslip|slip)\b|\b(la|el) (de|del) (?<y>(19|20)\d{2})\b")]
    private static partial Regex TheYearOne();

    [GeneratedRegex(@"\b(the )?(first|last|final) (payslip|paycheck|pay ?slip|month|pay) (of|in) (?<y>(19|20)\d{2})\b|\b(la )?(primera|ultima) (nomina|paga|mensualidad) (de|del) (?<y>(19|20)\d{2})\b")]
    private static partial Regex FirstOfYear();

    [GeneratedRegex(@"\b(la |el )?(siguiente|proxima) (paga )?extra\b|\b(the )?next extra( pay(ment)?)?\b")]
    private static partial Regex NextExtra();

    [GeneratedRegex(@"\b(lo|el|la|los|las) mi[oa]s?\b|\bmine\b|\bmy own\b")]
    private static partial Regex Mine();

    /// <summary>The user's own pay in a verb ("¿cuánto pillé?", "what did I make"), unlike "¿quién ganó el partido?".</summary>
    [GeneratedRegex(@"\b(cobre|gane|pille|he cobrado|he ganado)\b|\bme (pagaron|pagan|pagasteis|pagais|ingresaron|ingresan|ingresasteis|cae|quedo|entro)\b|\b(i|did i|do i|have i)\s+(earn|earned|make|made|get paid|got paid|take home|took home|clear|cleared)\b")]
    private static partial Regex MyPayVerb();

    [GeneratedRegex(@"\bun[oa] (a|por) un[oa]\b|\bone by one\b")]
    private static partial Regex OneByOne();

    [GeneratedRegex(@"\btambien\b|\balso\b|\bas well\b|\bde paso\b|\bademas\b")]
    private static partial Regex AlsoWord();

    [GeneratedRegex(@"\b(did|do|have|had) i (pay|paid)\b|\bi (paid|pay)\b|\b(pague|he pagado|pago yo)\b")]
    private static partial Regex IPaid();

    /// <summary>The year's first payslip ("la nómina de principios de año"), or the year so far when it starts there ("since the start of the year").</summary>
    [GeneratedRegex(@"\b(?<since>desde|since|from) (que empezo el ano|(el )?(principio|comienzo|inicio) (de|del) ano|the (start|beginning) of (the |this )?year)\b|\b(a )?(principios?|comienzos?|inicios?) (de|del) ano\b|\b(the )?(start|beginning) of (the |this )?year\b")]
    private static partial Regex StartOfYear();

    /// <summary>A clause that says why a month is meant, not what is asked: "junio, que es cuando cobré la extra".</summary>
    [GeneratedRegex(@"\b(que es|que fue|which is|which was|that'?s|that was) (cuando|when)\b[^,.;?!]*|\b(las dos|los dos|ambas|ambos|both) (con|with|llevan|tienen|have|had)\b[^,;?!]*")]
    private static partial Regex ContextClause();

    /// <summary>
    /// What the user believes, said after the question and checked with a tag: "¿por qué sube en diciembre? la paga extra no
    /// cotiza así, ¿no?", "why is December higher? the extra pay counts, right?". Not something asked for.
    /// </summary>
    [GeneratedRegex(@"(?<=\?)[^?]+,?\s*¿?\s*(no|verdad|cierto|right|isn'?t it|doesn'?t it|don'?t they|no es asi)\s*\?\s*$")]
    private static partial Regex CheckedBelief();

    [GeneratedRegex(@"\b(pero|but)\b|(?<lead>^\W*(si|if|aunque|although|even though)\b[^,?]*,)")]
    private static partial Regex ButClause();

    /// <summary>A message that points at the measure talked about: "what do I pay a month for it now?".</summary>
    [GeneratedRegex(@"\b(for|on|towards?) (it|that|them|those)\b|\b(para|en) (ello|eso)\b")]
    private static partial Regex ForIt();

    /// <summary>One month said to be more or less than another: "¿por qué junio es más del doble?", "why was it lower?".</summary>
    [GeneratedRegex(@"\b(mas|menos|more|less|higher|lower|bigger|smaller|better|worse|mejor|peor|mayor|menor|doble|double|twice|half|mitad)\b")]
    private static partial Regex Comparative();

    [GeneratedRegex(@"\b(those|these|the|esos|estos|los|aquellos)\s+(?<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)\s+(months|meses)\b")]
    private static partial Regex ThoseMonths();

    [GeneratedRegex(@"\b(the\s+)?(?<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+months\s+(before|prior to)\s+(those|that|them|these)\b|\blos\s+(?<n>\d{1,2}|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)\s+meses\s+(anteriores|de antes|previos)\b")]
    private static partial Regex MonthsBefore();

    [GeneratedRegex(@"\b(apart|aside) from\b|\bother than\b|\bbesides\b|\bexcept( for)?\b|\bexcepto\b|\baparte de(l)?\b|\bsin contar\b|(?<!\bme\s(estan\s|esta\s)?)\bquitando\b|\bademas de(l)?\b|\bafter\b|\bdespues de(l)?\b")]
    private static partial Regex Exclusion();

    [GeneratedRegex(@"\b(the\s+)?(first|last|latest|final)\s+one\b|\b(el|la)\s+(primer[oa]?|ultim[oa])\b(?!\s+(mes|trimestre|semestre|ano|month|quarter|year))")]
    private static partial Regex FirstOrLast();

    [GeneratedRegex(@"\b(which|what) months\b|\b(en )?(que|cuales) meses\b")]
    private static partial Regex WhichMonths();

    [GeneratedRegex(@"\b(last|el pasado|pasado)\s+$")]
    private static partial Regex LastBefore();

    [GeneratedRegex(@"^\s+(pasado|ultimo)\b")]
    private static partial Regex PastAfter();

    [GeneratedRegex(@"\b(desde|since|a partir de|starting( in| from)?)\s*$")]
    private static partial Regex SinceStart();

    /// <summary>"now" that is no period: "from now on", "ahora en español".</summary>
    [GeneratedRegex(@"\bfor now\b|\bpor ahora\b|\bde momento\b|\bfrom now on\b|\bde ahora en adelante\b|\ba partir de ahora\b|\bahora( todo)? en (espanol|ingles|castellano)\b|\b(si )?ahora si\b|\bnow( all)? in (english|spanish)\b|(^|[.!?;:,]\s*)\W*((ok|okay|vale|bueno|alright|right|so|um|uh)\W+)*(and |y )?(now|ahora)\b|\bviene ahora\b")]
    private static partial Regex NotNow();

    [GeneratedRegex(@"\b(the same month|(el|al|del) mismo mes|ese mismo mes|same month)\s+(of |del |de |in )?(the )?(last year|year before|previous year|ano (pasado|anterior)|el ano (pasado|anterior)|hace (?<n>un|dos|tres|[1-3]) anos?|(?<n>a|one|two|three|[1-3]) years? ago|(?<n>a|one|un) (year|ano) (before|earlier|antes))\b")]
    private static partial Regex SameMonthLastYear();

    [GeneratedRegex(@"\b(sin contar|excluding|except( for)?|excepto|aparte de(l)?|apart from|aside from|other than|besides|(?<!\bme\s(estan\s|esta\s)?)quitando)\b[^,.;?!]*|\b(si|aunque) no (hice|he hecho|tuve|he tenido|hubo|habia|me pagaron|cobre)\b[^,.;?!]*|\b(if|even though|although|though) i (didn'?t|did not|haven'?t|have not|had no|got no)\b[^,.;?!]*")]
    private static partial Regex ExclusionClause();

    /// <summary>A payslip that only says which month: "¿y en la nómina anterior a esa?", "and on the previous payslip?".</summary>
    [GeneratedRegex(@"\b(en|in|on|for|de|del)\s+(la|el|the)\s+(nomina|recibo|payslip|paycheck)\s+(anterior|previa|de antes|before|previous)\b|\bdel\s+(recibo|pago)\s+(anterior|previo|de antes)\b|\b(en|in|on|for)\s+the\s+(previous|prior)\s+(payslip|paycheck)\b")]
    private static partial Regex PayslipAsPeriod();

    [GeneratedRegex(@"\b(no|not|didn'?t|did not|haven'?t|sin|without|ningun[ao]?)\b[^.?!]{0,20}\b(raise|subid[oa]|subieron|subido|aumento|aumentado)")]
    private static partial Regex NoRaise();

    [GeneratedRegex(@"\b(justo |just |right )?(antes de|before)\s+$")]
    private static partial Regex BeforeMonth();

    [GeneratedRegex(@"\b(justo |just |right )?(despues de|after)\s+$")]
    private static partial Regex AfterMonth();

    [GeneratedRegex(@"\b(the )?(last|final) quarter of (?<y>(19|20)\d{2})\b|\b(el )?ultimo trimestre (de|del) (?<y>(19|20)\d{2})\b")]
    private static partial Regex LastQuarterOfYear();

    [GeneratedRegex(@"\b(el |the )?(primer|1er|first|1st|segundo|second|2nd)\s+(semestre|half)(\s+(de|del|of)(\s+the)?)?((\s+(?<y>(19|20)\d{2}))|\s+(?<rel>(el )?ano pasado|last year|this year|este ano|the previous year|el ano anterior))?")]
    private static partial Regex HalfYearPattern();

    [GeneratedRegex(@"\b((los|las|the)\s+)?((?<pos>primeros|first|ultimos|last)\s+(?<n>\d{1,2}|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|two|three|four|five|six|seven|eight|nine|ten|eleven)|(?<n>\d{1,2}|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once)\s+(?<pos>primeros|ultimos))\s+(meses|months)\s+(de|del|of)\s+(the\s+)?((?<y>(19|20)\d{2})\b|(?<rel>(el\s+)?ano pasado|last year|(el\s+)?ano anterior|the year before|the previous year|previous year|(este\s+)?ano|this year|(the\s+)?year)\b)")]
    private static partial Regex MonthsOfYearPattern();

    [GeneratedRegex(@"so far|hasta|en lo que va|year to date|ytd|a dia de hoy")]
    private static partial Regex SoFar();

    [GeneratedRegex(@"^\s*(y|and|a|to|hasta|till|until|through|-|–)\s*$")]
    private static partial Regex RangeBetween();

    [GeneratedRegex(@"\b(entre|between|from|desde|de)\s*$")]
    private static partial Regex RangeStart();

    [GeneratedRegex(@"\b(\d{1,2}|un|uno|una|one|a|dos|two|tres|three|cuatro|four|cinco|five|seis|six|siete|seven|ocho|eight|nueve|nine|diez|ten|once|eleven|doce|twelve)\b")]
    private static partial Regex NumberIn();

    [GeneratedRegex(@"\bcuando (cobro|me pagan|me toca|llega|me ingresan|es el pago)\b|\bcuando (cae|caera|entra|me cae|me entra|llega) (la |el |mi )?(lana|plata|pasta|nomina|paga|sueldo|pago|dinero|guita)\b|\b(a )?(final(es)?|fin) de(l)? mes\b|\bat the end of (the|this) month\b|\b(en )?la proxima\b(?! (semana|vez|mes|ano|nomina|paga))|\bnext (pay|payment|payday|payslip|paycheck|salary)\b|\bproxim[oa] (nomina|pago|cobro)\b|\b(la )?siguiente (nomina|paga)\b(?=.*\b(cuando|when|que dia|what day|fecha|date)\b)|\bwhen (do|will) i (get paid|be paid|get my)\b|\bwhen is (payday|pay day|my next)\b")]
    private static partial Regex NextPayment();

    /// <summary>A month pointed at only as "the previous one", "the one after that": a month named beside it says which one.</summary>
    [GeneratedRegex(@"^(the (previous|prior|next|following) one|the one (right |just |immediately )?(before|after)( that| it)?|(la|el) (anterior|siguiente|de antes)|(ese|esa|that)\W*|that month|ese mes)$")]
    private static partial Regex VagueOne();

    [GeneratedRegex(@"\b(?<rel>last|this|next) year'?s (?<m>january|february|march|april|may|june|july|august|september|october|november|december)\b")]
    private static partial Regex YearsMonth();

    /// <summary>Taking back what was just said: "... digo,", ", perdón,", "- sorry,", "- no wait,", "? no sorry,", ", bueno no, perdón,".</summary>
    [GeneratedRegex(@"(\.\.\.|…|,|-|–|\?|!)?\s*\b(no,?\s+)?(digo|perdon|perdona|bueno no|no espera|mejor dicho|quiero decir|quise decir|sorry|no wait|wait no|i mean|i meant|scratch that|make that|correction|oops)\b\W*|(\.\.\.|…)\s*no\b\W*|(\.\.\.|…|\?)\s*no,\s*")]
    private static partial Regex InMessageCorrection();

    [GeneratedRegex(@"(?<all>\b(?<unit>meses|months)\b[^a-z0-9]+(no,?\s+)?(digo|perdon|sorry|i mean|no)\b[^a-z0-9]+(hace\s+)?\w+(\s+ago)?)\b(?!\s+(meses|mes|months?))")]
    private static partial Regex CorrectedCount();

    [GeneratedRegex(@"^\s*(de|del|en|in|of|for)?\s*(?<y>(19|20)\d{2})\b")]
    private static partial Regex LeadingYear();

    [GeneratedRegex(@"\b(they|you)\s+bumped\s+(up\s+)?my\s+(base salary|base pay|base|salary|pay)(\s+up)?(\s+in\s+\w+)?|\b(i|we)\s+(got|had|received)\s+a\s+(pay\s+)?(raise|rise)(\s+(in|on|back in)\s+\w+(\s+\d{4})?)?|\bmy\s+(base|salary|base salary|base pay|pay)\s+(went|has gone|had gone)\s+up(\s+in\s+\w+)?|\b(en\s+\w+\s+)?(me|nos)\s+(subieron|han subido|suben|subio)\s+el\s+(sueldo|salario|base)(\s+en\s+\w+)?|\b(si|pero si)\s+(en\s+\w+\s+)?me\s+(subieron|han subido)\s+el\s+(sueldo|salario)(\s+en\s+\w+)?")]
    private static partial Regex RaiseAside();

    [GeneratedRegex(@"\b(aporte|aporto|aportaste|aportado|aportamos|aportacion|aportaciones)\b|\b(i )?(contributed|contribute|put into|paid into) (my |the )?(pension|retirement)")]
    private static partial Regex ContributionVerb();

    /// <summary>Words that steer the conversation, not the question: "back to pay:", "volviendo a lo de antes".</summary>
    [GeneratedRegex(@"\bback to (pay|the pay|payroll|business|work|my pay)\b|\bvolviendo (a lo de antes|al tema)\b")]
    private static partial Regex DiscourseMarker();

    /// <summary>The whole of a year rather than one month of it: "all of 2024", "el año entero", "the full year".</summary>
    [GeneratedRegex(@"\b(all of|whole|entire|full|for the year|over the year|todo el|entero|completo|del ano|en el ano|a lo largo)\b")]
    private static partial Regex WholeYear();

    /// <summary>"now the other one", "y ahora la otra": the one of two things asked together not given yet.</summary>
    [GeneratedRegex(@"^\W*(ok\W+|and\W+|y\W+|now\W+|ahora\W+|vale\W+)*(the other (one|line|deduction)|(el|la|lo) otr[oa](?! (mes|ano|month|year))|the second (one|line))\b")]
    private static partial Regex TheOtherOne();

    /// <summary>The months just talked about, as a group: "de los tres", "of those three months", "de todos ellos".</summary>
    [GeneratedRegex(@"\b(de|entre) (los|las|estos|estas|esos|esas) (tres|cuatro|cinco|seis)( meses| nominas)?\b|\b(los|las|esos|esas) (tres|cuatro|cinco|seis) (meses|nominas)\b|\b(of|among|between) (the|these|those|all) (three|four|five|six)( months| payslips)?\b|\ball (three|four|five|six)\b|\b(of|among) them all\b|\bde todos (ellos|esos meses|estos meses)\b|\b(those|these) (three |four )?months\b|\b(esos|estos) meses\b|\bsi (junto|sumo) (los|las) (tres|cuatro|cinco|seis)\b")]
    private static partial Regex TalkedGroup();

    /// <summary>A remark about the assistant itself: "you're quicker than HR", "eres más rápido que RRHH".</summary>
    [GeneratedRegex(@"\b(you'?re|you are|u r|ur|eres|you'?ve been|has sido)\b\s+(\w+\s+){0,2}(quicker|faster|better|smarter|slower|worse|mas rapid[oa]|mas list[oa]|mejor|peor|mas lent[oa])\b")]
    private static partial Regex AboutTheAssistant();

    /// <summary>Two months as the ends of a stretch: "de enero a diciembre", "from March to May", "entre julio y octubre".</summary>
    [GeneratedRegex(@"\b(de|desde|from|entre|between)\s+\w+\s+(a|al|hasta|to|through|till|until|y|and)\s+\w+")]
    private static partial Regex MonthRangeWords();

    /// <summary>"just that one", "solo esa": the period just named and no other.</summary>
    [GeneratedRegex(@"\b(just|only) (that|this) one\b|\bsolo (esa|ese|eso)\b")]
    private static partial Regex JustThatOne();

    /// <summary>A raise named only to date a month: "antes de la última subida", "before my last raise".</summary>
    [GeneratedRegex(@",?\s*\b(antes|despues) de (la|mi) (ultima |primera )?subida( de sueldo| salarial)?\b|,?\s*\b(before|after) (the|my) (last |latest |first )?(pay )?(raise|rise)\b")]
    private static partial Regex RaiseAsTime();
}
