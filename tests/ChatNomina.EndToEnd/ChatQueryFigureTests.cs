using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ChatNomina.EndToEnd;

/// <summary>
/// The product's first rule for the v2 payroll queries (shared/spec/nlu.md v2, docs/chat.md
/// "Understanding v2"), checked from the outside: every figure in every answer equals the payroll
/// API's data. Multi-part questions, ranges and quarters, year totals and "so far", earnings lines,
/// "why did it change" explanations, deduction breakdowns and max/min months are asked by both demo
/// employees in both languages; the expected figures are computed here from the payroll API's JSON
/// (read with the same user's token), never from the chat's code. Months are picked from the data.
/// </summary>
[Collection(StackCollection.Name)]
public sealed partial class ChatQueryFigureTests(StackFixture stack)
{
    private const string Earnings = "earnings";
    private const string Deductions = "deductions";

    /// <summary>
    /// One question and what its answer must hold: exactly these payslips as sources, these figures
    /// (as <see cref="Figures.In"/> writes them), and — for max/min — only months among these.
    /// </summary>
    private sealed record Expect(
        string Text,
        IReadOnlyList<(int Year, int Month)> Sources,
        IReadOnlyList<string> Required,
        IReadOnlyList<string>? ExtraAllowed = null,
        IReadOnlyCollection<int>? NamedMonthsAmong = null);

    // ───────────────────────────── 1. several parts in one message ─────────────────────────────

    /// <summary>Each employee in their language and in the other one.</summary>
    public static TheoryData<string, string> Runs => new() { { "ana", "es" }, { "john", "en" }, { "ana", "en" }, { "john", "es" } };

    [Theory]
    [MemberData(nameof(Runs))]
    public async Task Multi_part_questions_answer_every_part_with_the_months_figures(string who, string lang)
    {
        var s = await SessionAsync(who, lang);
        var paid = s.Paid;
        Assert.True(paid.Count >= 12, $"expected a year of paid payslips, found {paid.Count}");
        var picks = new[] { 1, 2, 3, 4, 5, 6 }.Select(i => paid[(paid.Count - 1) * i / 7]).ToList();

        // Net + payment date.
        {
            var p = picks[0];
            var date = PaymentDate(p);
            await s.CheckAsync(new Expect(
                s.Es ? $"¿cuánto cobré neto en {s.Name(p)} y cuándo me lo pagaron?" : $"how much was my net pay in {s.Name(p)} and when was it paid?",
                [Key(p)],
                [s.Money(Field(p, "netSalary")), Day(date), Month(date.Month), YearToken(date.Year)]));
        }
        // Two deductions.
        {
            var p = picks[1];
            await s.CheckAsync(new Expect(
                s.Es ? $"¿cuánto me retuvieron de IRPF y de Seguridad Social en {s.Name(p)}?" : $"how much income tax and social security did I pay in {s.Name(p)}?",
                [Key(p)],
                [s.Money(Line(p, Deductions, "income_tax")), s.Money(Line(p, Deductions, "social_security"))]));
        }
        // Gross + total deductions.
        {
            var p = picks[2];
            await s.CheckAsync(new Expect(
                s.Es ? $"¿cuál fue mi bruto y el total de deducciones de {s.Name(p)}?" : $"what were my gross pay and my total deductions in {s.Name(p)}?",
                [Key(p)],
                [s.Money(Field(p, "grossSalary")), s.Money(Field(p, "totalDeductions"))]));
        }
        // Three parts: net, gross and unemployment.
        {
            var p = picks[3];
            await s.CheckAsync(new Expect(
                s.Es ? $"dime el neto, el bruto y lo que pagué de desempleo en {s.Name(p)}" : $"tell me my net pay, my gross pay and the unemployment deduction for {s.Name(p)}",
                [Key(p)],
                [s.Money(Field(p, "netSalary")), s.Money(Field(p, "grossSalary")), s.Money(Line(p, Deductions, "unemployment"))]));
        }
        // Short form, no verb: net and income tax.
        {
            var p = picks[4];
            await s.CheckAsync(new Expect(
                s.Es ? $"neto e IRPF de {s.Name(p)}" : $"net pay and income tax for {s.Name(p)}",
                [Key(p)],
                [s.Money(Field(p, "netSalary")), s.Money(Line(p, Deductions, "income_tax"))]));
        }
        // Gross, deductions and net.
        {
            var p = picks[5];
            await s.CheckAsync(new Expect(
                s.Es ? $"¿cuál fue mi bruto, mis deducciones y mi neto en {s.Name(p)}?" : $"what were my gross pay, deductions and net pay in {s.Name(p)}?",
                [Key(p)],
                [s.Money(Field(p, "grossSalary")), s.Money(Field(p, "totalDeductions")), s.Money(Field(p, "netSalary"))]));
        }
        // An earnings line and when it was paid: the latest paid extra pay.
        if (paid.LastOrDefault(x => Has(x, Earnings, "extra_pay")) is { ValueKind: JsonValueKind.Object } extra)
        {
            var date = PaymentDate(extra);
            await s.CheckAsync(new Expect(
                s.Es ? $"¿cuánto fue la paga extra de {s.Name(extra)} y cuándo la cobré?" : $"how much was the extra pay in {s.Name(extra)} and when was it paid?",
                [Key(extra)],
                [s.Money(Line(extra, Earnings, "extra_pay")), Day(date), Month(date.Month), YearToken(date.Year)]));
        }
        s.AssertNoFailures();
    }

