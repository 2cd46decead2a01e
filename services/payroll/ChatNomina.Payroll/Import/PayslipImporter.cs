using ChatNomina.Payroll.Apis;
using ChatNomina.Payroll.Caching;
using ChatNomina.Payroll.Infrastructure;
using ChatNomina.Payroll.Model;
using ChatNomina.ServiceDefaults.Redis;
using Microsoft.EntityFrameworkCore;

namespace ChatNomina.Payroll.Import;

/// <summary>
/// Upserts validated rows in one transaction (per user + period), then invalidates the cache
/// of every employee whose payslips the import created or changed.
/// </summary>
public sealed partial class PayslipImporter(
    PayrollDbContext db,
    RedisJsonCache cache,
    TimeProvider clock,
    ILogger<PayslipImporter> logger)
{
    /// <summary>PostgreSQL advisory lock key that serializes imports (any fixed number; "PAYR").</summary>
    private const long ImportLockKey = 0x50415952;

    /// <param name="dryRun">Run the whole import in its transaction (the database's own checks included) and
    /// roll it back: the counts say what it would do; nothing is written and no cache is touched.</param>
    /// <param name="attempt">Who sent which file: an applied import's history record is written in its transaction.</param>
    public async Task<ImportResult> ImportAsync(IReadOnlyList<PayslipImportRow> rows, bool dryRun, ImportAttempt attempt, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var userIds = rows.Select(r => r.UserId).Distinct().ToList();
        var years = rows.Select(r => r.Year).Distinct().ToList();

        // The DbContext retries transient failures, so a transaction of our own must run inside
        // its execution strategy, as one unit that starts from scratch on every attempt.
        var (result, touched) = await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            // One import at a time: two files naming the same new payslip would otherwise both
            // find it missing and both insert it (a unique violation, a 500 for one of them).
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ImportLockKey})", token);
            var existing = await db.Payslips
                .Where(p => userIds.Contains(p.UserId) && years.Contains(p.Year))
                .ToDictionaryAsync(p => (p.UserId, p.Year, p.Month), token);

            int created = 0, updated = 0, unchanged = 0;
            var touched = new List<(Guid UserId, int Year, int Month)>();
            foreach (var row in rows)
            {
                var lines = CopyLines(row.Lines);
                if (!existing.TryGetValue((row.UserId, row.Year, row.Month), out var payslip))
                {
                    db.Payslips.Add(Payslip.Create(row.UserId, row.Year, row.Month, row.PaymentDate, row.Currency, lines, now));
                    created++;
                }
                else if (payslip.HasSameFigures(row.PaymentDate, row.Currency, lines))
                {
                    unchanged++;
                    continue;
                }
                else
                {
                    db.PayslipLines.RemoveRange(payslip.Lines);
                    payslip.Replace(row.PaymentDate, row.Currency, lines, now);
                    updated++;
                }
                touched.Add((row.UserId, row.Year, row.Month));
            }

            var result = new ImportResult(rows.Count, created, updated, unchanged, dryRun);
            if (!dryRun)
            {
                db.Imports.Add(attempt.Record(ImportResults.Applied, rows.Count, 0, result));
            }
            await db.SaveChangesAsync(token);
            if (dryRun)
            {
                // The deferred constraint triggers (gross/deduction sums) run now, then nothing is kept.
                await db.Database.ExecuteSqlRawAsync("SET CONSTRAINTS ALL IMMEDIATE", token);
                await transaction.RollbackAsync(token);
                db.ChangeTracker.Clear();
                return (result, new List<(Guid UserId, int Year, int Month)>());
            }
            // The deferred constraint triggers check gross/deduction sums at commit.
            await transaction.CommitAsync(token);
            return (result, touched);
        }, ct);

        if (touched.Count == 0)
        {
            return result;
        }
        var invalidated = await cache.InvalidateScopesAsync(
            PayslipCacheKeys.CacheName, touched.Select(t => PayslipCacheKeys.Scope(t.UserId)));
        if (!invalidated)
        {
            // The TTL bounds how long a stale payslip can be served; say so loudly.
            LogInvalidationFailed(logger, touched.Count);
        }
        return result;
    }

    /// <summary>Fresh line entities for one attempt: a failed attempt may have left state on the previous ones.</summary>
    private static List<PayslipLine> CopyLines(IReadOnlyList<PayslipLine> lines) =>
        [.. lines.Select(l => new PayslipLine(l.Kind, l.Type, l.Label, l.Amount, l.Position))];

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not invalidate the cache of {Count} imported payslips; stale copies expire with the cache TTL")]
    private static partial void LogInvalidationFailed(ILogger logger, int count);
}
