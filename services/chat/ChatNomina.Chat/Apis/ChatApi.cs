using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using ChatNomina.Chat.Pipeline;
using ChatNomina.Chat.Storage;
using ChatNomina.Chat.Telemetry;
using ChatNomina.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace ChatNomina.Chat.Apis;

/// <summary>
/// REST side of the chat: send a message, read a conversation's history, rate an answer.
/// Everything is scoped to the token's user; another user's conversation or message is 404.
/// </summary>
public static class ChatApi
{
    public static RouteGroupBuilder MapChatApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/chat").WithTags("Chat");
        // The body is read by hand (to answer a malformed one with a problem of our own), so its
        // schema and the answer's are declared for the OpenAPI document.
        api.MapPost("/messages", SendMessage).WithName("SendChatMessage")
            .Accepts<ChatRequest>("application/json")
            .Produces<ChatAnswer>(StatusCodes.Status200OK);
        api.MapGet("/conversations", ListConversations).WithName("ListConversations");
        api.MapGet("/conversations/{conversationId:guid}/messages", GetHistory).WithName("GetConversationHistory");
        api.MapPost("/messages/{messageId:guid}/feedback", SendFeedback).WithName("SendFeedback");
        return api;
    }

    public static async Task<IResult> SendMessage(HttpContext http, ClaimsPrincipal user, ChatPipeline pipeline, CancellationToken ct)
    {
        ChatRequest? request;
        try
        {
            request = await http.Request.ReadFromJsonAsync(ChatJsonContext.Default.ChatRequest, ct);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or BadHttpRequestException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid request body",
                detail: "Send a JSON object {\"message\": \"…\", \"conversationId\": \"…\"?} with Content-Type application/json.");
        }
        request ??= new ChatRequest(null, null);
        // A retry-safe client names its message: the Idempotency-Key header (or clientMessageId in the body).
        var key = http.Request.Headers[ClientMessageId.Header];
        if (key.Count > 0)
        {
            if (key.Count > 1 || request.ClientMessageId is { } inBody && inBody != key[0])
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid client message id",
                    detail: "Send one Idempotency-Key header (and, if the body has a clientMessageId too, the same value).");
            }
            request = request with { ClientMessageId = key[0] };
        }
        var outcome = await pipeline.HandleAsync(user.GetUserId(), http.BearerToken(), request, ct);
        if (outcome.Replayed)
        {
            http.Response.Headers[ClientMessageId.ReplayedHeader] = "true";
        }
        return outcome.Answer is { } answer ? TypedResults.Json(answer, ChatJsonContext.Api.ChatAnswer) : ToResult(http, outcome.Problem!);
    }

    public static async Task<Ok<ConversationSummary[]>> ListConversations(ClaimsPrincipal user, ChatDbContext db, CancellationToken ct)
    {
        var userId = user.GetUserId();
        var items = await db.Conversations.AsNoTracking()
            .Where(c => c.UserId == userId)
            .OrderByDescending(c => c.UpdatedAt)
            .Take(100)
            // The first message names the conversation in the list (one indexed lookup per row).
            .Select(c => new ConversationSummary(c.Id, c.CreatedAt, c.UpdatedAt, c.MessageCount,
                db.Exchanges.Where(e => e.ConversationId == c.Id).OrderBy(e => e.CreatedAt)
                    .Select(e => e.Message.Substring(0, ConversationSummary.TitleLength)).FirstOrDefault()))
            .ToArrayAsync(ct);
        return TypedResults.Ok(items);
    }

    public static async Task<Results<Ok<ConversationHistory>, NotFound>> GetHistory(
        Guid conversationId, ClaimsPrincipal user, ChatDbContext db, CancellationToken ct)
    {
        var userId = user.GetUserId();
        var conversation = await db.Conversations.AsNoTracking()
            .FirstOrDefaultAsync(c => c.Id == conversationId && c.UserId == userId, ct);
        if (conversation is null)
        {
            return TypedResults.NotFound();
        }
        var messages = await db.Exchanges.AsNoTracking()
            .Where(m => m.ConversationId == conversationId && m.UserId == userId)
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id)
            .Select(m => new HistoryItem(m.Id, m.CreatedAt, m.Message, m.Answer, m.Intent, m.Confidence, m.Language, m.Fallback, m.TraceId, m.FeedbackRating, m.ClientMessageId))
            .ToListAsync(ct);
        return TypedResults.Ok(new ConversationHistory(conversation.Id, conversation.CreatedAt, messages));
    }

    public static async Task<Results<Ok<FeedbackResult>, NotFound, ValidationProblem>> SendFeedback(
        Guid messageId, FeedbackRequest? request, ClaimsPrincipal user, ChatDbContext db, ChatMetrics metrics,
        TimeProvider clock, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (request?.Rating is not ("up" or "down"))
        {
            errors["rating"] = ["The rating must be \"up\" or \"down\"."];
        }
        string? comment = null;
        if (request?.Comment is { } raw && !string.IsNullOrWhiteSpace(raw))
        {
            var (valid, error) = MessageValidation.Validate(raw, 1000);
            if (valid is null)
            {
                errors["comment"] = [error!];
            }
            comment = valid?.Text;
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var userId = user.GetUserId();
        var exchange = await db.Exchanges.FirstOrDefaultAsync(m => m.Id == messageId && m.UserId == userId, ct);
        if (exchange is null)
        {
            return TypedResults.NotFound();
        }
        exchange.FeedbackRating = request!.Rating;
        exchange.FeedbackComment = comment;
        exchange.FeedbackAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        metrics.Feedback(exchange.FeedbackRating!);
        return TypedResults.Ok(new FeedbackResult(exchange.Id, exchange.FeedbackRating!, exchange.FeedbackComment, exchange.FeedbackAt.Value));
    }

    public static IResult ToResult(HttpContext http, ChatProblem problem)
    {
        if (problem.RetryAfter is { } retry)
        {
            http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }
        return TypedResults.Problem(statusCode: problem.Status, title: problem.Title, detail: problem.Detail);
    }
}
