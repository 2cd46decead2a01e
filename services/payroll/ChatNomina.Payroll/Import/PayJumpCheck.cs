using System.Globalization;
using ChatNomina.Payroll.Apis;
using ChatNomina.Payroll.Extensions;
using ChatNomina.Payroll.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatNomina.Payroll.Import;

/// <summary>
/// Plausibility across months: a row whose gross or net salary differs from the same employee's
/// previous month by more than <see cref="PayrollOptions.ImportJumpThreshold"/> (a share of the
/// previous month's figure; 0.5 = 50 %) gets a warning. The previous month is the file's own row
/// for it, else the stored payslip (its latest version, published or not); none, or zero, means no
/// comparison. A warning does not stop the import unless it is sent with <c>?strict=true</c>.
/// </summary>
public sealed class PayJumpCheck(PayrollDbContext db, IOptions<PayrollOptions> options)
{
    private readonly decimal _threshold = options.Value.ImportJumpThreshold;

    public async Task<IReadOnlyList<ImportRowError>> FindAsync(IReadOnlyList<PayslipImportRow> rows, CancellationToken ct)
    {
        var inFile = new Dictionary<(Guid, int), (decimal Gross, decimal Net)>();
        foreach (var row in rows)
        {
            inFile[(row.UserId, Period(row.Year, row.Month))] = Figures(row);
        }
        var userIds = rows.Select(r => r.UserId).Distinct().ToList();
        var years = rows.SelectMany(r => new[] { r.Year, r.Year - 1 }).Distinct().ToList();
        var stored = (await db.Payslips.AsNoTracking().IgnoreAutoIncludes()
                .Where(p => userIds.Contains(p.UserId) && years.Contains(p.Year))
                .Select(p => new { p.UserId, p.Year, p.Month, p.GrossSalary, p.NetSalary })
                .ToListAsync(ct))
            .ToDictionary(p => (p.UserId, Period(p.Year, p.Month)), p => (Gross: p.GrossSalary, Net: p.NetSalary));

        var warnings = new List<ImportRowError>();
        foreach (var row in rows)
        {
            var previousPeriod = Period(row.Year, row.Month) - 1;
            if (!inFile.TryGetValue((row.UserId, previousPeriod), out var previous)
                && !stored.TryGetValue((row.UserId, previousPeriod), out previous))
            {
                continue;
            }
            var (gross, net) = Figures(row);
            var label = $"{previousPeriod / 12:D4}-{previousPeriod % 12 + 1:D2}";
            Check(PayslipCsvParser.GrossSalary, gross, previous.Gross);
            Check(PayslipCsvParser.NetSalary, net, previous.Net);

            void Check(string column, decimal current, decimal before)
            {
                if (before <= 0m || Math.Abs(current - before) <= before * _threshold)
                {
                    return;
                }
                var change = (current - before) / before;
                warnings.Add(new ImportRowError(row.Line, column,
                    $"{column} {Money(current)} is {Percent(Math.Abs(change))} {(change > 0 ? "more" : "less")} than {label}'s "
                    + $"{Money(before)} (more than {Percent(_threshold)} is flagged); check the row before publishing it."));
            }
        }
        return warnings;
    }

    private static int Period(int year, int month) => year * 12 + month - 1;

    private static (decimal Gross, decimal Net) Figures(PayslipImportRow row)
    {
        var gross = row.Lines.Where(l => l.Kind == Model.LineKind.Earning).Sum(l => l.Amount);
        return (gross, gross - row.Lines.Where(l => l.Kind == Model.LineKind.Deduction).Sum(l => l.Amount));
    }

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Percent(decimal share) => (share * 100m).ToString("0.#", CultureInfo.InvariantCulture) + " %";
}
