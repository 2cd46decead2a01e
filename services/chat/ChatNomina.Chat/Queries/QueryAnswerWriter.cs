using ChatNomina.Chat.Answers;
using ChatNomina.Chat.Data;

namespace ChatNomina.Chat.Queries;

/// <summary>
/// Writes the parts of a multi-part answer, es or en, one sentence per request, and records every
/// figure it writes (formatted amounts, dates, periods, counts) as the plan's data, so the figure
/// check compares the whole reply with them. A line's label always comes right before its own
/// amount ("IRPF de julio de 2024: 312,40 €"), never before another line's.
/// </summary>
public sealed class QueryAnswerWriter(string lang, DateOnly today)
{
    private readonly List<string> _sentences = [];
    private readonly List<KeyValuePair<string, string>> _facts = [];
    private readonly List<AnswerSource> _sources = [];
    private bool Es => Formats.IsSpanish(lang);

    /// <summary>The month the last max/min found.</summary>
    public Period? Found { get; set; }

    /// <summary>The line the last largest/smallest-line answer named.</summary>
    public string? FoundLine { get; set; }

    /// <summary>The plan; the sources are the payslips used (the profile only when no payslip was).</summary>
    public AnswerPlan Build(string intent) =>
        new(intent, lang, "query", _facts, [], _sources.Any(s => s.Type == "payslip") ? [.. _sources.Where(s => s.Type == "payslip")] : _sources)
        {
            Generate = false,
            Prewritten = string.Join(" ", _sentences),
        };

    private string Fact(string value)
    {
        _facts.Add(new("f" + _facts.Count, value));
        return value;
    }

    private string Money(decimal v, Payslip p) => Fact(Formats.Money(v, p.Currency, lang));
    private string Name(Period p) => Fact(Formats.PeriodName(p, lang));
    private string Date(DateOnly d) => Fact(Formats.Date(d, lang));
    private string Label(string measure) => MeasureLabel(measure, lang);

    private void Source(Payslip p)
    {
        if (!_sources.Any(s => s.Year == p.Year && s.Month == p.Month))
        {
            _sources.Add(new AnswerSource("payslip", p.Year, p.Month, $"/api/payroll/payslips/{p.Year}/{p.Month}"));
        }
    }

    private void Say(string es, string en) => _sentences.Add(Es ? es : en);

    public static string MeasureLabel(string measure, string lang)
    {
        var es = Formats.IsSpanish(lang);
        return measure switch
        {
            Measures.Net => es ? "neto" : "net pay",
            Measures.Gross => es ? "bruto" : "gross pay",
            Measures.TotalDeductions => es ? "deducciones" : "deductions",
            Measures.PaymentDate => es ? "fecha de pago" : "payment date",
            Measures.Payslip => es ? "neto" : "net pay",
            _ => PayrollLabels.For(Measures.Type(measure), lang),
        };
    }

    /// <summary>The amount of a measure in one payslip; null when the payslip has no such line.</summary>
    public static decimal? Amount(string measure, Payslip p) => measure switch
    {
        Measures.Net or Measures.Payslip => p.NetSalary,
        Measures.Gross => p.GrossSalary,
        Measures.TotalDeductions => p.TotalDeductions,
        _ when Measures.IsDeduction(measure) => Sum(p.Deductions, Measures.Type(measure)),
        _ when Measures.IsEarning(measure) => Sum(p.Earnings, Measures.Type(measure)),
        _ => null,
    };

    private static decimal? Sum(IReadOnlyList<PayslipLine> lines, string type) =>
        lines.Any(l => l.Type == type) ? lines.Where(l => l.Type == type).Sum(l => l.Amount) : null;

    public void NoPayslip(Period p)
    {
        var name = Name(p);
        Say($"No tengo ninguna nómina tuya de {name}.", $"I don't have a payslip of yours for {name}.");
    }

