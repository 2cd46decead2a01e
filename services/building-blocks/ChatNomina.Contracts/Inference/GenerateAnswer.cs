namespace ChatNomina.Contracts.Inference;

/// <summary>Request: write the answer template for an intent, in a language, mentioning the named
/// fields. Answered with <see cref="AnswerGenerated"/>; the text holds <c>{placeholder}</c> slots
/// (the field names) that the chat fills from the data — the model never writes a figure.
/// The worker consumes these in batches (queue <c>generate-answer</c>).</summary>
/// <param name="MessageId">The chat message id; echoed in the response.</param>
/// <param name="Language">"es" or "en": the language of the answer.</param>
/// <param name="MessageTime">When the user sent the message.</param>
/// <param name="Intent">The intent label the answer is for.</param>
/// <param name="Fields">Names of the fields that have data, in the canonical order of models/README.md
/// (e.g. month_name, year, net_salary); may be empty.</param>
/// <param name="Trend">pay_comparison only: "up", "down" or "same".</param>
/// <param name="Tense">payment_date only: "past" or "future".</param>
/// <param name="Status">"no_data" or "forbidden", when there is nothing to show.</param>
public sealed record GenerateAnswer(
    Guid MessageId,
    string Language,
    DateTimeOffset MessageTime,
    string Intent,
    IReadOnlyList<string> Fields,
    string? Trend = null,
    string? Tense = null,
    string? Status = null);
