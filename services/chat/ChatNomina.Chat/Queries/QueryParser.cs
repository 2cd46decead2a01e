using System.Text.RegularExpressions;
using ChatNomina.Chat.Conversations;
using ChatNomina.Chat.Data;
using ChatNomina.Chat.Pipeline;
using ChatNomina.Chat.Understanding;

namespace ChatNomina.Chat.Queries;

/// <summary>
/// Turns a message into a <see cref="PayrollQuery"/> (nlu.md v2): the measures it names (several
/// make a multi-part question), the operation, the periods (months, ranges, quarters, years, year
/// to date, latest paid, next payment, relative ones resolved against the message time), the
/// subject, and what it revises or refers to in the previous turn's query. The models' intent and
/// entities fill in what the words leave open (small talk, out of scope, a month the lexicon did
/// not read). Pure: the time, the previous query and the models' output are arguments.
/// </summary>
public static partial class QueryParser
{
    private sealed record Hit(int Position, string Measure, bool Weak = false);

    private sealed record PeriodHit(int Position, QueryPeriod Period);

    /// <summary>
    /// The operation words of a message, each pattern evaluated once (the comparison words are the costliest pattern the
    /// parser has) and shared by every step that asks.
    /// </summary>
    private sealed record Words(bool Compare, bool Explain, bool Superlative, bool Average, bool BackReference, bool HowMuch)
    {
        public static Words Read(string f) => new(QueryLexicon.Compare().IsMatch(f), QueryLexicon.Explain().IsMatch(f),
            QueryLexicon.Superlative().IsMatch(f), QueryLexicon.Average().IsMatch(f), QueryLexicon.BackReference().IsMatch(f),
            QueryLexicon.HowMuch().IsMatch(f));
    }

    /// <summary>What the words of a message ask to do once read against its periods, shared by the steps below.</summary>
    private sealed record Cues(bool Compare, bool Explain, bool HowMuch, bool Breakdown, bool ReferredFound, Words Words);

    /// <summary>The operation and periods of a message once read against the conversation; <c>Named</c> is the periods it names.</summary>
    private sealed record Resolution(QueryOperation Operation, QueryPeriod Period, QueryPeriod? Other, bool SingleExplain, List<QueryPeriod> Named);

    public static PayrollQuery Parse(string text, NluResult? nlu, ConversationContext? context, DateTimeOffset now, double threshold)
    {
        // "last year's March salary": the month of that year.
        var f = YearsMonth().Replace(QueryLexicon.Normalize(text), "${m} ${rel} year");
        // "hace tres meses... digo, hace cuatro": the corrected count keeps its unit.
        f = CorrectedCount().Replace(f, "${all} ${unit}");
        var previous = context?.Query is { Requests.Count: > 0 } q ? q : null;

        // "can u answer in english? my manager is from dublin": a language switch that asks nothing new is about the answer just given.
        var switchOnly = QueryLexicon.LanguageSwitch().IsMatch(f) && FindMeasures(f).Count == 0 && !YearPattern().IsMatch(f);
        // "in general, who decides how much everyone pays?": a general question, not a question about someone's pay.
        var general = QueryLexicon.General().IsMatch(f) && !AsksOwnAfterContext(f) && !ThirdPartyDetector.NamesSomeone(text);
        if (!switchOnly && !general && ThirdPartyDetector.AsksAboutSomeoneElse(text))
        {
            // What was asked is kept (never executed), so "ok, what about me?" can ask it about the user.
            var asked = Understand(text, f, nlu, context, previous, now, threshold);
            return new PayrollQuery { Act = ConversationAct.SomeoneElse, Requests = asked.Act == ConversationAct.None ? asked.Requests : [] };
        }
        if (context?.Refused is { Requests.Count: > 0 } refused)
        {
            if (AboutMe().IsMatch(f))
            {
                return refused with { Act = ConversationAct.None };
            }
            if (Mine().IsMatch(f) && FindMeasures(f).Count == 0)
            {
                // "ok, entonces dime lo mío del mes pasado": the refused question, about the user, revised by what this message says.
                return Understand(text, f, nlu, context with { Query = refused }, refused, now, threshold);
            }
        }
        return Understand(text, f, nlu, context, previous, now, threshold);
    }