    // ───────────────────────────── 2. ranges and quarters ─────────────────────────────

    [Theory]
    [MemberData(nameof(Runs))]
    public async Task Range_and_quarter_totals_are_the_sum_of_the_months_and_list_each_month(string who, string lang)
    {
        var s = await SessionAsync(who, lang);
        var (early, late) = (s.FullYears[0], s.FullYears[^1]);
        var recent = s.IsPaid(s.Today.Year, 9) ? s.Today.Year : late;

        // IRPF of the second quarter.
        await s.CheckAsync(RangeTotal(s,
            s.Es ? $"¿cuánto me retuvieron de IRPF en el segundo trimestre de {late}?" : $"how much income tax was withheld in the second quarter of {late}?",
            late, 4, 6, p => Line(p, Deductions, "income_tax"), quarter: 2));
        // Gross from March to May.
        await s.CheckAsync(RangeTotal(s,
            s.Es ? $"¿cuánto cobré en bruto de marzo a mayo de {early}?" : $"what was my gross pay from March to May {early}?",
            early, 3, 5, p => Field(p, "grossSalary")));
        // Social security between July and September.
        await s.CheckAsync(RangeTotal(s,
            s.Es ? $"¿cuánto pagué de Seguridad Social entre julio y septiembre de {recent}?" : $"how much social security did I pay between July and September {recent}?",
            recent, 7, 9, p => Line(p, Deductions, "social_security")));
        // Net of the first quarter.
        await s.CheckAsync(RangeTotal(s,
            s.Es ? $"¿cuánto cobré neto en total en el primer trimestre de {recent}?" : $"what was my total net pay in Q1 {recent}?",
            recent, 1, 3, p => Field(p, "netSalary"), quarter: 1));
        // Short forms, as the brief of the product writes them.
        await s.CheckAsync(RangeTotal(s,
            s.Es ? $"IRPF del segundo trimestre de {early}" : $"income tax for Q2 {early}",
            early, 4, 6, p => Line(p, Deductions, "income_tax"), quarter: 2));
        await s.CheckAsync(RangeTotal(s,
            s.Es ? $"bruto de marzo a mayo de {late}" : $"gross from March to May {late}",
            late, 3, 5, p => Field(p, "grossSalary")));
        // Across a year end.
        if (s.IsPaid(early + 1, 2))
        {
            var months = new[] { (early, 11), (early, 12), (early + 1, 1), (early + 1, 2) }.Select(k => s.Payslips[k]).ToList();
            var required = new List<string> { s.Money(months.Sum(p => Field(p, "grossSalary"))) };
            required.AddRange(months.SelectMany(p => new[] { s.Money(Field(p, "grossSalary")), Month(p.GetProperty("month").GetInt32()) }));
            await s.CheckAsync(new Expect(
                s.Es ? $"¿cuánto cobré en bruto entre noviembre de {early} y febrero de {early + 1}?" : $"what was my gross pay from November {early} to February {early + 1}?",
                months.Select(Key).ToList(), required));
        }
        // Relative to today: the previous quarter, and the last three months (ending with last month).
        {
            var quarter = (s.Today.Month - 1) / 3; // the previous quarter, 0 = Q4 of last year
            var (qYear, q) = quarter == 0 ? (s.Today.Year - 1, 4) : (s.Today.Year, quarter);
            if (s.IsPaid(qYear, q * 3))
            {
                await s.CheckAsync(RangeTotal(s,
                    s.Es ? "¿cuánto cobré neto el trimestre pasado?" : "how much net pay did I get last quarter?",
                    qYear, q * 3 - 2, q * 3, p => Field(p, "netSalary"), quarter: q));
            }
            var lastMonth = s.Today.AddMonths(-1);
            var threeMonths = Enumerable.Range(0, 3).Select(i => lastMonth.AddMonths(i - 2)).Select(d => (d.Year, d.Month)).ToList();
            if (threeMonths.All(k => s.IsPaid(k.Year, k.Month)))
            {
                var slips = threeMonths.Select(k => s.Payslips[k]).ToList();
                var required = new List<string> { s.Money(slips.Sum(p => Line(p, Deductions, "income_tax"))) };
                required.AddRange(slips.SelectMany(p => new[] { s.Money(Line(p, Deductions, "income_tax")), Month(p.GetProperty("month").GetInt32()) }));
                await s.CheckAsync(new Expect(
                    s.Es ? "¿cuánto IRPF me han retenido en los últimos 3 meses?" : "how much income tax did I pay in the last 3 months?",
                    threeMonths, required));
            }
        }
        s.AssertNoFailures();
    }

