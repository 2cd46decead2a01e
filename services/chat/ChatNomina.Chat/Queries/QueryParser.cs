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

    public static PayrollQuery Parse(string text, NluResult? nlu, ConversationContext? context, DateTimeOffset now, double threshold)
    {
        var f = QueryLexicon.Normalize(text);
        var previous = context?.Query is { Requests.Count: > 0 } q ? q : null;

        // "can u answer in english? my manager is from dublin": a language switch that asks nothing new is about the answer just given.
        var switchOnly = QueryLexicon.LanguageSwitch().IsMatch(f) && FindMeasures(f).Count == 0 && !YearPattern().IsMatch(f);
        if (!switchOnly && ThirdPartyDetector.AsksAboutSomeoneElse(text))
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
        string? switched = null;
        if (QueryLexicon.LanguageSwitch().Match(f) is { Success: true } sw)
        {
            var lang = sw.Value.Contains("english", StringComparison.Ordinal) || sw.Value.Contains("ingles", StringComparison.Ordinal)
                ? "en" : "es";
            switched = lang;
            var rest = QueryLexicon.SwitchFiller().Replace(f.Remove(sw.Index, sw.Length), " ");
            var asksMore = FindMeasures(rest).Count > 0 || YearPattern().IsMatch(rest)
                || WordPattern().Matches(rest).Any(w => QueryLexicon.MonthWords.ContainsKey(w.Value) && w.Value.Length > 3);
            if (!asksMore || previous is null)
            {
                return previous is null
                    ? new PayrollQuery { Act = ConversationAct.LanguageSwitch, Language = lang }
                    : previous with { Act = ConversationAct.LanguageSwitch, Language = lang };
            }
        }
        if (QueryLexicon.General().IsMatch(f) || QueryLexicon.Action().IsMatch(f))
        {
            return new PayrollQuery { Act = ConversationAct.OutOfScope };
        }

        // What a message leaves out ("sin contar la paga de diciembre") is not something it asks for.
        // Nor is what it says by the way: "junio, que es cuando cobré la extra".
        var asked = ContextClause().Replace(ExclusionClause().Replace(f, m => new string(' ', m.Length)), m => new string(' ', m.Length));
        var named = previous is null ? asked : PayslipAsPeriod().Replace(asked, m => new string(' ', m.Length));
        var measures = FindMeasures(named);
        var (periods, referred, referredFound) = FindPeriods(asked, text, nlu?.Entities ?? [], now, previous);
        // "ponmelos uno por uno" about one payslip: its lines (about several months it lists them).
        var breakdown = QueryLexicon.Breakdown().IsMatch(f)
            || (OneByOne().IsMatch(f) && periods.Select(p => p.Period).Distinct().Count() <= 1 && !periods.Any(p => p.Period.IsRange));
        var compare = QueryLexicon.Compare().IsMatch(f);
        var explain = QueryLexicon.Explain().IsMatch(f);
        var howMuch = QueryLexicon.HowMuch().IsMatch(f);
        var continues = previous is not null && (periods.Count > 0 || referred || QueryLexicon.FollowUpStart().IsMatch(f)
            || QueryLexicon.BackReference().IsMatch(f) || breakdown || QueryLexicon.Superlative().IsMatch(f) || compare || explain || howMuch);
        var payrollWords = QueryLexicon.PayrollWord().IsMatch(f) || MyPayVerb().IsMatch(named)
            || measures.Any(h => !h.Weak && h.Measure != Measures.PaymentDate);
        if (nlu is { Intent: Intents.OutOfScope } && nlu.Confidence >= threshold && !continues && !payrollWords)
        {
            // "how much is my water bill", "when is my next meeting": no payroll word, and the model agrees.
            return new PayrollQuery { Act = ConversationAct.OutOfScope };
        }
        var earnVerb = QueryLexicon.EarnVerb().Match(named); // not in what the message leaves out
        if (earnVerb.Value == "made" && Regex.IsMatch(named, @"\bwhat made\b"))
        {
            earnVerb = Match.Empty; // "what made it bigger?" asks why, not what I made
        }

        // "¿y el total?" after one line: the total that line belongs to.
        if (measures.Count == 0 && previous is not null && Regex.IsMatch(f, @"\b(el|the) total\b") && !earnVerb.Success
            && previous.Requests.Select(r => r.Measure).FirstOrDefault(m => Measures.IsDeduction(m) || Measures.IsEarning(m)) is { } line)
        {
            measures.Add(new Hit(0, Measures.IsDeduction(line) ? Measures.TotalDeductions : Measures.Gross));
        }

        // Measures the words name only loosely.
        if (!measures.Any(h => Measures.IsMoney(h.Measure)))
        {
            var onlyDates = measures.Count > 0 && measures.All(h => h.Measure == Measures.PaymentDate || Measures.IsProfile(h.Measure));
            if (howMuch && !measures.Any(h => Measures.IsProfile(h.Measure)))
            {
                var pos = QueryLexicon.HowMuch().Match(f).Index;
                var backReference = QueryLexicon.BackReference().IsMatch(f);
                if (previous is not null && backReference && previous.Requests.Any(r => Measures.IsMoney(r.Measure)) && !QueryLexicon.PayslipWord().IsMatch(f))
                {
                    // "how much of each did I pay over 2024?": the measures talked about (the last two turns' for "each").
                    // "which one is the biggest?" then "how much is that for the year?": the line it named.
                    var talked = previous.Requests.Select(r => r.FoundLine ?? r.Measure).Where(Measures.IsMoney).Distinct().ToList();
                    if (talked.Count == 1 && Regex.IsMatch(f, @"\beach\b|\bboth\b|\bcada un[oa]\b|\bamb[oa]s\b|\b(los|las) dos\b|\bthe two\b")
                        && context?.EarlierMeasures is { } earlierMeasures)
                    {
                        talked = [.. earlierMeasures.Where(Measures.IsMoney).Concat(talked).Distinct()];
                    }
                    measures.AddRange(talked.Select(m => new Hit(pos, m)));
                }
                else
                {
                    // "¿y de cuánto será esa nómina?": the pay; otherwise the amount talked about.
                    var inherited = previous?.Requests.Select(r => r.Measure).FirstOrDefault(Measures.IsMoney) is { } pm && !earnVerb.Success
                        && !QueryLexicon.PayslipWord().IsMatch(f) ? pm : Measures.Net;
                    measures.Add(new Hit(pos, inherited));
                }
            }
            else if (measures.Count == 0 && previous is not null && ForIt().IsMatch(f) && !QueryLexicon.Thanks().IsMatch(f)
                && previous.Requests.Select(r => r.FoundLine ?? r.Measure).Where(Measures.IsMoney).Distinct().ToList() is { Count: > 0 } forIt)
            {
                // "what do I pay a month for it now?" after the union dues of this year: the union dues.
                measures.AddRange(forIt.Select(m => new Hit(0, m)));
            }
            else if (measures.Count == 0 && previous is not null && IPaid().IsMatch(f)
                && previous.Requests.Select(r => r.Measure).FirstOrDefault(Measures.IsDeduction) is { } paidLine)
            {
                // "in which of those months did I pay the most?" after the social security of 2025: that deduction.
                measures.Add(new Hit(0, paidLine));
            }
            else if (earnVerb.Success && measures.Count == 0)
            {
                measures.Add(new Hit(earnVerb.Index, Measures.Net));
            }
            else if (!onlyDates && measures.Count == 0 && QueryLexicon.PayslipWord().Match(named) is { Success: true } slip)
            {
                measures.Add(new Hit(slip.Index, Measures.Payslip));
            }
        }
        if (measures.Any(h => Measures.IsProfile(h.Measure)))
        {
            // "¿cuándo entré en la empresa?": the date is the hire date, not a payment date.
            measures.RemoveAll(h => h.Measure == Measures.PaymentDate);
            if (measures.Any(h => Measures.IsMoney(h.Measure) || h.Measure == Measures.Payslip))
            {
                // "mi equipo" in a pay question is not the department question.
                measures.RemoveAll(h => h.Measure == Measures.Profile("department")
                    && !Regex.IsMatch(f, @"\bdepartamento\b|\bdepartment\b|\b(what|which) team\b|\bteam am i\b|\b(que|en que) (equipo|area)\b"));
            }
        }
        if (measures.Any(h => Measures.IsMoney(h.Measure) && !h.Weak) || NoRaise().IsMatch(f))
        {
            // "I got a raise but my net was lower", "y no me han subido el sueldo": the raise is context, not the question.
            measures.RemoveAll(h => h.Weak && h.Measure == "earning:base_salary");
        }
        if ((compare || explain) && measures.Count > 0 && ButClause().Match(named) is { Success: true } but
            && measures.All(h => h.Position < (but.Groups["lead"].Success ? but.Index + but.Length : but.Index))
            && (QueryLexicon.PayslipWord().IsMatch(named) || Regex.IsMatch(named, @"\b(la|el) de\b")))
        {
            // "me subieron el sueldo este año pero la nómina de diciembre me sale más baja", "las dos nóminas llevaban paga extra,
            // pero la de diciembre fue más alta": what comes before "pero" is context; the payslips' pay is compared.
            measures = [new Hit(but.Index, Measures.Net)];
        }
        if (measures.Any(h => Measures.IsDeduction(h.Measure)))
        {
            // "¿cuánto me retuvieron de IRPF en total?": the verb is the IRPF's, not the total's.
            measures.RemoveAll(h => h.Measure == Measures.TotalDeductions && (h.Weak || !Regex.IsMatch(f, @"\btotal")));
        }
        if (measures.Any(h => Measures.IsDeduction(h.Measure) && !h.Weak) || (QueryLexicon.Total().IsMatch(f) && measures.All(h => h.Weak)))
        {
            // "¿cuánto me retuvieron de seguridad social?" is the social security; "¿cuánto me retuvieron en total?" every deduction.
            var asTotal = !measures.Any(h => !h.Weak) && measures.Any(h => h.Weak && h.Measure == Measures.Deduction("income_tax"));
            measures.RemoveAll(h => h.Weak && h.Measure == Measures.Deduction("income_tax"));
            if (asTotal && measures.Count == 0)
            {
                measures.Add(new Hit(0, Measures.TotalDeductions));
            }
        }
        if (measures.Any(h => Measures.IsEarning(h.Measure) || h.Measure == Measures.Gross) && measures.Any(h => h.Measure == Measures.Deduction("income_tax"))
            && Regex.IsMatch(f, @"\btaxed\b|\bimpuestos\b") && !Regex.IsMatch(f, @"\birpf\b|income tax|withh"))
        {
            measures.RemoveAll(h => h.Measure == Measures.Deduction("income_tax"));
        }

        if (QueryLexicon.Rate().IsMatch(f) && !QueryLexicon.Action().IsMatch(f))
        {
            // "¿qué porcentaje de IRPF me aplican?": the share of the gross pay a deduction takes.
            for (var i = 0; i < measures.Count; i++)
            {
                if (Measures.IsDeduction(measures[i].Measure))
                {
                    measures[i] = measures[i] with { Measure = Measures.RatePrefix + Measures.Type(measures[i].Measure) };
                }
            }
        }

        if (measures.Count == 0 && periods.Count == 0 && !referred && !breakdown
            && (QueryLexicon.Thanks().IsMatch(f) || QueryLexicon.Goodbye().IsMatch(f) || (QueryLexicon.Greeting().IsMatch(f) && f.Length < 40)))
        {
            // "thanks, that's all": small talk, not a follow-up.
            return ActOnly(f, nlu, threshold, periods, now);
        }
        var pointsBack = previous is not null && (compare || explain || QueryLexicon.Superlative().IsMatch(f) || QueryLexicon.BackReference().IsMatch(f)
            || howMuch || QueryLexicon.Rate().IsMatch(f) || SumOfTwo().IsMatch(f) || FirstOrLast().IsMatch(f));
        var hasData = measures.Count > 0 || periods.Count > 0 || referred || breakdown || pointsBack;
        if (!hasData || (measures.Count == 0 && previous is null && periods.Count == 0))
        {
            return ActOnly(f, nlu, threshold, periods, now);
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
            measureList = [.. before.Concat(measureList).Distinct()];
        }
        var inheritedMeasures = false;
        if (measureList.Count == 0)
        {
            if (previous is not null)
            {
                measureList = [.. previous.Requests.Select(r => r.Measure).Distinct()];
                inheritedMeasures = true;
                if (Regex.IsMatch(f, @"\b(both|the two|las dos|los dos|ambos|ambas)\b") && measureList.Count == 1 && context?.EarlierMeasures is { Count: > 0 } earlierOnes)
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
        var prevPeriod = previous?.Requests[0].Period;
        var prevOther = previous?.Requests[0].Other;
        var prevOp = previous?.Requests[0].Operation;

        var op = QueryOperation.Value;
        QueryPeriod period;
        QueryPeriod? other = null;
        var singleExplain = false;

        var distinct = periods.Select(p => p.Period).Distinct().ToList();
        if (distinct.Count(p => p.Kind is PeriodKind.Month) >= 2)
        {
            // "abril 2026 vs abril 2025: ahora cobro más": "ahora" is not a third month.
            distinct.RemoveAll(p => p.Kind is PeriodKind.Latest);
        }
        if (distinct is [{ Kind: PeriodKind.Range, From: { } rangeFrom, To: { } rangeTo }] && rangeFrom != rangeTo && compare
            && Regex.IsMatch(f, @"\b(entre|between|from|desde)\b") && !QueryLexicon.Total().IsMatch(f) && !QueryLexicon.List().IsMatch(f)
            && !QueryLexicon.Average().IsMatch(f) && !QueryLexicon.Superlative().IsMatch(f))
        {
            // "¿cuánto ha cambiado mi bruto entre septiembre de 2024 y septiembre de 2026?": the two ends, compared.
            distinct = [QueryPeriod.Month(rangeFrom), QueryPeriod.Month(rangeTo)];
        }
        if (distinct is [{ Kind: PeriodKind.Year or PeriodKind.YearToDate, From: { } correctedYear }] && prevPeriod is { Kind: PeriodKind.Month, From: { } talkedMonth }
            && prevOther is null
            && previous!.Requests.Count > 0 && !measures.Any(h => !h.Weak) && YearOnlyCorrection().IsMatch(f)
            && !QueryLexicon.Total().IsMatch(f) && !QueryLexicon.Average().IsMatch(f) && !QueryLexicon.Superlative().IsMatch(f) && !QueryLexicon.List().IsMatch(f))
        {
            // "uy no, perdona, de 2026 quería decir" after May 2024: May 2026.
            distinct = [QueryPeriod.Month(new Period(correctedYear.Year, talkedMonth.Month))];
        }
        if (distinct.Count >= 3 && distinct.All(p => p.Kind == PeriodKind.Month) && !compare && !explain && QueryLexicon.Total().IsMatch(f)
            && distinct.OrderBy(p => p.From).Zip(distinct.OrderBy(p => p.From).Skip(1)).All(pair => pair.First.From!.Value.Next() == pair.Second.From))
        {
            // "súmame el irpf de julio, agosto y septiembre de 2025": the months next to each other, added up.
            distinct = [new QueryPeriod(PeriodKind.Range, distinct.Min(p => p.From), distinct.Max(p => p.To))];
        }
        if (distinct.Count == 0 && !compare && !explain && prevOther is { Kind: PeriodKind.Month } && prevPeriod is { Kind: PeriodKind.Month }
            && FirstOrLast().Match(f) is { Success: true } firstOfPair)
        {
            // "and what date did the first one get paid?" after comparing March and April: March.
            distinct = [Regex.IsMatch(firstOfPair.Value, @"first|primer") ? prevOther : prevPeriod];
        }
        var correctedPair = false;
        if (distinct is [{ Kind: PeriodKind.Year or PeriodKind.YearToDate, From: { } pairYear }] && prevOp is QueryOperation.Compare or QueryOperation.ExplainChange
            && prevPeriod is { Kind: PeriodKind.Month, From: { } laterMonth } && prevOther is { Kind: PeriodKind.Month, From: { } earlierOfPair }
            && !measures.Any(h => !h.Weak) && YearOnlyCorrection().IsMatch(f))
        {
            // "oops, I meant 2025" after comparing March and April 2024: the same two months of 2025.
            distinct = [QueryPeriod.Month(new Period(pairYear.Year, earlierOfPair.Month)), QueryPeriod.Month(new Period(pairYear.Year, laterMonth.Month))];
            correctedPair = true;
        }
        // "¿por qué septiembre fue más alto?" after October then September: one of the two months just talked about.
        var talkedPair = explain && distinct.Count == 1 && prevPeriod is { Kind: PeriodKind.Month }
            && ((prevOther is { Kind: PeriodKind.Month } && (distinct[0] == prevPeriod || distinct[0] == prevOther))
                || ((distinct[0] == prevPeriod || distinct[0] == context?.EarlierPeriod) && context?.EarlierPeriod is { Kind: PeriodKind.Month } talkedEarlier && talkedEarlier != prevPeriod
                    && (Comparative().IsMatch(f) || ChangeWord().IsMatch(f))));
        var wantsCompare = !referredFound && (compare || correctedPair || talkedPair || (explain && (distinct.Count >= 2 || distinct.Count == 0)));
        if (wantsCompare && distinct is [{ Kind: PeriodKind.Year or PeriodKind.YearToDate, To: { } comparedYear }]
            && prevPeriod is { Kind: PeriodKind.Month, From: { } comparedMonth } && comparedYear.Year != comparedMonth.Year)
        {
            // "compare with last year" after a month: the same month of that year.
            distinct = [QueryPeriod.Month(new Period(comparedYear.Year, comparedMonth.Month))];
        }
        if (distinct.Count == 0 && previous is not null && SumOfTwo().IsMatch(f) && context?.EarlierPeriod is { Kind: PeriodKind.Month } e
            && prevPeriod is { Kind: PeriodKind.Month } && e != prevPeriod)
        {
            // "¿cuánto suman las dos?": the two months just talked about, added up.
            var pair = new[] { e, prevPeriod }.OrderBy(p => p.From).ToList();
            (other, period) = (pair[0], pair[1]);
            op = QueryOperation.Total;
        }
        else if (distinct.Count == 0 && previous is not null && SumOfTwo().IsMatch(f) && context?.EarlierPeriod is { IsRange: true, From: { } ef, To: { } et }
            && prevPeriod is { IsRange: true, From: { } pf, To: { } pt } && (et.Next() == pf || pt.Next() == ef))
        {
            // "what were they combined?" after two quarters next to each other: the whole stretch, added up.
            period = new QueryPeriod(PeriodKind.Range, ef < pf ? ef : pf, et > pt ? et : pt);
            op = QueryOperation.Total;
        }
        else if (wantsCompare && distinct.Count == 1 && prevOther is { Kind: PeriodKind.Month } && prevPeriod is { Kind: PeriodKind.Month }
            && (distinct[0] == prevPeriod || distinct[0] == prevOther))
        {
            // "why was march higher?" after February and March added up: the two months talked about.
            (other, period) = (prevOther, prevPeriod);
            op = explain ? QueryOperation.ExplainChange : QueryOperation.Compare;
        }
        else if (wantsCompare && distinct.Count == 1 && distinct[0] == prevPeriod && prevPeriod is { Kind: PeriodKind.Month }
            && context?.EarlierPeriod is { Kind: PeriodKind.Month } earlierMonth && earlierMonth != prevPeriod)
        {
            // "¿por qué en diciembre fue tanto más?" after November then December: those two months.
            var pair = new[] { earlierMonth, prevPeriod }.OrderBy(p => p.From).ToList();
            (other, period) = (pair[0], pair[1]);
            op = explain ? QueryOperation.ExplainChange : QueryOperation.Compare;
        }
        else if (wantsCompare && distinct.Count >= 2)
        {
            var ordered = distinct.OrderBy(p => p.From ?? new Period(9999, 12)).ToList();
            (other, period) = (ordered[0], ordered[^1]);
            op = explain ? QueryOperation.ExplainChange : QueryOperation.Compare;
        }
        else if (wantsCompare && distinct.Count == 1 && prevPeriod is { IsKnown: true } && distinct[0] != prevPeriod)
        {
            var pair = new[] { distinct[0], prevPeriod }.OrderBy(p => p.From ?? new Period(9999, 12)).ToList();
            (other, period) = (pair[0], pair[1]);
            op = explain ? QueryOperation.ExplainChange : QueryOperation.Compare;
        }
        else if (wantsCompare && distinct.Count == 1 && distinct[0] is { Kind: PeriodKind.Month, From: { } alone } && prevPeriod is not { IsKnown: true }
            && ChangeWord().IsMatch(f))
        {
            // "did I get a raise in January 2026?": against the month before.
            (other, period) = (QueryPeriod.Month(alone.Previous()), distinct[0]);
            op = explain ? QueryOperation.ExplainChange : QueryOperation.Compare;
        }
        else if (wantsCompare && distinct.Count == 0 && previous is not null)
        {
            if (prevOther is not null && prevPeriod is not null)
            {
                (other, period) = (prevOther, prevPeriod);
            }
            else if (context?.EarlierPeriod is { IsKnown: true } earlier && prevPeriod is { IsKnown: true } && earlier != prevPeriod)
            {
                var pair = new[] { earlier, prevPeriod }.OrderBy(p => p.From ?? new Period(9999, 12)).ToList();
                (other, period) = (pair[0], pair[1]);
            }
            else if (prevPeriod is { Kind: PeriodKind.Month, From: { } pm })
            {
                (other, period) = (QueryPeriod.Month(pm.Previous()), prevPeriod);
            }
            else
            {
                period = prevPeriod ?? QueryPeriod.Latest;
            }
            op = other is null ? QueryOperation.Value : explain ? QueryOperation.ExplainChange : QueryOperation.Compare;
        }
        else
        {
            period = distinct.Count > 0 ? distinct[0] : QueryPeriod.None;
            if (!period.IsKnown)
            {
                if (measureList.All(Measures.IsProfile))
                {
                    period = QueryPeriod.None;
                }
                else if (prevPeriod is { IsKnown: true } && (previous!.Requests.Any(r => !Measures.IsProfile(r.Measure))))
                {
                    period = prevPeriod;
                    if (prevOp is QueryOperation.Compare or QueryOperation.ExplainChange && prevOther is not null
                        && (inheritedMeasures || (QueryLexicon.FollowUpStart().IsMatch(f) && WordPattern().Matches(f).Count <= 6 && measureList.All(Measures.IsMoney))))
                    {
                        other = prevOther;
                        op = prevOp.Value;
                    }
                }
                else if (Extreme(f) is not null && measureList.Any(Measures.IsMoney))
                {
                    // "¿cuál ha sido la nómina con más neto de todas?": every paid payslip of the last years.
                    period = new QueryPeriod(PeriodKind.YearToDate, new Period(now.Year - 2, 1), Period.Of(now));
                }
                else if (QueryLexicon.Average().IsMatch(f) && measureList.Any(Measures.IsMoney))
                {
                    period = YearToDate(Period.Of(now));
                }
                else if (measureList.Contains(Measures.PaymentDate) && QueryLexicon.Future().IsMatch(f))
                {
                    period = QueryPeriod.Next;
                }
                else
                {
                    period = QueryPeriod.Latest;
                }
            }
            if (op == QueryOperation.Value)
            {
                if (period.IsRange && distinct.Count == 0 && FirstOrLast().Match(f) is { Success: true } firstOrLast)
                {
                    // "and how much was the first one?" after the bonuses of 2025: the first month that had one.
                    op = Regex.IsMatch(firstOrLast.Value, @"first|primer") ? QueryOperation.First : QueryOperation.Last;
                }
                else if (period.IsRange && (QueryLexicon.List().IsMatch(f) || WhichMonths().IsMatch(f)
                    || (QueryLexicon.PerMonth().IsMatch(f) && !QueryLexicon.Average().IsMatch(f) && !QueryLexicon.Total().IsMatch(f))))
                {
                    // "break 2025 down month by month", "which months was that in?": each month.
                    op = QueryOperation.List;
                }
                else if (breakdown)
                {
                    op = QueryOperation.Breakdown;
                }
                else if (period.IsRange && Extreme(f) is { } extreme)
                {
                    op = extreme;
                }
                else if (period.IsRange && QueryLexicon.Average().IsMatch(f))
                {
                    op = QueryOperation.Average;
                }
                else if (period.IsRange)
                {
                    op = QueryLexicon.List().IsMatch(f) ? QueryOperation.List
                        : inheritedMeasures && prevOp is QueryOperation.Max or QueryOperation.Min && !QueryLexicon.Total().IsMatch(f) ? prevOp.Value
                        : QueryOperation.Total;
                }
                else if (explain && period.Kind == PeriodKind.Month)
                {
                    singleExplain = true;
                }
            }
        }

        // "¿cuál es el más alto?" about one month: its largest line.
        IReadOnlyList<string> excluded = [];
        if (op == QueryOperation.Value && period.Kind is PeriodKind.Month or PeriodKind.Latest && Extreme(f) is { } lineExtreme
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

    /// <summary>The year a relative year names: "del año pasado", "next year", "de hace dos años".</summary>
    private static int RelativeYear(string v, int currentYear) =>
        Regex.IsMatch(v, @"\bhace\b|\bago\b") ? currentYear - (NumberIn().Match(v) is { Success: true } n ? QueryLexicon.ParseNumber(n.Value) : 1)
        : Regex.IsMatch(v, @"pasado|last|anterior|before|previous|prior") ? currentYear - 1
        : Regex.IsMatch(v, @"que viene|next|proximo") ? currentYear + 1 : currentYear;

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
        if (QueryLexicon.Greeting().IsMatch(f) && f.Length < 40)
        {
            return new PayrollQuery { Act = ConversationAct.Greeting };
        }
        if (QueryLexicon.Help().IsMatch(f))
        {
            return new PayrollQuery { Act = ConversationAct.Help };
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

    private static List<Hit> FindMeasures(string f)
    {
        var hits = new List<Hit>();
        var taken = new bool[f.Length];
        foreach (var cue in QueryLexicon.Strong)
        {
            foreach (Match m in cue.Pattern.Matches(f))
            {
                if (Enumerable.Range(m.Index, m.Length).Any(i => taken[i]))
                {
                    continue;
                }
                for (var i = m.Index; i < m.Index + m.Length; i++)
                {
                    taken[i] = true;
                }
                hits.Add(new Hit(m.Index, cue.Measure, cue.Weak));
            }
        }
        // Seniority pay vs years of seniority: money words make "antigüedad" the payslip line.
        if (Regex.IsMatch(f, @"\bantiguedad\b") && !hits.Any(h => h.Measure is "profile:seniority" or "earning:seniority_bonus"))
        {
            hits.Add(new Hit(f.IndexOf("antiguedad", StringComparison.Ordinal),
                QueryLexicon.HowMuch().IsMatch(f) || Regex.IsMatch(f, @"\b(euros?|cobro|importe|nomina)\b") ? Measures.Earning("seniority_bonus") : Measures.Profile("seniority")));
        }
        if (hits.Any(h => h.Measure == "profile:seniority") && hits.Any(h => h.Measure == "profile:hire_date") && !Regex.IsMatch(f, @"\bfecha\b|\bdate\b|\bwhen\b|\bcuando\b"))
        {
            hits.RemoveAll(h => h.Measure == "profile:hire_date");
        }
        return hits;
    }

    /// <summary>The periods a message names, in order, resolved against its time and the previous query.</summary>
    private static (List<PeriodHit> Periods, bool Referred, bool ReferredFound) FindPeriods(string f, string original, IReadOnlyList<Contracts.Inference.ExtractedEntity> entities,
        DateTimeOffset now, PayrollQuery? previous)
    {
        var current = Period.Of(now);
        var hits = new List<PeriodHit>();
        var taken = new bool[f.Length];
        var referred = false;
        var referredFound = false;
        var prev = previous?.Requests[0].Period;
        var prevMonth = prev is { Kind: PeriodKind.Month, From: { } pm } ? pm : (Period?)null;
        var sameMonthOfYear = false; // "el mismo mes del año anterior" after a month: already that month's year
        bool Free(Match m) => !Enumerable.Range(m.Index, m.Length).Any(i => taken[i]);
        void Take(Match m, QueryPeriod p)
        {
            for (var i = m.Index; i < m.Index + m.Length; i++)
            {
                taken[i] = true;
            }
            hits.Add(new PeriodHit(m.Index, p));
        }

        // Quarters.
        foreach (Match m in QuarterPattern().Matches(f))
        {
            var word = m.Groups["n"].Value;
            var q = word switch
            {
                "1" or "primer" or "1er" or "1o" or "first" or "1st" => 1,
                "2" or "segundo" or "2o" or "second" or "2nd" => 2,
                "3" or "tercer" or "3er" or "3o" or "third" or "3rd" => 3,
                _ => 4,
            };
            var y = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture)
                : QueryLexicon.FollowUpStart().IsMatch(f) && prev?.From is { } talkedQuarter && new Period(talkedQuarter.Year, (q * 3) - 2) <= current
                    ? talkedQuarter.Year
                : (q * 3 - 2) <= current.Month ? current.Year : current.Year - 1;
            if (!m.Groups["y"].Success && MonthRelativeYearPattern().Match(f[(m.Index + m.Length)..]) is { Success: true } ry)
            {
                // "el tercer trimestre de este año", "the first quarter of last year".
                y = RelativeYear(ry.Value, current.Year);
                for (var i = m.Index + m.Length; i < m.Index + m.Length + ry.Length; i++)
                {
                    taken[i] = true;
                }
            }
            else if (!m.Groups["y"].Success && LooseYearAfter().Match(f[(m.Index + m.Length)..]) is { Success: true } ly)
            {
                // "el segundo trimestre de 2025" written with the year a little apart.
                y = int.Parse(ly.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
                for (var i = m.Index + m.Length; i < m.Index + m.Length + ly.Length; i++)
                {
                    taken[i] = true;
                }
            }
            Take(m, QueryPeriod.Quarter(y, q));
        }
        foreach (Match m in LastQuarterOfYear().Matches(f))
        {
            // "the last quarter of 2024", "el último trimestre de 2024": its fourth quarter.
            Take(m, QueryPeriod.Quarter(int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture), 4));
        }
        foreach (Match m in RelativeQuarterPattern().Matches(f))
        {
            if (!Free(m))
            {
                continue;
            }
            var cq = (current.Month - 1) / 3;
            var v = m.Value;
            var anchor = prev is { From: { } pf } ? (pf.Year * 4) + ((pf.Month - 1) / 3) : (current.Year * 4) + cq;
            int index;
            if (Regex.IsMatch(v, @"before|anterior|previous|prior") && prev is not null && Regex.IsMatch(v, @"before that|anterior a ese|el trimestre anterior|the quarter before|the previous quarter"))
            {
                index = anchor - 1;
                referred = true;
            }
            else if (Regex.IsMatch(v, @"siguiente|following|next|after"))
            {
                index = anchor + 1;
                referred = prev is not null;
            }
            else if (Regex.IsMatch(v, @"same quarter|mismo trimestre") && Regex.IsMatch(v, @"year|ano"))
            {
                // "and for the same quarter last year?": the quarter talked about, a year back.
                index = anchor - 4;
                referred = true;
            }
            else if (Regex.IsMatch(v, @"ese|that|same|mismo"))
            {
                index = anchor;
                referred = true;
                if (YearPattern().Match(f) is { Success: true } ym && Free(ym))
                {
                    index = (int.Parse(ym.Value, System.Globalization.CultureInfo.InvariantCulture) * 4) + (anchor % 4);
                    var yMatch = YearPattern().Match(f);
                    Take(yMatch, QueryPeriod.None);
                    hits.RemoveAt(hits.Count - 1);
                }
            }
            else if (Regex.IsMatch(v, @"este|this|current|actual"))
            {
                index = (current.Year * 4) + cq;
            }
            else
            {
                index = (current.Year * 4) + cq - 1;
            }
            Take(m, QueryPeriod.Quarter(index / 4, (index % 4) + 1));
        }

        // "and the second half?" after the first half of 2025: the same year.
        int? prevHalfYear(Match m) => prev is { Kind: PeriodKind.Range, From: { } hf, To: { } ht } && hf.Year == ht.Year && ht.Month - hf.Month == 5 ? hf.Year : null;

        // Half years ("el primer semestre de 2025", "the second half of 2024").
        foreach (Match m in HalfYearPattern().Matches(f))
        {
            if (!Free(m))
            {
                continue;
            }
            var second = Regex.IsMatch(m.Value, @"segundo|second|2nd");
            var y = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture)
                : m.Groups["rel"].Success ? (Regex.IsMatch(m.Groups["rel"].Value, @"pasado|last|previous|anterior") ? current.Year - 1 : current.Year)
                : prevHalfYear(m) ?? ((second ? 7 : 1) <= current.Month ? current.Year : current.Year - 1);
            Take(m, new QueryPeriod(PeriodKind.Range, new Period(y, second ? 7 : 1), new Period(y, second ? 12 : 6)));
        }

        // "los tres primeros meses de 2024", "the last two months of last year".
        foreach (Match m in MonthsOfYearPattern().Matches(f))
        {
            if (!Free(m))
            {
                continue;
            }
            var n = Math.Clamp(QueryLexicon.ParseNumber(m.Groups["n"].Value), 1, 12);
            var y = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture)
                : Regex.IsMatch(m.Groups["rel"].Value, @"pasado|last|previous|anterior|before") ? current.Year - 1 : current.Year;
            var last = Regex.IsMatch(m.Groups["pos"].Value, @"ultim|last");
            Take(m, new QueryPeriod(PeriodKind.Range, new Period(y, last ? 13 - n : 1), new Period(y, last ? 12 : n)));
        }

        // "¿y en el primero?" after a quarter: that quarter of the same year.
        var prevHalf = prev is { Kind: PeriodKind.Range, From: { } hf, To: { } ht } && hf.Year == ht.Year && (hf.Month, ht.Month) is (1, 6) or (7, 12);
        if (prev is { Kind: PeriodKind.Quarter or PeriodKind.Range, From: { } pq } && (prev.Kind == PeriodKind.Quarter || prevHalf) && WordPattern().Matches(f).Count <= 7)
        {
            foreach (Match m in OrdinalAlone().Matches(f))
            {
                if (!Free(m))
                {
                    continue;
                }
                var n = m.Groups["n"].Value;
                var q = n.StartsWith("pri", StringComparison.Ordinal) || n is "first" or "1st" ? 1
                    : n.StartsWith("seg", StringComparison.Ordinal) || n is "second" or "2nd" ? 2
                    : n.StartsWith("ter", StringComparison.Ordinal) || n is "third" or "3rd" ? 3 : 4;
                if (prevHalf && q > 2)
                {
                    continue;
                }
                Take(m, prevHalf ? new QueryPeriod(PeriodKind.Range, new Period(pq.Year, q == 1 ? 1 : 7), new Period(pq.Year, q == 1 ? 6 : 12))
                    : QueryPeriod.Quarter(pq.Year, q));
                referred = true;
            }
        }
        // "¿y un año después?", "a year earlier": the month talked about, a year on or back.
        foreach (Match m in YearShift().Matches(f))
        {
            if (Free(m) && prevMonth is { } shifted)
            {
                var later = Regex.IsMatch(m.Value, @"despues|mas tarde|later|after|\bon$");
                Take(m, QueryPeriod.Month(new Period(shifted.Year + (later ? 1 : -1), shifted.Month)));
                referred = true;
            }
        }

        // "and the three months before those?": the N months before the period talked about.
        foreach (Match m in MonthsBefore().Matches(f))
        {
            if (Free(m) && prev?.From is { } start)
            {
                var n = Math.Clamp(QueryLexicon.ParseNumber(m.Groups["n"].Value), 1, 36);
                Take(m, new QueryPeriod(PeriodKind.Range, Add(start, -n), Add(start, -1)));
                referred = true;
            }
        }

        // "out of those six months": the last N months of the period talked about.
        foreach (Match m in ThoseMonths().Matches(f))
        {
            if (Free(m) && prev?.To is { } end)
            {
                var n = Math.Clamp(QueryLexicon.ParseNumber(m.Groups["n"].Value), 1, 36);
                Take(m, new QueryPeriod(PeriodKind.Range, Add(end, -(n - 1)), end));
                referred = true;
            }
        }

        // Last N months.
        foreach (Match m in LastMonthsPattern().Matches(f))
        {
            if (!Free(m))
            {
                continue;
            }
            var n = Math.Clamp(QueryLexicon.ParseNumber(m.Groups["n"].Value), 1, 36);
            var to = Add(current, -1);
            Take(m, new QueryPeriod(PeriodKind.Range, Add(to, -(n - 1)), to));
        }

        // Month names, with the year next to them.
        var months = new List<(Match Word, int Month, int? Year, int End)>();
        var lastOnes = new HashSet<int>(); // positions of "last October": the one before another October named
        foreach (Match w in WordPattern().Matches(f))
        {
            if (!Free(w))
            {
                continue;
            }
            var before = f[..w.Index];
            var after = f[(w.Index + w.Length)..];
            var originalWord = original.Length == f.Length ? original.Substring(w.Index, w.Length) : w.Value;
            if (QueryLexicon.MonthOf(w.Value, before, after, originalWord) is not { } month)
            {
                continue;
            }
            int? year = null;
            var end = w.Index + w.Length;
            if (MonthYearPattern().Match(after) is { Success: true } my)
            {
                var y = my.Groups["y"].Value.TrimStart('\'');
                year = y.Length == 2 ? 2000 + int.Parse(y, System.Globalization.CultureInfo.InvariantCulture) : int.Parse(y, System.Globalization.CultureInfo.InvariantCulture);
                end += my.Length;
            }
            else if (ThatYearAfter().Match(after) is { Success: true } thatYear && prev?.To is { } talkedAbout)
            {
                year = talkedAbout.Year;
                end += thatYear.Length;
            }
            else if (MonthRelativeYearPattern().Match(after) is { Success: true } rel)
            {
                year = RelativeYear(rel.Value, current.Year);
                end += rel.Length;
            }
            var shift = BeforeMonth().IsMatch(before) ? -1 : AfterMonth().IsMatch(before) ? 1 : 0;
            if (year is null && Regex.IsMatch(before, @"\b(this|este|esta)\s+$"))
            {
                // "this December's": this year's, paid or not yet.
                year = current.Year;
            }
            if (year is null && (LastBefore().IsMatch(before) || PastAfter().Match(after) is { Success: true }))
            {
                // "last December", "el pasado diciembre", "diciembre pasado": the latest one before this month.
                year = month < current.Month ? current.Year : current.Year - 1;
                lastOnes.Add(w.Index);
                if (PastAfter().Match(after) is { Success: true } past)
                {
                    end += past.Length;
                }
            }
            for (var i = w.Index; i < end; i++)
            {
                taken[i] = true;
            }
            if (shift != 0 && year is { } shiftedYear)
            {
                // "justo antes de marzo de 2025": February 2025.
                var moved = Add(new Period(shiftedYear, month), shift);
                (month, year) = (moved.Month, moved.Year);
            }
            months.Add((w, month, year, end));
        }
        // A lone year elsewhere applies to the months without one ("between July and September 2025").
        var looseYears = YearPattern().Matches(f).Where(Free).ToList();
        var looseYear = looseYears.Count == 1 && months.Count > 0 ? int.Parse(looseYears[0].Value, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        if (looseYear is not null)
        {
            for (var i = looseYears[0].Index; i < looseYears[0].Index + looseYears[0].Length; i++)
            {
                taken[i] = true;
            }
        }
        var followUp = QueryLexicon.FollowUpStart().IsMatch(f) || QueryLexicon.Compare().IsMatch(f);
        var resolved = new List<(int Position, Period P, int End)>();
        (int Position, Period P)? yearlessMonth = null;
        foreach (var (word, month, year, end) in months)
        {
            // "September 2025 … than August's": a month without a year takes the year written with its neighbour.
            var neighbour = months.Where(o => o.Year is not null).OrderBy(o => Math.Abs(o.Word.Index - word.Index))
                .Select(o => (Period?)new Period(o.Year!.Value, o.Month)).FirstOrDefault();
            var anchor = neighbour ?? (prev is { Kind: PeriodKind.Month, From: { } talkedMonth } && !QueryLexicon.Future().IsMatch(f) ? talkedMonth
                : followUp && prev?.From is { } talked ? new Period(talked.Year, month) : (Period?)null);
            var y = year ?? looseYear ?? (anchor is { } near ? Nearest(month, near, current)
                : month <= current.Month || !QueryLexicon.Future().IsMatch(f) ? (month <= current.Month ? current.Year : current.Year - 1) : current.Year);
            resolved.Add((word.Index, new Period(y, month), end));
            if (year is null && looseYear is null && months.Count == 1)
            {
                yearlessMonth = (word.Index, new Period(y, month));
            }
        }
        if (lastOnes.Count > 0 && resolved.Count == 2 && resolved[0].P == resolved[1].P)
        {
            // "October this year vs last October": the October before.
            resolved = [.. resolved.Select(r => lastOnes.Contains(r.Position) ? (r.Position, new Period(r.P.Year - 1, r.P.Month), r.End) : r)];
        }
        // "entre julio y septiembre", "from July to September": one range.
        if (resolved.Count == 2 && RangeBetween().IsMatch(f[resolved[0].End..resolved[1].Position])
            && (RangeStart().IsMatch(f[..resolved[0].Position]) || Regex.IsMatch(f[resolved[0].End..resolved[1].Position], @"through|thru|until|till|hasta")))
        {
            var (a, b) = (resolved[0].P, resolved[1].P);
            if (a > b && months[0].Year is null)
            {
                a = new Period(a.Year - 1, a.Month);
            }
            hits.Add(new PeriodHit(resolved[0].Position, new QueryPeriod(PeriodKind.Range, a <= b ? a : b, a <= b ? b : a)));
        }
        else if (resolved.Count == 1 && SinceStart().IsMatch(f[..resolved[0].Position]) && resolved[0].P <= current)
        {
            // "desde enero", "since March 2025": from that month to the last one paid.
            hits.Add(new PeriodHit(resolved[0].Position, new QueryPeriod(PeriodKind.YearToDate, resolved[0].P, current)));
        }
        else
        {
            hits.AddRange(resolved.Select(r => new PeriodHit(r.Position, QueryPeriod.Month(r.P))));
        }

        // "¿y en todo ese año?", "that whole year": the year talked about.
        foreach (Match m in ThatYear().Matches(f))
        {
            if (Free(m) && prev?.To is { } talked)
            {
                Take(m, talked.Year == current.Year ? YearToDate(current) : QueryPeriod.Year(talked.Year));
                referred = true;
            }
        }

        // "¿y la siguiente extra?": the next extra pay month (June or December) after the month talked about.
        foreach (Match m in NextExtra().Matches(f))
        {
            if (Free(m))
            {
                var from = prevMonth ?? current;
                Take(m, QueryPeriod.Month(from.Month < 6 ? new Period(from.Year, 6) : from.Month < 12 ? new Period(from.Year, 12) : new Period(from.Year + 1, 6)));
                referred = prevMonth is not null;
            }
        }

        // "the first payslip of 2025": its January; "la última nómina de 2024": its December.
        foreach (Match m in FirstOfYear().Matches(f))
        {
            if (Free(m))
            {
                var y = int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
                Take(m, QueryPeriod.Month(new Period(y, Regex.IsMatch(m.Value, @"first|primer") ? 1 : 12)));
            }
        }

        // "la nómina de principios de año": January; "since the start of the year": the year so far.
        foreach (Match m in StartOfYear().Matches(f))
        {
            if (Free(m))
            {
                Take(m, m.Groups["since"].Value is "desde" or "since" ? YearToDate(current) : QueryPeriod.Month(new Period(current.Year, 1)));
            }
        }

        // Relative months.
        foreach (Match m in RelativeMonthPattern().Matches(f))
        {
            if (!Free(m))
            {
                continue;
            }
            var v = m.Value;
            QueryPeriod p;
            if (Regex.IsMatch(v, @"^(ese|that|same|mismo|esa|this one|then)") || Regex.IsMatch(v, @"that (month|payment|payslip|pay)|ese mes|esa nomina|ese pago|mismo mes|that one"))
            {
                if (previous?.Requests[0].Found is { } found)
                {
                    // "why was that one higher?" after "which month was the highest?": that month.
                    p = QueryPeriod.Month(found);
                    referredFound = true;
                }
                else if (prev is not { IsKnown: true })
                {
                    continue;
                }
                else
                {
                    p = prev;
                }
                if (prevMonth is { } same && SameMonthYear().Match(f[(m.Index + m.Length)..]) is { Success: true } sy)
                {
                    // "el mismo mes pero del año pasado", "the same month of 2024".
                    var y = sy.Groups["y"].Success ? int.Parse(sy.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture)
                        : Regex.IsMatch(sy.Value, @"anterior|previous|before|prior|ago|earlier|back|antes|hace") ? same.Year - 1
                        : Regex.IsMatch(sy.Value, @"pasado|last") ? current.Year - 1 : current.Year;
                    p = QueryPeriod.Month(new Period(y, same.Month));
                    sameMonthOfYear = true;
                    for (var i = m.Index + m.Length; i < m.Index + m.Length + sy.Length; i++)
                    {
                        taken[i] = true;
                    }
                }
                referred = true;
            }
            else if (Regex.IsMatch(v, @"^(go )?back|^one (more )?month|^un mes"))
            {
                // "go back one more month", "un mes más atrás": the month before the one talked about.
                referred = prevMonth is not null;
                p = QueryPeriod.Month(prevMonth is { } pb ? pb.Previous() : Add(current, -1));
            }
            else if (prevMonth is { } shiftFrom && Regex.IsMatch(v, @"(mes|meses|month|months) (mas tarde|despues|later|after|earlier|before|antes)$"))
            {
                // "¿y dos meses más tarde?", "the one three months earlier": counted from the month talked about.
                var n = NumberIn().Match(v) is { Success: true } nm2 ? QueryLexicon.ParseNumber(nm2.Value) : 1;
                p = QueryPeriod.Month(Add(shiftFrom, Regex.IsMatch(v, @"tarde|despues|later|after$") ? n : -n));
                referred = true;
            }
            else if (Regex.IsMatch(v, @"(mes|meses|month|months) (mas tarde|despues|later|after|earlier|before|antes)$"))
            {
                continue; // "the three months before summer": counted from nothing talked about, no month
            }
            else if (Regex.IsMatch(v, @"anterior|before|previous|prior|previ[oa]|de antes$") && !Regex.IsMatch(v, @"pasado|last"))
            {
                referred = prevMonth is not null;
                p = QueryPeriod.Month(prevMonth is { } pmm ? pmm.Previous() : Add(current, -1));
            }
            else if (Regex.IsMatch(v, @"siguiente|following|the next|month after"))
            {
                referred = prevMonth is not null;
                p = QueryPeriod.Month(prevMonth is { } pn ? pn.Next() : Add(current, 1));
            }
            else if (v.Contains("antepasado", StringComparison.Ordinal) || v.Contains("before last", StringComparison.Ordinal) || v.Contains("before the last", StringComparison.Ordinal))
            {
                p = QueryPeriod.Month(Add(current, -2));
            }
            else if (Regex.IsMatch(v, @"\bmedio ano\b|\bhalf a year\b"))
            {
                p = QueryPeriod.Month(Add(current, -6));
            }
            else if (Regex.IsMatch(v, @"\bano\b|\byear\b"))
            {
                // "hace un año", "a year ago": the same month a year back.
                p = QueryPeriod.Month(Add(current, -12));
            }
            else if (Regex.IsMatch(v, @"hace|ago|back|earlier"))
            {
                var n = Regex.IsMatch(v, @"\bpar\b|\bcouple\b") ? 2 : NumberIn().Match(v) is { Success: true } nm ? QueryLexicon.ParseNumber(nm.Value) : 1;
                p = QueryPeriod.Month(Add(current, -n));
            }
            else if (Regex.IsMatch(v, @"pasado|last|ultimo"))
            {
                p = QueryPeriod.Month(Add(current, -1));
            }
            else if (Regex.IsMatch(v, @"proximo|next|que viene"))
            {
                p = QueryPeriod.Month(Add(current, 1));
            }
            else
            {
                p = QueryPeriod.Month(current);
            }
            Take(m, p);
        }

        // "the 2025 one" after comparing December 2024 with December 2025: that month.
        if (previous?.Requests[0] is { Period: { Kind: PeriodKind.Month, From: { } laterMonth }, Other: { Kind: PeriodKind.Month, From: { } earlierMonth } })
        {
            foreach (Match m in TheYearOne().Matches(f))
            {
                var y = int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (Free(m) && (laterMonth.Year == y ? laterMonth : earlierMonth.Year == y ? earlierMonth : (Period?)null) is { } chosen)
                {
                    Take(m, QueryPeriod.Month(chosen));
                    referred = true;
                }
            }
        }

        // Years and the year so far.
        foreach (Match m in YearPattern().Matches(f))
        {
            if (!Free(m))
            {
                continue;
            }
            var y = int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture);
            Take(m, y == current.Year ? YearToDate(current) : QueryPeriod.Year(y));
        }
        var namedYear = hits.Any(h => h.Period.Kind is PeriodKind.Year or PeriodKind.YearToDate);
        foreach (Match m in RelativeYearPattern().Matches(f))
        {
            var nextYear = Regex.IsMatch(m.Value, @"que viene|next|proximo");
            var otherYearWords = RelativeYearPattern().Matches(f).Any(x => !Regex.IsMatch(x.Value, @"que viene|next|proximo"));
            if (!Free(m) || ((namedYear || hits.Count > 0) && SoFar().IsMatch(m.Value)) || (nextYear && (hits.Count > 0 || otherYearWords)))
            {
                // "so far in 2024" is the total of 2024.
                continue;
            }
            var v = m.Value;
            if (hits.Any(h => h.Period.Kind is PeriodKind.Range or PeriodKind.Quarter) && Regex.IsMatch(v, @"this year|este ano|current year|ano actual"))
            {
                continue; // "march through may this year": the year of the months named
            }
            var shortFollowUp = hits.Count == 0 && WordPattern().Matches(f).Count <= 6 && QueryLexicon.FollowUpStart().IsMatch(f)
                && !QueryLexicon.Total().IsMatch(f);
            var possessive = Regex.IsMatch(f[(m.Index + m.Length)..], @"^'?s\b");
            // "so what made it bigger than the year before?" after December 2025: December 2024.
            var yearBeforeTalked = Regex.IsMatch(v, @"anterior|previous|before|prior") && (QueryLexicon.Compare().IsMatch(f) || QueryLexicon.Explain().IsMatch(f));
            if (prevMonth is { } sameMonth && (shortFollowUp || possessive || yearBeforeTalked) && !SoFar().IsMatch(v))
            {
                // "what about last year?" after March 2026's net pay: March 2025; "and the year before?" after March 2024: March 2023.
                var y = Regex.IsMatch(v, @"anterior|previous|before|prior") ? sameMonth.Year - 1
                    : Regex.IsMatch(v, @"pasado|last") ? current.Year - 1
                    : Regex.IsMatch(v, @"que viene|next|proximo") ? current.Year + 1 : current.Year;
                Take(m, QueryPeriod.Month(new Period(y, sameMonth.Month)));
                referred = true;
                continue;
            }
            Take(m, Regex.IsMatch(v, @"pasado|last|anterior|previous|before|prior") ? QueryPeriod.Year(current.Year - 1)
                : Regex.IsMatch(v, @"que viene|next|proximo") ? QueryPeriod.Year(current.Year + 1)
                : YearToDate(current));
        }

        // A season names the month of its extra pay ("la extra de verano", "la paga de Navidad").
        if (!hits.Any(h => h.Period.Kind is PeriodKind.Month or PeriodKind.Range or PeriodKind.Quarter))
        {
            var season = QueryLexicon.ChristmasSeason().IsMatch(f) ? 12 : QueryLexicon.SummerSeason().IsMatch(f) ? 6 : 0;
            if (season > 0)
            {
                var yearHits = hits.Where(h => h.Period.Kind is PeriodKind.Year or PeriodKind.YearToDate).ToList();
                hits.RemoveAll(h => h.Period.Kind is PeriodKind.Year or PeriodKind.YearToDate);
                if (yearHits.Count >= 2)
                {
                    // "did the summer extra go up this year compared to last year?": that month in each year.
                    hits.AddRange(yearHits.Select(h => new PeriodHit(h.Position, QueryPeriod.Month(new Period(h.Period.From!.Value.Year, season)))));
                }
                else
                {
                    // "last Christmas", "el verano pasado": the latest one before this month.
                    var lastSeason = Regex.IsMatch(f, @"\b(last|past) (christmas|x-?mas|summer)\b|\b(la )?(navidad|verano) pasad[oa]\b|\bel (verano|diciembre) pasado\b");
                    var y = yearHits.FirstOrDefault()?.Period.From?.Year ?? (lastSeason ? season < current.Month ? current.Year : current.Year - 1 : (int?)null)
                        ?? prev?.From?.Year ?? current.Year;
                    hits.Add(new PeriodHit(0, QueryPeriod.Month(new Period(y, season))));
                }
            }
        }

        // "last month compared with the same month last year": the month named, a year back.
        if (!sameMonthOfYear && SameMonthLastYear().Match(f) is { Success: true } sameLast && hits.Count(h => h.Period.Kind == PeriodKind.Month) == 1)
        {
            var named = hits.First(h => h.Period.Kind == PeriodKind.Month).Period.From!.Value;
            hits.RemoveAll(h => h.Period.Kind is PeriodKind.Year or PeriodKind.YearToDate);
            var back = sameLast.Groups["n"].Success ? QueryLexicon.ParseNumber(sameLast.Groups["n"].Value) : 1;
            hits.Add(new PeriodHit(sameLast.Index, QueryPeriod.Month(new Period(named.Year - back, named.Month))));
        }

        // "Was my September bonus bigger this year than last year?": that month in each year named.
        if (yearlessMonth is { } lone && QueryLexicon.Compare().IsMatch(f)
            && hits.Count(h => h.Period.Kind is PeriodKind.Year or PeriodKind.YearToDate) >= 1
            && hits.Count(h => h.Period.Kind == PeriodKind.Month && h.Period.From == lone.P) == 1)
        {
            var years = hits.Where(h => h.Period.Kind is PeriodKind.Year or PeriodKind.YearToDate).ToList();
            hits.RemoveAll(h => h.Period.Kind is PeriodKind.Year or PeriodKind.YearToDate);
            hits.AddRange(years.Select(h => new PeriodHit(h.Position, QueryPeriod.Month(new Period(h.Period.To!.Value.Year, lone.P.Month)))));
            if (years.All(h => h.Period.To!.Value.Year != lone.P.Year))
            {
                hits.RemoveAll(h => h.Period.Kind == PeriodKind.Month && h.Period.From == lone.P);
            }
        }

        // Latest / next.
        if (hits.Count > 0 && QueryLexicon.Now().Match(f) is { Success: true } nowWord && Free(nowWord) && !NotNow().IsMatch(f))
        {
            hits.Add(new PeriodHit(nowWord.Index, QueryPeriod.Latest));
        }
        else if (hits.Count == 0 && !referred)
        {
            if (QueryLexicon.Latest().IsMatch(f) && !NotNow().IsMatch(f))
            {
                hits.Add(new PeriodHit(0, QueryPeriod.Latest));
            }
            else if (NextPayment().IsMatch(f))
            {
                hits.Add(new PeriodHit(0, QueryPeriod.Next));
            }
        }

        // The entity model's months, when the words gave none (typos the lexicon does not know).
        if (hits.Count == 0 && !referred)
        {
            // Only months and years: relative phrases are the lexicon's ("which months…" is not a period).
            var (entityPeriods, entityYear) = EntityPeriods.Of([.. entities.Where(e => e.Type is EntityTypes.Month or EntityTypes.Year)], now);
            hits.AddRange(entityPeriods.Select(p => new PeriodHit(0, QueryPeriod.Month(p))));
            if (entityPeriods.Count == 0 && entityYear is { } ey)
            {
                hits.Add(new PeriodHit(0, ey == current.Year ? YearToDate(current) : QueryPeriod.Year(ey)));
            }
        }
        return ([.. hits.Where(h => h.Period.IsKnown).OrderBy(h => h.Position)], referred, referredFound);
    }

    /// <summary>
    /// The occurrence of a month nearest to the month it is said beside ("January 2026 … than December's" is December 2025;
    /// "¿y en enero?" after December 2025 is January 2026), never after this month.
    /// </summary>
    private static int Nearest(int month, Period near, Period current)
    {
        var best = near.Year;
        var bestDistance = int.MaxValue;
        for (var y = near.Year - 1; y <= near.Year + 1; y++)
        {
            var candidate = new Period(y, month);
            var distance = Math.Abs((candidate.Year * 12) + candidate.Month - ((near.Year * 12) + near.Month));
            // On a tie the later one: "la paga de diciembre" while talking about June is the coming December.
            if (candidate <= current && distance <= bestDistance)
            {
                (best, bestDistance) = (y, distance);
            }
        }
        return best;
    }

    private static QueryPeriod YearToDate(Period current) => new(PeriodKind.YearToDate, new Period(current.Year, 1), current);

    private static Period Add(Period p, int months)
    {
        var i = (p.Year * 12) + p.Month - 1 + months;
        return new Period(i / 12, (i % 12) + 1);
    }

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

    [GeneratedRegex(@"\b(el )?trimestre (pasado|anterior( a ese)?|actual)\b|\bultimo trimestre\b|\beste trimestre\b|\b(the |el )?(same quarter|mismo trimestre) (of |del |de )?(last year|the year before|the previous year|a year (earlier|before|ago)|(el )?ano (pasado|anterior))\b|\bese (mismo )?trimestre\b|\bmismo trimestre\b|\b(the )?(last|previous|prior|this|current|same) quarter\b|\bthat (older|earlier|other|same )?quarter\b|\bthe quarter before( that)?\b|\b(el )?trimestre siguiente\b|\b(el )?siguiente trimestre\b|\bthe (next|following) quarter\b|\bthe quarter after( that)?\b")]
    private static partial Regex RelativeQuarterPattern();

    [GeneratedRegex(@"\b(los |the )?(ultimos|last|past|previous|prior)\s+(?<n>\d{1,2}|dos|two|tres|three|cuatro|four|cinco|five|seis|six|siete|seven|ocho|eight|nueve|nine|diez|ten|once|eleven|doce|twelve)\s+(meses|months)\b|\b(los )?(?<n>\d{1,2}|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)\s+ultimos\s+meses\b")]
    private static partial Regex LastMonthsPattern();

    [GeneratedRegex(@"^\s*(pero\s+|but\s+)?(de|del|of|in|en)\s+((?<y>(19|20)\d{2})|(el\s+)?ano pasado|last year|(el\s+)?ano anterior|the year before|the previous year|este ano|this year)|^\s*,?\s*(a|one) year (ago|earlier|before|back)\b|^\s*,?\s*(but\s+|pero\s+)?(twelve|12|doce) (months|meses) (earlier|before|ago|back|antes|atras)\b|^\s*,?\s*(un ano (antes|atras)|de hace un ano|hace un ano)\b")]
    private static partial Regex SameMonthYear();

    [GeneratedRegex(@"\b(\d{1,2}|un|dos|tres|cuatro|cinco|seis|a|one|two|three|four|five|six) (mes(es)?|months?) (mas tarde|despues|later|after|earlier|before|antes)\b|\b(la|el) previ[oa] a (esa|ese|esta|este)\b|\bhace medio ano\b|\bhalf a year (ago|back|earlier)\b|\bhace un par de meses\b|\ba couple (of )?months (ago|back|earlier)\b|\b(go )?back (one|a) (more )?month\b|\bone (more )?month (back|earlier|before)\b|\bun mes (mas )?(atras|antes)\b|\bthe month before (last|the last one)\b|\b(el )?mes pasado\b|\bel ultimo mes\b|\blast month('s)?\b|\b(el )?mes anterior\b|\bthe (month|one) before( that)?\b|\bthe (previous|prior) (month|one)\b|\bprevious month\b|\b(la|el) (nomina|recibo|paga|pago) (anterior|previ[oa]|de antes)( a (esa|ese|esta|este))?\b|\banterior a (esa|ese|esta|este)\b|\bla anterior\b|\b(la|el) de antes\b|\bthe (payslip|paycheck|pay ?stub) before( that| it)?\b|\bthe (previous|prior) (payslip|paycheck)\b|\bel anterior\b|\bmes previo\b|\bhace (\d{1,2}|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce) mes(es)?\b|\b(\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) months? (ago|back|earlier)\b|\beste mes\b|\bthis months?('s)?\b|\bcurrent month\b|\bmes actual\b|\bproximo mes\b|\bmes que viene\b|\bnext month('s)?\b|\bese mes\b|\besa nomina\b|\bese pago\b|\bmismo mes\b|\bthat (month|payment|payslip|pay|paycheck)\b|\bsame month\b|\bthat one\b|\bhace (un|1) ano\b|\b(a|one) year ago\b|\b(ese|esa|that)\W*$|\b(el )?mes siguiente\b|\bel siguiente\b|\bthe (next|following) (month|one)\b|\bthe month after\b|\bmes antepasado\b")]
    private static partial Regex RelativeMonthPattern();

    [GeneratedRegex(@"\b(el |del |en el )?ano pasado\b|\blast year\b|\b(el )?ano anterior\b|\bprevious year\b|\bthe year before\b|\beste ano\b|\bthis year\b|\ben lo que va de ano\b|\b(acumulad[oa] )?del ano\b(?!\s*(pasado|anterior|que viene|siguiente|\d))|\b(en )?lo que llevamos de ano\b|\b(en )?todo el ano\b(?! (pasado|anterior|que viene|siguiente))|\bso far\b|\bhasta (ahora|hoy|la fecha)\b|\byear to date\b|\bytd\b|\ba dia de hoy\b|\bano que viene\b|\bnext year\b|\bproximo ano\b|\bano actual\b|\bcurrent year\b")]
    private static partial Regex RelativeYearPattern();

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

    [GeneratedRegex(@"\bsuman\b|\bsumad[oa]s?\b|\badd (them|those|it|these) up\b|\badded (up|together)\b|\bin total\b|\ben total\b|\bcombined\b|\bjunt[oa]s\b|\btogether\b|\bla suma\b|\bthe sum\b|\b(el )?total de (los|las|ambos|ambas) (dos|meses|nominas)\b|\b(el )?total de (los|las) dos\b|\b(the )?total (of|for) (both|the two)\b")]
    private static partial Regex SumOfTwo();

    /// <summary>A year said to correct the one just used: "no, perdona, de 2026 quería decir", "sorry, I meant 2025".</summary>
    [GeneratedRegex(@"\b(quise decir|queria decir|me referia|me refiero|i meant|i mean|meant to say|sorry|perdona|perdon|oops|uy)\b|^\W*no\b")]
    private static partial Regex YearOnlyCorrection();

    /// <summary>A change within one month's question ("did I get a raise in March?"), compared with the month before.</summary>
    [GeneratedRegex(@"\braise\b|\bsubida\b|\bsubieron\b|\bsubio\b|\bbajo\b|\bbajada\b|\baumento\b|\bincrease(d)?\b|\bdecrease(d)?\b|\bchange(d)?\b|\bcambi(o|ado)\b|\bwent (up|down)\b|\bcompared to the month before\b|\brespecto al mes anterior\b|\bjump(ed)?\b|\bspike\b|\bdrop(ped)?\b|\bdip\b|\bsalto\b|\bbajon\b")]
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
    [GeneratedRegex(@"\b(cobre|gane|pille|he cobrado|he ganado)\b|\bme (pagaron|pagan|ingresaron|ingresan|cae|quedo|entro)\b|\b(i|did i|do i|have i)\s+(earn|earned|make|made|get paid|got paid|take home|took home|clear|cleared)\b")]
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
    [GeneratedRegex(@"\b(que es|que fue|which is|which was|that'?s|that was) (cuando|when)\b[^,.;?!]*")]
    private static partial Regex ContextClause();

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
    [GeneratedRegex(@"\bfor now\b|\bpor ahora\b|\bde momento\b|\bfrom now on\b|\bde ahora en adelante\b|\ba partir de ahora\b|\bahora( todo)? en (espanol|ingles|castellano)\b|\bnow( all)? in (english|spanish)\b|(^|[.!?;:]\s*)\W*(and |y )?(now|ahora)\b|\bviene ahora\b")]
    private static partial Regex NotNow();

    [GeneratedRegex(@"\b(the same month|(el|al|del) mismo mes|ese mismo mes|same month)\s+(of |del |de |in )?(the )?(last year|year before|previous year|ano (pasado|anterior)|el ano (pasado|anterior)|hace (?<n>un|dos|tres|[1-3]) anos?|(?<n>a|one|two|three|[1-3]) years? ago)\b")]
    private static partial Regex SameMonthLastYear();

    [GeneratedRegex(@"\b(sin contar|excluding|except( for)?|excepto|aparte de(l)?|apart from|aside from|other than|besides|(?<!\bme\s(estan\s|esta\s)?)quitando)\b[^,.;?!]*|\b(si|aunque) no (hice|he hecho|tuve|he tenido|hubo|habia|me pagaron|cobre)\b[^,.;?!]*|\b(if|even though|although|though) i (didn'?t|did not|haven'?t|have not|had no|got no)\b[^,.;?!]*")]
    private static partial Regex ExclusionClause();

    /// <summary>A payslip that only says which month: "¿y en la nómina anterior a esa?", "and on the previous payslip?".</summary>
    [GeneratedRegex(@"\b(en|in|on|for|de|del)\s+(la|el|the)\s+(nomina|recibo|payslip|paycheck)\s+(anterior|previa|de antes|before|previous)\b|\b(en|in|on|for)\s+the\s+(previous|prior)\s+(payslip|paycheck)\b")]
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

    [GeneratedRegex(@"\bcuando (cobro|me pagan|me toca|llega|me ingresan|es el pago)\b|\b(en )?la proxima\b(?! (semana|vez|mes|ano|nomina|paga))|\bnext (pay|payment|payday|payslip|paycheck)\b|\bproxim[oa] (nomina|pago|cobro)\b|\bwhen (do|will) i (get paid|be paid|get my)\b|\bwhen is (payday|pay day|my next)\b")]
    private static partial Regex NextPayment();
}
