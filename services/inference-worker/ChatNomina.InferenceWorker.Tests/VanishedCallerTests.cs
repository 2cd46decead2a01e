using System.Net;
using ChatNomina.Contracts.Inference;
using ChatNomina.Testing;
using MassTransit;

namespace ChatNomina.InferenceWorker.Tests;

/// <summary>
/// A caller that dies between sending a request and receiving its answer (a chat pod killed): its
/// reply address is gone when the worker answers.
/// That reply is dropped and counted; the worker's consumers, its readiness and the other callers'
/// answers are not touched.
/// </summary>
/// <remarks>Runs alone, after the other classes: every worker host of this test process exports the
/// instruments of one shared meter name, and only the first registered instrument of a name is
/// exported, so the drop counter read from this worker's /metrics is its own only when no other
/// worker host is alive.</remarks>
[Collection(VanishedCallerCollection.Name)]
public sealed class VanishedCallerTests(VanishedCallerFixture worker) : IClassFixture<VanishedCallerFixture>
{
    private static readonly DateTimeOffset Now = new(2026, 3, 15, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_reply_to_a_vanished_caller_is_dropped_and_counted_and_the_worker_keeps_answering(bool directReplyTo)
    {
        // The caller that will vanish: its own connection, asking the way the chat does (its bus
        // endpoint, a temporary queue and exchange deleted with the connection), or over RabbitMQ's
        // direct reply-to. Its requests wait in the worker's batch window (4 s here) while it dies.
        var caller = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host("localhost", 5672, worker.VirtualHost, h =>
        {
            h.Username("guest");
            h.Password("guest");
        }));
        var sent = new SentRequests();
        caller.ConnectSendObserver(sent);
        await caller.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        var callerClients = directReplyTo ? caller.CreateReplyToClientFactory() : ((IBus)caller).CreateClientFactory();
        var callerClient = callerClients.CreateRequestClient<ClassifyIntent>(new Uri("queue:classify-intent"), RequestTimeout.After(s: 5));
        var first = await callerClient.GetResponse<IntentClassified>(new ClassifyIntent(Guid.NewGuid(), "es", Now, "hola"));
        Assert.Equal("greeting", first.Message.Intent);
        var droppedBefore = await worker.DroppedReplies();

        var orphans = Enumerable.Range(0, 5)
            .Select(_ => callerClient.GetResponse<IntentClassified>(new ClassifyIntent(Guid.NewGuid(), "es", Now, "¿cuánto cobré en marzo?")))
            .ToArray();
        await worker.Eventually(() => Task.FromResult(sent.Count >= 1 + orphans.Length), "the caller did not send its five requests");
        // Stopped for good, like a killed pod: its reply queue (temporary, or the direct reply-to
        // pseudo-queue of its channel) is gone. (A connection closed by the broker is not the same:
        // MassTransit reconnects, and replies then reach the living caller, as they should.)
        await caller.StopAsync(CancellationToken.None);

        // Living callers' requests in the same batch as the orphans.
        var living = worker.RequestClient<ClassifyIntent>("classify-intent");
        var answers = Enumerable.Range(0, 20).Select(i =>
            living.GetResponse<IntentClassified>(new ClassifyIntent(Guid.NewGuid(), "es", Now, i % 2 == 0 ? "hola" : "gracias"))).ToArray();
        var readiness = worker.WatchReadiness(TimeSpan.FromSeconds(4));
        var answered = await Task.WhenAll(answers);
        Assert.All(answered, a => Assert.Contains(a.Message.Intent, new[] { "greeting", "thanks" }));

        // Never unready, the consumer still attached, every orphan reply counted as dropped, and
        // living callers still answered afterwards.
        Assert.Equal([], await readiness);
        Assert.Equal(1, await worker.QueueConsumers("classify-intent"));
        await worker.Eventually(async () => await worker.DroppedReplies() - droppedBefore >= orphans.Length,
            "the dropped replies counter did not count the five replies to the vanished caller");
        var after = await living.GetResponse<IntentClassified>(new ClassifyIntent(Guid.NewGuid(), "es", Now, "adiós"));
        Assert.Equal("goodbye", after.Message.Intent);
        Assert.Equal(0, await worker.QueueMessages("classify-intent_error") ?? 0);
        await Task.WhenAll(orphans.Select(o => Assert.ThrowsAnyAsync<Exception>(() => o)));
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class VanishedCallerCollection
{
    public const string Name = "vanished-caller";
}

public sealed class VanishedCallerFixture : WorkerFixture
{
    /// <summary>A batch waits up to 4 s for 64 messages, so requests sent together are answered together, and a
    /// caller stopped right after asking (a bus stop takes a moment) is gone before its answers leave.</summary>
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("Inference:Batching:TimeLimitMs", "4000"), new("Inference:Batching:MessageLimit", "64")];

    /// <summary>chatnomina_inference_replies_dropped_total from the worker's /metrics (0 when not yet exported).</summary>
    public async Task<double> DroppedReplies() =>
        PrometheusText.Sum(await Worker.GetStringAsync("/metrics"), "chatnomina_inference_replies_dropped_total");

    /// <summary>Polls /health/ready every 50 ms for <paramref name="span"/> and returns every status that was not 200.</summary>
    public async Task<List<HttpStatusCode>> WatchReadiness(TimeSpan span)
    {
        var bad = new List<HttpStatusCode>();
        var end = DateTime.UtcNow + span;
        while (DateTime.UtcNow < end)
        {
            var status = (await Worker.GetAsync("/health/ready")).StatusCode;
            if (status != HttpStatusCode.OK) bad.Add(status);
            await Task.Delay(50);
        }
        return bad;
    }

    public async Task Eventually(Func<Task<bool>> condition, string failure)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new Xunit.Sdk.XunitException(failure);
            await Task.Delay(200);
        }
    }
}

/// <summary>Counts the requests a caller has handed to the broker.</summary>
internal sealed class SentRequests : ISendObserver
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public Task PreSend<T>(SendContext<T> context) where T : class => Task.CompletedTask;

    public Task PostSend<T>(SendContext<T> context) where T : class
    {
        if (context.Message is ClassifyIntent) Interlocked.Increment(ref _count);
        return Task.CompletedTask;
    }

    public Task SendFault<T>(SendContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