    private static Expect RangeTotal(Session s, string text, int year, int from, int to, Func<JsonElement, decimal> amount, int? quarter = null)
    {
        var slips = Enumerable.Range(from, to - from + 1).Where(m => s.Payslips.ContainsKey((year, m))).Select(m => s.Payslips[(year, m)]).ToList();
        var required = new List<string> { s.Money(slips.Sum(amount)) };
        foreach (var p in slips)
        {
            required.Add(s.Money(amount(p)));
            required.Add(Month(p.GetProperty("month").GetInt32()));
        }
        return new Expect(text, slips.Select(Key).ToList(), required,
            quarter is { } q ? [q.ToString(CultureInfo.InvariantCulture), YearToken(year)] : [YearToken(year)]);
    }

    // ───────────────────────────── 3. year totals and year to date ─────────────────────────────

    [Theory]
    [MemberData(nameof(Runs))]
    public async Task Year_totals_sum_the_year_and_so_far_counts_only_paid_payslips(string who, string lang)
    {
        var s = await SessionAsync(who, lang);
        var (early, late) = (s.FullYears[0], s.FullYears[^1]);
        var thisYear = s.Today.Year;
        var paidThisYear = s.Paid.Where(p => p.GetProperty("year").GetInt32() == thisYear).ToList();

        // A whole past year.
        {
            var year = s.SlipsOf(early);
            await s.CheckAsync(new Expect(
                s.Es ? $"¿cuánto me retuvieron de IRPF en total en {early}?" : $"how much income tax was withheld in {early} altogether?",
                year.Select(Key).ToList(),
                [s.Money(year.Sum(p => Line(p, Deductions, "income_tax")))]));
        }
        {
            var year = s.SlipsOf(late);
            await s.CheckAsync(new Expect(
                s.Es ? $"¿cuánto cobré en bruto en total en {late}?" : $"what was my total gross pay in {late}?",
                year.Select(Key).ToList(),
                [s.Money(year.Sum(p => Field(p, "grossSalary")))]));
        }
        if (paidThisYear.Count > 0)
        {
            var sources = paidThisYear.Select(Key).ToList();
            // "Este año" / "so far this year": only the payslips whose payment date is not after today.
            await s.CheckAsync(new Expect(
                s.Es ? "¿cuánto llevo pagado de desempleo este año?" : "how much unemployment insurance have I paid so far this year?",
                sources,
                [s.Money(paidThisYear.Sum(p => Line(p, Deductions, "unemployment")))]));
            await s.CheckAsync(new Expect(
                s.Es ? "¿cuánto llevo cobrado neto en lo que va de año?" : "how much net pay have I taken home so far this year?",
                sources,
                [s.Money(paidThisYear.Sum(p => Field(p, "netSalary")))]));
            await s.CheckAsync(new Expect(
                s.Es ? $"¿cuánto llevo pagado de Seguridad Social en lo que va de {thisYear}?" : $"how much social security have I paid so far in {thisYear}?",
                sources,
                [s.Money(paidThisYear.Sum(p => Line(p, Deductions, "social_security")))]));
            // The extra pay so far this year: a scheduled December extra pay is not counted yet.
            var withExtra = paidThisYear.Where(p => Has(p, Earnings, "extra_pay")).ToList();
            if (withExtra.Count > 0)
            {
                var required = new List<string> { s.Money(withExtra.Sum(p => Line(p, Earnings, "extra_pay"))) };
                required.AddRange(withExtra.Select(p => Month(p.GetProperty("month").GetInt32())));
                await s.CheckAsync(new Expect(
                    s.Es ? "¿cuánto llevo cobrado de paga extra este año?" : "how much extra pay have I received so far this year?",
                    sources, required));
            }
        }
        // A whole past year's net pay.
        {
            var year = s.SlipsOf(late);
            await s.CheckAsync(new Expect(
                s.Es ? $"¿cuánto cobré neto en total en {late}?" : $"what was my total net pay in {late}?",
                year.Select(Key).ToList(),
                [s.Money(year.Sum(p => Field(p, "netSalary")))]));
        }
        s.AssertNoFailures();
    }

    // ───────────────────────────── 4. earnings lines ─────────────────────────────

