using ChatNomina.Contracts.Inference;
using MassTransit;

namespace ChatNomina.InferenceWorker.Tests;

public sealed class PoisonMessageTests(PoisonFixture worker) : IClassFixture<PoisonFixture>
{
    private static readonly DateTimeOffset MessageTime = new(2026, 3, 15, 10, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Invalid_and_malformed_requests_go_to_the_error_queue_and_the_worker_keeps_answering()
    {
        var endpoint = await worker.Client.GetSendEndpoint(new Uri("queue:classify-intent"));
        await endpoint.Send(new ClassifyIntent(Guid.NewGuid(), "es", MessageTime, ""));
        await endpoint.Send(new ClassifyIntent(Guid.NewGuid(), "es", MessageTime, new string('a', 1001)));
        await endpoint.Send(new ClassifyIntent(Guid.NewGuid(), "fr", MessageTime, "bonjour"));
        await worker.PublishRaw("classify-intent", "{ this is not json", "application/vnd.masstransit+json");

        // A valid request sent right behind them (possibly in the same batch) is still answered.
        var response = await worker.RequestClient<ClassifyIntent>("classify-intent")
            .GetResponse<IntentClassified>(new ClassifyIntent(Guid.NewGuid(), "es", MessageTime, "hola"));
        Assert.Equal("greeting", response.Message.Intent);

        var deadline = DateTime.UtcNow.AddSeconds(20);
        int? errors;
        do
        {
            errors = await worker.QueueMessages("classify-intent_error");
            if (errors == 4) break;
            await Task.Delay(500);
        } while (DateTime.UtcNow < deadline);
        Assert.Equal(4, errors);
        var reasons = (await worker.PeekHeaders("classify-intent_error", 4))
            .Select(h => h.TryGetProperty("MT-Fault-Message", out var m) ? m.GetString() : null).ToList();
        Assert.Contains("Text is empty.", reasons);
        Assert.Contains(reasons, r => r is not null && r.StartsWith("Text has 1001 characters", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r is not null && r.Contains("'fr'", StringComparison.Ordinal));

        response = await worker.RequestClient<ClassifyIntent>("classify-intent")
            .GetResponse<IntentClassified>(new ClassifyIntent(Guid.NewGuid(), "en", MessageTime, "hello"));
        Assert.Equal("greeting", response.Message.Intent);
    }

    [Fact]
    public async Task A_requester_of_an_invalid_message_gets_a_fault_with_the_reason()
    {
        var client = worker.RequestClient<GenerateAnswer>("generate-answer");
        var fault = await Assert.ThrowsAsync<RequestFaultException>(() =>
            client.GetResponse<AnswerGenerated>(new GenerateAnswer(Guid.NewGuid(), "es", MessageTime, "no_such_intent", [])));
        Assert.Contains("no_such_intent", fault.Message + string.Join(" ", fault.Fault?.Exceptions.Select(e => e.Message) ?? []));

        var ok = await client.GetResponse<AnswerGenerated>(new GenerateAnswer(Guid.NewGuid(), "en", MessageTime, "greeting", []));
        Assert.False(string.IsNullOrWhiteSpace(ok.Message.Text));
    }
}
