using ChatNomina.Testing;

namespace ChatNomina.Payroll.Tests.Support;

/// <summary>The full Redis keys of the payroll cache in the employee's current generation.</summary>
public static class PayrollCacheKeys
{
    public static Task<string> PayslipKeyAsync(
        this PayrollFactory factory, Guid userId, int year, int month, string? redisConfiguration = null) =>
        RedisProbe.ScopedKeyAsync(factory.RedisKeyPrefix, Scope(userId), $"payslip:{userId:N}:{year}:{month}", redisConfiguration);

    public static Task<string> YearKeyAsync(this PayrollFactory factory, Guid userId, int year) =>
        RedisProbe.ScopedKeyAsync(factory.RedisKeyPrefix, Scope(userId), $"payslips:{userId:N}:{year}");

    public static Task<string> LatestKeyAsync(this PayrollFactory factory, Guid userId) =>
        RedisProbe.ScopedKeyAsync(factory.RedisKeyPrefix, Scope(userId), $"payslip-latest:{userId:N}");

    private static string Scope(Guid userId) => $"payslips:{userId:N}";
}