    [Theory]
    [MemberData(nameof(Runs))]
    public async Task Earnings_lines_are_the_payslips_lines(string who, string lang)
    {
        var s = await SessionAsync(who, lang);
        var asked = 0;

        string MonthQuestion(string type, string name) => (type, s.Es) switch
        {
            ("extra_pay", true) => $"¿cuánto cobré de paga extra en {name}?",
            ("extra_pay", false) => $"how much extra pay did I get in {name}?",
            ("bonus", true) => $"¿cuánto me pagaron de bonus en {name}?",
            ("bonus", false) => $"how much was my bonus in {name}?",
            ("base_salary", true) => $"¿cuál fue mi salario base en {name}?",
            ("base_salary", false) => $"what was my base salary in {name}?",
            ("seniority_bonus", true) => $"¿cuánto cobré de antigüedad en {name}?",
            ("seniority_bonus", false) => $"how much seniority bonus did I get in {name}?",
            (_, true) => $"¿cuánto cobré de horas extra en {name}?",
            (_, false) => $"how much overtime was I paid in {name}?",
        };

        // One month of each line the employee really has: the latest paid payslip with it.
        foreach (var type in new[] { "extra_pay", "bonus", "base_salary", "seniority_bonus", "overtime" })
        {
            if (s.Paid.LastOrDefault(p => Has(p, Earnings, type)) is { ValueKind: JsonValueKind.Object } p)
            {
                await s.CheckAsync(new Expect(MonthQuestion(type, s.Name(p)), [Key(p)], [s.Money(Line(p, Earnings, type))]));
                asked++;
            }
        }

        // A year's total of the lines paid only some months (paga extra, bonus): the sum, each month listed.
        foreach (var type in new[] { "extra_pay", "bonus" })
        {
            if (s.FullYears.FirstOrDefault(y => s.SlipsOf(y).Any(p => Has(p, Earnings, type))) is var year and > 0)
            {
                var slips = s.SlipsOf(year);
                var withLine = slips.Where(p => Has(p, Earnings, type)).ToList();
                var required = new List<string> { s.Money(withLine.Sum(p => Line(p, Earnings, type))) };
                foreach (var p in withLine)
                {
                    required.Add(s.Money(Line(p, Earnings, type)));
                    required.Add(Month(p.GetProperty("month").GetInt32()));
                }
                var text = (type, s.Es) switch
                {
                    ("extra_pay", true) => $"¿cuánto cobré en total de pagas extra en {year}?",
                    ("extra_pay", false) => $"how much did I get in extra pay in {year} in total?",
                    (_, true) => $"¿cuánto cobré de bonus en total en {year}?",
                    _ => $"how much did I get in bonuses in {year} in total?",
                };
                await s.CheckAsync(new Expect(text, slips.Select(Key).ToList(), required));
                asked++;
            }
        }

        // The seasons name the extra pays: Navidad / Christmas = December, verano / summer = June.
        foreach (var (month, es, en) in new[] { (12, "Navidad", "Christmas"), (6, "verano", "summer") })
        {
            var year = s.FullYears[^1];
            if (s.Payslips.TryGetValue((year, month), out var p) && Has(p, Earnings, "extra_pay"))
            {
                await s.CheckAsync(new Expect(
                    s.Es ? $"¿cuánto fue mi paga extra de {es} de {year}?" : $"how much was my {en} extra pay in {year}?",
                    [Key(p)], [s.Money(Line(p, Earnings, "extra_pay"))]));
            }
        }
        // Incentives (the Spanish word for the bonus line).
        if (s.Paid.FirstOrDefault(p => Has(p, Earnings, "bonus")) is { ValueKind: JsonValueKind.Object } bonus)
        {
            await s.CheckAsync(new Expect(
                s.Es ? $"¿cuánto cobré de incentivos en {s.Name(bonus)}?" : $"what was my quarterly bonus in {s.Name(bonus)}?",
                [Key(bonus)], [s.Money(Line(bonus, Earnings, "bonus"))]));
        }

        // The base salary over a whole year: every level it had that year.
        {
            var year = s.FullYears[^1];
            var slips = s.SlipsOf(year);
            await s.CheckAsync(new Expect(
                s.Es ? $"¿cuál fue mi salario base en {year}?" : $"what was my base salary in {year}?",
                slips.Select(Key).ToList(),
                slips.Select(p => s.Money(Line(p, Earnings, "base_salary"))).Distinct().ToList()));
        }

        Assert.True(asked >= 4, $"expected the employee to have several earnings lines, asked about {asked}");
        s.AssertNoFailures();
    }

    // ───────────────────────────── 5. why did it change ─────────────────────────────

