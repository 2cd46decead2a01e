using System.Diagnostics;
using ChatNomina.Chat.Queries;
using ChatNomina.Chat.Storage;
using ChatNomina.Chat.Understanding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatNomina.Chat.Pipeline;

/// <summary>
/// Warms a new chat process before it says ready: the pipeline's database queries compiled and a
/// connection opened, one understanding round trip through the broker (the request clients' first
/// send sets up their topology) and the query parser run once. A process that just started otherwise
/// spends its first seconds of traffic on this (3–4 s for the first messages on two cores), past the
/// answer's bound, exactly when a rolling update or a crash sends it users. Readiness is 503 until
/// this has run; a dependency that is away does not hold it back (the failure is logged and the
/// service becomes ready, answering "busy" or 503 like any other time).
/// </summary>
public sealed partial class ChatWarmUp(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ChatWarmUp> logger)
    : BackgroundService, IHealthCheck
{
    private volatile bool _done;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ChatDbContext>();
            var nobody = Guid.Empty;
            await db.Exchanges.AsNoTracking().FirstOrDefaultAsync(m => m.UserId == nobody && m.ClientMessageId == "warm-up", stoppingToken);
            await db.Conversations.FirstOrDefaultAsync(c => c.Id == nobody && c.UserId == nobody, stoppingToken);

            const string text = "¿cuánto cobré neto en marzo de 2025?";
            var now = clock.GetUtcNow();
            var understood = await scope.ServiceProvider.GetRequiredService<InferenceClient>()
                .UnderstandAsync(Guid.CreateVersion7(now), "es", now, text, stoppingToken);
            QueryParser.Parse(text, understood.Value, null, now, threshold: 0.5);
            LogWarmedUp(logger, Stopwatch.GetElapsedTime(started).TotalMilliseconds, understood.Failure?.ToString() ?? "understood");
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            LogWarmUpFailed(logger, ex.GetType().Name);
        }
        finally
        {
            _done = true;
        }
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_done ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("warming up"));

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat warmed up in {ElapsedMs:0} ms (inference: {Inference})")]
    private static partial void LogWarmedUp(ILogger logger, double elapsedMs, string inference);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chat warm-up did not finish ({Error}); ready anyway")]
    private static partial void LogWarmUpFailed(ILogger logger, string error);
}
