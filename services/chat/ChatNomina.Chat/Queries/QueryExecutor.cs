using ChatNomina.Chat.Answers;
using ChatNomina.Chat.Conversations;
using ChatNomina.Chat.Data;

namespace ChatNomina.Chat.Queries;

/// <summary>What executing a query gave: the answer plan and the query with its periods resolved.</summary>
public sealed record QueryOutcome(AnswerPlan Plan, PayrollQuery Resolved, bool Answered);

/// <summary>
/// Runs a <see cref="PayrollQuery"/> against the user's own payslips and profile: every figure is
/// computed here, by deterministic code (values, sums, differences, max/min, line items), from data
/// read with the user's token. A single request of the v1 shape goes to the <see cref="AnswerPlanner"/>
/// (the model phrases it, under the placeholder and figure checks); anything else is written by
/// <see cref="QueryAnswerWriter"/>, one sentence per request, in one reply.
/// </summary>
public sealed class QueryExecutor(PayrollClient payroll, UsersClient users, AnswerPlanner planner)
{
    public async Task<QueryOutcome> ExecuteAsync(PayrollQuery query, string question, string lang, string token, DateTimeOffset now, CancellationToken ct)
    {
        var book = new PayslipBook(payroll, token, DateOnly.FromDateTime(now.UtcDateTime), ct);
        var resolved = new List<QueryRequest>();
        foreach (var r in query.Requests)
        {
            resolved.Add(r with { Period = await ResolveAsync(r.Period, book), Other = r.Other is null ? null : await ResolveAsync(r.Other, book) });
        }
        var q = query with { Requests = resolved };

        if (ToV1Turn(q) is { } turn)
        {
            var plan = await planner.PlanAsync(turn, question, lang, token, now, ct);
            return new QueryOutcome(WithPdf(plan, q, lang), q, plan.Status is null);
        }

        var writer = new QueryAnswerWriter(lang, book.Today);
        Profile? me = null;
        var answered = false;
        var executed = new List<QueryRequest>();
        foreach (var r in q.Requests)
        {
            executed.Add(r);
            if (Measures.IsProfile(r.Measure))
            {
                me ??= await users.GetMeAsync(token, ct) ?? throw new DataUnavailableException("own profile not found");
                writer.Profile(Measures.Type(r.Measure), me);
                answered = true;
                continue;
            }
            answered |= r.Operation switch
            {
                QueryOperation.Compare or QueryOperation.ExplainChange => await CompareAsync(r, book, writer, q.Percent),
                QueryOperation.Total when r.Other is { Kind: PeriodKind.Month } => await SumOfTwoAsync(r, book, writer),
                QueryOperation.Breakdown when r.Period.IsRange => writer.RangeBreakdown(r, await book.RangeAsync(r.Period)),
                QueryOperation.First or QueryOperation.Last => writer.FirstOrLast(r, await book.RangeAsync(r.Period), q.MentionsMei),
                QueryOperation.Total or QueryOperation.Average or QueryOperation.List or QueryOperation.Max or QueryOperation.Min when r.Period.IsRange
                    => writer.Range(r, await book.RangeAsync(r.Period)),
                _ => await MonthAsync(r, q, book, writer),
            };
            if (writer.Found is not null || writer.FoundLine is not null)
            {
                executed[^1] = r with { Found = writer.Found, FoundLine = writer.FoundLine };
                (writer.Found, writer.FoundLine) = (null, null);
            }
        }
        q = q with { Requests = executed };
        var first = q.Requests[0];
        var result = writer.Build(q.V1Intent) with
        {
            Period = first.Period.Kind == PeriodKind.Month ? first.Period.From : null,
            CompareWith = first.Other?.Kind == PeriodKind.Month ? first.Other.From : null,
            Year = first.Period.IsRange ? first.Period.To?.Year : null,
            Status = answered ? null : "no_data",
        };
        return new QueryOutcome(WithPdf(result, q, lang), q, answered);
    }

    /// <summary>
    /// "Descárgame la nómina de marzo en PDF": the answer (the payslip's summary) links every payslip it
    /// used to its PDF (<c>payslip_pdf</c> sources, <c>GET /api/payroll/payslips/{y}/{m}/pdf</c>) and says so
    /// in a sentence without figures, so the figure check is unchanged.
    /// </summary>
    public static AnswerPlan WithPdf(AnswerPlan plan, PayrollQuery query, string lang)
    {
        if (!query.Pdf || plan.Status is not null)
        {
            return plan;
        }
        var pdfs = plan.Sources.Where(s => s.Type == "payslip" && s.Year is not null && s.Month is not null)
            .Select(s => new AnswerSource("payslip_pdf", s.Year, s.Month,
                $"/api/payroll/payslips/{s.Year}/{s.Month}/pdf?lang={(Formats.IsSpanish(lang) ? "es" : "en")}"))
            .ToList();
        if (pdfs.Count == 0)
        {
            return plan;
        }
        var sentence = Formats.IsSpanish(lang)
            ? pdfs.Count == 1 ? "Puedes descargarla en PDF desde el enlace." : "Puedes descargarlas en PDF desde los enlaces."
            : pdfs.Count == 1 ? "You can download it as a PDF from the link." : "You can download them as PDFs from the links.";
        return plan with
        {
            Sources = [.. plan.Sources, .. pdfs],
            Appendix = plan.Appendix is null ? sentence : plan.Appendix + " " + sentence,
        };
    }

