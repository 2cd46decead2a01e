using ChatNomina.Payroll.Apis;
using ChatNomina.Payroll.Caching;
using ChatNomina.Payroll.Infrastructure;
using ChatNomina.Payroll.Model;
using ChatNomina.ServiceDefaults.Redis;
using Microsoft.EntityFrameworkCore;

namespace ChatNomina.Payroll.Import;

/// <summary>
/// Applies validated rows in one transaction (per user + period): a new payslip or changed figures
/// become the payslip's next version (insert-only, linked to this import's history record); the
/// same figures again add nothing. Then invalidates the cache of every employee whose payslips the
/// import touched. The versions are unpublished unless the import publishes them now
/// (<paramref name="publishNow"/> of <see cref="ImportAsync"/>); see docs/payslip-versions.md.
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
    /// <param name="publishNow">Publish the import's payslips to their employees in the same transaction
    /// (and the unchanged rows' latest versions that were not published yet: the file as it now stands).</param>
    /// <param name="attempt">Who sent which file: an applied import's history record is written in its transaction.</param>
    /// <param name="warnings">The rows' warnings (<see cref="PayJumpCheck"/>), returned with the result.</param>
    public async Task<ImportResult> ImportAsync(IReadOnlyList<PayslipImportRow> rows, bool dryRun, bool publishNow,
        ImportAttempt attempt, IReadOnlyList<ImportRowError> warnings, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        DateTimeOffset? publishAt = publishNow ? now : null;
        var userIds = rows.Select(r => r.UserId).Distinct().ToList();
        var years = rows.Select(r => r.Year).Distinct().ToList();

        // The DbContext retries transient failures, so a transaction of our own must run inside
        // its execution strategy, as one unit that starts from scratch on every attempt.
        var (result, touched) = await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            // One import at a time: two files naming the same new payslip would otherwise both
            // find it missing and both insert it (a unique violation, a 500 for one of them), and two
            // changes of one payslip would both become its next version.
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ImportLockKey})", token);
            var existing = await db.Payslips
                .Where(p => userIds.Contains(p.UserId) && years.Contains(p.Year))
                .ToDictionaryAsync(p => (p.UserId, p.Year, p.Month), token);
            var existingIds = existing.Values.Select(p => p.Id).ToList();
            var latest = await db.PayslipVersions.IgnoreAutoIncludes()
                .Where(v => existingIds.Contains(v.PayslipId)
                    && !db.PayslipVersions.Any(w => w.PayslipId == v.PayslipId && w.Version > v.Version))
                .ToDictionaryAsync(v => v.PayslipId, token);

            var record = attempt.Record(ImportResults.Applied, rows.Count, 0);
            int created = 0, updated = 0, unchanged = 0;
            var touched = new List<Guid>();
            foreach (var row in rows)
            {
                var lines = CopyLines(row.Lines);
                if (!existing.TryGetValue((row.UserId, row.Year, row.Month), out var payslip))
                {
                    payslip = Payslip.Create(row.UserId, row.Year, row.Month, row.PaymentDate, row.Currency, lines, now);
                    db.Payslips.Add(payslip);
                    db.PayslipVersions.Add(PayslipVersion.Of(payslip, 1, record, publishAt));
                    created++;
                }
                else if (payslip.HasSameFigures(row.PaymentDate, row.Currency, lines))
                {
                    unchanged++;
                    if (publishNow && latest.TryGetValue(payslip.Id, out var same) && !same.IsPublished(now))
                    {
                        same.Publish(now, attempt.ImportedBy);
                        touched.Add(row.UserId);
                    }
                    continue;
                }
                else
                {
                    // A payslip written around the importer (before versions, or by hand) keeps its figures as version 1.
                    if (!latest.TryGetValue(payslip.Id, out var previous))
                    {
                        previous = PayslipVersion.Snapshot(payslip);
                        db.PayslipVersions.Add(previous);
                    }
                    db.PayslipLines.RemoveRange(payslip.Lines);
                    payslip.Replace(row.PaymentDate, row.Currency, lines, now);
                    db.PayslipVersions.Add(PayslipVersion.Of(payslip, previous.Version + 1, record, publishAt));
                    updated++;
                }
                touched.Add(row.UserId);
            }

            var result = new ImportResult(rows.Count, created, updated, unchanged, dryRun)
            {
                Published = publishNow && !dryRun,
                PublishedAt = dryRun ? null : publishAt,
                Warnings = warnings,
            };
            (record.Created, record.Updated, record.Unchanged) = (created, updated, unchanged);
            // Also for a dry run (its versions refer to it): the rollback removes it with them.
            db.Imports.Add(record);
            await db.SaveChangesAsync(token);
            if (dryRun)
            {
                // The deferred constraint triggers (gross/deduction sums) run now, then nothing is kept.
                await db.Database.ExecuteSqlRawAsync("SET CONSTRAINTS ALL IMMEDIATE", token);
                await transaction.RollbackAsync(token);
                db.ChangeTracker.Clear();
                return (result, new List<Guid>());
            }
            // The deferred constraint triggers check gross/deduction sums at commit.
            await transaction.CommitAsync(token);
            return (result with { ImportId = record.Id }, touched);
        }, ct);

        if (touched.Count == 0)
        {
            return result;
        }
        var invalidated = await cache.InvalidateScopesAsync(
            PayslipCacheKeys.CacheName, touched.Select(PayslipCacheKeys.Scope));
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
