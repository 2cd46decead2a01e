using System.ComponentModel;
using ChatNomina.Chat.Analytics;
using ChatNomina.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatNomina.Chat.Apis;

/// <summary>
/// HR's view of how the assistant is used and how well it answers (HR and admin only): aggregates over
/// a range of UTC days, and the questions to improve without who asked (<see cref="ChatAnalytics"/>).
/// Every route takes <c>from</c>/<c>to</c> (yyyy-MM-dd, both included; default the last 30 days, at most 366).
/// </summary>
public static class AnalyticsApi
{
    public const int MaxLimit = 100;

    private const string FromText = "The first UTC day, yyyy-MM-dd (default: 30 days ending on 'to').";
    private const string ToText = "The last UTC day, yyyy-MM-dd, included (default: today). At most 366 days from 'from'.";

    public static RouteGroupBuilder MapAnalyticsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/chat/analytics")
            .WithTags("Chat analytics (HR)")
            .RequireAuthorization(AuthenticationExtensions.HrPolicy);

        api.MapGet("/summary", GetSummary).WithName("GetChatAnalyticsSummary")
            .WithSummary("Messages, what is asked (language, intent, measure, operation), fallback, out-of-scope and unanswered shares, thumbs up/down and answer time over the range.");
        api.MapGet("/daily", GetDaily).WithName("GetChatAnalyticsDaily")
            .WithSummary("The same counts per UTC day, every day of the range (zeros included), with the answer time's p50/p95.");
        api.MapGet("/questions", GetQuestions).WithName("ListQuestionsToImprove")
            .WithSummary("Questions the assistant could not answer or that got a thumbs-down, with the comment, newest first; the text as the employee wrote it, never who asked.");
        return api;
    }

    public static async Task<Results<Ok<AnalyticsSummary>, ValidationProblem>> GetSummary(
        ChatAnalytics analytics, TimeProvider clock, CancellationToken ct,
        [Description(FromText)] string? from = null, [Description(ToText)] string? to = null)
    {
        if (ParseRange(from, to, clock, out var errors) is not { } range)
        {
            return Invalid(errors);
        }
        return TypedResults.Ok(await analytics.SummaryAsync(range, ct));
    }

    public static async Task<Results<Ok<AnalyticsDaily>, ValidationProblem>> GetDaily(
        ChatAnalytics analytics, TimeProvider clock, CancellationToken ct,
        [Description(FromText)] string? from = null, [Description(ToText)] string? to = null)
    {
        if (ParseRange(from, to, clock, out var errors) is not { } range)
        {
            return Invalid(errors);
        }
        return TypedResults.Ok(await analytics.DailyAsync(range, ct));
    }

    public static async Task<Results<Ok<QuestionsPage>, ValidationProblem>> GetQuestions(
        ChatAnalytics analytics, TimeProvider clock, CancellationToken ct,
        [Description(FromText)] string? from = null, [Description(ToText)] string? to = null,
        [Description("all (default): unanswered or thumbed down; unanswered; thumbs_down.")] string? kind = null,
        [Description("The page, 1 or more.")] int page = 1,
        [Description("Questions per page, 1 to 100.")] int limit = 50)
    {
        var range = ParseRange(from, to, clock, out var errors);
        var which = kind is null ? QuestionKind.All : ParseKind(kind);
        if (which is null)
        {
            errors["kind"] = ["'kind' is all, unanswered or thumbs_down."];
        }
        if (page < 1)
        {
            errors["page"] = ["'page' must be 1 or more."];
        }
        if (limit is < 1 or > MaxLimit)
        {
            errors["limit"] = [$"'limit' must be between 1 and {MaxLimit}."];
        }
        if (range is null || which is not { } chosen || errors.Count > 0)
        {
            return Invalid(errors);
        }
        return TypedResults.Ok(await analytics.QuestionsAsync(range, chosen, page, limit, ct));
    }

    private static AnalyticsRange? ParseRange(string? from, string? to, TimeProvider clock, out Dictionary<string, string[]> errors) =>
        AnalyticsRange.Parse(from, to, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), out errors);

    private static QuestionKind? ParseKind(string text) => text switch
    {
        "all" => QuestionKind.All,
        "unanswered" => QuestionKind.Unanswered,
        "thumbs_down" => QuestionKind.ThumbsDown,
        _ => null,
    };

    private static ValidationProblem Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "Invalid analytics query");
}
