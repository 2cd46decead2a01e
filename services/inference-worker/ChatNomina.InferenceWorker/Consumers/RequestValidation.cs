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

/// <summary>Per-message filter on the inference endpoints' consume pipe, ahead of the message-type
/// dispatch and so ahead of the batch collector (a typed consume filter would only see the
/// <c>Batch&lt;T&gt;</c>). An invalid request is faulted back to its requester (a
/// <see cref="RequestFaultException"/> with the reason instead of a timeout) and the exception is
/// rethrown, so MassTransit moves the message to <c>&lt;queue&gt;_error</c>.</summary>
public sealed class RequestValidationFilter(InferenceModels models) : IFilter<ConsumeContext>
{
    public async Task Send(ConsumeContext context, IPipe<ConsumeContext> next)
    {
        try
        {
            if (context.TryGetMessage<ClassifyIntent>(out var classify)) RequestValidation.Validate(classify.Message);
            else if (context.TryGetMessage<ExtractEntities>(out var extract)) RequestValidation.Validate(extract.Message);
            else if (context.TryGetMessage<GenerateAnswer>(out var generate)) RequestValidation.Validate(generate.Message, models.Engine.T5.Labels);
        }
        catch (ValidationException e)
        {
            await NotifyRequester(context, e);
            throw;
        }
        await next.Send(context);
    }

    private static Task NotifyRequester(ConsumeContext context, Exception e)
    {
        const string consumer = nameof(RequestValidationFilter);
        if (context.TryGetMessage<ClassifyIntent>(out var c)) return context.NotifyFaulted(c, TimeSpan.Zero, consumer, e);
        if (context.TryGetMessage<ExtractEntities>(out var x)) return context.NotifyFaulted(x, TimeSpan.Zero, consumer, e);
        if (context.TryGetMessage<GenerateAnswer>(out var g)) return context.NotifyFaulted(g, TimeSpan.Zero, consumer, e);
        return Task.CompletedTask;
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("inferenceRequestValidation");
}
