using ChatNomina.Chat.Conversations;
using ChatNomina.Chat.Data;

namespace ChatNomina.Chat.Answers;

/// <summary>
/// Fetches the data an intent needs — always with the employee's own token — and turns it into
/// an <see cref="AnswerPlan"/>: formatted values, required placeholders, flags, sources.
/// Every figure an answer can contain is decided here, from the payroll and users APIs only.
/// Answers without data (small talk, help, refusals) are fixed texts: only data answers are
/// generated, where the placeholder, language, tense, wording and figure checks apply.
/// </summary>
public sealed class AnswerPlanner(PayrollClient payroll, UsersClient users)
{
    /// <summary>The plan of a v1-shaped turn; someone else's data never gets here (the pipeline refuses it).</summary>
    public async Task<AnswerPlan> PlanAsync(ResolvedTurn turn, string question, string lang, string token, DateTimeOffset now, CancellationToken ct)
    {
        return turn.Intent switch
        {
            Intents.Greeting or Intents.Goodbye => await SmallTalkAsync(turn.Intent, lang, token, ct),
            Intents.Thanks or Intents.Help or Intents.OutOfScope => AnswerPlan.TemplateOnly(turn.Intent, lang, turn.Intent),
            Intents.ProfileInfo => await ProfileAsync(turn, question, lang, token, now, ct),
            Intents.YtdSummary => await YearToDateAsync(turn, lang, token, now, ct),
            Intents.PayComparison => await ComparisonAsync(turn, lang, token, now, ct),
            _ => await PayslipAsync(turn, lang, token, now, ct),
        };
    }

    private async Task<AnswerPlan> SmallTalkAsync(string intent, string lang, string token, CancellationToken ct)
    {
        Profile? me = null;
        try
        {
            me = await users.GetMeAsync(token, ct);
        }
        catch (DataUnavailableException)
        {
            // A greeting without the name is still a good greeting.
        }
        return me is null
            ? AnswerPlan.TemplateOnly(intent, lang, intent)
            : AnswerPlan.TemplateOnly(intent, lang, intent + "_named", fields: [new("employee_name", me.FirstName)]);
    }

