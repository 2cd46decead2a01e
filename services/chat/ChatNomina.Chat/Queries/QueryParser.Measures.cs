using System.Text.RegularExpressions;
using ChatNomina.Chat.Conversations;

namespace ChatNomina.Chat.Queries;

/// <summary>The measures of a message (nlu.md v2: net, gross, a deduction or earning line, a rate, a date, a profile field).</summary>
public static partial class QueryParser
{
    /// <summary>
    /// The measures a message asks for, from the ones its words name: the amount talked about when it only asks "how much",
    /// the lines of the previous turn for "for it" or "each", the net for an earn verb, the payslip for a payslip word; then
    /// what is context rather than question (a raise said by the way, what comes before "pero", the verb of a named deduction).
    /// </summary>
    private static List<Hit> ReadMeasures(List<Hit> measures, string f, string named, PayrollQuery? previous, ConversationContext? context, Cues cues)
    {
        var (compare, explain, howMuch) = (cues.Compare, cues.Explain, cues.HowMuch);
        var earnVerb = QueryLexicon.EarnVerb().Match(named); // not in what the message leaves out
        if (earnVerb.Value == "made" && Regex.IsMatch(named, @"\bwhat made\b"))
        {
            earnVerb = Match.Empty; // "what made it bigger?" asks why, not what I made
        }

        // "now the other one" after two lines asked together ("income tax and union dues… the tax first"): the second.
        if (measures.Count == 0 && previous is not null && TheOtherOne().IsMatch(f)
            && previous.Requests.Select(r => r.Measure).Where(Measures.IsMoney).Distinct().ToList() is [_, var second])
        {
            measures.Add(new Hit(0, second));
        }

        // "¿y el total?" after one line: the total that line belongs to.
        if (measures.Count == 0 && previous is not null && Regex.IsMatch(f, @"\b(el|the) total\b") && !earnVerb.Success
            && previous.Requests.Select(r => r.Measure).FirstOrDefault(m => Measures.IsDeduction(m) || Measures.IsEarning(m)) is { } line)
        {
            measures.Add(new Hit(0, Measures.IsDeduction(line) ? Measures.TotalDeductions : Measures.Gross));
        }

        if (!measures.Any(h => Measures.IsMoney(h.Measure)) && ContributionVerb().Match(f) is { Success: true } contributed)
        {
            // "dime cuánto aporté en octubre": what the user puts into the pension plan.
            measures.Add(new Hit(contributed.Index, Measures.Deduction("pension")));
        }

        // Measures the words name only loosely.
        if (!measures.Any(h => Measures.IsMoney(h.Measure)))
        {
            var onlyDates = measures.Count > 0 && measures.All(h => h.Measure == Measures.PaymentDate || Measures.IsProfile(h.Measure));
            if (howMuch && !measures.Any(h => Measures.IsProfile(h.Measure)))
            {
                var pos = QueryLexicon.HowMuch().Match(f).Index;
                var backReference = cues.Words.BackReference;
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
        if (measures.Count > 0 && measures.All(h => h.Weak && h.Measure == Measures.TotalDeductions) && !QueryLexicon.Total().IsMatch(f)
            && !Regex.IsMatch(f, @"\b(deducciones|deductions?|descuentos)\b")
            && previous?.Requests.Select(r => r.Measure).Distinct().ToList() is [var onlyLine] && Measures.IsDeduction(onlyLine) && onlyLine != Measures.TotalDeductions)
        {
            // "¿en qué mes del año pasado me quitaron más?" after the IRPF: the IRPF.
            measures = [new Hit(measures[0].Position, onlyLine)];
        }
        var talkedProfile = context?.Intent == Intents.ProfileInfo ? context.ProfileField
            : previous?.Requests is [{ Measure: var only }] && Measures.IsProfile(only) ? Measures.Type(only) : null;
        if (talkedProfile is "seniority" or "hire_date" && measures.Count > 0 && measures.All(h => h.Measure == Measures.PaymentDate) && !YearPattern().IsMatch(f))
        {
            // "¿y desde qué fecha exacta?" after the years of seniority: the hire date, not a payment date.
            measures = [new Hit(measures[0].Position, Measures.Profile("hire_date"))];
        }
        return measures;
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
}
