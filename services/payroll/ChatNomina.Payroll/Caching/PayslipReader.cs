using ChatNomina.Payroll.Apis;
using ChatNomina.Payroll.Audit;
using ChatNomina.Payroll.Extensions;
using ChatNomina.Payroll.Infrastructure;
using ChatNomina.ServiceDefaults.Redis;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatNomina.Payroll.Caching;

/// <summary>
/// Reads payslips cache-aside (Redis, then PostgreSQL) and audits every read of pay data.
/// Authorization is the caller's job: the employee routes pass the token's user id, the HR
/// routes the id in the path.
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
        await audit.RecordAsync(readerId, userId, "payslip.read", year, month, ct);
        return await cache.GetOrLoadAsync(
            PayslipCacheKeys.CacheName, PayslipCacheKeys.Scope(userId), PayslipCacheKeys.Payslip(userId, year, month),
            PayrollJsonContext.Default.PayslipDto, _ttl,
            async token =>
            {
                var payslip = await db.Payslips.AsNoTracking()
                    .SingleOrDefaultAsync(p => p.UserId == userId && p.Year == year && p.Month == month, token);
                return payslip is null ? null : PayslipDto.From(payslip);
            }, ct);
    }

    public async Task<PayslipYearDto> ListYearAsync(Guid readerId, Guid userId, int year, CancellationToken ct)
    {
        await audit.RecordAsync(readerId, userId, "payslip.list", year, null, ct);
        var result = await cache.GetOrLoadAsync(
            PayslipCacheKeys.CacheName, PayslipCacheKeys.Scope(userId), PayslipCacheKeys.Year(userId, year),
            PayrollJsonContext.Default.PayslipYearDto, _ttl,
            async token =>
            {
                var payslips = await db.Payslips.AsNoTracking()
                    .Where(p => p.UserId == userId && p.Year == year)
                    .OrderBy(p => p.Month)
                    .ToListAsync(token);
                return new PayslipYearDto(userId, year, [.. payslips.Select(PayslipDto.From)]);
            }, ct);
        return result!;
    }

    /// <summary>The payslip of the most recent period up to <paramref name="today"/>'s month.</summary>
    public async Task<PayslipDto?> GetLatestAsync(Guid readerId, Guid userId, DateOnly today, CancellationToken ct)
    {
        await audit.RecordAsync(readerId, userId, "payslip.latest", null, null, ct);
        var period = today.Year * 12 + today.Month;
        return await cache.GetOrLoadAsync(
            PayslipCacheKeys.CacheName, PayslipCacheKeys.Scope(userId), PayslipCacheKeys.Latest(userId),
            PayrollJsonContext.Default.PayslipDto, TimeSpan.FromMinutes(1),
            async token =>
            {
                var payslip = await db.Payslips.AsNoTracking()
                    .Where(p => p.UserId == userId && p.Year * 12 + p.Month <= period)
                    .OrderByDescending(p => p.Year).ThenByDescending(p => p.Month)
                    .FirstOrDefaultAsync(token);
                return payslip is null ? null : PayslipDto.From(payslip);
            }, ct);
    }
}
