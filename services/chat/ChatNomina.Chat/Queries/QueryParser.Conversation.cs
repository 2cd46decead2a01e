using System.Text.RegularExpressions;
using ChatNomina.Chat.Conversations;
using ChatNomina.Chat.Data;

namespace ChatNomina.Chat.Queries;

/// <summary>How a message's periods and operation are read against the conversation so far.</summary>
public static partial class QueryParser
{
    /// <summary>
    /// The one step that resolves the operation and the periods of a message against the conversation: the months the
    /// previous turn talked about (its period, the other month of a comparison, the turn before it) decide what "why was it
    /// higher?", "oops, I meant 2025", "the first one", "las dos" or a bare follow-up mean; a message that names its own
    /// periods keeps them, rewritten only where the conversation says how ("compare with last year" after a month is that
    /// month of last year).
    /// </summary>
    private static Resolution ResolvePeriods(string f, Cues cues, List<PeriodHit> periods, List<Hit> measures, List<string> measureList,
        bool inheritedMeasures, PayrollQuery? previous, ConversationContext? context, DateTimeOffset now)
    {
        var (compare, explain, breakdown, referredFound) = (cues.Compare, cues.Explain, cues.Breakdown, cues.ReferredFound);
        var prevPeriod = previous?.Requests[0].Period;
        var prevOther = previous?.Requests[0].Other;
        var prevOp = previous?.Requests[0].Operation;

        var op = QueryOperation.Value;
        QueryPeriod period;
        QueryPeriod? other = null;
        var singleExplain = false;

        var distinct = periods.Select(p => p.Period).Distinct().ToList();
        if (distinct is [{ Kind: PeriodKind.Year or PeriodKind.YearToDate, From: { } namedYear }] && prevPeriod is { Kind: PeriodKind.Month }
            && (explain || Regex.IsMatch(f, @"\b(la|el) de (19|20)\d{2}\b|\bthe (19|20)\d{2} one\b"))
            && new[] { prevPeriod, prevOther, context?.EarlierPeriod }.FirstOrDefault(p => p is { Kind: PeriodKind.Month, From: { } pm } && pm.Year == namedYear.Year) is { } yearsMonth)
        {
            // "¿cómo puede ser que la de este año salga más baja?" after this December and last December: this year's December.
            distinct = [yearsMonth];
        }
        if (distinct is [{ Kind: PeriodKind.Latest }] && (compare || explain) && prevPeriod is { Kind: PeriodKind.Month }
            && (prevOther is { Kind: PeriodKind.Month } || context?.EarlierPeriod is { Kind: PeriodKind.Month }))
        {
            // "¿y por qué me retienen más ahora?" after January 2025 and January 2026: "ahora" is the later of the two.
            distinct = [];
        }
        if (measureList.Count > 0 && measureList.All(Measures.IsEarning) && !compare && !explain && !QueryLexicon.Total().IsMatch(f)
            && distinct.Count(p => p.Kind == PeriodKind.Month) == 1 && distinct.Count(p => p.Kind is PeriodKind.Quarter or PeriodKind.Range) == 1)
        {
            // "el bonus del trimestre que se cobró en junio", "the Q1 bonus … on the March payslip": the quarter names the
            // bonus; the month is when it was paid.
            distinct.RemoveAll(p => p.Kind is PeriodKind.Quarter or PeriodKind.Range);
        }
        if (distinct.Count(p => p.Kind is PeriodKind.Month) >= 2)
        {
            // "abril 2026 vs abril 2025: ahora cobro más": "ahora" is not a third month.
            distinct.RemoveAll(p => p.Kind is PeriodKind.Latest);
        }
        if (distinct is [{ Kind: PeriodKind.Range, From: { } rangeFrom, To: { } rangeTo }] && rangeFrom != rangeTo && compare
            && Regex.IsMatch(f, @"\b(entre|between|from|desde|de)\b") && !QueryLexicon.Total().IsMatch(f) && !QueryLexicon.List().IsMatch(f)
            && !cues.Words.Average && !cues.Words.Superlative)
        {
            // "¿cuánto ha cambiado mi bruto entre septiembre de 2024 y septiembre de 2026?": the two ends, compared.
            distinct = [QueryPeriod.Month(rangeFrom), QueryPeriod.Month(rangeTo)];
        }
        if (distinct is [{ Kind: PeriodKind.Year or PeriodKind.YearToDate, From: { } correctedYear }] && prevPeriod is { Kind: PeriodKind.Month, From: { } talkedMonth }
            && prevOther is null
            && previous!.Requests.Count > 0 && !measures.Any(h => !h.Weak) && YearOnlyCorrection().IsMatch(f)
            && !QueryLexicon.Total().IsMatch(f) && !cues.Words.Average && !cues.Words.Superlative && !QueryLexicon.List().IsMatch(f))
        {
            // "uy no, perdona, de 2026 quería decir" after May 2024: May 2026.
            distinct = [QueryPeriod.Month(new Period(correctedYear.Year, talkedMonth.Month))];
        }
        if (distinct.Count >= 3 && distinct.All(p => p.Kind == PeriodKind.Month) && !compare && !explain
            && (QueryLexicon.Total().IsMatch(f) || (prevOp == QueryOperation.Total && QueryLexicon.FollowUpStart().IsMatch(f)))
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
        if ((distinct.Count == 0 || distinct is [{ Kind: PeriodKind.Range }]) && TalkedGroup().Match(f) is { Success: true } group && context?.TalkedMonths is { Count: >= 3 } talkedMonths)
        {
            // "¿cuál fue el más alto de los tres?" after March, April and May one by one: those months, when next to each other.
            var size = Regex.IsMatch(group.Value, "tres|three") ? 3 : Regex.IsMatch(group.Value, "cuatro|four") ? 4
                : Regex.IsMatch(group.Value, "cinco|five") ? 5 : Regex.IsMatch(group.Value, "seis|six") ? 6 : talkedMonths.Count;
            var months = talkedMonths.TakeLast(size).OrderBy(p => p.From).ToList();
            if (months.Count == size && months.Zip(months.Skip(1)).All(pair => pair.First.From!.Value.Next() == pair.Second.From))
            {
                distinct = [new QueryPeriod(PeriodKind.Range, months[0].From, months[^1].To)];
            }
            else if (months.Count == size)
            {
                // "enero, marzo y mayo … ¿cuál fue el más alto de los tres?": not a stretch; each of them, listed.
                distinct = months;
            }
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
                    && (Comparative().IsMatch(f) || ChangeWord().IsMatch(f) || Regex.IsMatch(f, @"\bextra (money|cash)\b|\bdinero (extra|de mas)\b"))));
        var wantsCompare = !referredFound && (compare || correctedPair || talkedPair || (explain && (distinct.Count >= 2 || distinct.Count == 0)));
        if (wantsCompare && distinct is [{ Kind: PeriodKind.Year or PeriodKind.YearToDate, To: { } comparedYear }]
            && prevPeriod is { Kind: PeriodKind.Month, From: { } comparedMonth } && comparedYear.Year != comparedMonth.Year)
        {
            // "compare with last year" after a month: the same month of that year.
            distinct = [QueryPeriod.Month(new Period(comparedYear.Year, comparedMonth.Month))];
        }
        var listed = previous?.Requests.Select(r => r.Period).Where(p => p.Kind == PeriodKind.Month).Distinct().OrderBy(p => p.From).ToList() ?? [];
        if (distinct.Count == 0 && SumOfTwo().IsMatch(f) && !compare && listed.Count >= 3
            && listed.Zip(listed.Skip(1)).All(pair => pair.First.From!.Value.Next() == pair.Second.From))
        {
            // "¿y todo junto?" after September, October and November one by one: the three, added up.
            period = new QueryPeriod(PeriodKind.Range, listed[0].From, listed[^1].To);
            op = QueryOperation.Total;
        }
        else if (distinct.Count == 0 && SumOfTwo().IsMatch(f) && !compare && prevOther is { Kind: PeriodKind.Month } && prevPeriod is { Kind: PeriodKind.Month })
        {
            // "and both months' tax added together?" after comparing September with August: the two, added up.
            (other, period) = (prevOther, prevPeriod);
            op = QueryOperation.Total;
        }
        else if (distinct.Count == 0 && previous is not null && SumOfTwo().IsMatch(f) && context?.EarlierPeriod is { Kind: PeriodKind.Month } e
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
                else if (cues.Words.Average && measureList.Any(Measures.IsMoney))
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
                    || (QueryLexicon.PerMonth().IsMatch(f) && !cues.Words.Average && !QueryLexicon.Total().IsMatch(f))))
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
                else if (period.IsRange && cues.Words.Average)
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
        return new Resolution(op, period, other, singleExplain, distinct);
    }
}