    public void NoPayslips() => Say("Todavía no tengo ninguna nómina tuya pagada.", "I don't have any paid payslips of yours yet.");

    public void NoUpcoming() => Say("No tengo ningún pago tuyo pendiente todavía.", "I don't have an upcoming payment of yours yet.");

    public void Value(string measure, Payslip p, bool mentionsMei)
    {
        Source(p);
        var name = Name(p.Period);
        var future = p.PaymentDate > today;
        switch (measure)
        {
            case Measures.Net:
                var net = Money(p.NetSalary, p);
                Say(future ? $"En {name} cobrarás {net} netos." : $"En {name} cobraste {net} netos.",
                    future ? $"Your net pay for {name} will be {net}." : $"Your net pay for {name} was {net}.");
                return;
            case Measures.Gross:
                var gross = Money(p.GrossSalary, p);
                Say(future ? $"Tu salario bruto de {name} será de {gross}." : $"Tu salario bruto de {name} fue de {gross}.",
                    future ? $"Your gross pay for {name} will be {gross}." : $"Your gross pay for {name} was {gross}.");
                return;
            case Measures.PaymentDate:
                var date = Date(p.PaymentDate);
                Say(future ? $"La nómina de {name} se pagará el {date}." : $"La nómina de {name} se pagó el {date}.",
                    future ? $"Your {name} pay will be paid on {date}." : $"Your {name} pay was paid on {date}.");
                return;
            case Measures.TotalDeductions:
                var total = Money(p.TotalDeductions, p);
                var list = Lines(p.Deductions, p);
                Say($"Deducciones de {name}: {total} en total ({list}).", $"Deductions for {name}: {total} in total ({list}).");
                return;
            case Measures.Payslip:
                Summary(p, name, future);
                return;
        }
        var label = Label(measure);
        if (Measures.IsRate(measure))
        {
            Rate(Measures.Type(measure), label, [p], name);
            return;
        }
        var amount = Amount(measure, p);
        if (amount is null)
        {
            if (Measures.IsDeduction(measure))
            {
                Say($"Tu nómina de {name} no tiene deducción de {label}.", $"Your {name} payslip has no {label} deduction.");
            }
            else
            {
                Say($"Tu nómina de {name} no incluye {label}.", $"Your {name} payslip has no {label}.");
            }
            return;
        }
        var money = Money(amount.Value, p);
        var mei = mentionsMei && measure == "deduction:social_security"
            ? (Es ? " (incluye el MEI, el Mecanismo de Equidad Intergeneracional)" : " (this includes the MEI, the intergenerational equity mechanism)")
            : "";
        Say($"{Capital(label)} de {name}: {money}{mei}.", $"{Capital(label)} for {name}: {money}{mei}.");
    }

    /// <summary>The share of the gross pay a deduction takes, over one or more payslips.</summary>
    private void Rate(string type, string label, IReadOnlyList<Payslip> slips, string periodText)
    {
        var withLine = slips.Where(s => Sum(s.Deductions, type) is not null).ToList();
        if (withLine.Count == 0)
        {
            Say($"No tienes deducción de {label} {periodText}.", $"You have no {label} deduction {periodText}.");
            return;
        }
        var first = withLine[0];
        var deducted = withLine.Sum(s => Sum(s.Deductions, type)!.Value);
        var gross = withLine.Sum(s => s.GrossSalary);
        var rate = Fact(Formats.Number(Math.Round(deducted * 100m / gross, 2, MidpointRounding.AwayFromZero), lang));
        var x = Money(deducted, first);
        var g = Money(gross, first);
        Say($"{Capital(label)} ({periodText}): {x}, el {rate} % de tu bruto ({g}).", $"{Capital(label)} ({periodText}): {x}, {rate}% of your gross pay ({g}).");
    }