    private static PayrollQuery Understand(string text, string f, NluResult? nlu, ConversationContext? context, PayrollQuery? previous,
        DateTimeOffset now, double threshold)
    {
        var said = f; // the message as normalized, before anything is set aside
        string? switched = null;
        if (QueryLexicon.LanguageSwitch().Match(f) is { Success: true } sw)
        {
            var lang = sw.Value.Contains("english", StringComparison.Ordinal) || sw.Value.Contains("ingles", StringComparison.Ordinal)
                ? "en" : "es";
            switched = lang;
            var rest = QueryLexicon.SwitchFiller().Replace(f.Remove(sw.Index, sw.Length), " ");
            var asksMore = FindMeasures(rest).Count > 0 || YearPattern().IsMatch(rest)
                || WordPattern().Matches(rest).Any(w => QueryLexicon.MonthWords.ContainsKey(w.Value) && w.Value.Length > 3);
            if (asksMore)
            {
                // "back to english now. union dues on that one?": "now" goes with the switch, not with the question.
                f = f.Remove(sw.Index, sw.Length).Insert(sw.Index, new string(' ', sw.Length));
                f = Regex.Replace(f, @"^(\W*)(now|ahora)\b", m => m.Groups[1].Value + new string(' ', m.Groups[2].Length));
            }
            if (!asksMore)
            {
                return previous is null
                    ? new PayrollQuery { Act = ConversationAct.LanguageSwitch, Language = lang }
                    : previous with { Act = ConversationAct.LanguageSwitch, Language = lang };
            }
        }
        // "¿qué sueldo base tenía en febrero de 2025, antes de la última subida?": the raise dates the month, it asks no comparison.
        f = RaiseAsTime().Replace(f, Blank);
        var words = Words.Read(f);
        if (previous is not null && AboutTheAssistant().IsMatch(f) && FindMeasures(f).Count == 0 && !YearPattern().IsMatch(f)
            && !WordPattern().Matches(f).Any(w => QueryLexicon.MonthWords.ContainsKey(w.Value) && w.Value.Length > 3))
        {
            // "wow ok. you're quicker than HR lol": about the assistant, not a comparison of pay.
            return ActOnly(f, nlu, threshold, [], now);
        }
        // "why is this year's lower if I got a raise?" after two months: the raise is no hypothetical.
        var generalWords = words.Explain && previous is not null ? RaiseAside().Replace(f, " ") : f;
        if ((QueryLexicon.General().IsMatch(generalWords) && !AsksOwnAfterContext(f)) || QueryLexicon.Action().IsMatch(f))
        {
            return new PayrollQuery { Act = ConversationAct.OutOfScope };
        }

        // What a message leaves out ("sin contar la paga de diciembre") is not something it asks for.
        // Nor is what it says by the way: "junio, que es cuando cobré la extra".
        var asked = JustThatOne().Replace(DiscourseMarker().Replace(ContextClause().Replace(ExclusionClause().Replace(f, Blank), Blank), Blank), Blank);
        if (words.Explain || words.Compare)
        {
            asked = CheckedBelief().Replace(asked, Blank);
        }
        if ((words.Explain || words.Compare || words.Superlative)
            && RaiseAside().Match(asked) is { Success: true } raise && ButClause().Match(asked) is var but && !(but.Success && raise.Index < but.Index))
        {
            // "me subieron el sueldo en enero y aun así la nómina de enero es más baja…", "how?? I got a raise in January",
            // "my base went up, what dragged it down?": the raise is what the user knows, not what they ask.
            var aside = RaiseAside().Replace(asked, Blank);
            var asideWords = Words.Read(aside);
            if (asideWords.Explain || asideWords.Compare || previous is { Requests: [{ Other: not null }, ..] }
                || (context?.EarlierPeriod is not null && previous is not null))
            {
                asked = aside;
                f = aside;
                words = asideWords;
            }
        }
        var named = previous is null ? asked : PayslipAsPeriod().Replace(asked, Blank);
        var measures = FindMeasures(named);
        // The model's months count only where the words are still asked ("how?? I got a raise in January": not January).
        var entities = (nlu?.Entities ?? []).Where(e => asked == said || asked.Contains(QueryLexicon.Fold(e.Text), StringComparison.Ordinal)).ToList();
        var (periods, referred, referredFound) = FindPeriods(asked, text, entities, now, previous, words);
        // "ponmelos uno por uno" about one payslip: its lines (about several months it lists them).
        var breakdown = QueryLexicon.Breakdown().IsMatch(f)
            || (OneByOne().IsMatch(f) && periods.Select(p => p.Period).Distinct().Count() <= 1 && !periods.Any(p => p.Period.IsRange));
        // "¿a cuánto subió?" asks the amount it came to, not a comparison.
        var comesTo = Regex.IsMatch(f, @"\ba cuanto (subio|subieron|ascendio|ascendieron|llego|sube|asciende)\b");
        var compare = words.Compare && !comesTo;
        // "desglósame de dónde sale": the breakdown of where it comes from, not a comparison.
        var explain = words.Explain
            && (!breakdown || QueryLexicon.Explain().Matches(f).Any(m => !m.Value.StartsWith("de donde", StringComparison.Ordinal)));
        var howMuch = words.HowMuch;
        var continues = previous is not null && (periods.Count > 0 || referred || QueryLexicon.FollowUpStart().IsMatch(f)
            || words.BackReference || breakdown || words.Superlative || compare || explain || howMuch || words.Average || TheOtherOne().IsMatch(f) || TalkedGroup().IsMatch(f));
        var payrollWords = QueryLexicon.PayrollWord().IsMatch(f) || MyPayVerb().IsMatch(named)
            || measures.Any(h => !h.Weak && h.Measure != Measures.PaymentDate);
        if (nlu is { Intent: Intents.OutOfScope } && nlu.Confidence >= threshold && !continues && !payrollWords && !QueryLexicon.Thanks().IsMatch(f)
            && !(QueryLexicon.Greeting().IsMatch(f) && f.Length < 80))
        {
            // "how much is my water bill", "when is my next meeting": no payroll word, and the model agrees.
            return new PayrollQuery { Act = ConversationAct.OutOfScope };
        }
        if (!compare && words.Superlative && measures.Count == 0 && periods.Count == 0 && !TalkedGroup().IsMatch(f) && previous is { Requests: [{ Period.Kind: PeriodKind.Month, Other: null } lastOne, ..] }
            && context?.EarlierPeriod is { Kind: PeriodKind.Month } talkedEarlier && talkedEarlier != lastOne.Period
            && Regex.IsMatch(f, @"^\W*(y\s+|and\s+|so\s+|entonces\s+)?(cual|which)\b"))
        {
            // "¿cuál fue más alta y por cuánto?" after two months one by one: which of the two, compared.
            compare = true;
        }
        var cues = new Cues(compare, explain, howMuch, breakdown, referredFound, words);
        var namesMeasure = measures.Count > 0;
        measures = ReadMeasures(measures, f, named, previous, context, cues);

        if (QueryLexicon.Insult().IsMatch(f) && periods.Count == 0 && !referred && !howMuch && !f.Contains('?', StringComparison.Ordinal))
        {
            return new PayrollQuery { Act = ConversationAct.OutOfScope };
        }
        if (measures.Count == 0 && periods.Count == 0 && !referred && !breakdown
            && (QueryLexicon.Thanks().IsMatch(f) || QueryLexicon.Goodbye().IsMatch(f) || (QueryLexicon.Greeting().IsMatch(f) && f.Length < 80)))
        {
            // "thanks, that's all": small talk, not a follow-up.
            return ActOnly(f, nlu, threshold, periods, now);
        }
        var pointsBack = previous is not null && (compare || explain || words.Superlative || words.BackReference
            || howMuch || QueryLexicon.Rate().IsMatch(f) || SumOfTwo().IsMatch(f) || FirstOrLast().IsMatch(f) || words.Average
            || TalkedGroup().IsMatch(f));
        var hasData = measures.Count > 0 || periods.Count > 0 || referred || breakdown || pointsBack;
        if (QueryLexicon.Help().IsMatch(f) && periods.Count == 0 && !referred && measures.All(h => h.Measure == Measures.Payslip))
        {
            // "hola... ¿me echas una mano con una cosa de la nómina?": help, before any figure.
            return new PayrollQuery { Act = ConversationAct.Help };
        }
        if (!hasData || (measures.Count == 0 && previous is null && periods.Count == 0))
        {
            return ActOnly(f, nlu, threshold, periods, now);
        }

        if (words.Superlative && measures.Any(h => h.Measure == Measures.PaymentDate) && measures.Any(h => Measures.IsMoney(h.Measure)))
        {
            // "of my bonuses in 2025 which was the largest and when": the month found says when.
            measures.RemoveAll(h => h.Measure == Measures.PaymentDate);
        }
        if (!howMuch && measures.Any(h => h.Measure == Measures.PaymentDate) && measures.Any(h => Measures.IsEarning(h.Measure)))
        {
            // "¿y la paga de diciembre para cuándo está?": the date is the question, the line says which payment.
            var date = measures.First(h => h.Measure == Measures.PaymentDate);
            measures.Remove(date);
            measures.Insert(0, date with { Position = -1 });
        }

        // Revise or refer: what the message leaves out comes from the previous query.
        var measureList = measures.OrderBy(h => h.Position).Select(h => h.Measure).Distinct().ToList();
        if (previous is not null && measureList.Count > 0 && measureList.All(Measures.IsMoney) && periods.Count == 0 && AlsoWord().IsMatch(f)
            && !compare && !explain && previous.Requests.Select(r => r.Measure).Where(Measures.IsMoney).Distinct().ToList() is { Count: > 0 } before)
        {
            // "y dime también lo de formación" after the unemployment line: both.
            measureList = [.. measureList.Concat(before).Distinct()];
        }
        var inheritedMeasures = false;
        if (measureList.Count == 0)
        {
            if (previous is not null)
            {
                measureList = [.. previous.Requests.Select(r => r.Measure).Distinct()];
                inheritedMeasures = true;
                if (Regex.IsMatch(f, @"\b(both|the two|las dos|los dos|ambos|ambas|(the|those|these) same two|(esas|esos) (mismas |mismos )?dos|(las|los) mism[oa]s dos)\b") && measureList.Count == 1 && context?.EarlierMeasures is { Count: > 0 } earlierOnes)
                {
                    // "las dos, pero en diciembre" after the IRPF then the social security: both lines.
                    measureList = [.. earlierOnes.Where(Measures.IsMoney).Concat(measureList).Distinct()];
                }
            }
            else
            {
                measureList = [FromModel(nlu, threshold) ?? Measures.Payslip];
            }
        }
        if (compare && !namesMeasure && periods.Count == 0 && Regex.IsMatch(f, @"\b(diferencia|difference|gap|between them|entre (los|las) dos|entre ambos)\b")
            && GrossAndNetOfOneMonth(previous!, context) is { } talkedMonth)
        {
            // "difference between them?" after the net and the gross of one month: what was deducted ("concepto por concepto": line by line).
            return new PayrollQuery
            {
                Requests = [new QueryRequest(Measures.TotalDeductions, breakdown ? QueryOperation.Breakdown : QueryOperation.Value, talkedMonth)],
                Language = switched ?? context?.Query?.Language,
            };
        }
        var (op, period, other, singleExplain, distinct) = ResolvePeriods(f, cues, periods, measures, measureList, inheritedMeasures, previous, context, now);
        var prevPeriod = previous?.Requests[0].Period;
        var prevOther = previous?.Requests[0].Other;

        // "¿cuál es el más alto?" about one month: its largest line.
        IReadOnlyList<string> excluded = [];
        if (op == QueryOperation.Value && period.Kind is PeriodKind.Month or PeriodKind.Latest && distinct.Count <= 1 && Extreme(f) is { } lineExtreme
            && measureList.All(m => Measures.IsMoney(m) || m == Measures.Payslip))
        {
            if (Exclusion().Match(f) is { Success: true } except)
            {
                excluded = [.. FindMeasures(f[(except.Index + except.Length)..]).Where(h => Measures.IsDeduction(h.Measure) || Measures.IsEarning(h.Measure))
                    .Select(h => Measures.Type(h.Measure)).Distinct()];
            }
            var earnings = measureList.Any(m => Measures.IsEarning(m) || m == Measures.Gross) && !measureList.Any(Measures.IsDeduction);
            measureList = [earnings ? Measures.Gross : Measures.TotalDeductions];
            op = lineExtreme;
        }

        // "what's on my December payslip besides the base salary?": the other lines of that side of the payslip.
        if (op == QueryOperation.Value && period.Kind is PeriodKind.Month or PeriodKind.Latest && measureList.All(m => m == Measures.Payslip)
            && ExclusionClause().Match(f) is { Success: true } besides
            && FindMeasures(besides.Value).Select(h => h.Measure).Where(m => Measures.IsDeduction(m) || Measures.IsEarning(m)).Distinct().ToList() is { Count: > 0 } left)
        {
            excluded = [.. left.Select(Measures.Type)];
            measureList = [left.All(Measures.IsEarning) ? Measures.Gross : Measures.TotalDeductions];
            op = QueryOperation.Breakdown;
        }

        // Comparing payment dates or profile fields means comparing the pay.
        if (op is QueryOperation.Compare or QueryOperation.ExplainChange)
        {
            measureList = [.. measureList.Select(m => m == Measures.PaymentDate || Measures.IsProfile(m) ? Measures.Net : m).Distinct()];
        }
        if (op == QueryOperation.Breakdown)
        {
            measureList = [.. measureList.Select(m => Measures.IsDeduction(m) ? Measures.TotalDeductions
                : Measures.IsEarning(m) ? Measures.Gross
                : m == Measures.Net || m == Measures.PaymentDate ? Measures.Payslip : m).Distinct()];
        }

        if (op is QueryOperation.Max or QueryOperation.Min && measureList is [Measures.Payslip])
        {
            // "¿cuál fue la nómina más gorda que tuve en 2025?": the payslip with the most net pay.
            measureList = [Measures.Net];
        }
        var requests = new List<QueryRequest>();
        // "union dues over 2025, and what they are at the moment": one request per period named.
        var extraPeriods = op is QueryOperation.Value or QueryOperation.Total or QueryOperation.List && distinct.Count > 1 ? distinct.Skip(1).ToList() : [];
        if (op is QueryOperation.Value && distinct.Count == 0 && prevOther is { IsKnown: true } && !inheritedMeasures
            && Regex.IsMatch(f, @"\b(two|both|dos|ambos|ambas|each|cada un[oa])\b") && period == prevPeriod)
        {
            // "what were the two bonuses?" after comparing two months: that line in both, the older first.
            extraPeriods = [period];
            period = prevOther;
        }
        foreach (var m in measureList)
        {
            var mop = op;
            if (mop == QueryOperation.Total && Measures.IsLevel(m))
            {
                mop = QueryOperation.List;
            }
            if (!Measures.IsMoney(m) && mop is QueryOperation.Total or QueryOperation.Max or QueryOperation.Min or QueryOperation.Average)
            {
                mop = QueryOperation.List;
            }
            var mperiod = Measures.IsProfile(m) ? QueryPeriod.None : period;
            if (mop is QueryOperation.Max or QueryOperation.Min && Measures.IsMoney(m) && Regex.IsMatch(f, @"\btotal\b|\ben total\b|\baltogether\b|\bsuma\b|\ben todo\b"))
            {
                // "my total take-home for 2025, and which month paid the most": both.
                requests.Add(new QueryRequest(m, QueryOperation.Total, mperiod));
            }
            requests.Add(new QueryRequest(m, mop, mperiod, Measures.IsProfile(m) ? null : other));
            foreach (var extra in extraPeriods)
            {
                if (!Measures.IsProfile(m))
                {
                    requests.Add(new QueryRequest(m, extra.IsRange && Measures.IsMoney(m) && !Measures.IsLevel(m) ? QueryOperation.Total : extra.IsRange ? QueryOperation.List : QueryOperation.Value, extra));
                }
            }
        }
        return new PayrollQuery
        {
            Requests = requests,
            MentionsMei = Regex.IsMatch(f, @"\bmei\b"),
            Excluded = excluded,
            Percent = op is QueryOperation.Compare or QueryOperation.ExplainChange && QueryLexicon.Rate().IsMatch(f),
            Explain = singleExplain,
            Language = switched ?? context?.Query?.Language,
            Pdf = QueryLexicon.PdfWord().IsMatch(f),
        };
    }

