namespace ChatNomina.Chat.Answers;

/// <summary>
/// Why an answer is not the normal one — the one vocabulary of degraded, clarifying and
/// template answers, whichever step decided it. Clients, the history and the metrics see
/// its wire name (<see cref="FallbackReasons.Wire"/>), e.g. <c>low_confidence</c>.
/// </summary>
public enum FallbackReason
{
    /// <summary>Nothing understood well enough: a clarifying question.</summary>
    LowConfidence,
    /// <summary>Payroll or users could not answer: no figure.</summary>
    DataUnavailable,
    /// <summary>The workers did not answer in time: "assistant busy".</summary>
    InferenceTimeout,
    /// <summary>The circuit is open after repeated worker failures: "assistant busy" at once.</summary>
    CircuitOpen,
    /// <summary>The broker or a worker faulted: "assistant busy".</summary>
    InferenceError,
    /// <summary>The generated sentence had missing or unknown placeholders, or was too long: the template answered.</summary>
    GenerationInvalid,
    /// <summary>The generated sentence held a figure the data does not: the template answered.</summary>
    FigureMismatch,
    /// <summary>The generated sentence was not in the question's language: the template answered.</summary>
    GenerationLanguage,
    /// <summary>The generated sentence told a scheduled payment as done or the other way round: the template answered.</summary>
    GenerationTense,
    /// <summary>The generated sentence named another amount than the one asked: the template answered.</summary>
    GenerationSubject,
}

public static class FallbackReasons
{
    /// <summary>The name clients, the stored history and the metric label use.</summary>
    public static string Wire(this FallbackReason reason) => reason switch
    {
        FallbackReason.LowConfidence => "low_confidence",
        FallbackReason.DataUnavailable => "data_unavailable",
        FallbackReason.InferenceTimeout => "inference_timeout",
        FallbackReason.CircuitOpen => "circuit_open",
        FallbackReason.InferenceError => "inference_error",
        FallbackReason.GenerationInvalid => "generation_invalid",
        FallbackReason.FigureMismatch => "figure_mismatch",
        FallbackReason.GenerationLanguage => "generation_language",
        FallbackReason.GenerationTense => "generation_tense",
        FallbackReason.GenerationSubject => "generation_subject",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}