    [Theory]
    [MemberData(nameof(Runs))]
    public async Task Explanations_state_the_net_difference_and_every_line_that_moved(string who, string lang)
    {
        var s = await SessionAsync(who, lang);
        var paid = s.Paid;
        var consecutive = Enumerable.Range(1, paid.Count - 1).Select(i => (A: paid[i - 1], B: paid[i])).ToList();
        bool Rich((JsonElement A, JsonElement B) x) => Field(x.A, "netSalary") != Field(x.B, "netSalary") && MovedLines(x.A, x.B).Count >= 2;

        var pairs = new List<(JsonElement A, JsonElement B)>();
        pairs.AddRange(consecutive.Where(x => Rich(x) && Field(x.B, "netSalary") > Field(x.A, "netSalary")).Take(1));
        pairs.AddRange(consecutive.Where(x => Rich(x) && Field(x.B, "netSalary") < Field(x.A, "netSalary")).Take(1));
        // Across a year end (new salary scale, extra pay gone).
        pairs.AddRange(consecutive.Where(x => Rich(x) && x.A.GetProperty("year").GetInt32() != x.B.GetProperty("year").GetInt32()).Take(1));
        // Far apart: the first payslip and the latest paid one.
        if (Field(paid[0], "netSalary") != Field(paid[^1], "netSalary"))
        {
            pairs.Add((paid[0], paid[^1]));
        }
        Assert.True(pairs.Count >= 3, $"expected months whose net moved, found {pairs.Count} pairs");
        var colloquial = pairs[1];

        foreach (var (a, b) in pairs.DistinctBy(x => (Key(x.A), Key(x.B))))
        {
            var up = Field(b, "netSalary") > Field(a, "netSalary");
            var text = s.Es
                ? $"¿por qué mi neto de {s.Name(b)} fue {(up ? "mayor" : "menor")} que el de {s.Name(a)}?"
                : $"why was my net pay in {s.Name(b)} {(up ? "higher" : "lower")} than in {s.Name(a)}?";
            var required = new List<string>
            {
                s.Money(Field(b, "netSalary") - Field(a, "netSalary")),
                Month(a.GetProperty("month").GetInt32()),
                Month(b.GetProperty("month").GetInt32()),
            };
            required.AddRange(MovedLines(a, b).Select(d => s.Money(d.Difference)));
            await s.CheckAsync(new Expect(text, [Key(a), Key(b)], required));
        }

        // Colloquial: "why did I get paid less in B than in A?" (the net pay, by the loose pay verb).
        {
            var (a, b) = colloquial;
            var more = Field(b, "netSalary") > Field(a, "netSalary");
            var required = new List<string> { s.Money(Field(b, "netSalary") - Field(a, "netSalary")) };
            required.AddRange(MovedLines(a, b).Select(d => s.Money(d.Difference)));
            await s.CheckAsync(new Expect(
                s.Es ? $"¿por qué en {s.Name(b)} cobré {(more ? "más" : "menos")} que en {s.Name(a)}?" : $"why did I get paid {(more ? "more" : "less")} in {s.Name(b)} than in {s.Name(a)}?",
                [Key(a), Key(b)], required));
        }
        // The gross pay: the gross difference and every line that moved.
        if (consecutive.FirstOrDefault(x => Field(x.B, "grossSalary") > Field(x.A, "grossSalary")
                && x.A.GetProperty("year").GetInt32() == x.B.GetProperty("year").GetInt32()) is { A.ValueKind: JsonValueKind.Object } g)
        {
            var (a, b) = g;
            var required = new List<string> { s.Money(Field(b, "grossSalary") - Field(a, "grossSalary")) };
            required.AddRange(MovedLines(a, b).Select(d => s.Money(d.Difference)));
            var year = b.GetProperty("year").GetInt32();
            var (ma, mb) = (a.GetProperty("month").GetInt32(), b.GetProperty("month").GetInt32());
            await s.CheckAsync(new Expect(
                s.Es ? $"¿por qué mi bruto fue mayor en {Figures.MonthEs(mb)} de {year} que en {Figures.MonthEs(ma)}?" : $"why was my gross pay higher in {Figures.MonthEn(mb)} {year} than in {Figures.MonthEn(ma)}?",
                [Key(a), Key(b)], required));
        }
        s.AssertNoFailures();
    }

    /// <summary>Every earning or deduction type whose amount differs between two payslips, and by how much.</summary>
    private static List<(string Kind, string Type, decimal Difference)> MovedLines(JsonElement a, JsonElement b)
    {
        var moved = new List<(string, string, decimal)>();
        foreach (var kind in new[] { Earnings, Deductions })
        {
            var types = Types(a, kind).Union(Types(b, kind));
            foreach (var type in types)
            {
                var d = Line(b, kind, type) - Line(a, kind, type);
                if (d != 0)
                {
                    moved.Add((kind, type, d));
                }
            }
        }
        return moved;
    }