    private void Summary(Payslip p, string name, bool future)
    {
        var gross = Money(p.GrossSalary, p);
        var ded = Money(p.TotalDeductions, p);
        var net = Money(p.NetSalary, p);
        var date = Date(p.PaymentDate);
        Say(future ? $"Tu nómina de {name}: bruto {gross}, deducciones {ded} y neto {net}; se pagará el {date}."
                : $"Tu nómina de {name}: bruto {gross}, deducciones {ded} y neto {net}, pagada el {date}.",
            future ? $"Your {name} payslip: gross {gross}, deductions {ded} and net {net}, to be paid on {date}."
                : $"Your {name} payslip: gross {gross}, deductions {ded} and net {net}, paid on {date}.");
    }

    /// <summary>The lines that make up a total ("IRPF 312,40 €, Seguridad Social 150,10 €").</summary>
    private string Lines(IReadOnlyList<PayslipLine> lines, Payslip p) =>
        string.Join(Es ? "; " : "; ", lines.GroupBy(l => l.Type).Select(g => $"{PayrollLabels.For(g.Key, lang, g.First().Label)} {Money(g.Sum(l => l.Amount), p)}"));

    public void Breakdown(string measure, Payslip p, IReadOnlyList<string>? excluded = null)
    {
        Source(p);
        var name = Name(p.Period);
        if (excluded is { Count: > 0 } && measure is Measures.Gross or Measures.TotalDeductions)
        {
            // "what's on my December payslip besides the base salary?": the other lines, the total for reference.
            var deductions = measure == Measures.TotalDeductions;
            var others = (deductions ? p.Deductions : p.Earnings).Where(l => !excluded.Contains(l.Type)).ToList();
            var names = string.Join(Es ? " y " : " and ", excluded.Select(t => PayrollLabels.For(t, lang)));
            var total = Money(deductions ? p.TotalDeductions : p.GrossSalary, p);
            if (others.Count == 0)
            {
                Say($"Tu nómina de {name} no tiene otras partidas aparte de {names}.", $"Your {name} payslip has no other lines besides {names}.");
                return;
            }
            Say(deductions ? $"Aparte de {names}, las deducciones de {name} son {Lines(others, p)} (total {total})."
                    : $"Aparte de {names}, los devengos de {name} son {Lines(others, p)} (bruto {total}).",
                deductions ? $"Besides {names}, your {name} deductions are {Lines(others, p)} (total {total})."
                    : $"Besides {names}, your {name} earnings are {Lines(others, p)} (gross {total}).");
            return;
        }
        switch (measure)
        {
            case Measures.Gross:
                Say($"Bruto de {name}: {Money(p.GrossSalary, p)}, desglosado en {Lines(p.Earnings, p)}.",
                    $"Gross pay for {name}: {Money(p.GrossSalary, p)}, made up of {Lines(p.Earnings, p)}.");
                return;
            case Measures.TotalDeductions:
                Say($"Deducciones de {name}: {Money(p.TotalDeductions, p)} en total, desglosadas en {Lines(p.Deductions, p)}.",
                    $"Deductions for {name}: {Money(p.TotalDeductions, p)} in total, broken down as {Lines(p.Deductions, p)}.");
                return;
            default:
                Say($"Tu nómina de {name}. Devengos: {Lines(p.Earnings, p)} (bruto {Money(p.GrossSalary, p)}). Deducciones: {Lines(p.Deductions, p)} (total {Money(p.TotalDeductions, p)}). Neto: {Money(p.NetSalary, p)}.",
                    $"Your {name} payslip. Earnings: {Lines(p.Earnings, p)} (gross {Money(p.GrossSalary, p)}). Deductions: {Lines(p.Deductions, p)} (total {Money(p.TotalDeductions, p)}). Net: {Money(p.NetSalary, p)}.");
                return;
        }
    }

