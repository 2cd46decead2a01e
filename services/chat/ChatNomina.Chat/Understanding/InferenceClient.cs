using ChatNomina.Chat.Answers;
using ChatNomina.Chat.Conversations;
using ChatNomina.Chat.Extensions;
using ChatNomina.Chat.Telemetry;
using ChatNomina.Contracts.Inference;
using MassTransit;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;

namespace ChatNomina.Chat.Understanding;

/// <summary>The result of an inference call: a value, or the reason there is none.</summary>
public readonly record struct InferenceResult<T>(T? Value, FallbackReason? Failure) where T : class
{
    public static InferenceResult<T> Ok(T value) => new(value, null);
    public static InferenceResult<T> Failed(FallbackReason reason) => new(null, reason);
}

/// <summary>
/// The inference worker over RabbitMQ (MassTransit request/response): the intent and entity
/// jobs of a message are sent together, each answer awaited for at most the configured time,
/// and every call goes through one circuit breaker — while the workers are gone the chat
/// answers "busy" at once instead of making every user wait for the timeout.
/// </summary>
/// <remarks>
/// The timeout bounds the whole call, sending included: while the broker connection is down
/// MassTransit's send waits for it to come back, so each call runs under its own deadline
/// (the call's timeout + <see cref="SendSlack"/>) and a call cut short by it is a timeout like
/// any other (it counts for the breaker, the answer is "busy"). A send caught in the transport's
/// reconnection does not always observe that token, so the call is also abandoned outright at its
/// timeout + <see cref="HardSlack"/>: no answer waits longer for a worker than that.
/// </remarks>
public sealed class InferenceClient : IDisposable
{
    private readonly IRequestClient<ClassifyIntent> _intent;
    private readonly IRequestClient<ExtractEntities> _entities;
    private readonly IRequestClient<GenerateAnswer> _generate;
    private readonly InferenceSettings _settings;
    private readonly ResiliencePipeline _breaker;
    private readonly ILogger<InferenceClient> _logger;
    private readonly MemoryCache _generated = new(new MemoryCacheOptions { SizeLimit = 4096 });

    /// <summary>What a call may take beyond its reply timeout (serialization, the send itself).</summary>
    private static readonly TimeSpan SendSlack = TimeSpan.FromMilliseconds(250);

    /// <summary>When a call that ignored its deadline is abandoned (beyond its reply timeout).</summary>
    private static readonly TimeSpan HardSlack = TimeSpan.FromSeconds(1);

