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
        return await AuditedAsync(audit.RecordAsync(readerId, userId, "payslip.read", year, month, ct), cache.GetOrLoadAsync(
            PayslipCacheKeys.CacheName, PayslipCacheKeys.Scope(userId), PayslipCacheKeys.Payslip(userId, year, month),
            PayrollJsonContext.Default.PayslipDto, _ttl,
            async token =>
            {
                var payslip = await db.Payslips.AsNoTracking()
                    .SingleOrDefaultAsync(p => p.UserId == userId && p.Year == year && p.Month == month, token);
                return payslip is null ? null : PayslipDto.From(payslip);
            }, ct));
    }

    public async Task<PayslipYearDto> ListYearAsync(Guid readerId, Guid userId, int year, CancellationToken ct)
    {
        var result = await AuditedAsync(audit.RecordAsync(readerId, userId, "payslip.list", year, null, ct), cache.GetOrLoadAsync(
            PayslipCacheKeys.CacheName, PayslipCacheKeys.Scope(userId), PayslipCacheKeys.Year(userId, year),
            PayrollJsonContext.Default.PayslipYearDto, _ttl,
            async token =>
            {
                var payslips = await db.Payslips.AsNoTracking()
                    .Where(p => p.UserId == userId && p.Year == year)
                    .OrderBy(p => p.Month)
                    .ToListAsync(token);
                return new PayslipYearDto(userId, year, [.. payslips.Select(PayslipDto.From)]);
            }, ct));
        return result!;
    }

    /// <summary>The payslip of the most recent period up to <paramref name="today"/>'s month.</summary>
    public async Task<PayslipDto?> GetLatestAsync(Guid readerId, Guid userId, DateOnly today, CancellationToken ct)
    {
        var period = today.Year * 12 + today.Month;
        return await AuditedAsync(audit.RecordAsync(readerId, userId, "payslip.latest", null, null, ct), cache.GetOrLoadAsync(
            PayslipCacheKeys.CacheName, PayslipCacheKeys.Scope(userId), PayslipCacheKeys.Latest(userId),
            PayrollJsonContext.Default.PayslipDto, TimeSpan.FromMinutes(1),
            async token =>
            {
                var payslip = await db.Payslips.AsNoTracking()
                    .Where(p => p.UserId == userId && p.Year * 12 + p.Month <= period)
                    .OrderByDescending(p => p.Year).ThenByDescending(p => p.Month)
                    .FirstOrDefaultAsync(token);
                return payslip is null ? null : PayslipDto.From(payslip);
            }, ct));
    }

    /// <summary>
    /// The read's result, once its audit record is committed too. Either failing fails the read at
    /// once: while PostgreSQL is away the audit gives up after <c>Payroll:AuditTimeout</c>, even
    /// when the read itself is still retrying (its outcome is then only observed).
    /// </summary>
    private static async Task<T> AuditedAsync<T>(Task audited, Task<T> read)
    {
        try
        {
            await audited;
        }
        catch
        {
            _ = read.ContinueWith(static t => t.Exception, CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            throw;
        }
        return await read;
    }
}
