namespace ChatNomina.Payroll.Model;

/// <summary>Audit record: who read whose pay data, when, and in which trace.</summary>
public sealed class PayslipAccess
{
    public long Id { get; init; }
    public Guid ReaderId { get; init; }
    public Guid SubjectUserId { get; init; }
    public string Action { get; init; } = "";
    public int? Year { get; init; }
    public int? Month { get; init; }
    public DateTimeOffset AccessedAt { get; init; }
    public string? TraceId { get; init; }
}