    /// <summary>The name of a range and its payslips as sources; null (and "no payslips") when it has none.</summary>
    private (string Es, string En)? RangeStart(QueryRequest r, IReadOnlyList<Payslip> slips)
    {
        // A range longer than what is read ("desde enero de 1990") is named by what was read.
        var named = r.Period.From is { } f && r.Period.To is { } t && t.Year - f.Year >= PayslipBook.MaxYears && slips.Count > 0
            ? new QueryPeriod(PeriodKind.Range, slips[0].Period, slips[^1].Period)
            : r.Period;
        var range = RangeName(named);
        if (slips.Count == 0)
        {
            Say($"No tengo nóminas tuyas {range.Es}.", $"I don't have any payslips of yours {range.En}.");
            return null;
        }
        foreach (var p in slips)
        {
            Source(p);
        }
        return range;
    }

    /// <summary>The lines of a total over a range, each summed over its months ("split that by type").</summary>
    public bool RangeBreakdown(QueryRequest r, IReadOnlyList<Payslip> slips)
    {
        if (RangeStart(r, slips) is not { } range)
        {
            return false;
        }
        var first = slips[0];
        string Summed(Func<Payslip, IReadOnlyList<PayslipLine>> lines) => string.Join("; ", slips.SelectMany(lines).GroupBy(l => l.Type)
            .Select(g => $"{PayrollLabels.For(g.Key, lang, g.First().Label)} {Money(g.Sum(l => l.Amount), first)}"));
        var count = Fact(Formats.Integer(slips.Count));
        if (r.Measure == Measures.Gross)
        {
            var gross = Money(slips.Sum(p => p.GrossSalary), first);
            Say($"Bruto {range.Es}: {gross} en total en {count} nóminas, desglosado en {Summed(p => p.Earnings)}.",
                $"Gross pay {range.En}: {gross} in total over {count} payslips, made up of {Summed(p => p.Earnings)}.");
        }
        else
        {
            var total = Money(slips.Sum(p => p.TotalDeductions), first);
            Say($"Deducciones {range.Es}: {total} en total en {count} nóminas, por tipo: {Summed(p => p.Deductions)}.",
                $"Deductions {range.En}: {total} in total over {count} payslips, by type: {Summed(p => p.Deductions)}.");
        }
        return true;
    }

    /// <summary>The first (or last) payslip of a range that has the measure, answered as a month; it becomes "that one".</summary>
    public bool FirstOrLast(QueryRequest r, IReadOnlyList<Payslip> slips, bool mentionsMei)
    {
        var withLine = slips.Where(p => Amount(r.Measure, p) is not null || !Measures.IsMoney(r.Measure)).ToList();
        if (withLine.Count == 0)
        {
            return Range(r with { Operation = QueryOperation.Total }, slips);
        }
        var slip = r.Operation == QueryOperation.First ? withLine[0] : withLine[^1];
        Value(r.Measure, slip, mentionsMei);
        Found = slip.Period;
        return true;
    }

    /// <summary>The largest (or smallest) deduction or earning line of one payslip, some types left out.</summary>
    public void ExtremeLine(string measure, Payslip p, bool largest, IReadOnlyList<string> excluded)
    {
        Source(p);
        var name = Name(p.Period);
        var deductions = measure != Measures.Gross;
        var lines = (deductions ? p.Deductions : p.Earnings).Where(l => !excluded.Contains(l.Type))
            .GroupBy(l => l.Type).Select(g => (Type: g.Key, Label: g.First().Label, Amount: g.Sum(l => l.Amount))).ToList();
        if (lines.Count == 0)
        {
            Say($"Tu nómina de {name} no tiene otras partidas.", $"Your {name} payslip has no other lines.");
            return;
        }
        var line = largest ? lines.MaxBy(l => l.Amount) : lines.MinBy(l => l.Amount);
        FoundLine = deductions ? Measures.Deduction(line.Type) : Measures.Earning(line.Type);
        var label = PayrollLabels.For(line.Type, lang, line.Label);
        var amount = Money(line.Amount, p);
        var kindEs = deductions ? (largest ? "La deducción más alta" : "La deducción más baja") : (largest ? "El concepto más alto" : "El concepto más bajo");
        var kindEn = deductions ? (largest ? "The largest deduction" : "The smallest deduction") : (largest ? "The largest earning" : "The smallest earning");
        var besides = excluded.Count == 0 ? "" : Es
            ? " aparte de " + string.Join(" y ", excluded.Select(t => PayrollLabels.For(t, lang)))
            : " apart from " + string.Join(" and ", excluded.Select(t => PayrollLabels.For(t, lang)));
        Say($"{kindEs}{besides} de tu nómina de {name} es {label}: {amount}.", $"{kindEn}{besides} on your {name} payslip is {label}: {amount}.");
    }