    private static async Task<bool> MonthAsync(QueryRequest r, PayrollQuery q, PayslipBook book, QueryAnswerWriter writer)
    {
        if (r.Period.Kind == PeriodKind.Next && r.Period.From is null)
        {
            writer.NoUpcoming();
            return false;
        }
        if (r.Period.From is not { } period)
        {
            writer.NoPayslips();
            return false;
        }
        var slip = await book.MonthAsync(period);
        if (slip is null)
        {
            writer.NoPayslip(period);
            return false;
        }
        if (r.Operation == QueryOperation.Breakdown)
        {
            writer.Breakdown(r.Measure, slip, q.Excluded);
        }
        else if (r.Operation is QueryOperation.Max or QueryOperation.Min)
        {
            writer.ExtremeLine(r.Measure, slip, r.Operation == QueryOperation.Max, q.Excluded);
        }
        else
        {
            writer.Value(r.Measure, slip, q.MentionsMei);
            if (q.Explain)
            {
                writer.Notable(slip);
            }
        }
        return true;
    }

    private static async Task<bool> SumOfTwoAsync(QueryRequest r, PayslipBook book, QueryAnswerWriter writer)
    {
        var a = await book.MonthAsync(r.Other!.From!.Value);
        var b = r.Period.From is { } pb ? await book.MonthAsync(pb) : null;
        if (a is null || b is null)
        {
            writer.NoPayslip(a is null ? r.Other.From!.Value : r.Period.From!.Value);
            return false;
        }
        writer.SumOfTwo(r.Measure, a, b);
        return true;
    }

    private static async Task<bool> CompareAsync(QueryRequest r, PayslipBook book, QueryAnswerWriter writer, bool percent)
    {
        // A range on either side: its first month before, its last month after ("since 2024").
        var older = r.Other?.From is { } from ? await book.MonthAsync(from) : null;
        var newer = r.Period.To is { } to ? await book.MonthAsync(to) : null;
        if (older is null || newer is null)
        {
            if (r.Other?.From is { } missingA && older is null)
            {
                writer.NoPayslip(missingA);
            }
            else if (r.Period.To is { } missingB)
            {
                writer.NoPayslip(missingB);
            }
            else
            {
                writer.NoPayslips();
            }
            return false;
        }
        writer.Compare(r.Measure, older, newer, explainLines: r.Operation == QueryOperation.ExplainChange
            || r.Measure is Measures.Net or Measures.Gross or Measures.Payslip or Measures.TotalDeductions, percent);
        return true;
    }

    /// <summary>Latest and Next become the month they are for this user today; the rest is already resolved.</summary>
    private static async Task<QueryPeriod> ResolveAsync(QueryPeriod period, PayslipBook book) => period.Kind switch
    {
        PeriodKind.Latest => await book.LatestPaidAsync() is { } p ? QueryPeriod.Month(p.Period) : period,
        PeriodKind.Next => await book.NextAsync() is { } n ? QueryPeriod.Month(n.Period) : period,
        _ => period,
    };

    /// <summary>
    /// A single request that the v1 planner answers as before (one month's net, gross, deductions,
    /// payment date, payslip, a two-month comparison of the net, one profile field), so the model
    /// keeps phrasing the everyday answers; null for anything v1 cannot express.
    /// </summary>
    public static ResolvedTurn? ToV1Turn(PayrollQuery q)
    {
        if (q.Requests.Count != 1 || q.Explain || q.MentionsMei)
        {
            return null;
        }
        var r = q.Requests[0];
        if (Measures.IsProfile(r.Measure))
        {
            return new ResolvedTurn { Intent = Intents.ProfileInfo, Confidence = 1, ProfileField = Measures.Type(r.Measure) };
        }
        var v1Measure = r.Measure is Measures.Net or Measures.Gross or Measures.Payslip or Measures.PaymentDate
            || Measures.IsDeduction(r.Measure);
        if (!v1Measure || r.Period.Kind != PeriodKind.Month || r.Period.From is not { } month)
        {
            return null;
        }
        if (r.Operation == QueryOperation.Value)
        {
            return new ResolvedTurn
            {
                Intent = PayrollQuery.V1Label(r),
                Confidence = 1,
                Periods = [month],
                DeductionType = Measures.IsDeduction(r.Measure) ? Measures.Type(r.Measure) : null,
            };
        }
        if (r.Operation == QueryOperation.Compare && r.Measure is Measures.Net or Measures.Payslip
            && r.Other is { Kind: PeriodKind.Month, From: { } older })
        {
            return new ResolvedTurn { Intent = Intents.PayComparison, Confidence = 1, Periods = [older, month] };
        }
        return null;
    }
}
