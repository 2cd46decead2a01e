namespace ChatNomina.Payroll.Caching;

/// <summary>
/// Redis keys of the payroll cache, relative to <c>Redis:KeyPrefix</c>. Every key of one employee
/// belongs to the scope <see cref="Scope"/>: an import moves the scope to a new generation, so the
/// stored keys are <c>{key}@{generation}</c> (see <c>RedisJsonCache</c>).
/// </summary>
internal static class PayslipCacheKeys
{
    public const string CacheName = "payslips";

    /// <summary>The invalidation scope of all cached payslip data of one employee.</summary>
    public static string Scope(Guid userId) => $"payslips:{userId:N}";

    public static string Payslip(Guid userId, int year, int month) => $"payslip:{userId:N}:{year}:{month}";

    public static string Year(Guid userId, int year) => $"payslips:{userId:N}:{year}";

    public static string Latest(Guid userId) => $"payslip-latest:{userId:N}";
}
