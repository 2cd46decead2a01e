namespace ChatNomina.Chat.Answers;

/// <summary>Where an answer's figures come from, so a client can link to them.</summary>
public sealed record AnswerSource(string Type, int? Year, int? Month, string Href);

/// <summary>
/// Everything an answer may say, decided before any text is written: the intent and language,
/// the data values as formatted strings (the only figures the answer may contain), which of
/// them the text must mention, the flags the generator takes, the deterministic template to use
/// when the generated text is not acceptable, and the sources.
/// </summary>
public sealed record AnswerPlan(
    string Intent,
    string Language,
    string TemplateKey,
    IReadOnlyList<KeyValuePair<string, string>> Fields,
    IReadOnlyList<string> Required,
    IReadOnlyList<AnswerSource> Sources)
{
    public string? Trend { get; init; }
    public string? Tense { get; init; }
    public string? Status { get; init; }

    /// <summary>Deterministic text appended after the sentence (the line-by-line comparison).</summary>
    public string? Appendix { get; init; }

    /// <summary>False when only the template may answer (nothing the model was trained for).</summary>
    public bool Generate { get; init; } = true;

    /// <summary>The month the answer is about (for a comparison: the newer one).</summary>
    public Data.Period? Period { get; init; }

    /// <summary>pay_comparison: the older month.</summary>
    public Data.Period? CompareWith { get; init; }

    /// <summary>A year answered without a month (year to date).</summary>
    public int? Year { get; init; }

    /// <summary>The deterministic text of a multi-part answer (written by the query writer); null for template answers.</summary>
    public string? Prewritten { get; init; }

    /// <summary>Set when the answer is a degraded one (the pipeline's fallback reason).</summary>
    public FallbackReason? Fallback { get; init; }

    public IReadOnlyDictionary<string, string> Values { get; } =
        Fields.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);

    /// <summary>Every figure the final text may contain: the field values and the appendix.</summary>
    public IEnumerable<string> DataTexts => Appendix is null ? Fields.Select(f => f.Value) : Fields.Select(f => f.Value).Append(Appendix);

    /// <summary>A plan that only a fixed template answers (greetings without data, refusals, degraded answers).</summary>
    public static AnswerPlan TemplateOnly(string intent, string language, string templateKey, FallbackReason? fallback = null,
        IReadOnlyList<KeyValuePair<string, string>>? fields = null) =>
        new(intent, language, templateKey, fields ?? [], [], []) { Generate = false, Fallback = fallback };
}
