using ChatNomina.Chat.Data;

namespace ChatNomina.Chat.Queries;

/// <summary>
/// The user's own payslips as one question needs them, read through the payroll API with the
/// user's token (payroll enforces who may read what) and kept for the length of that question:
/// a year is read once however many requests use it. "Paid" is decided by the payment date
/// against today, so a scheduled payslip is never the latest nor part of "so far".
/// </summary>
public sealed class PayslipBook(PayrollClient payroll, string token, DateOnly today, CancellationToken ct)
{
    /// <summary>The most years one question reads.</summary>
    public const int MaxYears = 4;

    private readonly Dictionary<int, IReadOnlyList<Payslip>> _years = [];
    private readonly Dictionary<Period, Payslip?> _months = [];

    public DateOnly Today => today;

    public bool IsPaid(Payslip p) => p.PaymentDate <= today;

    public async Task<IReadOnlyList<Payslip>> YearAsync(int year)
    {
        if (!_years.TryGetValue(year, out var list))
        {
            list = [.. (await payroll.GetYearAsync(token, year, ct)).OrderBy(p => p.Period)];
            _years[year] = list;
        }
        return list;
    }

    public async Task<Payslip?> MonthAsync(Period period)
    {
        if (_years.TryGetValue(period.Year, out var list))
        {
            return list.FirstOrDefault(p => p.Period == period);
        }
        if (!_months.TryGetValue(period, out var slip))
        {
            slip = await payroll.GetPayslipAsync(token, period, ct);
            _months[period] = slip;
        }
        return slip;
    }

    /// <summary>The payslips of a resolved period, oldest first (year to date: only the paid ones).</summary>
    public async Task<IReadOnlyList<Payslip>> RangeAsync(QueryPeriod period)
    {
        if (period.From is not { } from || period.To is not { } to)
        {
            return [];
        }
        // At most the last MaxYears years of a range: "between 1990 and 2099" must not become a hundred reads.
        if (to.Year - from.Year >= MaxYears)
        {
            from = new Period(to.Year - MaxYears + 1, 1);
        }
        var all = new List<Payslip>();
        for (var y = from.Year; y <= to.Year; y++)
        {
            all.AddRange((await YearAsync(y)).Where(p => p.Period >= from && p.Period <= to));
        }
        return period.Kind == PeriodKind.YearToDate ? [.. all.Where(IsPaid)] : all;
    }

    /// <summary>The latest payslip already paid.</summary>
    public async Task<Payslip?> LatestPaidAsync()
    {
        for (var y = today.Year; y >= today.Year - 1; y--)
        {
            if ((await YearAsync(y)).LastOrDefault(IsPaid) is { } paid)
            {
                return paid;
            }
        }
        return null;
    }

    /// <summary>The next payment: the first payslip not paid yet (paid today counts as the next one).</summary>
    public async Task<Payslip?> NextAsync()
    {
        for (var y = today.Year; y <= today.Year + 1; y++)
        {
            if ((await YearAsync(y)).FirstOrDefault(p => p.PaymentDate >= today) is { } next)
            {
                return next;
            }
        }
        return null;
    }
}