    public InferenceClient(IBus bus, IOptions<ChatOptions> options, ChatMetrics metrics, ILogger<InferenceClient> logger)
    {
        _settings = options.Value.Inference;
        _intent = bus.CreateRequestClient<ClassifyIntent>(new Uri($"queue:{_settings.ClassifyIntentQueue}"));
        _entities = bus.CreateRequestClient<ExtractEntities>(new Uri($"queue:{_settings.ExtractEntitiesQueue}"));
        _generate = bus.CreateRequestClient<GenerateAnswer>(new Uri($"queue:{_settings.GenerateAnswerQueue}"));
        _logger = logger;
        _breaker = new ResiliencePipelineBuilder()
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = _settings.BreakerFailureRatio,
                MinimumThroughput = _settings.BreakerMinimumThroughput,
                SamplingDuration = _settings.BreakerSamplingDuration,
                BreakDuration = _settings.BreakerBreakDuration,
                ShouldHandle = new PredicateBuilder().Handle<RequestTimeoutException>().Handle<RequestFaultException>()
                    .Handle<MassTransitException>().Handle<TimeoutException>(),
                OnOpened = _ =>
                {
                    metrics.CircuitStateChanged("inference", "open");
                    _logger.LogWarning("Inference circuit opened: answers are degraded until the workers answer again");
                    return ValueTask.CompletedTask;
                },
                OnHalfOpened = _ =>
                {
                    metrics.CircuitStateChanged("inference", "half_open");
                    return ValueTask.CompletedTask;
                },
                OnClosed = _ =>
                {
                    metrics.CircuitStateChanged("inference", "closed");
                    _logger.LogInformation("Inference circuit closed: the workers answer again");
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <summary>Intent and entities of one message, both jobs in flight at once.</summary>
    public Task<InferenceResult<NluResult>> UnderstandAsync(
        Guid messageId, string language, DateTimeOffset time, string text, CancellationToken ct) =>
        CallAsync(async token =>
        {
            var timeout = RequestTimeout.After(ms: (int)_settings.UnderstandTimeout.TotalMilliseconds);
            var intentTask = _intent.GetResponse<IntentClassified>(new ClassifyIntent(messageId, language, time, text), token, timeout);
            var entitiesTask = _entities.GetResponse<EntitiesExtracted>(new ExtractEntities(messageId, language, time, text), token, timeout);
            await Task.WhenAll(intentTask, entitiesTask);
            var intent = (await intentTask).Message;
            var entities = (await entitiesTask).Message;
            return new NluResult(intent.Intent, intent.Confidence, entities.Entities);
        }, _settings.UnderstandTimeout, ct);

    /// <summary>
    /// The answer text with placeholders for an intent, language and the names of the data fields.
    /// Generation is greedy, so the same request always gets the same text from the same model:
    /// texts are kept in memory for <c>GenerationCacheTtl</c> (keyed by everything the model sees,
    /// never by the data values, which it never sees), so a worker's time goes to understanding
    /// messages. A new model version is picked up within the TTL.
    /// </summary>
    public async Task<InferenceResult<string>> GenerateAsync(GenerateAnswer request, CancellationToken ct)
    {
        var key = string.Join('|', "gen", request.Language, request.Intent, string.Join(',', request.Fields),
            request.Trend, request.Tense, request.Status);
        if (_settings.GenerationCacheTtl > TimeSpan.Zero && _generated.TryGetValue(key, out string? cached) && cached is not null)
        {
            return InferenceResult<string>.Ok(cached);
        }
        var result = await CallAsync(async token =>
        {
            var timeout = RequestTimeout.After(ms: (int)_settings.GenerateTimeout.TotalMilliseconds);
            return (await _generate.GetResponse<AnswerGenerated>(request, token, timeout)).Message.Text;
        }, _settings.GenerateTimeout, ct);
        if (result.Value is { } text && _settings.GenerationCacheTtl > TimeSpan.Zero)
        {
            _generated.Set(key, text, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = _settings.GenerationCacheTtl, Size = 1 });
        }
        return result;
    }

    private async Task<InferenceResult<T>> CallAsync<T>(Func<CancellationToken, Task<T>> call, TimeSpan timeout, CancellationToken ct) where T : class
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout + SendSlack);
        try
        {
            return InferenceResult<T>.Ok(await _breaker.ExecuteAsync(async token =>
            {
                try
                {
                    return await call(token).WaitAsync(timeout + HardSlack, CancellationToken.None);
                }
                catch (OperationCanceledException) when (deadline.IsCancellationRequested && !ct.IsCancellationRequested)
                {
                    // The broker did not take or answer the request in time (e.g. its connection is down).
                    throw new TimeoutException($"No reply within {timeout.TotalSeconds:0.0#} s (the send included).");
                }
            }, deadline.Token));
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            return InferenceResult<T>.Failed(FallbackReason.InferenceTimeout);
        }
        catch (BrokenCircuitException)
        {
            return InferenceResult<T>.Failed(FallbackReason.CircuitOpen);
        }
        catch (Exception ex) when (ex is RequestTimeoutException or TimeoutException)
        {
            return InferenceResult<T>.Failed(FallbackReason.InferenceTimeout);
        }
        catch (Exception ex) when (ex is RequestFaultException or MassTransitException)
        {
            _logger.LogWarning("Inference call failed: {Error}", ex.GetType().Name);
            return InferenceResult<T>.Failed(FallbackReason.InferenceError);
        }
    }

    public void Dispose() => _generated.Dispose();
}