    private async Task<AnswerPlan> ProfileAsync(ResolvedTurn turn, string question, string lang, string token, DateTimeOffset now, CancellationToken ct)
    {
        var me = await users.GetMeAsync(token, ct) ?? throw new DataUnavailableException("own profile not found");
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var wanted = (turn.ProfileField ?? GuessProfileField(question)) switch
        {
            "department" => ["department"],
            "position" => ["position"],
            "hire_date" => ["hire_date"],
            "seniority" => ["hire_date", "seniority_years"],
            _ => new[] { "department", "position" },
        };
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var name in new[] { "department", "position", "hire_date", "seniority_years" }.Where(wanted.Contains))
        {
            fields.Add(new(name, name switch
            {
                "department" => me.Department,
                "position" => me.Position,
                "hire_date" => Formats.Date(me.HireDate, lang),
                _ => Formats.Integer(FullYears(me.HireDate, today)),
            }));
        }
        return new AnswerPlan(Intents.ProfileInfo, lang, AnswerTemplates.ProfileKey, fields, [.. fields.Select(f => f.Key)],
            [new AnswerSource("profile", null, null, "/api/users/me")]);
    }

    private async Task<AnswerPlan> YearToDateAsync(ResolvedTurn turn, string lang, string token, DateTimeOffset now, CancellationToken ct)
    {
        var year = turn.Year ?? (turn.Periods.Count > 0 ? turn.Periods[^1].Year : now.Year);
        var upTo = Period.Of(now);
        var slips = (await payroll.GetYearAsync(token, year, ct)).Where(p => p.Period <= upTo).OrderBy(p => p.Period).ToList();
        if (slips.Count == 0)
        {
            return AnswerPlan.TemplateOnly(Intents.YtdSummary, lang, "no_data_year", fields: [new("year", Formats.Year(year))]) with { Year = year };
        }
        var currency = slips[0].Currency;
        return new AnswerPlan(Intents.YtdSummary, lang, "ytd_summary",
            [
                new("year", Formats.Year(year)),
                new("ytd_gross", Formats.Money(slips.Sum(p => p.GrossSalary), currency, lang)),
                new("ytd_net", Formats.Money(slips.Sum(p => p.NetSalary), currency, lang)),
                new("months_count", Formats.Integer(slips.Count)),
                new("ytd_deductions", Formats.Money(slips.Sum(p => p.TotalDeductions), currency, lang)),
            ],
            ["year", "ytd_gross", "ytd_net"],
            [.. slips.Select(Source)])
        { Year = year };
    }

    private async Task<AnswerPlan> ComparisonAsync(ResolvedTurn turn, string lang, string token, DateTimeOffset now, CancellationToken ct)
    {
        Payslip? b;
        Period periodA;
        if (turn.Periods.Count >= 2)
        {
            periodA = turn.Periods[0];
            b = await payroll.GetPayslipAsync(token, turn.Periods[^1], ct);
            if (b is null)
            {
                return NoData(Intents.PayComparison, lang, turn.Periods[^1]);
            }
        }
        else
        {
            b = turn.Periods.Count == 1 ? await payroll.GetPayslipAsync(token, turn.Periods[0], ct) : await LatestAsync(turn, token, now, ct);
            if (b is null)
            {
                return turn.Periods.Count == 1 ? NoData(Intents.PayComparison, lang, turn.Periods[0]) : NoPayslips(Intents.PayComparison, lang, turn.Year);
            }
            periodA = b.Period.Previous();
        }
        var a = await payroll.GetPayslipAsync(token, periodA, ct);
        if (a is null)
        {
            return NoData(Intents.PayComparison, lang, periodA);
        }

        var diff = b.NetSalary - a.NetSalary;
        var trend = diff > 0 ? "up" : diff < 0 ? "down" : "same";
        var fields = new List<KeyValuePair<string, string>>
        {
            new("period_a", Formats.PeriodName(a.Period, lang)),
            new("period_b", Formats.PeriodName(b.Period, lang)),
            new("net_a", Formats.Money(a.NetSalary, a.Currency, lang)),
            new("net_b", Formats.Money(b.NetSalary, b.Currency, lang)),
        };
        if (diff != 0)
        {
            fields.Add(new("net_diff", Formats.Money(diff, b.Currency, lang)));
        }
        return new AnswerPlan(Intents.PayComparison, lang, "pay_comparison_" + trend, fields,
            diff != 0 ? ["period_a", "period_b", "net_diff"] : ["period_a", "period_b"],
            [Source(a), Source(b)])
        {
            Trend = trend,
            Appendix = Breakdown(a, b, lang),
            Period = b.Period,
            CompareWith = a.Period,
        };
    }

    /// <summary>The line-by-line explanation of a comparison: every earning and deduction that moved.</summary>
    public static string? Breakdown(Payslip a, Payslip b, string lang)
    {
        var spanish = Formats.IsSpanish(lang);
        var changes = new List<string>();
        void Compare(IReadOnlyList<PayslipLine> before, IReadOnlyList<PayslipLine> after, bool deduction)
        {
            var types = before.Select(l => l.Type).Concat(after.Select(l => l.Type)).Distinct();
            foreach (var type in types)
            {
                var was = before.Where(l => l.Type == type).Sum(l => l.Amount);
                var now = after.Where(l => l.Type == type).Sum(l => l.Amount);
                if (was == now)
                {
                    continue;
                }
                var label = PayrollLabels.For(type, lang, (after.FirstOrDefault(l => l.Type == type) ?? before.First(l => l.Type == type)).Label);
                var amount = Formats.Money(now - was, b.Currency, lang);
                var up = now > was;
                changes.Add(spanish
                    ? $"{label} {(up ? "sube" : "baja")} {amount}{(deduction ? " (deducción)" : "")}"
                    : $"{label} {(up ? "up" : "down")} {amount}{(deduction ? " (deduction)" : "")}");
            }
        }
        Compare(a.Earnings, b.Earnings, deduction: false);
        Compare(a.Deductions, b.Deductions, deduction: true);
        if (changes.Count == 0)
        {
            return spanish ? "No cambió ninguna partida." : "No line of the payslip changed.";
        }
        return (spanish ? "Cambios: " : "Changes: ") + string.Join("; ", changes) + ".";
    }

    private async Task<AnswerPlan> PayslipAsync(ResolvedTurn turn, string lang, string token, DateTimeOffset now, CancellationToken ct)
    {
        var plan = await PayslipPlanAsync(turn, lang, token, now, ct);
        return plan.Period is null && plan.Sources.FirstOrDefault() is { Year: { } y, Month: { } m } ? plan with { Period = new Period(y, m) } : plan;
    }

    private async Task<AnswerPlan> PayslipPlanAsync(ResolvedTurn turn, string lang, string token, DateTimeOffset now, CancellationToken ct)
    {
        Payslip? slip;
        if (turn.Periods.Count > 0)
        {
            var period = turn.Periods[^1];
            slip = await payroll.GetPayslipAsync(token, period, ct);
            if (slip is null)
            {
                return NoData(turn.Intent, lang, period);
            }
        }
        else
        {
            slip = await LatestAsync(turn, token, now, ct);
            if (slip is null)
            {
                return NoPayslips(turn.Intent, lang, turn.Year);
            }
        }

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var future = slip.PaymentDate > today;
        var month = new KeyValuePair<string, string>("month_name", Formats.MonthName(slip.Month, lang));
        var year = new KeyValuePair<string, string>("year", Formats.Year(slip.Year));
        var paid = new KeyValuePair<string, string>("payment_date", Formats.Date(slip.PaymentDate, lang));
        string Money(decimal v) => Formats.Money(v, slip.Currency, lang);
        AnswerSource[] sources = [Source(slip)];

        switch (turn.Intent)
        {
            case Intents.NetPay:
                return new AnswerPlan(Intents.NetPay, lang, future ? "net_pay_future" : "net_pay",
                    [month, year, new("net_salary", Money(slip.NetSalary)), paid], ["month_name", "year", "net_salary"], sources)
                { Tense = future ? "future" : null };

            case Intents.GrossPay:
                var baseSalary = slip.Earnings.Where(l => l.Type == "base_salary").Select(l => (decimal?)l.Amount).Sum();
                return baseSalary is { } b
                    ? new AnswerPlan(Intents.GrossPay, lang, "gross_pay",
                        [month, year, new("gross_salary", Money(slip.GrossSalary)), new("base_salary", Money(b))], ["month_name", "year", "gross_salary"], sources)
                    : new AnswerPlan(Intents.GrossPay, lang, "gross_pay_nobase",
                        [month, year, new("gross_salary", Money(slip.GrossSalary))], ["month_name", "year", "gross_salary"], sources);

            case Intents.Deductions when turn.DeductionType is { } type:
                var lines = slip.Deductions.Where(l => l.Type == type).ToList();
                var label = new KeyValuePair<string, string>("deduction_label", PayrollLabels.For(type, lang));
                if (lines.Count == 0)
                {
                    return new AnswerPlan(Intents.Deductions, lang, "deductions_type_absent", [month, year, label], [], sources) { Generate = false };
                }
                return new AnswerPlan(Intents.Deductions, lang, "deductions_type",
                    [month, year, label, new("deduction_amount", Money(lines.Sum(l => l.Amount)))],
                    ["month_name", "year", "deduction_amount"], sources);

            case Intents.Deductions:
                var list = string.Join(", ", slip.Deductions
                    .GroupBy(l => l.Type)
                    .Select(g => $"{PayrollLabels.For(g.Key, lang, g.First().Label)} {Money(g.Sum(l => l.Amount))}"));
                return new AnswerPlan(Intents.Deductions, lang, "deductions_all",
                    [month, year, new("total_deductions", Money(slip.TotalDeductions)), new("deductions_list", list)],
                    ["month_name", "year", "total_deductions"], sources);

            case Intents.PaymentDate:
                return new AnswerPlan(Intents.PaymentDate, lang, future ? "payment_date_future" : "payment_date",
                    [month, year, paid], ["month_name", "year", "payment_date"], sources)
                { Tense = future ? "future" : "past" };

            default:
                return new AnswerPlan(Intents.PayslipSummary, lang, future ? "payslip_summary_future" : "payslip_summary",
                    [month, year, new("gross_salary", Money(slip.GrossSalary)), new("net_salary", Money(slip.NetSalary)),
                        new("total_deductions", Money(slip.TotalDeductions)), paid],
                    ["month_name", "year", "gross_salary", "net_salary"], sources)
                { Tense = future ? "future" : null };
        }
    }

    /// <summary>The latest payslip (of the turn's year, when it names one without a month).</summary>
    private async Task<Payslip?> LatestAsync(ResolvedTurn turn, string token, DateTimeOffset now, CancellationToken ct)
    {
        if (turn.Year is { } y)
        {
            var upTo = Period.Of(now);
            return (await payroll.GetYearAsync(token, y, ct)).Where(p => p.Period <= upTo).MaxBy(p => p.Period);
        }
        return await payroll.GetLatestAsync(token, ct);
    }

    private static AnswerPlan NoData(string intent, string lang, Period period) =>
        new(intent, lang, "no_data_month",
            [new("month_name", Formats.MonthName(period.Month, lang)), new("year", Formats.Year(period.Year))],
            ["month_name", "year"], [])
        { Status = "no_data", Period = period };

    private static AnswerPlan NoPayslips(string intent, string lang, int? year) =>
        year is { } y
            ? AnswerPlan.TemplateOnly(intent, lang, "no_data_year", fields: [new("year", Formats.Year(y))]) with { Year = y }
            : AnswerPlan.TemplateOnly(intent, lang, "no_data_any");

    private static AnswerSource Source(Payslip p) =>
        new("payslip", p.Year, p.Month, $"/api/payroll/payslips/{p.Year}/{p.Month}");

    /// <summary>
    /// The profile field a question asks for when the entity model found none ("when did I join
    /// the company?" names no field word): a few unambiguous es/en cues, else null (department and position).
    /// </summary>
    public static string? GuessProfileField(string question)
    {
        var q = question.ToLowerInvariant();
        if (new[] { "how long", "cuánto tiempo", "cuanto tiempo", "cuántos años", "cuantos años", "antigüedad", "antiguedad", "seniority", "years of service" }.Any(q.Contains))
        {
            return "seniority";
        }
        if (new[] { "join", "hired", "hire date", "start date", "started", "entré", "entre en", "ingresé", "ingrese", "contrataron", "fecha de alta", "fecha de ingreso", "empecé", "empece" }.Any(q.Contains))
        {
            return "hire_date";
        }
        if (new[] { "puesto", "cargo", "position", "job title", "role" }.Any(q.Contains))
        {
            return "position";
        }
        if (new[] { "departamento", "department", "área", "area", "equipo", "team" }.Any(q.Contains))
        {
            return "department";
        }
        return null;
    }

    private static int FullYears(DateOnly from, DateOnly to)
    {
        var years = to.Year - from.Year;
        return to < from.AddYears(years) ? Math.Max(0, years - 1) : Math.Max(0, years);
    }
}
