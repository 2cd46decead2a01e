using System.Net.Http.Json;
using System.Text.Json;

namespace ChatNomina.EndToEnd;

/// <summary>
/// The product's first rule, checked from the outside: every figure in every chat answer equals
/// the payroll API's data. Each demo employee asks, in their language, about every seeded month
/// (Ana in Spanish, John in English); the figures of each answer are compared with the payslips
/// the answer names as its sources, fetched from the payroll API with the same token.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class ChatFigureTests(StackFixture stack)
{
    private static readonly string[] SinglePayslipIntents = ["payslip_summary", "net_pay", "gross_pay", "deductions", "payment_date"];

    private sealed record Question(string Text, string Intent, (int Year, int Month) Period, string? KeyFigure = null);

    [Theory]
    [InlineData("ana", "es")]
    [InlineData("john", "en")]
    [InlineData("ana", "en")]
    [InlineData("john", "es")]
    public async Task Every_figure_in_every_answer_equals_the_payroll_data(string who, string lang)
    {
        var account = who == "ana" ? stack.Ana : stack.John;
        var http = stack.ClientFor(account);
        var chat = new ChatClient(http);
        var payslips = await PayslipsAsync(http);
        Assert.True(payslips.Count >= 24, $"expected 24+ seeded months, found {payslips.Count}");

        var questions = new List<Question>();
        var rotation = new[] { "net_pay", "gross_pay", "deductions", "payment_date", "income_tax", "social_security", "unemployment" };
        var i = 0;
        foreach (var ((year, month), p) in payslips)
        {
            questions.Add(Ask("payslip_summary", lang, year, month, p));
            questions.Add(Ask(rotation[i++ % rotation.Length], lang, year, month, p));
        }

        var failures = new List<string>();
        var intentHits = 0;
        foreach (var q in questions)
        {
            var answer = await chat.AskAsync(q.Text);
            intentHits += answer.GetProperty("intent").GetString() == q.Intent ? 1 : 0;
            CheckAnswer(q, answer, lang, payslips, failures);
        }

        // Comparisons (consecutive months, each year) and year-to-date totals.
        foreach (var year in payslips.Keys.Select(k => k.Year).Distinct())
        {
            var months = payslips.Keys.Where(k => k.Year == year).Select(k => k.Month).Order().ToList();
            for (var m = 1; m < months.Count; m += 3)
            {
                var text = lang == "es"
                    ? $"compara mi nómina de {Figures.MonthEs(months[m - 1])} de {year} con la de {Figures.MonthEs(months[m])} de {year}"
                    : $"compare my net pay in {Figures.MonthEn(months[m - 1])} {year} and {Figures.MonthEn(months[m])} {year}";
                CheckAnswer(new Question(text, "pay_comparison", (year, months[m])), await chat.AskAsync(text), lang, payslips, failures);
            }
            var ytd = lang == "es" ? $"¿cuánto llevo cobrado en {year}?" : $"how much have I earned so far in {year}?";
            CheckAnswer(new Question(ytd, "ytd_summary", (year, 0)), await chat.AskAsync(ytd), lang, payslips, failures);
        }

        Assert.True(failures.Count == 0, $"{failures.Count} answer(s) failed:\n" + string.Join("\n", failures));
        // The figures above are checked whatever the model understood; the questions are plain
        // enough that most must also be understood as asked.
        Assert.True(intentHits >= questions.Count * 0.7, $"only {intentHits}/{questions.Count} questions got the intended intent");
    }

    [Theory]
    [InlineData("ana", "¿en qué departamento trabajo?", "department")]
    [InlineData("ana", "¿cuál es mi puesto?", "position")]
    [InlineData("john", "what department am I in?", "department")]
    [InlineData("john", "what is my position?", "position")]
    public async Task Profile_answers_state_the_users_own_profile(string who, string question, string field)
    {
        var account = who == "ana" ? stack.Ana : stack.John;
        var http = stack.ClientFor(account);
        var me = await http.GetFromJsonAsync<JsonElement>("api/users/me");

        var answer = await new ChatClient(http).AskAsync(question);

        Assert.Equal("profile_info", answer.GetProperty("intent").GetString());
        Assert.Contains(me.GetProperty(field).GetString()!, answer.GetProperty("text").GetString());
        Assert.Contains(answer.GetProperty("sources").EnumerateArray(), s => s.GetProperty("href").GetString() == "/api/users/me");
    }

    [Theory]
    [InlineData("ana", "¿cuándo entré en la empresa?")]
    [InlineData("john", "when did I join the company?")]
    public async Task Hire_date_answers_hold_only_the_hire_dates_figures(string who, string question)
    {
        var account = who == "ana" ? stack.Ana : stack.John;
        var http = stack.ClientFor(account);
        var me = await http.GetFromJsonAsync<JsonElement>("api/users/me");
        var hired = DateOnly.Parse(me.GetProperty("hireDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var allowed = Figures.OfDate(hired).ToHashSet();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var years = today.Year - hired.Year - (today < hired.AddYears(today.Year - hired.Year) ? 1 : 0);
        allowed.Add(years.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var answer = await new ChatClient(http).AskAsync(question);

        var text = answer.GetProperty("text").GetString()!;
        Assert.Equal("profile_info", answer.GetProperty("intent").GetString());
        Assert.NotEmpty(Figures.In(text));
        Assert.All(Figures.In(text), f => Assert.Contains(f, allowed));
    }

    private static void CheckAnswer(Question q, JsonElement answer, string lang,
        IReadOnlyDictionary<(int, int), JsonElement> payslips, List<string> failures)
    {
        var text = answer.GetProperty("text").GetString()!;
        var intent = answer.GetProperty("intent").GetString();
        var what = $"[{q.Text}] → ({intent}, {answer.GetProperty("fallback")}) \"{text}\"";

        if (answer.GetProperty("language").GetString() != lang)
        {
            failures.Add($"{what}: answered in {answer.GetProperty("language")}");
        }
        var sources = new List<JsonElement>();
        foreach (var source in answer.GetProperty("sources").EnumerateArray())
        {
            if (source.GetProperty("type").GetString() != "payslip")
            {
                continue;
            }
            var key = (source.GetProperty("year").GetInt32(), source.GetProperty("month").GetInt32());
            if (!payslips.TryGetValue(key, out var payslip))
            {
                failures.Add($"{what}: source {key} is not one of the employee's payslips");
                continue;
            }
            if (source.GetProperty("href").GetString() != $"/api/payroll/payslips/{key.Item1}/{key.Item2}")
            {
                failures.Add($"{what}: source href {source.GetProperty("href")}");
            }
            sources.Add(payslip);
        }

        var allowed = new HashSet<string>();
        foreach (var p in sources)
        {
            allowed.UnionWith(Figures.OfPayslip(p));
        }
        if (sources.Count == 2)
        {
            allowed.UnionWith(Figures.OfDifference(sources[0], sources[1]));
        }
        if (intent == "ytd_summary" && sources.Count > 0)
        {
            allowed.UnionWith(Figures.OfTotals(sources));
        }
        if (answer.GetProperty("fallback").ValueKind == JsonValueKind.Null && sources.Count == 0 && q.Period.Month > 0)
        {
            // "No payslip for that month" names the month asked.
            allowed.UnionWith(Figures.OfPeriod(q.Period.Year, q.Period.Month));
        }
        var unsupported = Figures.In(text).Where(f => !allowed.Contains(f)).Distinct().ToList();
        if (unsupported.Count > 0)
        {
            failures.Add($"{what}: figures not in the payroll data: {string.Join(", ", unsupported)}");
        }
        if (lang == "en" && Figures.In(text).Any() && System.Text.RegularExpressions.Regex.IsMatch(text, @"\b(de|netos|nómina|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b"))
        {
            failures.Add($"{what}: Spanish words in an English answer");
        }

        if (intent is not null && SinglePayslipIntents.Contains(intent) && sources.Count > 0 && q.Period.Month > 0)
        {
            var answered = (sources[0].GetProperty("year").GetInt32(), sources[0].GetProperty("month").GetInt32());
            if (q.Intent != "pay_comparison" && answered != q.Period)
            {
                failures.Add($"{what}: answered about {answered}, asked {q.Period}");
            }
        }
        if (intent == q.Intent && q.KeyFigure is { } keyFigure && sources.Count > 0 && !text.Contains(keyFigure, StringComparison.Ordinal))
        {
            failures.Add($"{what}: the {q.Intent} answer lacks {keyFigure}");
        }
    }

    private static Question Ask(string kind, string lang, int year, int month, JsonElement p)
    {
        var es = lang == "es";
        var mes = Figures.MonthEs(month);
        var mon = Figures.MonthEn(month);
        string Amount(string name) => Money(p.GetProperty(name).GetDecimal(), es);
        return kind switch
        {
            "payslip_summary" => new(es ? $"muéstrame mi nómina de {mes} de {year}" : $"show me my payslip for {mon} {year}",
                "payslip_summary", (year, month), Amount("netSalary")),
            "net_pay" => new(es ? $"¿cuánto cobré neto en {mes} de {year}?" : $"how much did I take home in {mon} {year}?",
                "net_pay", (year, month), Amount("netSalary")),
            "gross_pay" => new(es ? $"¿cuál fue mi salario bruto en {mes} de {year}?" : $"what was my gross salary in {mon} {year}?",
                "gross_pay", (year, month), Amount("grossSalary")),
            "deductions" => new(es ? $"¿qué deducciones tuve en {mes} de {year}?" : $"what were my deductions in {mon} {year}?",
                "deductions", (year, month), Amount("totalDeductions")),
            "payment_date" => new(es ? $"¿cuándo me pagaron la nómina de {mes} de {year}?" : $"when was my {mon} {year} salary paid?",
                "payment_date", (year, month)),
            "income_tax" => new(es ? $"¿cuánto me retuvieron de IRPF en {mes} de {year}?" : $"how much income tax was withheld in {mon} {year}?",
                "deductions", (year, month), TypeAmount(p, "income_tax", es)),
            "social_security" => new(es ? $"¿cuánto pagué de Seguridad Social en {mes} de {year}?" : $"how much social security did I pay in {mon} {year}?",
                "deductions", (year, month), TypeAmount(p, "social_security", es)),
            _ => new(es ? $"¿cuánto me descontaron de desempleo en {mes} de {year}?" : $"how much unemployment insurance was deducted in {mon} {year}?",
                "deductions", (year, month), TypeAmount(p, "unemployment", es)),
        };
    }

    private static string TypeAmount(JsonElement p, string type, bool spanish) =>
        Money(p.GetProperty("deductions").EnumerateArray()
            .Where(l => l.GetProperty("type").GetString() == type).Sum(l => l.GetProperty("amount").GetDecimal()), spanish);

    private static string Money(decimal amount, bool spanish) => Figures.OfAmount(amount).ElementAt(spanish ? 1 : 0);

    /// <summary>Every payslip of the employee, from the payroll API with their own token.</summary>
    public static async Task<Dictionary<(int Year, int Month), JsonElement>> PayslipsAsync(HttpClient http)
    {
        var all = new Dictionary<(int, int), JsonElement>();
        for (var year = 2024; year <= DateTime.UtcNow.Year; year++)
        {
            var list = await http.GetFromJsonAsync<JsonElement>($"api/payroll/payslips?year={year}");
            foreach (var p in list.GetProperty("payslips").EnumerateArray())
            {
                all[(p.GetProperty("year").GetInt32(), p.GetProperty("month").GetInt32())] = p.Clone();
            }
        }
        return all;
    }
}
