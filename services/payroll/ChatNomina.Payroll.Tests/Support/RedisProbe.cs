using ChatNomina.Testing;
using StackExchange.Redis;

namespace ChatNomina.Payroll.Tests.Support;

/// <summary>Looks at the Redis a service uses from the outside, with its own connection.</summary>
public static class RedisProbe
{
    public static string PayslipKey(this PayrollFactory factory, Guid userId, int year, int month) =>
        $"{factory.RedisKeyPrefix}payslip:{userId:N}:{year}:{month}";

    public static string YearKey(this PayrollFactory factory, Guid userId, int year) =>
        $"{factory.RedisKeyPrefix}payslips:{userId:N}:{year}";

    public static string LatestKey(this PayrollFactory factory, Guid userId) =>
        $"{factory.RedisKeyPrefix}payslip-latest:{userId:N}";

    public static async Task<bool> KeyExistsAsync(string key, string? redisConfiguration = null)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(redisConfiguration ?? TestEnvironment.Redis);
        return await redis.GetDatabase().KeyExistsAsync(key);
    }
}
