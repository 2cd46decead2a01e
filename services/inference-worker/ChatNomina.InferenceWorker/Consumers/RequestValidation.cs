using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using ChatNomina.Contracts.Inference;
using ChatNomina.InferenceWorker.Infrastructure;
using MassTransit;

namespace ChatNomina.InferenceWorker.Consumers;

/// <summary>Checks each request before it joins a batch. An invalid message throws
/// <see cref="ValidationException"/> here, alone: MassTransit moves it to <c>&lt;queue&gt;_error</c> with
/// the reason in its fault headers (no retry: the retry policy ignores validation errors) and the
/// rest of the batch is not affected.</summary>
public static partial class RequestValidation
{
    public const int MaxTextLength = 1000;
    public static readonly string[] Languages = ["es", "en"];
    private static readonly string[] Trends = ["up", "down", "same"];
    private static readonly string[] Tenses = ["past", "future"];
    private static readonly string[] Statuses = ["no_data", "forbidden"];

    public static void Validate(ClassifyIntent m) => Common(m.Language, m.MessageTime, m.Text);

    public static void Validate(ExtractEntities m) => Common(m.Language, m.MessageTime, m.Text);

    public static void Validate(GenerateAnswer m, IReadOnlyList<string> intents)
    {
        Language(m.Language);
        Time(m.MessageTime);
        if (string.IsNullOrEmpty(m.Intent) || !intents.Contains(m.Intent))
            throw new ValidationException($"Intent '{Short(m.Intent)}' is not one of the model's labels.");
        if (m.Fields is null || m.Fields.Count > 16 || m.Fields.Any(f => f is null || !FieldName().IsMatch(f)))
            throw new ValidationException("Fields must be at most 16 field names of lowercase letters and '_'.");
        OneOf("Trend", m.Trend, Trends);
        OneOf("Tense", m.Tense, Tenses);
        OneOf("Status", m.Status, Statuses);
    }

    private static void Common(string language, DateTimeOffset time, string text)
    {
        Language(language);
        Time(time);
        if (string.IsNullOrWhiteSpace(text))
            throw new ValidationException("Text is empty.");
        if (text.Length > MaxTextLength)
            throw new ValidationException($"Text has {text.Length} characters; at most {MaxTextLength}.");
    }

    private static void Language(string language)
    {
        if (!Languages.Contains(language))
            throw new ValidationException($"Language '{Short(language)}' is not supported (es, en).");
    }

    private static void Time(DateTimeOffset time)
    {
        if (time == default)
            throw new ValidationException("MessageTime is missing.");
    }

    private static void OneOf(string name, string? value, string[] allowed)
    {
        if (value is not null && !allowed.Contains(value))
            throw new ValidationException($"{name} '{Short(value)}' is not one of {string.Join(", ", allowed)}.");
    }

    private static string Short(string? s) => s is null ? "(null)" : s.Length <= 40 ? s : s[..40] + "…";

    [GeneratedRegex("^[a-z][a-z_]{0,39}$")]
    private static partial Regex FieldName();
}

/// <summary>Per-message consume filter on the inference endpoints (runs before the batch collector).</summary>
public sealed class RequestValidationFilter<T>(InferenceModels models) : IFilter<ConsumeContext<T>>
    where T : class
{
    public Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        switch (context.Message)
        {
            case ClassifyIntent m: RequestValidation.Validate(m); break;
            case ExtractEntities m: RequestValidation.Validate(m); break;
            case GenerateAnswer m: RequestValidation.Validate(m, models.Engine.T5.Labels); break;
        }
        return next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("inferenceRequestValidation");
}