    /// <summary>Why a month is what it is: the earnings beyond the base salary that month.</summary>
    public void Notable(Payslip p)
    {
        var extra = p.Earnings.Where(l => l.Type != "base_salary").ToList();
        if (extra.Count == 0)
        {
            Say("Ese mes no hubo pagas ni complementos aparte del salario base.", "That month had no pay beyond the base salary.");
            return;
        }
        var lines = Lines(extra, p);
        Say($"Ese mes la nómina incluye, además del salario base: {lines}; por eso el bruto, y con él la retención, es mayor.",
            $"That month's payslip includes, besides the base salary: {lines}; that raises the gross pay and the tax withheld with it.");
    }

    /// <summary>A total, list or max/min over the payslips of a range.</summary>
    public bool Range(QueryRequest r, IReadOnlyList<Payslip> slips)
    {
        if (RangeStart(r, slips) is not { } range)
        {
            return false;
        }
        var first = slips[0];
        var label = Label(r.Measure);
        if (r.Measure == Measures.PaymentDate)
        {
            var dates = string.Join("; ", slips.Select(p => $"{Name(p.Period)}: {Date(p.PaymentDate)}"));
            Say($"Fechas de pago {range.Es}: {dates}.", $"Payment dates {range.En}: {dates}.");
            return true;
        }
        if (r.Measure == Measures.Payslip || (r.Measure == Measures.Net && r.Operation == QueryOperation.Total && slips.Count > 6))
        {
            var n = Fact(Formats.Integer(slips.Count));
            var net = Money(slips.Sum(p => p.NetSalary), first);
            var gross = Money(slips.Sum(p => p.GrossSalary), first);
            var ded = Money(slips.Sum(p => p.TotalDeductions), first);
            Say($"{Capital(range.Es)} has cobrado {net} netos ({gross} brutos y {ded} de deducciones) en {n} nóminas.",
                $"{Capital(range.En)} your net pay came to {net} ({gross} gross and {ded} in deductions) over {n} payslips.");
            return true;
        }
        if (Measures.IsRate(r.Measure))
        {
            Rate(Measures.Type(r.Measure), label, slips, Es ? range.Es : range.En);
            return true;
        }
        var withLine = slips.Where(p => Amount(r.Measure, p) is not null).ToList();
        if (withLine.Count == 0)
        {
            Say($"No tienes {label} en tus nóminas {range.Es}.", $"Your payslips {range.En} have no {label}.");
            return true;
        }
        switch (r.Operation)
        {
            case QueryOperation.Max or QueryOperation.Min:
                var best = r.Operation == QueryOperation.Max ? withLine.MaxBy(p => Amount(r.Measure, p)!.Value)! : withLine.MinBy(p => Amount(r.Measure, p)!.Value)!;
                var amount = Money(Amount(r.Measure, best)!.Value, best);
                var month = Name(best.Period);
                Found = best.Period;
                Say(r.Operation == QueryOperation.Max
                        ? $"El mes con más {label} {range.Es} fue {month}: {amount}."
                        : $"El mes con menos {label} {range.Es} fue {month}: {amount}.",
                    r.Operation == QueryOperation.Max
                        ? $"The month with the highest {label} {range.En} was {month}: {amount}."
                        : $"The month with the lowest {label} {range.En} was {month}: {amount}.");
                return true;
            case QueryOperation.Average:
                var sum = withLine.Sum(p => Amount(r.Measure, p)!.Value);
                var avg = Money(Math.Round(sum / withLine.Count, 2, MidpointRounding.AwayFromZero), first);
                var sumText = Money(sum, first);
                var over = Fact(Formats.Integer(withLine.Count));
                Say($"{Capital(label)} {range.Es}: {avg} de media al mes ({sumText} en total en {over} nóminas).",
                    $"{Capital(label)} {range.En}: {avg} per month on average ({sumText} in total over {over} payslips).");
                return true;
            case QueryOperation.List when Measures.IsLevel(r.Measure):
                var spans = Spans(withLine, r.Measure);
                Say($"{Capital(label)} {range.Es}: {string.Join("; ", spans.Select(s => s.Es))}.",
                    $"{Capital(label)} {range.En}: {string.Join("; ", spans.Select(s => s.En))}.");
                return true;
            default:
                var total = Money(withLine.Sum(p => Amount(r.Measure, p)!.Value), first);
                var each = withLine.Count <= 6 || r.Operation == QueryOperation.List
                    ? " (" + string.Join("; ", withLine.Select(p => $"{Name(p.Period)}: {Money(Amount(r.Measure, p)!.Value, p)}")) + ")"
                    : "";
                var count = Fact(Formats.Integer(withLine.Count));
                Say($"{Capital(label)} {range.Es}: {total} en total{each}, en {count} {(withLine.Count == 1 ? "nómina" : "nóminas")}.",
                    $"{Capital(label)} {range.En}: {total} in total{each}, over {count} {(withLine.Count == 1 ? "payslip" : "payslips")}.");
                return true;
        }
    }