    /// <summary>The month whose gross and net pay were just given (in one answer, or in the last two), if that is what was talked about.</summary>
    private static QueryPeriod? GrossAndNetOfOneMonth(PayrollQuery previous, ConversationContext? context)
    {
        if (previous.Requests is not [{ Period.Kind: PeriodKind.Month, Other: null } first, ..] || previous.Requests.Any(r => r.Period != first.Period))
        {
            return null;
        }
        var said = previous.Requests.Select(r => r.Measure).ToHashSet();
        if (said.Count == 1 && context is { EarlierPeriod: null, EarlierMeasures: { } before })
        {
            said.UnionWith(before);
        }
        return said.SetEquals([Measures.Net, Measures.Gross]) ? first.Period : null;
    }

    /// <summary>Spaces in place of a match, so positions in the message stay where they were.</summary>
    private static string Blank(Match m) => new(' ', m.Length);

    /// <summary>
    /// "I'm new to payslips in Spain, bear with me. What's my gross for March 2026?": the general words are context when
    /// the last sentence asks for an amount of a named period without them.
    /// </summary>
    private static bool AsksOwnAfterContext(string f)
    {
        var sentences = Regex.Split(f, @"(?<=[.?!:])\s+").Where(x => x.Trim().Length > 0).ToList();
        // "the chunk that pays for my state pension and public healthcare - how much was it in January 2024?": one sentence
        // that asks how much of the user's own pay for a named period.
        var last = sentences.Count > 1 && !QueryLexicon.General().IsMatch(sentences[^1]) ? sentences[^1]
            : sentences.Count == 1 && QueryLexicon.HowMuch().IsMatch(f) && Regex.IsMatch(f, @"\b(my|mi|mis|me)\b") ? f : null;
        return last is not null && FindMeasures(last).Any(h => Measures.IsMoney(h.Measure) && !h.Weak)
            && (YearPattern().IsMatch(last) || WordPattern().Matches(last).Any(w => QueryLexicon.MonthWords.ContainsKey(w.Value) && w.Value.Length > 3));
    }

