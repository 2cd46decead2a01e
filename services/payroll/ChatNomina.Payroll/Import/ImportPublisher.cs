using ChatNomina.Payroll.Apis;
using ChatNomina.Payroll.Caching;
using ChatNomina.Payroll.Infrastructure;
using ChatNomina.Payroll.Model;
using ChatNomina.ServiceDefaults.Redis;
using Microsoft.EntityFrameworkCore;

namespace ChatNomina.Payroll.Import;

/// <summary>The outcome of publishing an import.</summary>
public abstract record PublishOutcome
{
    private PublishOutcome() { }

    public sealed record Done(ImportPublicationResult Result) : PublishOutcome;

    /// <summary>No applied import has that id (unknown, a dry run, or a refused file: nothing to publish).</summary>
    public sealed record NoSuchImport : PublishOutcome;

    /// <summary>The requested moment is in the past.</summary>
    public sealed record InThePast(DateTimeOffset At, DateTimeOffset Now) : PublishOutcome;
}

/// <summary>
/// Publishes the payslip versions of one applied import to their employees, now or at a later
/// moment: sets their <c>published_at</c> (the one change the database allows on a version, and only
/// while the employee does not see it yet). A version already visible stays as it is. Then moves the
/// cache of every employee concerned to a new generation, as an import does.
/// </summary>
public sealed partial class ImportPublisher(
    PayrollDbContext db,
    RedisJsonCache cache,
    TimeProvider clock,
    ILogger<ImportPublisher> logger)
{
    /// <summary>How far in the past an <c>at</c> may be and still mean "now" (clock skew between HR's machine and ours).</summary>
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(1);

    public async Task<PublishOutcome> PublishAsync(long importId, DateTimeOffset? at, Guid publishedBy, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (at is { } requested && requested < now - Skew)
        {
            return new PublishOutcome.InThePast(requested, now);
        }
        var publishAt = at is { } a && a > now ? a.ToUniversalTime() : now;

        var applied = await db.Imports.AsNoTracking()
            .AnyAsync(i => i.Id == importId && i.Result == ImportResults.Applied, ct);
        if (!applied)
        {
            return new PublishOutcome.NoSuchImport();
        }

        var (changed, already, users) = await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var versions = await db.PayslipVersions.IgnoreAutoIncludes()
                .Where(v => v.ImportId == importId)
                .ToListAsync(token);
            var pending = versions.Where(v => !v.IsPublished(now)).ToList();
            foreach (var version in pending)
            {
                version.Publish(publishAt, publishedBy);
            }
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            return (pending.Count, versions.Count - pending.Count, pending.Select(v => v.UserId).Distinct().ToList());
        }, ct);

        if (users.Count > 0 && !await cache.InvalidateScopesAsync(PayslipCacheKeys.CacheName, users.Select(PayslipCacheKeys.Scope)))
        {
            LogInvalidationFailed(logger, importId, users.Count);
        }
        LogPublished(logger, importId, changed, publishAt, publishedBy);
        return new PublishOutcome.Done(new ImportPublicationResult(importId, publishAt, publishAt <= now, changed, already));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Import {ImportId}: {Count} payslip versions published at {PublishAt} by {PublishedBy}")]
    private static partial void LogPublished(ILogger logger, long importId, int count, DateTimeOffset publishAt, Guid publishedBy);

    [LoggerMessage(Level = LogLevel.Error, Message = "Import {ImportId} published, but the cache of {Count} employees could not be invalidated; a scheduled publication is still honoured, stale copies expire with the cache TTL")]
    private static partial void LogInvalidationFailed(ILogger logger, long importId, int count);
}