    // ───────────────────────────── 6. breakdown of deductions ─────────────────────────────

    [Theory]
    [MemberData(nameof(Runs))]
    public async Task Deduction_breakdowns_list_every_deduction_line(string who, string lang)
    {
        var s = await SessionAsync(who, lang);
        var paid = s.Paid;
        var picks = new List<JsonElement>();
        // A month with extra pay (its withholding is larger), an ordinary month and the latest paid.
        picks.AddRange(paid.Where(p => Has(p, Earnings, "extra_pay")).Take(1));
        picks.AddRange(paid.Where(p => !Has(p, Earnings, "extra_pay")).Skip(3).Take(1));
        picks.Add(paid[^1]);

        var i = 0;
        foreach (var p in picks.DistinctBy(Key))
        {
            var text = (i++ % 2, s.Es) switch
            {
                (0, true) => $"desglósame las deducciones de {s.Name(p)}",
                (0, false) => $"break down my deductions for {s.Name(p)}",
                (_, true) => $"¿qué me descontaron en {s.Name(p)}? detalle de cada concepto",
                _ => $"itemize the deductions on my {s.Name(p)} payslip",
            };
            var required = new List<string> { s.Money(Field(p, "totalDeductions")) };
            required.AddRange(Types(p, Deductions).Select(t => s.Money(Line(p, Deductions, t))));
            await s.CheckAsync(new Expect(text, [Key(p)], required));
        }
        // The whole payslip, line by line.
        {
            var p = paid.Last(x => Types(x, Earnings).Count() > 2);
            var required = new List<string> { s.Money(Field(p, "grossSalary")), s.Money(Field(p, "totalDeductions")), s.Money(Field(p, "netSalary")) };
            required.AddRange(Types(p, Earnings).Select(t => s.Money(Line(p, Earnings, t))));
            required.AddRange(Types(p, Deductions).Select(t => s.Money(Line(p, Deductions, t))));
            await s.CheckAsync(new Expect(
                s.Es ? $"desglósame la nómina de {s.Name(p)} concepto por concepto" : $"break down my {s.Name(p)} payslip line by line",
                [Key(p)], required));
        }
        s.AssertNoFailures();
    }

    // ───────────────────────────── 7. max / min month ─────────────────────────────

    [Theory]
    [MemberData(nameof(Runs))]
    public async Task Max_and_min_questions_name_the_right_month_and_its_amount(string who, string lang)
    {
        var s = await SessionAsync(who, lang);
        var (early, late) = (s.FullYears[0], s.FullYears[^1]);
        var thisYear = s.Today.Year;
        var paidThisYear = s.Paid.Where(p => p.GetProperty("year").GetInt32() == thisYear).ToList();

        Expect Extreme(string text, IReadOnlyList<JsonElement> slips, Func<JsonElement, decimal> amount, bool max)
        {
            var best = max ? slips.Max(amount) : slips.Min(amount);
            var months = slips.Where(p => amount(p) == best).Select(p => p.GetProperty("month").GetInt32()).ToList();
            return new Expect(text, slips.Select(Key).ToList(), [s.Money(best)], NamedMonthsAmong: months);
        }

        await s.CheckAsync(Extreme(
            s.Es ? $"¿en qué mes de {late} cobré más neto?" : $"which month of {late} had the highest net pay?",
            s.SlipsOf(late), p => Field(p, "netSalary"), max: true));
        await s.CheckAsync(Extreme(
            s.Es ? $"¿qué mes de {early} cobré menos neto?" : $"in which month of {early} was my net pay lowest?",
            s.SlipsOf(early), p => Field(p, "netSalary"), max: false));
        await s.CheckAsync(Extreme(
            s.Es ? $"¿qué mes de {late} tuvo la menor retención de IRPF?" : $"which month of {late} had the lowest income tax withheld?",
            s.SlipsOf(late), p => Line(p, Deductions, "income_tax"), max: false));
        await s.CheckAsync(Extreme(
            s.Es ? $"¿en qué mes de {early} tuve el bruto más bajo?" : $"which month of {early} had the lowest gross pay?",
            s.SlipsOf(early), p => Field(p, "grossSalary"), max: false));
        if (s.SlipsOf(late).Count(p => Has(p, Earnings, "bonus")) > 1)
        {
            // Among the months that have the line.
            var slips = s.SlipsOf(late);
            var best = slips.Where(p => Has(p, Earnings, "bonus")).Max(p => Line(p, Earnings, "bonus"));
            var months = slips.Where(p => Has(p, Earnings, "bonus") && Line(p, Earnings, "bonus") == best).Select(p => p.GetProperty("month").GetInt32()).ToList();
            await s.CheckAsync(new Expect(
                s.Es ? $"¿en qué mes de {late} cobré más incentivos?" : $"which month of {late} had the biggest bonus?",
                slips.Select(Key).ToList(), [s.Money(best)], NamedMonthsAmong: months));
        }
        if (paidThisYear.Count > 1)
        {
            // This year: only the paid payslips compete (a scheduled December is not "this year's" yet).
            await s.CheckAsync(Extreme(
                s.Es ? "¿en qué mes de este año tuve el bruto más alto?" : "which month this year had the highest gross pay?",
                paidThisYear, p => Field(p, "grossSalary"), max: true));
        }
        s.AssertNoFailures();
    }

