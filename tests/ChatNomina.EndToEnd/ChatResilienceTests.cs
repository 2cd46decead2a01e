using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ChatNomina.EndToEnd;

/// <summary>
/// Limits and failures, on chat (and worker) processes of their own behind a gateway process of
/// their own — the same Release builds, with the local configuration plus a tiny limit or their
/// own RabbitMQ virtual host — so the shared stack is not disturbed: rate limit (429), backpressure (503), workers gone (degraded
/// answers within the timeout), workers back (normal answers, nothing restarted), and a worker
/// killed and restarted under 500 messages (every message answered or explicitly refused).
/// </summary>
[Collection(StackCollection.Name)]
public sealed class ChatResilienceTests(StackFixture stack)
{
    private const string ChatFolder = "chat";
    private const string ChatAssembly = "ChatNomina.Chat";

    [Fact]
    public async Task Past_the_per_user_limit_messages_get_429_with_retry_after()
    {
        await using var chat = await ServiceProcess.StartAsync(ChatFolder, ChatAssembly, new Dictionary<string, string>
        {
            ["Redis__KeyPrefix"] = $"chatnomina:chat:e2e-{Guid.NewGuid():N}:",
            ["Chat__RateLimit__PermitLimit"] = "3",
            ["Chat__RateLimit__Window"] = "00:01:00",
        });
        await using var gateway = await GatewayFor(chat);
        var http = Client(gateway.Url, stack.Ana.AccessToken);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await http.PostAsJsonAsync("api/chat/messages", new { message = "hola" })).StatusCode);
        }
        var limited = await http.PostAsJsonAsync("api/chat/messages", new { message = "hola" });
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(limited.Headers.RetryAfter?.Delta);
        Assert.InRange(limited.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);

        // Another user has a window of their own.
        var john = Client(gateway.Url, stack.John.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await john.PostAsJsonAsync("api/chat/messages", new { message = "hello" })).StatusCode);
    }

    [Fact]
    public async Task Past_the_in_flight_bound_messages_get_503_with_retry_after()
    {
        await using var chat = await ServiceProcess.StartAsync(ChatFolder, ChatAssembly, new Dictionary<string, string>
        {
            ["Redis__KeyPrefix"] = $"chatnomina:chat:e2e-{Guid.NewGuid():N}:",
            ["Chat__RateLimit__PermitLimit"] = "100000",
            ["Chat__Backpressure__MaxInFlight"] = "1",
            ["Chat__Backpressure__MaxQueued"] = "1",
            ["Chat__Backpressure__QueueTimeout"] = "00:00:00.050",
            ["Chat__Backpressure__RetryAfter"] = "00:00:02",
        });
        await using var gateway = await GatewayFor(chat);
        var http = Client(gateway.Url, stack.Ana.AccessToken);
        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ =>
            http.PostAsJsonAsync("api/chat/messages", new { message = "¿cuánto cobré neto en marzo de 2025?" })));

        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable }));
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
        var refused = responses.Where(r => r.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
        Assert.NotEmpty(refused);
        Assert.All(refused, r =>
        {
            Assert.Equal(TimeSpan.FromSeconds(2), r.Headers.RetryAfter?.Delta);
            Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        });
    }

    [Fact]
    public async Task Without_workers_answers_degrade_in_time_and_recover_when_a_worker_comes_back()
    {
        await using var vhost = await RabbitVirtualHost.CreateAsync();
        await using var chat = await ServiceProcess.StartAsync(ChatFolder, ChatAssembly, IsolatedChat(vhost.Name));
        await using var gateway = await GatewayFor(chat);
        var http = Client(gateway.Url, stack.Ana.AccessToken);

        // No worker consumes this virtual host: "busy" in the user's language, within the timeout.
        var watch = Stopwatch.StartNew();
        var degraded = await AskAsync(http, "¿cuánto cobré neto en marzo de 2025?");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"the degraded answer took {watch.Elapsed}");
        Assert.Contains(degraded.GetProperty("fallback").GetString(), new[] { "inference_timeout", "circuit_open" });
        Assert.Equal(JsonValueKind.Null, degraded.GetProperty("intent").ValueKind);
        Assert.Equal("es", degraded.GetProperty("language").GetString());
        Assert.Empty(Figures.In(degraded.GetProperty("text").GetString()!));
        var english = await AskAsync(http, "how much did I take home in March 2025?");
        Assert.Equal("en", english.GetProperty("language").GetString());
        Assert.NotNull(english.GetProperty("fallback").GetString());

        // A worker starts on that virtual host; the same chat process answers normally again.
        await using var worker = await ServiceProcess.StartAsync("inference-worker", "ChatNomina.InferenceWorker", Worker(vhost.Name));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        JsonElement answer;
        do
        {
            await Task.Delay(500);
            answer = await AskAsync(http, "¿cuánto cobré neto en marzo de 2025?");
        }
        while (answer.GetProperty("intent").ValueKind == JsonValueKind.Null && DateTime.UtcNow < deadline);
        Assert.Equal("net_pay", answer.GetProperty("intent").GetString());
        Assert.NotEmpty(answer.GetProperty("sources").EnumerateArray());
    }

    [Fact]
    public async Task When_the_workers_go_silent_under_load_the_circuit_opens_within_seconds_and_answers_busy_at_once()
    {
        await using var vhost = await RabbitVirtualHost.CreateAsync();
        var settings = IsolatedChat(vhost.Name);
        settings["Chat__Inference__BreakerBreakDuration"] = "00:00:30";
        await using var chat = await ServiceProcess.StartAsync(ChatFolder, ChatAssembly, settings);
        await using var gateway = await GatewayFor(chat);
        var http = Client(gateway.Url, stack.John.AccessToken);

        // Eight messages at once while no worker answers: each waits out the 1.5 s timeout.
        var silent = Stopwatch.StartNew();
        var first = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => AskAsync(http, "how much did I take home in March 2025?")));
        Assert.All(first, a => Assert.Contains(a.GetProperty("fallback").GetString(), new[] { "inference_timeout", "circuit_open" }));

        // The circuit is open: the next message is "busy" at once instead of after the timeout.
        var next = Stopwatch.StartNew();
        var busy = await AskAsync(http, "how much did I take home in March 2025?");
        Assert.Equal("circuit_open", busy.GetProperty("fallback").GetString());
        Assert.True(next.Elapsed < TimeSpan.FromSeconds(1), $"the busy answer took {next.Elapsed} with the circuit open");
        Assert.True(silent.Elapsed < TimeSpan.FromSeconds(6), $"the circuit was open only {silent.Elapsed} after the workers went silent");
        Assert.Empty(Figures.In(busy.GetProperty("text").GetString()!));
    }

    [Fact]
    public async Task Five_hundred_messages_while_the_worker_is_killed_and_restarted_are_all_answered_or_refused()
    {
        await using var vhost = await RabbitVirtualHost.CreateAsync();
        await using var worker = await ServiceProcess.StartAsync("inference-worker", "ChatNomina.InferenceWorker", Worker(vhost.Name));
        await using var chat = await ServiceProcess.StartAsync(ChatFolder, ChatAssembly, IsolatedChat(vhost.Name));
        await using var gateway = await GatewayFor(chat);
        var http = Client(gateway.Url, stack.John.AccessToken);
        string[] questions = ["how much did I take home in March 2025?", "what was my gross salary in May 2025?", "hello", "when was my June 2025 salary paid?"];

        var outcomes = new ConcurrentBag<(int Index, HttpStatusCode Status, string? Fallback, string? Intent)>();
        var completed = 0;
        var load = Parallel.ForEachAsync(Enumerable.Range(0, 500), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            using var response = await http.PostAsJsonAsync("api/chat/messages", new { message = questions[i % questions.Length] }, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            string? fallback = null, intent = null;
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var json = JsonDocument.Parse(body).RootElement;
                fallback = json.GetProperty("fallback").GetString();
                intent = json.GetProperty("intent").GetString();
                Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("text").GetString()));
            }
            else
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
            outcomes.Add((i, response.StatusCode, fallback, intent));
            Interlocked.Increment(ref completed);
        });

        while (Volatile.Read(ref completed) < 100 && !load.IsCompleted)
        {
            await Task.Delay(20);
        }
        await worker.StopAsync();   // SIGKILL mid-load
        await Task.Delay(TimeSpan.FromSeconds(2));
        await worker.RestartAsync();
        await load;

        Assert.Equal(500, outcomes.Count);
        Assert.Equal(500, outcomes.Select(o => o.Index).Distinct().Count());
        Assert.All(outcomes, o => Assert.Contains(o.Status, new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable }));
        Assert.Contains(outcomes, o => o.Status == HttpStatusCode.OK && o.Intent is not null);
        Assert.Contains(outcomes, o => o.Fallback is "inference_timeout" or "circuit_open" || o.Status == HttpStatusCode.ServiceUnavailable);

        // After the restart the assistant understands messages again.
        var after = await AskAsync(http, "how much did I take home in March 2025?");
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (after.GetProperty("intent").ValueKind == JsonValueKind.Null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
            after = await AskAsync(http, "how much did I take home in March 2025?");
        }
        Assert.Equal("net_pay", after.GetProperty("intent").GetString());
    }

    /// <summary>A gateway process of its own in front of <paramref name="chat"/> (same configuration as the
    /// stack's, so the same JWT validation and per-user limits), so these tests go through a gateway too.</summary>
    private static Task<ServiceProcess> GatewayFor(ServiceProcess chat) =>
        ServiceProcess.StartAsync("gateway", "ChatNomina.Gateway", new Dictionary<string, string>
        {
            ["ReverseProxy__Clusters__chat__Destinations__chat__Address"] = chat.Url.ToString(),
            ["Gateway__RateLimiting__Policies__PerUser__PermitLimit"] = "1000000",
        });

    private static Dictionary<string, string> IsolatedChat(string vhost) => new()
    {
        ["RabbitMq__VirtualHost"] = vhost,
        ["Redis__KeyPrefix"] = $"chatnomina:chat:e2e-{Guid.NewGuid():N}:",
        ["Chat__RateLimit__PermitLimit"] = "100000",
        ["Chat__Inference__UnderstandTimeout"] = "00:00:01.500",
        ["Chat__Inference__GenerateTimeout"] = "00:00:01.500",
        ["Chat__Inference__BreakerBreakDuration"] = "00:00:02",
    };

    private static Dictionary<string, string> Worker(string vhost) => new()
    {
        ["RabbitMq__VirtualHost"] = vhost,
    };

    private static HttpClient Client(Uri url, string token)
    {
        var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    private static async Task<JsonElement> AskAsync(HttpClient http, string message)
    {
        var response = await http.PostAsJsonAsync("api/chat/messages", new { message });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}

/// <summary>A RabbitMQ virtual host of its own (management API of the local broker), deleted afterwards.</summary>
public sealed class RabbitVirtualHost : IAsyncDisposable
{
    private static readonly HttpClient Admin = new()
    {
        BaseAddress = new Uri(Environment.GetEnvironmentVariable("CHATNOMINA_RABBITMQ_MANAGEMENT") is { Length: > 0 } m ? m : "http://localhost:15672"),
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("guest:guest"u8.ToArray())) },
    };

    public string Name { get; } = $"chatnomina-e2e-{Guid.NewGuid():N}"[..30];

    public static async Task<RabbitVirtualHost> CreateAsync()
    {
        var vhost = new RabbitVirtualHost();
        var name = Uri.EscapeDataString(vhost.Name);
        (await Admin.PutAsync($"/api/vhosts/{name}", null)).EnsureSuccessStatusCode();
        (await Admin.PutAsJsonAsync($"/api/permissions/{name}/guest", new { configure = ".*", write = ".*", read = ".*" })).EnsureSuccessStatusCode();
        return vhost;
    }

    public async ValueTask DisposeAsync() => await Admin.DeleteAsync($"/api/vhosts/{Uri.EscapeDataString(Name)}");
}
