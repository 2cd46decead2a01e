using ChatNomina.Users.Extensions;
using ChatNomina.Users.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatNomina.Users.Credentials;

/// <summary>
/// Delivers what the requests could not: every <see cref="Users.Extensions.UsersOptions.OutboxPollInterval"/> it
/// takes the employees with undelivered credential states that are due and delivers each one's newest
/// (<see cref="CredentialOutbox.DeliverAsync"/>), with a doubling backoff per employee after failures. Rows
/// left by a process that died between its commit and its delivery are picked up by the next dispatcher,
/// here or on another replica (deliveries are idempotent, so two replicas at once are harmless). Any
/// failure is logged and the loop goes on: nothing but the host's shutdown stops it.
/// </summary>
public sealed partial class CredentialOutboxDispatcher(
    IDbContextFactory<UsersDbContext> dbFactory,
    CredentialOutbox outbox,
    IOptions<UsersOptions> options,
    TimeProvider clock,
    ILogger<CredentialOutboxDispatcher> logger) : BackgroundService
{
    private const int BatchSize = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DispatchDueAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogPassFailed(logger, ex);
            }
            try
            {
                await Task.Delay(options.Value.OutboxPollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One pass: the due employees' newest states. Returns how many employees were delivered.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        List<Guid> due;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            due = await db.CredentialOutbox.AsNoTracking()
                .Where(m => m.DeliveredAt == null && m.NextAttemptAt <= now)
                .GroupBy(m => m.EmployeeId)
                .OrderBy(g => g.Min(m => m.Id))
                .Select(g => g.Key)
                .Take(BatchSize)
                .ToListAsync(ct);
        }
        var delivered = 0;
        foreach (var employeeId in due)
        {
            if (await outbox.DeliverAsync(employeeId, ct))
            {
                delivered++;
            }
        }
        return delivered;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Credential outbox pass failed; trying again at the next interval")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
