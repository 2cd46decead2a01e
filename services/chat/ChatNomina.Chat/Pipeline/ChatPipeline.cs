using System.Diagnostics;
using System.Text.Json;
using ChatNomina.Chat.Answers;
using ChatNomina.Chat.Apis;
using ChatNomina.Chat.Conversations;
using ChatNomina.Chat.Data;
using ChatNomina.Chat.Extensions;
using ChatNomina.Chat.Limits;
using ChatNomina.Chat.Storage;
using ChatNomina.Chat.Telemetry;
using ChatNomina.Chat.Understanding;
using ChatNomina.ServiceDefaults.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatNomina.Chat.Pipeline;

/// <summary>A message the pipeline refused or could not finish: becomes problem details (REST) or an error frame (WebSocket).</summary>
public sealed record ChatProblem(int Status, string Title, string Detail, TimeSpan? RetryAfter = null);

/// <summary>Either the answer or the problem.</summary>
public sealed record ChatOutcome(ChatAnswer? Answer, ChatProblem? Problem);

/// <summary>Fallback reasons decided by the pipeline itself.</summary>
public static class PipelineFallback
{
    public const string LowConfidence = "low_confidence";
    public const string DataUnavailable = "data_unavailable";
}

/// <summary>
/// The ten steps of the spec's message pipeline, shared by REST and WebSocket: validate,
/// rate-limit, backpressure, understand (intent + entities), merge the conversation context,
/// fetch the user's own data, generate, check the figures, degrade when needed, store.
/// (Streaming is the WebSocket endpoint's job, on the checked text.)
/// </summary>
public sealed partial class ChatPipeline(
    ChatDbContext db,
    ContextStore contexts,
    UserRateLimiter rateLimiter,
    InFlightLimiter inFlight,
    InferenceClient inference,
    AnswerPlanner planner,
    AnswerComposer composer,
    ChatMetrics metrics,
    IOptions<ChatOptions> options,
    TimeProvider clock,
    ILogger<ChatPipeline> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<ChatOutcome> HandleAsync(Guid userId, string accessToken, ChatRequest request, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var settings = options.Value;

        // 1. Validate.
        var (message, error) = MessageValidation.Validate(request.Message, settings.MaxMessageLength);
        if (message is null)
        {
            return Problem(new ChatProblem(StatusCodes.Status400BadRequest, "Invalid message", error!));
        }

        // 2. Rate limit (per user, sliding window in Redis).
        if (await rateLimiter.TryAcquireAsync(userId, ct) is { } wait)
        {
            metrics.Rejected("rate_limited");
            return Problem(new ChatProblem(StatusCodes.Status429TooManyRequests, "Too many messages",
                $"At most {settings.RateLimit.PermitLimit} messages per {settings.RateLimit.Window.TotalSeconds:0} s; try again later.", wait));
        }

        // 3. Backpressure.
        using var lease = await inFlight.TryEnterAsync(ct);
        if (lease is null)
        {
            metrics.Rejected("overloaded");
            return Problem(new ChatProblem(StatusCodes.Status503ServiceUnavailable, "Assistant overloaded",
                "Too many messages are being answered right now; try again shortly.", inFlight.RetryAfter));
        }

        using var activity = ChatNominaTelemetry.Source.StartActivity("chat.message");
        var now = clock.GetUtcNow();
        Conversation conversation;
        ConversationContext? context = null;
        if (request.ConversationId is { } conversationId)
        {
            // Another user's conversation is "not found", exactly like one that does not exist.
            var existing = await db.Conversations.FirstOrDefaultAsync(c => c.Id == conversationId && c.UserId == userId, ct);
            if (existing is null)
            {
                return Problem(new ChatProblem(StatusCodes.Status404NotFound, "Conversation not found",
                    "There is no conversation with that id for this user. Leave conversationId out to start a new one."));
            }
            conversation = existing;
            context = await contexts.GetAsync(userId, conversation.Id);
        }
        else
        {
            conversation = new Conversation { Id = Guid.CreateVersion7(now), UserId = userId, CreatedAt = now };
            db.Conversations.Add(conversation);
        }

        var messageId = Guid.CreateVersion7(now);
        var lang = LanguageDetector.Detect(message.Text, context?.Language);
        activity?.SetTag("chat.conversation_id", conversation.Id);
        activity?.SetTag("chat.message_id", messageId);
        activity?.SetTag("chat.lang", lang);

        // 4–8. Understand, merge context, fetch data, generate, check, degrade.
        var stage = Stopwatch.GetTimestamp();
        InferenceResult<NluResult> understood;
        using (ChatNominaTelemetry.Source.StartActivity("chat.understand"))
        {
            understood = await inference.UnderstandAsync(messageId, lang, now, message.Text, ct);
        }
        stage = EndStage("understand", stage);
        ResolvedTurn? turn = null;
        AnswerPlan plan;
        if (understood.Value is not { } nlu)
        {
            plan = AnswerPlan.TemplateOnly("none", lang, "busy", understood.Failure);
        }
        else
        {
            turn = ContextResolver.Resolve(context, nlu, message.Text, now, settings.ConfidenceThreshold);
            activity?.SetTag("chat.intent", turn.Intent);
            if (turn.Clarify)
            {
                plan = AnswerPlan.TemplateOnly(turn.Intent, lang, "clarify", PipelineFallback.LowConfidence);
            }
            else
            {
                try
                {
                    using var data = ChatNominaTelemetry.Source.StartActivity("chat.data");
                    plan = await planner.PlanAsync(turn, message.Text, lang, accessToken, now, ThirdPartyDetector.AsksAboutSomeoneElse(message.Text), ct);
                }
                catch (DataUnavailableException ex)
                {
                    LogDataUnavailable(logger, ex.Message);
                    plan = AnswerPlan.TemplateOnly(turn.Intent, lang, "data_unavailable", PipelineFallback.DataUnavailable);
                }
            }
        }
        stage = EndStage("data", stage);
        string text;
        string? fallback;
        using (ChatNominaTelemetry.Source.StartActivity("chat.generate"))
        {
            (text, fallback) = await composer.ComposeAsync(plan, messageId, now, ct);
        }
        stage = EndStage("generate", stage);

        var newContext = NextContext(context, turn, plan, lang);
        var entities = understood.Value?.Entities.Select(e =>
        {
            var (start, end) = message.ToOriginal(e.Start, e.End);
            return new EntityDto(e.Type, message.Original[start..end], start, end, e.Value);
        }).ToList() ?? [];
        var traceId = ChatNominaTelemetry.CurrentTraceId;
        var answer = new ChatAnswer(conversation.Id, messageId, text, turn?.Intent, turn?.Confidence ?? 0, entities,
            newContext, plan.Sources, traceId, fallback, lang, now);

        // 9. Store the exchange (and then the context): an answer the user gets is an answer in the history.
        var elapsedMs = (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        conversation.UpdatedAt = now;
        conversation.MessageCount++;
        db.Exchanges.Add(new ChatExchange
        {
            Id = messageId,
            ConversationId = conversation.Id,
            UserId = userId,
            CreatedAt = now,
            Message = message.Original,
            Language = lang,
            Answer = text,
            Intent = turn?.Intent,
            Confidence = turn?.Confidence,
            Entities = JsonSerializer.Serialize(entities, Json),
            Context = JsonSerializer.Serialize(newContext, Json),
            Sources = JsonSerializer.Serialize(plan.Sources, Json),
            TraceId = traceId,
            Fallback = fallback,
            DurationMs = elapsedMs,
        });
        try
        {
            using var store = ChatNominaTelemetry.Source.StartActivity("chat.store");
            await db.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or Npgsql.NpgsqlException)
        {
            LogStoreFailed(logger, messageId, ex.GetType().Name);
            return Problem(new ChatProblem(StatusCodes.Status503ServiceUnavailable, "Answer not stored",
                "The answer could not be saved; nothing was stored. Try again shortly.", inFlight.RetryAfter));
        }
        await contexts.SaveAsync(userId, conversation.Id, newContext);
        EndStage("store", stage);

        metrics.Answered(turn?.Intent ?? "none", lang, turn?.Confidence, fallback, Stopwatch.GetElapsedTime(started).TotalSeconds);
        LogAnswered(logger, messageId, conversation.Id, turn?.Intent ?? "none", fallback ?? "none", elapsedMs);
        return new ChatOutcome(answer, null);
    }

    /// <summary>The context after this turn: what it answered about, or the old one when it answered nothing new.</summary>
    private static ConversationContext NextContext(ConversationContext? previous, ResolvedTurn? turn, AnswerPlan plan, string lang)
    {
        var kept = (previous ?? new ConversationContext()) with { Language = lang };
        if (turn is null || turn.Clarify || !Intents.IsDataIntent(turn.Intent) || plan.Status == "forbidden" || plan.Fallback is not null)
        {
            return kept;
        }
        if (turn.Intent == Intents.ProfileInfo)
        {
            // A profile answer has no period: keep the one talked about before for later follow-ups.
            return kept with { Intent = turn.Intent, ProfileField = turn.ProfileField };
        }
        return new ConversationContext
        {
            Intent = turn.Intent,
            Year = plan.Period?.Year ?? plan.Year ?? turn.Year,
            Month = plan.Period?.Month,
            DeductionType = turn.DeductionType,
            ProfileField = turn.ProfileField,
            CompareYear = plan.CompareWith?.Year,
            CompareMonth = plan.CompareWith?.Month,
            Language = lang,
        };
    }

    private static ChatOutcome Problem(ChatProblem problem) => new(null, problem);

    private long EndStage(string name, long started)
    {
        metrics.Stage(name, Stopwatch.GetElapsedTime(started).TotalSeconds);
        return Stopwatch.GetTimestamp();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Answered message {MessageId} in conversation {ConversationId}: intent {Intent}, fallback {Fallback}, {ElapsedMs} ms")]
    private static partial void LogAnswered(ILogger logger, Guid messageId, Guid conversationId, string intent, string fallback, int elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payroll/users data unavailable: {Reason}")]
    private static partial void LogDataUnavailable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not store message {MessageId}: {Error}")]
    private static partial void LogStoreFailed(ILogger logger, Guid messageId, string error);
}
