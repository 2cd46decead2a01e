using System.Text.Json;
using ChatNomina.Contracts.Credentials;
using ChatNomina.ServiceDefaults.Authentication;
using ChatNomina.ServiceDefaults.Redis;
using ChatNomina.Users.Apis;
using ChatNomina.Users.Extensions;
using ChatNomina.Users.Infrastructure;
using ChatNomina.Users.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatNomina.Users.Credentials;

/// <summary>
/// The transactional outbox between the users database and the auth service (docs/people.md). A change
/// that touches an employee's credential adds an outbox row holding the whole new
/// <see cref="CredentialState"/> to the same <c>SaveChanges</c> as the profile and its audit row (one
/// transaction: the decision). <see cref="DeliverAsync"/> then sends the employee's newest undelivered
/// state: first to the APIs' revocation list in Redis (a deactivation refuses every token at once), then
/// to auth; only auth's acknowledgement marks the rows delivered. Called by the request right after the
/// commit and by <see cref="CredentialOutboxDispatcher"/> for whatever is left; both may run at once
/// (every step is idempotent).
/// </summary>
public sealed partial class CredentialOutbox(
    IDbContextFactory<UsersDbContext> dbFactory,
    IHttpClientFactory httpClients,
    RevokedTokens revoked,
    RedisJsonCache cache,
    IOptions<UsersOptions> options,
    TimeProvider clock,
    ILogger<CredentialOutbox> logger)
{
    /// <summary>The outbox row for the employee's current credential state (add it to the change's SaveChanges).</summary>
    public static CredentialOutboxMessage Message(Employee employee, EmployeeChangeAction kind, DateTimeOffset now) =>
        new(employee.Id, employee.CredentialVersion, kind, JsonSerializer.Serialize(State(employee, now), UsersJsonContext.Default.CredentialState), now);

    public static CredentialState State(Employee employee, DateTimeOffset now) => new(
        employee.CredentialVersion,
        employee.Email,
        ChatNominaRoles.Employee,
        employee.DeactivatedAt is null,
        employee.SetPasswordTokenHash,
        employee.SetPasswordExpiresAt,
        now);

    /// <summary>
    /// Delivers the employee's newest undelivered state. True when there is nothing left to deliver for it;
    /// false when a dependency failed (the row is kept, with its next attempt pushed back). Never throws
    /// except for the caller's cancellation.
    /// </summary>
    public async Task<bool> DeliverAsync(Guid employeeId, CancellationToken ct)
    {
        var o = options.Value;
        CredentialOutboxMessage? message = null;
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            message = await db.CredentialOutbox.AsNoTracking()
                .Where(m => m.EmployeeId == employeeId && m.DeliveredAt == null)
                .OrderByDescending(m => m.Version)
                .FirstOrDefaultAsync(ct);
            if (message is null)
            {
                return true;
            }
            var state = JsonSerializer.Deserialize(message.Payload, UsersJsonContext.Default.CredentialState)
                ?? throw new InvalidOperationException($"Outbox row {message.Id} holds no credential state.");

            var version = message.Version;

            // The APIs first: a deactivation must not wait for auth to refuse the tokens already out.
            if (!state.Active)
            {
                await revoked.DeactivateUserAsync(employeeId.ToString(), o.SignOutEverywhereTtl);
            }
            else if (await db.CredentialOutbox.AnyAsync(m => m.EmployeeId == employeeId && m.DeliveredAt == null
                && m.Version <= version && m.Kind == EmployeeChangeAction.Reactivated, ct))
            {
                // Only a reactivation has a deactivation's key to lift: a create or a new link does not need Redis.
                await revoked.ReactivateUserAsync(employeeId.ToString(), state.ChangedAt, o.SignOutEverywhereTtl);
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(o.AuthTimeout);
            // A client per delivery from the factory (its handlers rotate), not one captured by this singleton.
            var auth = new AuthCredentialsClient(httpClients.CreateClient(AuthCredentialsClient.HttpClientName));
            var ack = await auth.PutAsync(employeeId, state, o.ProvisioningSecret, timeout.Token);

            var now = clock.GetUtcNow();
            await db.CredentialOutbox
                .Where(m => m.EmployeeId == employeeId && m.DeliveredAt == null && m.Version <= version)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.DeliveredAt, now).SetProperty(m => m.LastError, (string?)null), ct);
            await db.Employees
                .Where(e => e.Id == employeeId && e.AuthConfirmedVersion < version)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.AuthConfirmedVersion, version), ct);
            await cache.InvalidateScopesAsync("users", [$"user:{employeeId:N}"]);
            LogDelivered(logger, employeeId, version, ack.Applied);
            return true;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            LogDeliveryFailed(logger, ex, employeeId, message?.Version ?? 0, message?.Attempts + 1 ?? 0);
            if (message is not null)
            {
                await RecordFailureAsync(message, ex);
            }
            return false;
        }
    }

    /// <summary>The next attempt of the employee's undelivered rows: doubling from the initial backoff up to the maximum.</summary>
    private async Task RecordFailureAsync(CredentialOutboxMessage message, Exception error)
    {
        var o = options.Value;
        var attempts = message.Attempts + 1;
        var backoff = TimeSpan.FromTicks(Math.Min(o.OutboxMaxBackoff.Ticks,
            o.OutboxInitialBackoff.Ticks * (long)Math.Pow(2, Math.Min(attempts - 1, 20))));
        var next = clock.GetUtcNow() + backoff;
        var text = $"{error.GetType().Name}: {error.Message}";
        text = text[..Math.Min(text.Length, 500)];
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync();
            await db.CredentialOutbox
                .Where(m => m.EmployeeId == message.EmployeeId && m.DeliveredAt == null)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                    .SetProperty(m => m.NextAttemptAt, next)
                    .SetProperty(m => m.LastError, text));
        }
        catch (Exception ex)
        {
            // PostgreSQL itself is down: the row keeps its due time and is tried at the next poll.
            LogFailureNotRecorded(logger, ex, message.EmployeeId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Credential state v{Version} of employee {EmployeeId} acknowledged by auth (applied: {Applied})")]
    private static partial void LogDelivered(ILogger logger, Guid employeeId, long version, bool applied);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Credential state v{Version} of employee {EmployeeId} not delivered (attempt {Attempt}); the outbox tries again")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, Guid employeeId, long version, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The failed delivery of employee {EmployeeId}'s credential state could not be recorded")]
    private static partial void LogFailureNotRecorded(ILogger logger, Exception exception, Guid employeeId);
}
