using System.Text.Json.Serialization.Metadata;
using ChatNomina.Payroll.Apis;
using ChatNomina.Payroll.Audit;
using ChatNomina.Payroll.Extensions;
using ChatNomina.Payroll.Infrastructure;
using ChatNomina.Payroll.Model;
using ChatNomina.ServiceDefaults.Redis;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatNomina.Payroll.Caching;

/// <summary>
/// Reads payslips and audits every read of pay data: the read and the commit of its audit record
/// run side by side, and the data is returned only when both succeeded (see <see cref="PayslipAuditLog"/>).
/// Authorization is the caller's job: the employee routes pass the token's user id, the HR routes
/// the id in the path.
/// </summary>
/// <remarks>
/// Two views of the stored versions (docs/payslip-versions.md). The <em>employee's</em>
/// (<see cref="GetAsync"/>, <see cref="ListYearAsync"/>, <see cref="GetLatestAsync"/>): per period the
/// highest version whose publication has come, cache-aside in Redis; a payslip with no such version
/// does not exist for its employee. Only this view is ever cached, and a cached value is not served
/// past the next scheduled publication of the employee's payslips (<see cref="CachedView{T}"/>).
/// <em>HR's</em> (<see cref="GetCurrentAsync"/>, <see cref="ListYearCurrentAsync"/>,
/// <see cref="GetVersionsAsync"/>): the highest version, published or not, with its publication
/// state, and the whole history; always from PostgreSQL, never cached.
/// </remarks>
public sealed class PayslipReader(
    PayrollDbContext db,
    RedisJsonCache cache,
    PayslipAuditLog audit,
    TimeProvider clock,
    IOptions<PayrollOptions> options)
{
    private readonly TimeSpan _ttl = options.Value.CacheTtl;

    /// <summary>The payslip as its employee sees it (the highest published version), or null.</summary>
    public async Task<PayslipDto?> GetAsync(Guid readerId, Guid userId, int year, int month, CancellationToken ct)
    {
        return await AuditedAsync(audit.RecordAsync(readerId, userId, "payslip.read", year, month, ct), token => PublishedCachedAsync(
            userId, PayslipCacheKeys.Payslip(userId, year, month), PayrollJsonContext.Default.CachedViewPayslipDto, _ttl,
            async (now, load) =>
            {
                var version = await Published(userId, now)
                    .Where(v => v.Year == year && v.Month == month)
                    .OrderByDescending(v => v.Version)
                    .FirstOrDefaultAsync(load);
                return version is null ? null : PayslipDto.From(version);
            }, token), ct);
    }

    /// <summary>The employee's payslips of one year as the employee sees them, oldest first.</summary>
    public async Task<PayslipYearDto> ListYearAsync(Guid readerId, Guid userId, int year, CancellationToken ct)
    {
        var result = await AuditedAsync(audit.RecordAsync(readerId, userId, "payslip.list", year, null, ct), token => PublishedCachedAsync(
            userId, PayslipCacheKeys.Year(userId, year), PayrollJsonContext.Default.CachedViewPayslipYearDto, _ttl,
            async (now, load) =>
            {
                var versions = await NewestPublished(userId, now)
                    .Where(v => v.Year == year)
                    .OrderBy(v => v.Month)
                    .ToListAsync(load);
                return new PayslipYearDto(userId, year, [.. versions.Select(v => PayslipDto.From(v))]);
            }, token), ct);
        return result!;
    }

    /// <summary>The published payslip of the most recent period up to <paramref name="today"/>'s month.</summary>
    public async Task<PayslipDto?> GetLatestAsync(Guid readerId, Guid userId, DateOnly today, CancellationToken ct)
    {
        var period = today.Year * 12 + today.Month;
        return await AuditedAsync(audit.RecordAsync(readerId, userId, "payslip.latest", null, null, ct), token => PublishedCachedAsync(
            userId, PayslipCacheKeys.Latest(userId), PayrollJsonContext.Default.CachedViewPayslipDto, TimeSpan.FromMinutes(1),
            async (now, load) =>
            {
                var version = await NewestPublished(userId, now)
                    .Where(v => v.Year * 12 + v.Month <= period)
                    .OrderByDescending(v => v.Year).ThenByDescending(v => v.Month)
                    .FirstOrDefaultAsync(load);
                return version is null ? null : PayslipDto.From(version);
            }, token), ct);
    }

    /// <summary>HR's view of a payslip: its highest version, published or not, with its version number and publication.</summary>
    public async Task<PayslipDto?> GetCurrentAsync(Guid readerId, Guid userId, int year, int month, CancellationToken ct)
    {
        return await AuditedAsync(audit.RecordAsync(readerId, userId, "payslip.read", year, month, ct), async token =>
        {
            var version = await db.PayslipVersions.AsNoTracking()
                .Where(v => v.UserId == userId && v.Year == year && v.Month == month)
                .OrderByDescending(v => v.Version)
                .FirstOrDefaultAsync(token);
            return version is null ? null : PayslipDto.From(version, clock.GetUtcNow());
        }, ct);
    }

    /// <summary>HR's view of an employee's year: each period's highest version, published or not, oldest first.</summary>
    public async Task<PayslipYearDto> ListYearCurrentAsync(Guid readerId, Guid userId, int year, CancellationToken ct)
    {
        return await AuditedAsync(audit.RecordAsync(readerId, userId, "payslip.list", year, null, ct), async token =>
        {
            var versions = await db.PayslipVersions.AsNoTracking()
                .Where(v => v.UserId == userId && v.Year == year
                    && !db.PayslipVersions.Any(w => w.PayslipId == v.PayslipId && w.Version > v.Version))
                .OrderBy(v => v.Month)
                .ToListAsync(token);
            var now = clock.GetUtcNow();
            return new PayslipYearDto(userId, year, [.. versions.Select(v => PayslipDto.From(v, now))]);
        }, ct);
    }

    /// <summary>Every version of a payslip, newest first, each with what changed from the one before; null when there is none.</summary>
    /// <remarks>HR reading their own payslip's history get only its published versions, as its employee.</remarks>
    public async Task<PayslipVersionsDto?> GetVersionsAsync(Guid readerId, Guid userId, int year, int month, CancellationToken ct)
    {
        return await AuditedAsync(audit.RecordAsync(readerId, userId, "payslip.versions", year, month, ct), async token =>
        {
            var now = clock.GetUtcNow();
            var query = db.PayslipVersions.AsNoTracking().Where(v => v.UserId == userId && v.Year == year && v.Month == month);
            if (readerId == userId)
            {
                query = query.Where(v => v.PublishedAt <= now);
            }
            var versions = await query.OrderBy(v => v.Version).ToListAsync(token);
            return versions.Count == 0 ? null : PayslipVersionsDto.From(userId, year, month, versions, now);
        }, ct);
    }

    /// <summary>The versions of <paramref name="userId"/> that the employee may see at <paramref name="now"/>.</summary>
    private IQueryable<PayslipVersion> Published(Guid userId, DateTimeOffset now) =>
        db.PayslipVersions.AsNoTracking().Where(v => v.UserId == userId && v.PublishedAt <= now);

    /// <summary>Per period, the highest version that the employee may see at <paramref name="now"/>.</summary>
    private IQueryable<PayslipVersion> NewestPublished(Guid userId, DateTimeOffset now) =>
        Published(userId, now).Where(v =>
            !db.PayslipVersions.Any(w => w.PayslipId == v.PayslipId && w.Version > v.Version && w.PublishedAt <= now));

    /// <summary>
    /// The employee's view, cache-aside: loaded with the next scheduled publication of the employee's
    /// payslips, the moment after which it must not be served. A cached value past that moment (or in
    /// an older shape) moves the employee's cache scope to a new generation and is read afresh.
    /// A null (nothing published) is not cached.
    /// </summary>
    private async Task<T?> PublishedCachedAsync<T>(
        Guid userId, string key, JsonTypeInfo<CachedView<T>> typeInfo, TimeSpan ttl,
        Func<DateTimeOffset, CancellationToken, Task<T?>> load, CancellationToken ct)
        where T : class
    {
        var scope = PayslipCacheKeys.Scope(userId);
        var now = clock.GetUtcNow();
        var cached = await cache.GetOrLoadAsync(PayslipCacheKeys.CacheName, scope, key, typeInfo, ttl, async token =>
        {
            var value = await load(now, token);
            if (value is null)
            {
                return null;
            }
            var next = await db.PayslipVersions.AsNoTracking()
                .Where(v => v.UserId == userId && v.PublishedAt > now)
                .MinAsync(v => v.PublishedAt, token);
            return new CachedView<T>(value, next);
        }, ct);
        if (cached is null)
        {
            return null;
        }
        if (cached.IsServable(now))
        {
            return cached.Value;
        }
        await cache.InvalidateScopesAsync(PayslipCacheKeys.CacheName, [scope]);
        return await load(now, ct);
    }

    /// <summary>
    /// The read's result, once its audit record is committed too. Either failing fails the read at
    /// once: while PostgreSQL is away the audit gives up after <c>Payroll:AuditTimeout</c>, even
    /// when the read itself is still retrying — the read is then cancelled and awaited, so it never
    /// outlives the request whose database context it uses.
    /// </summary>
    private static async Task<T> AuditedAsync<T>(Task audited, Func<CancellationToken, Task<T>> read, CancellationToken ct)
    {
        using var reading = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var result = read(reading.Token);
        try
        {
            await audited;
        }
        catch
        {
            await reading.CancelAsync();
            await result.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            throw;
        }
        return await result;
    }
}