    // ───────────────────────────── the session and the checks ─────────────────────────────

    private async Task<Session> SessionAsync(string who, string lang)
    {
        var account = who == "ana" ? stack.Ana : stack.John;
        var http = stack.ClientFor(account);
        var payslips = await ChatFigureTests.PayslipsAsync(http);
        Assert.True(payslips.Count >= 24, $"expected 24+ seeded months, found {payslips.Count}");
        var session = new Session(new ChatClient(http), payslips, lang, DateOnly.FromDateTime(DateTime.UtcNow));
        Assert.True(session.FullYears.Count >= 1, "expected at least one whole year of paid payslips");
        return session;
    }

    private sealed partial class Session(ChatClient chat, Dictionary<(int Year, int Month), JsonElement> payslips, string lang, DateOnly today)
    {
        private readonly List<string> _failures = [];

        public IReadOnlyDictionary<(int Year, int Month), JsonElement> Payslips => payslips;
        public DateOnly Today => today;
        public bool Es => lang == "es";

        /// <summary>The payslips already paid (payment date not after today), oldest first.</summary>
        public List<JsonElement> Paid => payslips.OrderBy(kv => kv.Key).Select(kv => kv.Value).Where(p => PaymentDate(p) <= today).ToList();

        /// <summary>Years with twelve payslips, all paid.</summary>
        public List<int> FullYears => payslips.Keys.Select(k => k.Year).Distinct().Order()
            .Where(y => Enumerable.Range(1, 12).All(m => IsPaid(y, m))).ToList();

        public bool IsPaid(int year, int month) => payslips.TryGetValue((year, month), out var p) && PaymentDate(p) <= today;

        public List<JsonElement> SlipsOf(int year) => payslips.Where(kv => kv.Key.Year == year).OrderBy(kv => kv.Key).Select(kv => kv.Value).ToList();

        public string Money(decimal amount) => Figures.OfAmount(amount).ElementAt(Es ? 1 : 0);

        public string Name(JsonElement p)
        {
            var (year, month) = Key(p);
            return Es ? $"{Figures.MonthEs(month)} de {year}" : $"{Figures.MonthEn(month)} {year}";
        }

        public async Task CheckAsync(Expect expect)
        {
            var answer = await chat.AskAsync(expect.Text);
            var text = answer.GetProperty("text").GetString()!;
            var what = $"[{lang}] \"{expect.Text}\" → ({Describe(answer)}) \"{text}\"";

            if (answer.GetProperty("language").GetString() != lang)
            {
                _failures.Add($"{what}: answered in {answer.GetProperty("language")}");
            }

            var sources = new List<JsonElement>();
            var keys = new List<(int, int)>();
            foreach (var source in answer.GetProperty("sources").EnumerateArray())
            {
                if (source.GetProperty("type").GetString() != "payslip")
                {
                    continue;
                }
                var key = (source.GetProperty("year").GetInt32(), source.GetProperty("month").GetInt32());
                keys.Add(key);
                if (source.GetProperty("href").GetString() != $"/api/payroll/payslips/{key.Item1}/{key.Item2}")
                {
                    _failures.Add($"{what}: source href {source.GetProperty("href")}");
                }
                if (!payslips.TryGetValue(key, out var slip))
                {
                    _failures.Add($"{what}: source {key} is not one of the employee's payslips");
                    continue;
                }
                sources.Add(slip);
            }
            var expected = expect.Sources.Order().ToList();
            var got = keys.Distinct().Order().ToList();
            if (!expected.SequenceEqual(got))
            {
                _failures.Add($"{what}: sources {Keys(got)}, expected {Keys(expected)}");
            }

            var found = Figures.In(text).ToList();
            var allowed = Allowed(sources);
            allowed.UnionWith(expect.ExtraAllowed ?? []);
            var unsupported = found.Where(f => !allowed.Contains(f)).Distinct().ToList();
            if (unsupported.Count > 0)
            {
                _failures.Add($"{what}: figures not in the payroll data of its sources: {string.Join(", ", unsupported)}");
            }
            var missing = expect.Required.Where(r => !found.Contains(r)).Distinct().ToList();
            if (missing.Count > 0)
            {
                _failures.Add($"{what}: missing {string.Join(", ", missing)}");
            }
            if (expect.NamedMonthsAmong is { } among)
            {
                var named = found.Where(f => f.StartsWith("month:", StringComparison.Ordinal)).Select(f => int.Parse(f[6..], CultureInfo.InvariantCulture)).Distinct().ToList();
                if (named.Count == 0 || named.Any(m => !among.Contains(m)))
                {
                    _failures.Add($"{what}: names month(s) [{string.Join(", ", named)}], the answer is [{string.Join(", ", among)}]");
                }
            }
            if (Es ? EnglishWords().IsMatch(text) : SpanishWords().IsMatch(text))
            {
                _failures.Add($"{what}: words of the other language in the answer");
            }
        }

