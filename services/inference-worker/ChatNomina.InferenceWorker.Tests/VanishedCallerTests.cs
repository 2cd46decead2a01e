using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatNomina.Contracts.Inference;
using MassTransit;

namespace ChatNomina.InferenceWorker.Tests;

/// <summary>
/// A caller that dies between sending a request and receiving its answer (a chat pod killed): its
/// reply address is gone when the worker answers.
/// That reply is dropped and counted; the worker's consumers, its readiness and the other callers'
/// answers are not touched.
/// </summary>
public sealed class VanishedCallerTests(VanishedCallerFixture worker) : IClassFixture<VanishedCallerFixture>
{
    private static readonly DateTimeOffset Now = new(2026, 3, 15, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_reply_to_a_vanished_caller_is_dropped_and_counted_and_the_worker_keeps_answering()
    {
        // The caller that will vanish: its own connection, asking the way the chat does (RabbitMQ's
        // direct reply-to). Its requests wait in the worker's batch window (1.5 s here) while it dies.
        var caller = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host("localhost", 5672, worker.VirtualHost, h =>
        {
            h.Username("guest");
            h.Password("guest");
            h.ConnectionName("vanishing-caller");
        }));
        await caller.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        var callerClient = caller.CreateReplyToClientFactory()
            .CreateRequestClient<ClassifyIntent>(new Uri("queue:classify-intent"), RequestTimeout.After(s: 5));
        var first = await callerClient.GetResponse<IntentClassified>(new ClassifyIntent(Guid.NewGuid(), "es", Now, "hola"));
        Assert.Equal("greeting", first.Message.Intent);
        var droppedBefore = await worker.DroppedReplies();

        var orphans = Enumerable.Range(0, 5)
            .Select(_ => callerClient.GetResponse<IntentClassified>(new ClassifyIntent(Guid.NewGuid(), "es", Now, "¿cuánto cobré en marzo?")))
            .ToArray();
        await worker.CloseConnections("vanishing-caller");

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
        await caller.StopAsync(CancellationToken.None);
    }
}

public sealed class VanishedCallerFixture : WorkerFixture
{
    /// <summary>A batch waits up to 1.5 s for 64 messages, so requests sent together are answered together.</summary>
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("Inference:Batching:TimeLimitMs", "1500"), new("Inference:Batching:MessageLimit", "64")];

    /// <summary>Closes, through the management API, every connection of this vhost whose client-provided
    /// name is <paramref name="name"/> (as the broker does when a process dies).</summary>
    public async Task CloseConnections(string name)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var connections = await Admin.GetFromJsonAsync<JsonElement>($"/api/vhosts/{Uri.EscapeDataString(VirtualHost)}/connections");
            var mine = connections.EnumerateArray()
                .Where(c => c.TryGetProperty("client_properties", out var p) && p.TryGetProperty("connection_name", out var n) && n.GetString() == name)
                .Select(c => c.GetProperty("name").GetString()!).ToList();
            if (mine.Count > 0)
            {
                foreach (var c in mine) (await Admin.DeleteAsync($"/api/connections/{Uri.EscapeDataString(c)}")).EnsureSuccessStatusCode();
                return;
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"no connection named {name} on {VirtualHost}");
            await Task.Delay(200);
        }
    }

    /// <summary>chatnomina_inference_replies_dropped_total from the worker's /metrics (0 when not yet exported).</summary>
    public async Task<double> DroppedReplies()
    {
        var text = await Worker.GetStringAsync("/metrics");
        return text.Split('\n').Where(l => l.StartsWith("chatnomina_inference_replies_dropped_total", StringComparison.Ordinal))
            .Sum(l => double.Parse(l[(l.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }

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
