using ChatNomina.Payroll.Apis;
using ChatNomina.Payroll.Audit;
using ChatNomina.Payroll.Extensions;
using ChatNomina.Payroll.Infrastructure;
using ChatNomina.ServiceDefaults.Redis;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatNomina.Payroll.Caching;

/// <summary>
/// Reads payslips cache-aside (Redis, then PostgreSQL) and audits every read of pay data: the
/// read and the commit of its audit record run side by side, and the data is returned only
/// when both succeeded (see <see cref="PayslipAuditLog"/>). Authorization is the caller's job:
/// the employee routes pass the token's user id, the HR routes the id in the path.
/// </summary>
public sealed class PayslipReader(
    PayrollDbContext db,
    RedisJsonCache cache,
    PayslipAuditLog audit,
    IOptions<PayrollOptions> options)
{
    private readonly TimeSpan _ttl = options.Value.CacheTtl;

    public async Task<PayslipDto?> GetAsync(Guid readerId, Guid userId, int year, int month, CancellationToken ct)
    {
        return await AuditedAsync(audit.RecordAsync(readerId, userId, "payslip.read", year, month, ct), token => cache.GetOrLoadAsync(
            PayslipCacheKeys.CacheName, PayslipCacheKeys.Scope(userId), PayslipCacheKeys.Payslip(userId, year, month),
            PayrollJsonContext.Default.PayslipDto, _ttl,
            async load =>
            {
                var payslip = await db.Payslips.AsNoTracking()
                    .SingleOrDefaultAsync(p => p.UserId == userId && p.Year == year && p.Month == month, load);
                return payslip is null ? null : PayslipDto.From(payslip);
            }, token), ct);
    }

    public async Task<PayslipYearDto> ListYearAsync(Guid readerId, Guid userId, int year, CancellationToken ct)
    {
        var result = await AuditedAsync(audit.RecordAsync(readerId, userId, "payslip.list", year, null, ct), token => cache.GetOrLoadAsync(
            PayslipCacheKeys.CacheName, PayslipCacheKeys.Scope(userId), PayslipCacheKeys.Year(userId, year),
            PayrollJsonContext.Default.PayslipYearDto, _ttl,
            async load =>
            {
                var payslips = await db.Payslips.AsNoTracking()
                    .Where(p => p.UserId == userId && p.Year == year)
                    .OrderBy(p => p.Month)
                    .ToListAsync(load);
                return new PayslipYearDto(userId, year, [.. payslips.Select(PayslipDto.From)]);
            }, token), ct);
        return result!;
    }

    /// <summary>The payslip of the most recent period up to <paramref name="today"/>'s month.</summary>
    public async Task<PayslipDto?> GetLatestAsync(Guid readerId, Guid userId, DateOnly today, CancellationToken ct)
    {
        var period = today.Year * 12 + today.Month;
        return await AuditedAsync(audit.RecordAsync(readerId, userId, "payslip.latest", null, null, ct), token => cache.GetOrLoadAsync(
            PayslipCacheKeys.CacheName, PayslipCacheKeys.Scope(userId), PayslipCacheKeys.Latest(userId),
            PayrollJsonContext.Default.PayslipDto, TimeSpan.FromMinutes(1),
            async load =>
            {
                var payslip = await db.Payslips.AsNoTracking()
                    .Where(p => p.UserId == userId && p.Year * 12 + p.Month <= period)
                    .OrderByDescending(p => p.Year).ThenByDescending(p => p.Month)
                    .FirstOrDefaultAsync(load);
                return payslip is null ? null : PayslipDto.From(payslip);
            }, token), ct);
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
