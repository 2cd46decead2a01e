namespace ChatNomina.Payroll.Caching;

/// <summary>Redis keys of the payroll cache, relative to <c>Redis:KeyPrefix</c>.</summary>
internal static class PayslipCacheKeys
{
    public const string CacheName = "payslips";

    public static string Payslip(Guid userId, int year, int month) => $"payslip:{userId:N}:{year}:{month}";

    public static string Year(Guid userId, int year) => $"payslips:{userId:N}:{year}";

    public static string Latest(Guid userId) => $"payslip-latest:{userId:N}";

    /// <summary>Every key whose value depends on this payslip.</summary>
    public static IEnumerable<string> AffectedBy(Guid userId, int year, int month) =>
        [Payslip(userId, year, month), Year(userId, year), Latest(userId)];
}
