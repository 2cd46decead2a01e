using ChatNomina.Users.Extensions;
using ChatNomina.Users.Infrastructure;
using ChatNomina.ServiceDefaults.Redis;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatNomina.Users.Apis;

/// <summary>
/// Profiles cache-aside in Redis (key <c>user:{id}@{generation}</c> in the scope <c>user:{id}</c>),
/// invalidated on update by moving the scope to a new generation (see <c>RedisJsonCache</c>).
/// </summary>
public sealed class EmployeeProfiles(UsersDbContext db, RedisJsonCache cache, IOptions<UsersOptions> options)
{
    private const string CacheName = "users";

    private static string Key(Guid id) => $"user:{id:N}";

    public Task<EmployeeDto?> GetAsync(Guid id, CancellationToken ct) =>
        cache.GetOrLoadAsync(CacheName, Key(id), Key(id), UsersJsonContext.Default.EmployeeDto, options.Value.CacheTtl,
            async token =>
            {
                var employee = await db.Employees.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, token);
                return employee is null ? null : EmployeeDto.From(employee);
            }, ct);

    public Task InvalidateAsync(Guid id) => cache.InvalidateScopesAsync(CacheName, [Key(id)]);
}
