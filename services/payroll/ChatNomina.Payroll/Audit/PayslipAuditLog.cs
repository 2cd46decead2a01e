using System.Threading.Channels;
using ChatNomina.Payroll.Extensions;
using ChatNomina.Payroll.Infrastructure;
using ChatNomina.Payroll.Model;
using ChatNomina.ServiceDefaults.Errors;
using ChatNomina.ServiceDefaults.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatNomina.Payroll.Audit;

/// <summary>
/// The audit trail of pay-data reads, written before the data is served. A read's record goes
/// into a queue and the read waits until <see cref="PayslipAuditWriter"/> has committed it to
/// PostgreSQL (group commit: every record queued meanwhile shares one INSERT, so a cached read
/// under load costs a share of a batch, not a round trip of its own). When the record cannot be
/// committed within <see cref="PayrollOptions.AuditTimeout"/> — PostgreSQL down, the queue full —
/// the read is refused (503 + Retry-After): no pay data leaves without its audit row. See
/// docs/payroll-audit.md.
/// </summary>
public sealed class PayslipAuditLog(TimeProvider clock, IOptions<PayrollOptions> options)
{
    private readonly Channel<PendingAccess> _queue = Channel.CreateBounded<PendingAccess>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    private readonly TimeSpan _timeout = options.Value.AuditTimeout;

    internal ChannelReader<PendingAccess> Reader => _queue.Reader;

    /// <summary>Returns once the record is committed; throws <see cref="DependencyUnavailableException"/> when it could not be.</summary>
    public async Task RecordAsync(Guid readerId, Guid subjectUserId, string action, int? year, int? month, CancellationToken ct)
    {
        var pending = new PendingAccess(new PayslipAccess
        {
            ReaderId = readerId,
            SubjectUserId = subjectUserId,
            Action = action,
            Year = year,
            Month = month,
            AccessedAt = clock.GetUtcNow(),
            TraceId = ChatNominaTelemetry.CurrentTraceId,
        });
        try
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
            deadline.CancelAfter(_timeout);
            await _queue.Writer.WriteAsync(pending, deadline.Token);
            await pending.Committed.Task.WaitAsync(deadline.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new DependencyUnavailableException("postgres",
                $"The read's audit record was not committed within {_timeout.TotalSeconds:0.#} s; the read is refused.");
        }
        catch (ChannelClosedException)
        {
            throw new DependencyUnavailableException("postgres", "The service is shutting down; the read is refused.");
        }
    }

    internal void Complete() => _queue.Writer.TryComplete();

    /// <summary>A record and the read waiting for its commit.</summary>
    internal sealed class PendingAccess(PayslipAccess access)
    {
        public PayslipAccess Access { get; } = access;

        public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

/// <summary>
/// Commits queued audit records in batches and releases the reads waiting for them. A failed
/// batch fails its reads (they answer 503) and the writer goes on with the next one: nothing
/// stops it but the host's shutdown, when it commits what is still queued.
/// </summary>
public sealed partial class PayslipAuditWriter(
    PayslipAuditLog log,
    IDbContextFactory<PayrollDbContext> dbFactory,
    ILogger<PayslipAuditWriter> logger) : BackgroundService
{
    private const int MaxBatch = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = log.Reader;
        var batch = new List<PayslipAuditLog.PendingAccess>(MaxBatch);
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken))
            {
                await DrainAsync(reader, batch);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: commit whatever is still queued (its reads are still waiting).
            log.Complete();
            await DrainAsync(reader, batch);
        }
    }

    private async Task DrainAsync(ChannelReader<PayslipAuditLog.PendingAccess> reader, List<PayslipAuditLog.PendingAccess> batch)
    {
        while (true)
        {
            batch.Clear();
            while (batch.Count < MaxBatch && reader.TryRead(out var pending))
            {
                // A read that gave up waiting was refused: its record is still written (an
                // audit row too many is harmless; one too few is what this class prevents).
                batch.Add(pending);
            }
            if (batch.Count == 0)
            {
                return;
            }
            await CommitAsync(batch);
        }
    }

    private async Task CommitAsync(List<PayslipAuditLog.PendingAccess> batch)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync();
            db.PayslipAccesses.AddRange(batch.Select(p => p.Access));
            await db.SaveChangesAsync();
            foreach (var pending in batch)
            {
                pending.Committed.TrySetResult();
            }
        }
        catch (Exception ex)
        {
            // Any failure, EF's RetryLimitExceededException included (it once escaped and stopped
            // the whole host while PostgreSQL was down): the waiting reads are refused, the
            // writer lives on.
            LogCommitFailed(logger, ex, batch.Count);
            var failure = new DependencyUnavailableException("postgres", "The audit records could not be committed.", ex);
            foreach (var pending in batch)
            {
                pending.Committed.TrySetException(failure);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Committing {Count} audit records failed; their reads are refused")]
    private static partial void LogCommitFailed(ILogger logger, Exception exception, int count);
}
