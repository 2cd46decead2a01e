using System.Diagnostics;
using System.Text.Json;
using ChatNomina.Chat.Answers;
using ChatNomina.Chat.Apis;
using ChatNomina.Chat.Conversations;
using ChatNomina.Chat.Data;
using ChatNomina.Chat.Extensions;
using ChatNomina.Chat.Limits;
using ChatNomina.Chat.Queries;
using ChatNomina.Chat.Storage;
using ChatNomina.Chat.Telemetry;
using ChatNomina.Chat.Understanding;
using ChatNomina.ServiceDefaults.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatNomina.Chat.Pipeline;

/// <summary>A message the pipeline refused or could not finish: becomes problem details (REST) or an error frame (WebSocket).</summary>
public sealed record ChatProblem(int Status, string Title, string Detail, TimeSpan? RetryAfter = null);

/// <summary>Either the answer or the problem; <paramref name="Replayed"/> when the answer is the one
/// already stored for the same client message id (a retry).</summary>
public sealed record ChatOutcome(ChatAnswer? Answer, ChatProblem? Problem, bool Replayed = false);

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
    QueryExecutor executor,
    UsersClient users,
    AnswerComposer composer,
    ChatMetrics metrics,
    IOptions<ChatOptions> options,
    TimeProvider clock,
    ILogger<ChatPipeline> logger)
{

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

        // A retry of a message already answered gets that answer back, never a second one.
        if (request.ClientMessageId is { } clientId)
        {
            if (ClientMessageId.Validate(clientId) is { } invalid)
            {
                return Problem(new ChatProblem(StatusCodes.Status400BadRequest, "Invalid client message id", invalid));
            }
            if (await ReplayAsync(userId, clientId, message, request.ConversationId, ct) is { } replay)
            {
                return replay;
            }
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
        // To the microsecond, as PostgreSQL stores it: a replayed answer carries the very same time.
        var now = clock.GetUtcNow();
        now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
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
        PayrollQuery? query = null;
        QueryOutcome? outcome = null;
        AnswerPlan plan;
        if (understood.Value is not { } nlu)
        {
            plan = AnswerPlan.TemplateOnly("none", lang, "busy", understood.Failure);
        }
        else
        {
            var said = await WithOwnNumberCheckedAsync(message.Text, accessToken, ct);
            query = QueryParser.Parse(said, nlu, context, now, settings.ConfidenceThreshold);
            lang = query.Language ?? lang;
            activity?.SetTag("chat.intent", query.V1Intent);
            try
            {
                using var data = ChatNominaTelemetry.Source.StartActivity("chat.data");
                (plan, outcome) = await PlanAsync(query, nlu, message.Text, lang, accessToken, now, ct);
            }
            catch (DataUnavailableException ex)
            {
                LogDataUnavailable(logger, ex.Message);
                plan = AnswerPlan.TemplateOnly(query.V1Intent, lang, "data_unavailable", FallbackReason.DataUnavailable);
            }
        }
        stage = EndStage("data", stage);
        string text;
        FallbackReason? fallback;
        using (ChatNominaTelemetry.Source.StartActivity("chat.generate"))
        {
            (text, fallback) = await composer.ComposeAsync(plan, messageId, now, ct);
        }
        stage = EndStage("generate", stage);

        var intent = query is null ? null : plan.Status == "forbidden" ? plan.Intent : query.V1Intent;
        var confidence = understood.Value?.Confidence ?? 0;
        var newContext = NextContext(context, query, outcome, lang);
        var entities = understood.Value?.Entities.Select(e =>
        {
            var (start, end) = message.ToOriginal(e.Start, e.End);
            return new EntityDto(e.Type, message.Original[start..end], start, end, e.Value);
        }).ToList() ?? [];
        var traceId = ChatNominaTelemetry.CurrentTraceId;
        var answer = new ChatAnswer(conversation.Id, messageId, text, intent, confidence, entities,
            newContext, plan.Sources, traceId, fallback?.Wire(), lang, now, outcome?.Resolved ?? query);

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
            ClientMessageId = request.ClientMessageId,
            Message = message.Original,
            Language = lang,
            Answer = text,
            Intent = intent,
            Confidence = understood.Value?.Confidence,
            Entities = JsonSerializer.Serialize(entities, ChatJsonContext.Default.IReadOnlyListEntityDto),
            Context = JsonSerializer.Serialize(newContext, ChatJsonContext.Default.ConversationContext),
            Sources = JsonSerializer.Serialize(plan.Sources, ChatJsonContext.Default.IReadOnlyListAnswerSource),
            Query = answer.Query is { } answered ? JsonSerializer.Serialize(answered, ChatJsonContext.Default.PayrollQuery) : null,
            TraceId = traceId,
            Fallback = fallback?.Wire(),
            DurationMs = elapsedMs,
        });
        try
        {
            using var store = ChatNominaTelemetry.Source.StartActivity("chat.store");
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (request.ClientMessageId is { } retried && IsClientMessageIdTaken(ex))
        {
            // The same message sent again while this one was being answered: the first one stored wins.
            db.ChangeTracker.Clear();
            return await ReplayAsync(userId, retried, message, request.ConversationId, ct)
                ?? throw new InvalidOperationException("The client message id was taken but its message is not there.", ex);
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or Npgsql.NpgsqlException)
        {
            LogStoreFailed(logger, messageId, ex.GetType().Name);
            return Problem(new ChatProblem(StatusCodes.Status503ServiceUnavailable, "Answer not stored",
                "The answer could not be saved; nothing was stored. Try again shortly.", inFlight.RetryAfter));
        }
        await contexts.SaveAsync(userId, conversation.Id, newContext);
        EndStage("store", stage);

        metrics.Answered(intent ?? "none", lang, understood.Value?.Confidence, fallback?.Wire(), Stopwatch.GetElapsedTime(started).TotalSeconds);
        LogAnswered(logger, messageId, conversation.Id, intent ?? "none", fallback?.Wire() ?? "none", elapsedMs);
        return new ChatOutcome(answer, null);
    }

    /// <summary>
    /// The answer stored for <paramref name="clientId"/>, rebuilt exactly as it was sent, or null when
    /// there is none; the same id with another message (or conversation) is refused with 422.
    /// </summary>
    private async Task<ChatOutcome?> ReplayAsync(Guid userId, string clientId, ValidatedMessage message, Guid? conversationId, CancellationToken ct)
    {
        var stored = await db.Exchanges.AsNoTracking()
            .FirstOrDefaultAsync(m => m.UserId == userId && m.ClientMessageId == clientId, ct);
        if (stored is null)
        {
            return null;
        }
        if (stored.Message != message.Original || conversationId is { } asked && asked != stored.ConversationId)
        {
            metrics.Rejected("client_message_id_reused");
            return Problem(new ChatProblem(StatusCodes.Status422UnprocessableEntity, "Client message id reused",
                "This client message id (Idempotency-Key) was already used for another message; send a new message with a new id."));
        }
        metrics.Replayed();
        LogReplayed(logger, stored.Id);
        var context = JsonSerializer.Deserialize(stored.Context, ChatJsonContext.Default.ConversationContext)!;
        var answer = new ChatAnswer(stored.ConversationId, stored.Id, stored.Answer, stored.Intent, stored.Confidence ?? 0,
            JsonSerializer.Deserialize(stored.Entities, ChatJsonContext.Default.IReadOnlyListEntityDto)!,
            context,
            JsonSerializer.Deserialize(stored.Sources, ChatJsonContext.Default.IReadOnlyListAnswerSource)!,
            stored.TraceId, stored.Fallback, stored.Language, stored.CreatedAt,
            stored.Query is null ? null : JsonSerializer.Deserialize(stored.Query, ChatJsonContext.Default.PayrollQuery));
        return new ChatOutcome(answer, null, Replayed: true);
    }

    private static bool IsClientMessageIdTaken(DbUpdateException ex) =>
        ex.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation } pg
        && pg.ConstraintName == ChatExchange.ClientMessageIdIndex;

    /// <summary>
    /// The understood query's plan: conversation acts are fixed texts (small talk greets by name),
    /// someone else's data is refused, an unclear message gets a clarifying question, and payroll
    /// requests are executed against the user's own data.
    /// </summary>
    private async Task<(AnswerPlan Plan, QueryOutcome? Outcome)> PlanAsync(
        PayrollQuery query, NluResult nlu, string text, string lang, string token, DateTimeOffset now, CancellationToken ct)
    {
        switch (query.Act)
        {
            case ConversationAct.SomeoneElse:
                var refusedIntent = Intents.IsDataIntent(nlu.Intent) ? nlu.Intent : Intents.OutOfScope;
                return (AnswerPlan.TemplateOnly(refusedIntent, lang, "forbidden") with { Status = "forbidden" }, null);
            case ConversationAct.Unclear:
                return (AnswerPlan.TemplateOnly(nlu.Intent, lang, "clarify", FallbackReason.LowConfidence), null);
            case ConversationAct.LanguageSwitch when query.Requests.Count == 0:
                return (AnswerPlan.TemplateOnly(Intents.Help, lang, "language_switch"), null);
            case ConversationAct.Greeting or ConversationAct.Goodbye or ConversationAct.Thanks or ConversationAct.Help or ConversationAct.OutOfScope:
                var turn = new ResolvedTurn { Intent = query.V1Intent, Confidence = nlu.Confidence };
                return (await planner.PlanAsync(turn, text, lang, token, now, ct), null);
        }
        var outcome = await executor.ExecuteAsync(query, text, lang, token, now, ct);
        return (outcome.Plan, outcome);
    }

    /// <summary>
    /// The context after this turn: the query it answered with data (periods resolved) and the
    /// period talked about before it; a turn without data (small talk, refusal, no payslip) keeps
    /// the previous one, so "fine. and my gross that month?" still knows the month.
    /// </summary>
    /// <summary>
    /// "Mi número de empleada es E00001: ¿cuál fue mi líquido…?": a number the user gives as their own is their own only when
    /// their profile says so; then it is not someone else's identifier. Any other number (or no profile) leaves the text as it
    /// is, and the question is refused without saying whether that number exists.
    /// </summary>
    private async Task<string> WithOwnNumberCheckedAsync(string text, string accessToken, CancellationToken ct)
    {
        var claimed = ThirdPartyDetector.ClaimedOwnNumbers(text);
        if (claimed.Count == 0)
        {
            return text;
        }
        try
        {
            var own = (await users.GetMeAsync(accessToken, ct))?.EmployeeNumber;
            return own is not null && claimed.All(n => string.Equals(n, own, StringComparison.OrdinalIgnoreCase))
                ? ThirdPartyDetector.WithoutOwnNumberClaims(text) : text;
        }
        catch (DataUnavailableException)
        {
            return text;
        }
    }

    private static ConversationContext NextContext(ConversationContext? previous, PayrollQuery? query, QueryOutcome? outcome, string lang)
    {
        var kept = (previous ?? new ConversationContext()) with { Language = lang };
        if (query is { Act: ConversationAct.SomeoneElse, Requests.Count: > 0 })
        {
            return kept with { Refused = query with { Act = ConversationAct.None } };
        }
        if (outcome is not { Answered: true, Resolved: var q } || outcome.Plan.Fallback is not null)
        {
            return kept;
        }
        return ConversationContext.Next(previous, q, lang);
    }

    private static ChatOutcome Problem(ChatProblem problem) => new(null, problem);

    private long EndStage(string name, long started)
    {
        metrics.Stage(name, Stopwatch.GetElapsedTime(started).TotalSeconds);
        return Stopwatch.GetTimestamp();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Answered message {MessageId} in conversation {ConversationId}: intent {Intent}, fallback {Fallback}, {ElapsedMs} ms")]
    private static partial void LogAnswered(ILogger logger, Guid messageId, Guid conversationId, string intent, string fallback, int elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retried message {MessageId} answered with its stored answer")]
    private static partial void LogReplayed(ILogger logger, Guid messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payroll/users data unavailable: {Reason}")]
    private static partial void LogDataUnavailable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not store message {MessageId}: {Error}")]
    private static partial void LogStoreFailed(ILogger logger, Guid messageId, string error);
}