    /// <summary>Max or min when the message asks for the highest or lowest month of a period.</summary>
    private static QueryOperation? Extreme(string f)
    {
        var superlative = QueryLexicon.Superlative().Match(f);
        var which = QueryLexicon.WhichMonth().IsMatch(f) && (QueryLexicon.Most().IsMatch(f) || QueryLexicon.Least().IsMatch(f));
        if (!superlative.Success && !which)
        {
            return null;
        }
        var text = superlative.Success ? superlative.Value : f;
        return Regex.IsMatch(text, @"baj[oa]|lowest|smallest|least|minim|menor|worst|weakest|menos|pequen|less|peor|flojo") ? QueryOperation.Min : QueryOperation.Max;
    }

    /// <summary>A message without payroll words: small talk, help, out of scope, or unclear.</summary>
    private static PayrollQuery ActOnly(string f, NluResult? nlu, double threshold, List<PeriodHit> periods, DateTimeOffset now)
    {
        if (QueryLexicon.Thanks().IsMatch(f))
        {
            return new PayrollQuery { Act = ConversationAct.Thanks };
        }
        if (QueryLexicon.Goodbye().IsMatch(f))
        {
            return new PayrollQuery { Act = ConversationAct.Goodbye };
        }
        if (QueryLexicon.Help().IsMatch(f))
        {
            // "hey, first time using this thing. what can you actually help me with?": the help says more than a greeting.
            return new PayrollQuery { Act = ConversationAct.Help };
        }
        if (QueryLexicon.Greeting().IsMatch(f) && f.Length < 80)
        {
            return new PayrollQuery { Act = ConversationAct.Greeting };
        }
        var act = nlu?.Intent switch
        {
            Intents.Greeting => ConversationAct.Greeting,
            Intents.Goodbye => ConversationAct.Goodbye,
            Intents.Thanks => ConversationAct.Thanks,
            Intents.Help => ConversationAct.Help,
            Intents.OutOfScope => ConversationAct.OutOfScope,
            _ => ConversationAct.None,
        };
        if (act != ConversationAct.None && nlu!.Confidence >= threshold / 2)
        {
            return new PayrollQuery { Act = act };
        }
        // A data intent the words do not show: answer it only when the model is sure.
        if (FromModel(nlu, threshold) is { } measure && nlu!.Confidence >= threshold && nlu.Entities.Count > 0)
        {
            var period = periods.Count > 0 ? periods[0].Period : QueryPeriod.Latest;
            return new PayrollQuery { Requests = [new QueryRequest(measure, QueryOperation.Value, Measures.IsProfile(measure) ? QueryPeriod.None : period)] };
        }
        return new PayrollQuery { Act = act == ConversationAct.OutOfScope ? ConversationAct.OutOfScope : ConversationAct.Unclear };
    }

    /// <summary>The measure of a confident v1 intent (with its entities), for messages whose words name none.</summary>
    private static string? FromModel(NluResult? nlu, double threshold)
    {
        if (nlu is null || nlu.Confidence < threshold)
        {
            return null;
        }
        var type = nlu.Entities.FirstOrDefault(e => e.Type == EntityTypes.DeductionType && e.Value is not null)?.Value;
        var field = nlu.Entities.FirstOrDefault(e => e.Type == EntityTypes.ProfileField && e.Value is not null)?.Value;
        return nlu.Intent switch
        {
            Intents.NetPay or Intents.YtdSummary or Intents.PayComparison => Measures.Net,
            Intents.GrossPay => Measures.Gross,
            Intents.Deductions => type is null ? Measures.TotalDeductions : Measures.Deduction(type),
            Intents.PaymentDate => Measures.PaymentDate,
            Intents.PayslipSummary => Measures.Payslip,
            Intents.ProfileInfo => Measures.Profile(field ?? "position"),
            _ => null,
        };
    }
}
