using System.Threading.Channels;
using ChatNomina.Payroll.Infrastructure;
using ChatNomina.Payroll.Model;
using ChatNomina.ServiceDefaults.Telemetry;
using Microsoft.EntityFrameworkCore;

namespace ChatNomina.Payroll.Audit;

/// <summary>
/// The audit trail of pay-data reads. Records are queued in a bounded channel and written to
/// PostgreSQL in batches by <see cref="PayslipAuditWriter"/>, so a cached read does not wait
/// for a database insert; when the queue is full, readers wait (backpressure) rather than drop
/// records. See docs/payroll-audit.md for the trade-off.
/// </summary>
public sealed class PayslipAuditLog(TimeProvider clock)
{
    private readonly Channel<PayslipAccess> _queue = Channel.CreateBounded<PayslipAccess>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    internal ChannelReader<PayslipAccess> Reader => _queue.Reader;

    public ValueTask RecordAsync(Guid readerId, Guid subjectUserId, string action, int? year, int? month, CancellationToken ct) =>
        _queue.Writer.WriteAsync(new PayslipAccess
        {
            ReaderId = readerId,
            SubjectUserId = subjectUserId,
            Action = action,
            Year = year,
            Month = month,
            AccessedAt = clock.GetUtcNow(),
            TraceId = ChatNominaTelemetry.CurrentTraceId,
        }, ct);

    internal void Complete() => _queue.Writer.TryComplete();
}

/// <summary>Drains the audit queue into PostgreSQL; on shutdown it writes what is left.</summary>
public sealed partial class PayslipAuditWriter(
    PayslipAuditLog log,
    IDbContextFactory<PayrollDbContext> dbFactory,
    ILogger<PayslipAuditWriter> logger) : BackgroundService
{
    private const int MaxBatch = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = log.Reader;
        var batch = new List<PayslipAccess>(MaxBatch);
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken))
            {
                await DrainAsync(reader, batch, CancellationToken.None);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: write whatever is still queued.
            log.Complete();
            await DrainAsync(reader, batch, CancellationToken.None);
        }
    }

    private async Task DrainAsync(ChannelReader<PayslipAccess> reader, List<PayslipAccess> batch, CancellationToken ct)
    {
        while (true)
        {
            batch.Clear();
            while (batch.Count < MaxBatch && reader.TryRead(out var access))
            {
                batch.Add(access);
            }
            if (batch.Count == 0)
            {
                return;
            }
            await WriteWithRetryAsync(batch, ct);
        }
    }

    private async Task WriteWithRetryAsync(List<PayslipAccess> batch, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var db = await dbFactory.CreateDbContextAsync(ct);
                db.PayslipAccesses.AddRange(batch);
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                // Any failure, EF's RetryLimitExceededException included (it escaped before and
                // stopped the whole host while PostgreSQL was down).
                // Never drop audit records and never stop the service: keep retrying with a
                // capped backoff. While the database is away the queue fills up and readers wait
                // (fail closed) instead of reading pay data without an audit trail.
                LogWriteRetry(logger, ex, batch.Count, attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(200 * attempt, 5_000)), ct);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing {Count} audit records failed (attempt {Attempt}); retrying")]
    private static partial void LogWriteRetry(ILogger logger, Exception exception, int count, int attempt);
}
