using ChatNomina.Chat.Pipeline;
using ChatNomina.Chat.Understanding;
using ChatNomina.Contracts.Inference;

namespace ChatNomina.Chat.Answers;

/// <summary>
/// Writes the final text of a plan: asks the model for a sentence with placeholders, checks
/// the placeholders, fills them from the plan, runs the figure check, and otherwise answers
/// with the deterministic template. The template path goes through the same figure check, so a
/// text with a figure the data does not hold cannot leave this class.
/// </summary>
public sealed class AnswerComposer(InferenceClient inference, ILogger<AnswerComposer> logger)
{
    private const int MaxGeneratedLength = 600;

    public async Task<(string Text, FallbackReason? Fallback)> ComposeAsync(AnswerPlan plan, Guid messageId, DateTimeOffset time, CancellationToken ct)
    {
        var fallback = plan.Fallback;
        if (plan.Generate)
        {
            var request = new GenerateAnswer(messageId, plan.Language, time, plan.Intent,
                [.. plan.Fields.Select(f => f.Key)], plan.Trend, plan.Tense, plan.Status);
            var generated = await inference.GenerateAsync(request, ct);
            if (generated.Value is { } template)
            {
                var (text, problem) = Check(plan, template);
                if (problem is null)
                {
                    return (text!, fallback);
                }
                logger.LogInformation("Generated answer refused ({Problem}); answering with the template", problem.Value.Detail);
                fallback ??= problem.Value.Reason;
            }
            else
            {
                fallback ??= generated.Failure;
            }
        }
        return (FromTemplate(plan), fallback);
    }

    /// <summary>The filled generated text, or why it may not be used.</summary>
    public static (string? Text, (FallbackReason Reason, string Detail)? Problem) Check(AnswerPlan plan, string generated)
    {
        if (generated.Length > MaxGeneratedLength)
        {
            return (null, (FallbackReason.GenerationInvalid, "too long"));
        }
        if (Placeholders.Problem(generated, plan.Values, plan.Required) is { } problem)
        {
            return (null, (FallbackReason.GenerationInvalid, problem));
        }
        var skeleton = Placeholders.Fill(generated, plan.Fields.ToDictionary(f => f.Key, _ => " "));
        if (LanguageDetector.Detect(skeleton, plan.Language) != plan.Language)
        {
            return (null, (FallbackReason.GenerationLanguage, "answer not in the question's language"));
        }
        if (plan.Tense is { } tense && !TenseMatches(skeleton, tense, plan.Language))
        {
            return (null, (FallbackReason.GenerationTense, $"answer not in the {tense} tense"));
        }
        if (!TalksAbout(skeleton, plan))
        {
            return (null, (FallbackReason.GenerationSubject, $"answer does not talk about {plan.Intent}"));
        }
        var text = WithAppendix(Placeholders.Fill(generated, plan.Values).Trim(), plan.Appendix);
        var unsupported = FigureCheck.Unsupported(text, plan.DataTexts);
        return unsupported.Count > 0
            ? (null, (FallbackReason.FigureMismatch, $"{unsupported.Count} figure(s) not in the data"))
            : (text, null);
    }

    /// <summary>The deterministic answer of a plan.</summary>
    public static string FromTemplate(AnswerPlan plan)
    {
        var text = WithAppendix(plan.Prewritten ?? Placeholders.Fill(AnswerTemplates.For(plan), plan.Values), plan.Appendix);
        var unsupported = FigureCheck.Unsupported(text, plan.DataTexts);
        if (unsupported.Count > 0)
        {
            // A template that states a figure the data does not hold is a bug: refuse to answer.
            throw new InvalidOperationException($"Template {plan.TemplateKey} ({plan.Language}) holds figures not in the data: {string.Join(", ", unsupported)}");
        }
        return text;
    }

    /// <summary>
    /// A payment still to come must not be told as done, nor the other way round: a future answer
    /// needs a future form ("se pagará", "will"), a past one must not have one.
    /// </summary>
    public static bool TenseMatches(string text, string tense, string lang)
    {
        var lower = text.ToLowerInvariant();
        var future = Formats.IsSpanish(lang)
            ? FutureSpanish.Any(lower.Contains)
            : lower.Contains("will ", StringComparison.Ordinal) || lower.Contains("'ll ", StringComparison.Ordinal) || lower.Contains("is due", StringComparison.Ordinal)
                || lower.Contains("to be paid", StringComparison.Ordinal);
        return tense == "future" ? future : !future;
    }

    /// <summary>
    /// The words an answer of each intent must use, so a correct figure is never presented as
    /// something else ("tu salario bruto fue {net_salary}" has the right number under the wrong name).
    /// The placeholder checks already tie deductions, dates and comparisons to their fields.
    /// </summary>
    public static bool TalksAbout(string text, AnswerPlan plan)
    {
        if (plan.Status is not null)
        {
            return true;
        }
        var lower = text.ToLowerInvariant();
        string[] words = (plan.Intent, Formats.IsSpanish(plan.Language)) switch
        {
            ("net_pay", true) => ["neto", "netos", "líquido", "liquido", "cobraste", "cobrarás", "percibiste"],
            ("net_pay", false) => ["net", "take-home", "take home", "took home"],
            ("gross_pay", true) => ["bruto", "brutos"],
            ("gross_pay", false) => ["gross"],
            ("payslip_summary", true) => ["bruto", "neto"],
            ("payslip_summary", false) => ["gross", "net"],
            _ => [],
        };
        if (plan.Intent == "payslip_summary")
        {
            return words.All(lower.Contains);
        }
        if (plan.Intent == "gross_pay" && (lower.Contains("neto") || lower.Contains(" net ") || lower.Contains("net pay")))
        {
            return false;
        }
        if (plan.Intent == "net_pay" && (lower.Contains("bruto") || lower.Contains("gross")))
        {
            return false;
        }
        return words.Length == 0 || words.Any(lower.Contains);
    }

    private static readonly string[] FutureSpanish = ["pagará", "pagaran", "pagarán", "cobrarás", "cobraras", "recibirás", "recibiras", "ingresará", "ingresarán", "se abonará", "abonará"];

    private static string WithAppendix(string text, string? appendix) => appendix is null ? text : text + " " + appendix;
}
