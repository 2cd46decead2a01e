using ChatNomina.Chat.Data;

namespace ChatNomina.Chat.Answers;

/// <summary>A single request of the v1 shape, as the <see cref="AnswerPlanner"/> answers it (see QueryExecutor.ToV1Turn).</summary>
public sealed record ResolvedTurn
{
    public required string Intent { get; init; }
    public required double Confidence { get; init; }
    /// <summary>Explicit or carried months, oldest first.</summary>
    public IReadOnlyList<Period> Periods { get; init; } = [];
    /// <summary>A year without a month ("in 2024", "last year").</summary>
    public int? Year { get; init; }
    public string? DeductionType { get; init; }
    public string? ProfileField { get; init; }
}