        public void AssertNoFailures() =>
            Assert.True(_failures.Count == 0, $"{_failures.Count} answer(s) failed:\n" + string.Join("\n", _failures));

        private static string Keys(IEnumerable<(int Year, int Month)> keys) => "[" + string.Join(" ", keys.Select(k => $"{k.Year}-{k.Month:00}")) + "]";

        private static string Describe(JsonElement answer)
        {
            var intent = answer.GetProperty("intent").GetString();
            var parts = new List<string>();
            if (answer.TryGetProperty("query", out var query) && query.ValueKind == JsonValueKind.Object
                && query.TryGetProperty("requests", out var requests) && requests.ValueKind == JsonValueKind.Array)
            {
                foreach (var r in requests.EnumerateArray())
                {
                    var period = r.GetProperty("period");
                    parts.Add($"{r.GetProperty("measure").GetString()}/{r.GetProperty("operation").GetString()}/{period.GetProperty("kind").GetString()}");
                }
            }
            var fallback = answer.GetProperty("fallback");
            return $"{intent}; {string.Join(", ", parts)}" + (fallback.ValueKind == JsonValueKind.Null ? "" : $"; fallback {fallback}");
        }

        [GeneratedRegex(@"\b(de|netos|nómina|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b")]
        private static partial Regex SpanishWords();

        [GeneratedRegex(@"\b(January|February|March|April|May|June|July|August|September|October|November|December|payslip|net pay|gross pay)\b")]
        private static partial Regex EnglishWords();
    }

    /// <summary>
    /// The figures an answer built on these payslips may hold: every figure of each payslip, the
    /// differences of every pair, the sums over all of them of every amount and line type, and the
    /// counts (of payslips, and of payslips that carry each line type).
    /// </summary>
    private static HashSet<string> Allowed(IReadOnlyList<JsonElement> slips)
    {
        var set = new HashSet<string>();
        for (var i = 0; i < slips.Count; i++)
        {
            set.UnionWith(Figures.OfPayslip(slips[i]));
            for (var j = i + 1; j < slips.Count; j++)
            {
                set.UnionWith(Figures.OfDifference(slips[i], slips[j]));
            }
        }
        if (slips.Count == 0)
        {
            return set;
        }
        set.UnionWith(Figures.OfTotals(slips));
        foreach (var kind in new[] { Earnings, Deductions })
        {
            foreach (var type in slips.SelectMany(p => Types(p, kind)).Distinct())
            {
                set.UnionWith(Figures.OfAmount(slips.Sum(p => Line(p, kind, type))));
                set.Add(slips.Count(p => Has(p, kind, type)).ToString(CultureInfo.InvariantCulture));
            }
        }
        return set;
    }

    private static (int Year, int Month) Key(JsonElement p) => (p.GetProperty("year").GetInt32(), p.GetProperty("month").GetInt32());

    private static decimal Field(JsonElement p, string name) => p.GetProperty(name).GetDecimal();

    private static DateOnly PaymentDate(JsonElement p) => DateOnly.Parse(p.GetProperty("paymentDate").GetString()!, CultureInfo.InvariantCulture);

    private static IEnumerable<string> Types(JsonElement p, string kind) =>
        p.GetProperty(kind).EnumerateArray().Select(l => l.GetProperty("type").GetString()!).Distinct();

    private static bool Has(JsonElement p, string kind, string type) => Types(p, kind).Contains(type);

    /// <summary>The amount of one line type in a payslip (two lines of one type are summed; none is 0).</summary>
    private static decimal Line(JsonElement p, string kind, string type) =>
        p.GetProperty(kind).EnumerateArray().Where(l => l.GetProperty("type").GetString() == type).Sum(l => l.GetProperty("amount").GetDecimal());

    private static string Day(DateOnly d) => d.Day.ToString(CultureInfo.InvariantCulture);

    private static string Month(int month) => "month:" + month;

    private static string YearToken(int year) => year.ToString(CultureInfo.InvariantCulture);
}