    /// <summary>Consecutive months with the same amount, as one span ("2.000,00 € de enero de 2024 a marzo de 2024").</summary>
    private List<(string Es, string En)> Spans(IReadOnlyList<Payslip> slips, string measure)
    {
        var spans = new List<(string Es, string En)>();
        var start = 0;
        for (var i = 1; i <= slips.Count; i++)
        {
            if (i < slips.Count && Amount(measure, slips[i]) == Amount(measure, slips[start]))
            {
                continue;
            }
            var money = Money(Amount(measure, slips[start])!.Value, slips[start]);
            var a = Name(slips[start].Period);
            if (i - 1 == start)
            {
                spans.Add(($"{money} en {a}", $"{money} in {a}"));
            }
            else
            {
                var b = Name(slips[i - 1].Period);
                spans.Add(($"{money} de {a} a {b}", $"{money} from {a} to {b}"));
            }
            start = i;
        }
        return spans;
    }

    private (string Es, string En) RangeName(QueryPeriod period)
    {
        var from = period.From!.Value;
        var to = period.To!.Value;
        var year = Fact(Formats.Year(to.Year));
        return period.Kind switch
        {
            PeriodKind.YearToDate when from.Month != 1 || from.Year != to.Year => ($"desde {Name(from)}", $"since {Name(from)}"),
            PeriodKind.YearToDate => ($"en lo que va de {year}", $"so far in {year}"),
            PeriodKind.Year => ($"en {year}", $"in {year}"),
            PeriodKind.Quarter => ($"en el {Ordinal((from.Month + 2) / 3)} trimestre de {year}", $"in Q{Fact(Formats.Integer((from.Month + 2) / 3))} {year}"),
            _ => ($"entre {Name(from)} y {Name(to)}", $"from {Name(from)} to {Name(to)}"),
        };
    }

    private static string Ordinal(int q) => q switch { 1 => "primer", 2 => "segundo", 3 => "tercer", _ => "cuarto" };

