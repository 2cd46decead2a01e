namespace ChatNomina.Payroll.Caching;

/// <summary>
/// What the payroll cache stores for an employee's read: the published data as it was loaded and
/// the moment it stops being true — the next scheduled publication of one of the employee's
/// payslips (null: none scheduled). A cached value read at or after that moment is never served.
/// An entry without a value (written before versions existed, in another shape) is never served either.
/// </summary>
public sealed record CachedView<T>(T? Value, DateTimeOffset? ValidUntil)
    where T : class
{
    public bool IsServable(DateTimeOffset now) => Value is not null && (ValidUntil is null || ValidUntil > now);
}
