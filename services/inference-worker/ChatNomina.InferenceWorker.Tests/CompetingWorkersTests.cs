using System.Text.Json;
using ChatNomina.Contracts.Inference;

namespace ChatNomina.InferenceWorker.Tests;

public sealed class CompetingWorkersTests(CompetingWorkersFixture worker) : IClassFixture<CompetingWorkersFixture>
{
    [Fact]
    public async Task Ready_means_models_loaded_and_bus_connected()
    {
        using var doc = JsonDocument.Parse(await worker.Worker.GetStringAsync("/health/ready"));
        var checks = doc.RootElement.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("models").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("masstransit-bus").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Two_workers_share_the_same_queues_and_every_request_is_answered_once()
    {
        await using var second = worker.NewWorker();
        using var secondClient = second.CreateClient();
        await worker.WaitUntilReady(secondClient);

        var client = worker.RequestClient<ExtractEntities>("extract-entities");
        var now = new DateTimeOffset(2026, 3, 15, 9, 0, 0, TimeSpan.Zero);
        var ids = Enumerable.Range(0, 60).Select(_ => Guid.NewGuid()).ToArray();
        var responses = await Task.WhenAll(ids.Select(id =>
            client.GetResponse<EntitiesExtracted>(new ExtractEntities(id, "es", now, "¿cuánto cobré en marzo del 2025?"))));

        Assert.Equal(ids, responses.Select(r => r.Message.MessageId));
        Assert.All(responses, r => Assert.Contains(r.Message.Entities, e => e is { Type: "MONTH", Number: 3 }));
        // The broker sees two consumers on the one queue (its statistics refresh every few seconds).
        var deadline = DateTime.UtcNow.AddSeconds(15);
        int consumers;
        do
        {
            consumers = await worker.QueueConsumers("extract-entities");
            if (consumers == 2) break;
            await Task.Delay(250);
        } while (DateTime.UtcNow < deadline);
        Assert.Equal(2, consumers);
    }
}
