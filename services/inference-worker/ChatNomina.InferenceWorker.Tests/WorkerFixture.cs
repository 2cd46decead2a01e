using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ChatNomina.InferenceWorker.Infrastructure;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatNomina.InferenceWorker.Tests;

/// <summary>One RabbitMQ virtual host per test class (created and deleted through the management API
/// of the broker ./chatnomina runs), the worker started in-process against it, and a separate client
/// bus that sends requests the way the chat service does.</summary>
public abstract class WorkerFixture : IAsyncLifetime
{
    public const string Management = "http://localhost:15672";
    private WebApplicationFactory<Program>? _factory;
    private IBusControl? _client;

    public string VirtualHost { get; } = $"chatnomina-worker-test-{Guid.NewGuid():N}"[..40];
    public HttpClient Admin { get; } = ManagementClient();
    public HttpClient Worker { get; private set; } = null!;
    public IBus Client => _client!;
    public InferenceModels Models => _factory!.Services.GetRequiredService<InferenceModels>();

    /// <summary>Worker settings this fixture overrides (batch limits…).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> Settings => [];

    public async Task InitializeAsync()
    {
        var vhost = Uri.EscapeDataString(VirtualHost);
        (await Admin.PutAsync($"/api/vhosts/{vhost}", null)).EnsureSuccessStatusCode();
        (await Admin.PutAsJsonAsync($"/api/permissions/{vhost}/guest",
            new { configure = ".*", write = ".*", read = ".*" })).EnsureSuccessStatusCode();

        _factory = NewWorker();
        Worker = _factory.CreateClient();
        await WaitUntilReady(Worker);

        _client = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host("localhost", 5672, VirtualHost, h =>
        {
            h.Username("guest");
            h.Password("guest");
        }));
        await _client.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
    }

    /// <summary>A worker process (in-process host) on this fixture's vhost; not started until used.</summary>
    public WebApplicationFactory<Program> NewWorker() => new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
    {
        b.UseSetting("RabbitMq:VirtualHost", VirtualHost);
        foreach (var (key, value) in Settings) b.UseSetting(key, value);
    });

    public async Task WaitUntilReady(HttpClient worker)
    {
        var deadline = DateTime.UtcNow.AddSeconds(45);
        HttpStatusCode status;
        do
        {
            status = (await worker.GetAsync("/health/ready")).StatusCode;
            if (status == HttpStatusCode.OK) return;
            await Task.Delay(100);
        } while (DateTime.UtcNow < deadline);
        throw new TimeoutException($"The worker was not ready on {VirtualHost} within 45 s (last status {status}).");
    }

    public IRequestClient<T> RequestClient<T>(string queue) where T : class =>
        Client.CreateRequestClient<T>(new Uri($"queue:{queue}"), RequestTimeout.After(s: 20));

    /// <summary>Messages ready in a queue of this fixture's vhost (the management API's view refreshes
    /// every few seconds, so callers poll).</summary>
    public async Task<int?> QueueMessages(string queue)
    {
        var response = await Admin.GetAsync($"/api/queues/{Uri.EscapeDataString(VirtualHost)}/{Uri.EscapeDataString(queue)}");
        if (response.StatusCode == HttpStatusCode.NotFound) return null;
        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.TryGetProperty("messages", out var m) && m.ValueKind == JsonValueKind.Number ? m.GetInt32() : 0;
    }

    /// <summary>Publishes a raw body straight into a queue (default exchange), bypassing MassTransit.</summary>
    public async Task PublishRaw(string queue, string body, string contentType)
    {
        var response = await Admin.PostAsJsonAsync($"/api/exchanges/{Uri.EscapeDataString(VirtualHost)}/amq.default/publish", new
        {
            properties = new { content_type = contentType },
            routing_key = queue,
            payload = body,
            payload_encoding = "string",
        });
        response.EnsureSuccessStatusCode();
        Assert.Contains("\"routed\":true", await response.Content.ReadAsStringAsync());
    }

    /// <summary>Consumers attached to a queue of this fixture's vhost.</summary>
    public async Task<int> QueueConsumers(string queue)
    {
        var response = await Admin.GetAsync($"/api/queues/{Uri.EscapeDataString(VirtualHost)}/{Uri.EscapeDataString(queue)}");
        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.TryGetProperty("consumers", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : 0;
    }

    /// <summary>The headers of the messages in a queue (peeked and requeued through the management API).</summary>
    public async Task<List<JsonElement>> PeekHeaders(string queue, int count)
    {
        var response = await Admin.PostAsJsonAsync(
            $"/api/queues/{Uri.EscapeDataString(VirtualHost)}/{Uri.EscapeDataString(queue)}/get",
            new { count, ackmode = "ack_requeue_true", encoding = "auto" });
        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.EnumerateArray().Select(m => m.GetProperty("properties").GetProperty("headers").Clone()).ToList();
    }

    public async Task DisposeAsync()
    {
        if (_client is not null) await _client.StopAsync();
        if (_factory is not null) await _factory.DisposeAsync();
        await Admin.DeleteAsync($"/api/vhosts/{Uri.EscapeDataString(VirtualHost)}");
        Admin.Dispose();
    }

    private static HttpClient ManagementClient()
    {
        var http = new HttpClient { BaseAddress = new Uri(Management), Timeout = TimeSpan.FromSeconds(10) };
        http.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("guest:guest")));
        return http;
    }
}

public sealed class InferenceWorkerFixture : WorkerFixture
{
    // Long enough for a burst of 20 requests to meet in one or two batches.
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("Inference:Batching:MessageLimit", "32"),
        new("Inference:Batching:TimeLimitMs", "50"),
    ];
}

public sealed class CompetingWorkersFixture : WorkerFixture
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("Inference:Batching:MessageLimit", "4"),
        new("Inference:Batching:TimeLimitMs", "5"),
    ];
}

public sealed class PoisonFixture : WorkerFixture
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("Inference:Batching:MessageLimit", "8"),
        new("Inference:Batching:TimeLimitMs", "20"),
    ];
}
