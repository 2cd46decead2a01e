using ChatNomina.Payroll.Apis;
using ChatNomina.Payroll.Caching;
using ChatNomina.Payroll.Infrastructure;
using ChatNomina.Payroll.Model;
using ChatNomina.ServiceDefaults.Redis;
using Microsoft.EntityFrameworkCore;

namespace ChatNomina.Payroll.Import;

/// <summary>
/// Upserts validated rows in one transaction (per user + period), then invalidates the cache
/// of every payslip the import created or changed.
/// </summary>
public sealed partial class PayslipImporter(
    PayrollDbContext db,
    RedisJsonCache cache,
    TimeProvider clock,
    ILogger<PayslipImporter> logger)
{
    public async Task<ImportResult> ImportAsync(IReadOnlyList<PayslipImportRow> rows, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var userIds = rows.Select(r => r.UserId).Distinct().ToList();
        var years = rows.Select(r => r.Year).Distinct().ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var existing = await db.Payslips
            .Where(p => userIds.Contains(p.UserId) && years.Contains(p.Year))
            .ToDictionaryAsync(p => (p.UserId, p.Year, p.Month), ct);

        int created = 0, updated = 0, unchanged = 0;
        var touched = new List<(Guid UserId, int Year, int Month)>();
        foreach (var row in rows)
        {
            if (!existing.TryGetValue((row.UserId, row.Year, row.Month), out var payslip))
            {
                db.Payslips.Add(Payslip.Create(row.UserId, row.Year, row.Month, row.PaymentDate, row.Currency, row.Lines, now));
                created++;
            }
            else if (payslip.HasSameFigures(row.PaymentDate, row.Currency, row.Lines))
            {
                unchanged++;
                continue;
            }
            else
            {
                db.PayslipLines.RemoveRange(payslip.Lines);
                payslip.Replace(row.PaymentDate, row.Currency, row.Lines, now);
                updated++;
            }
            touched.Add((row.UserId, row.Year, row.Month));
        }

        // The deferred constraint triggers check gross/deduction sums at commit.
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        var invalidated = await cache.RemoveAsync(
            PayslipCacheKeys.CacheName, touched.SelectMany(t => PayslipCacheKeys.AffectedBy(t.UserId, t.Year, t.Month)));
        if (!invalidated)
        {
            // The TTL bounds how long a stale payslip can be served; say so loudly.
            LogInvalidationFailed(logger, touched.Count);
        }
        return new ImportResult(rows.Count, created, updated, unchanged);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not invalidate the cache of {Count} imported payslips; stale copies expire with the cache TTL")]
    private static partial void LogInvalidationFailed(ILogger logger, int count);
}