    /// <summary>Two months side by side, and (for pay totals or when asked why) every line that moved.</summary>
    /// <summary>Two months of one measure added up ("¿cuánto suman las dos?").</summary>
    public void SumOfTwo(string measure, Payslip a, Payslip b)
    {
        Source(a);
        Source(b);
        var label = Label(measure);
        var xa = Money(Amount(measure, a) ?? 0m, a);
        var xb = Money(Amount(measure, b) ?? 0m, b);
        var total = Money((Amount(measure, a) ?? 0m) + (Amount(measure, b) ?? 0m), b);
        var na = Name(a.Period);
        var nb = Name(b.Period);
        Say($"{Capital(label)} de {na} y {nb}: {total} en total ({na}: {xa}; {nb}: {xb}).",
            $"{Capital(label)} for {na} and {nb}: {total} in total ({na}: {xa}; {nb}: {xb}).");
    }

    public void Compare(string measure, Payslip a, Payslip b, bool explainLines, bool percent = false)
    {
        Source(a);
        Source(b);
        var label = Label(measure);
        var va = Amount(measure, a) ?? 0m;
        var vb = Amount(measure, b) ?? 0m;
        var na = Name(a.Period);
        var nb = Name(b.Period);
        var xa = Money(va, a);
        var xb = Money(vb, b);
        var diff = vb - va;
        if (diff == 0)
        {
            Say($"Tu {label} de {nb} ({xb}) es igual que el de {na}.", $"Your {label} for {nb} ({xb}) is the same as for {na}.");
        }
        else
        {
            var d = Money(diff, b);
            var (tu, fue) = measure == Measures.TotalDeductions ? ("Tus", "fueron") : ("Tu", "fue");
            Say(diff > 0 ? $"{tu} {label} de {nb} {fue} {xb}, {d} más que en {na} ({xa})." : $"{tu} {label} de {nb} {fue} {xb}, {d} menos que en {na} ({xa}).",
                diff > 0 ? $"Your {label} for {nb} was {xb}, {d} more than for {na} ({xa})." : $"Your {label} for {nb} was {xb}, {d} less than for {na} ({xa}).");
            if (percent && va != 0)
            {
                var pct = Fact(Formats.Number(Math.Round(diff * 100m / va, 2, MidpointRounding.AwayFromZero), lang));
                Say(diff > 0 ? $"Es una subida del {pct} %." : $"Es una bajada del {pct} %.",
                    diff > 0 ? $"That is a {pct}% increase." : $"That is a {pct}% decrease.");
            }
        }
        if (explainLines && AnswerPlanner.Breakdown(a, b, lang) is { } lines)
        {
            _sentences.Add(lines);
            _facts.Add(new("f" + _facts.Count, lines));
        }
    }

    public void Profile(string field, Profile me)
    {
        _sources.Add(new AnswerSource("profile", null, null, "/api/users/me"));
        switch (field)
        {
            case "department":
                var dep = Fact(me.Department);
                Say($"Trabajas en el departamento de {dep}.", $"You work in the {dep} department.");
                break;
            case "position":
                var pos = Fact(me.Position);
                Say($"Tu puesto es {pos}.", $"Your position is {pos}.");
                break;
            case "hire_date":
                var hired = Date(me.HireDate);
                Say($"Entraste en la empresa el {hired}.", $"You joined the company on {hired}.");
                break;
            default:
                var years = today.Year - me.HireDate.Year - (today < me.HireDate.AddYears(today.Year - me.HireDate.Year) ? 1 : 0);
                var n = Fact(Formats.Integer(Math.Max(0, years)));
                var since = Date(me.HireDate);
                Say($"Llevas {n} años en la empresa (desde el {since}).", $"You have been with the company for {n} years (since {since}).");
                break;
        }
        var distinct = _sources.DistinctBy(s => s.Href).ToList();
        _sources.Clear();
        _sources.AddRange(distinct);
    }

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
