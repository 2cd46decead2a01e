using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ChatNomina.Testing;
using Xunit.Abstractions;

namespace ChatNomina.EndToEnd;

/// <summary>
/// Fault drills: a fault injected under a bounded load of chat messages, on processes of the
/// drill's own (chat, worker, gateway — the same Release builds) that reach RabbitMQ and PostgreSQL
/// through proxies the drill cuts and restores, so the shared stack is not disturbed. Each drill
/// asserts what the reliability rules promise: no 5xx but 503 with Retry-After, no request longer
/// than its documented bound + 1 s, ready again within 10 s of the fault's end without a restart,
/// every accepted message answered once (history compared with what the clients received). Each
/// prints its row of the drill table (fault × 5xx, degraded, lost, duplicated, recovery).
/// They run as the suite's last phase, one at a time with nothing else running
/// (<c>./chatnomina test</c>: <c>Category=FaultDrill</c>), because their bounds are about the
/// service, not about a machine that 1,500 other tests keep busy.
/// </summary>
[Collection(StackCollection.Name)]
[Trait("Category", Category)]
public sealed class FaultDrillTests(StackFixture stack, ITestOutputHelper output)
{
    /// <summary>The trait that puts a test in the fault-drill phase.</summary>
    public const string Category = "FaultDrill";

    /// <summary>
    /// The documented bound of a chat answer: its two inference calls (understanding, then the
    /// answer's wording), each at most its timeout (1.5 s in the drills) + 0.25 s for the send, and
    /// abandoned outright at its timeout + 1 s when the transport ignores that deadline.
    /// </summary>
    private static readonly TimeSpan ChatAnswerBound = 2 * TimeSpan.FromSeconds(1.5 + 1);

    [Fact]
    public async Task Broker_outage_answers_busy_within_the_timeout_readiness_follows_and_recovery_takes_seconds()
    {
        await using var rabbit = new TcpFaultProxy("localhost", 5672);
        await using var drill = await DrillStack.StartAsync(stack, rabbit);

        var load = drill.StartLoad(stack.John);
        await Task.Delay(TimeSpan.FromSeconds(3));
        rabbit.Cut();
        var readiness = await drill.PollReadinessAsync(TimeSpan.FromSeconds(6));
        rabbit.Restore();
        var ready = await drill.TimeToReadyAsync(TimeSpan.FromSeconds(30));
        var understood = await drill.TimeToUnderstandAsync(stack.John, TimeSpan.FromSeconds(30));
        var outcomes = await load.StopAsync();

        drill.Report(output, "RabbitMQ cut 6 s", outcomes, ready, understood);
        Assert.True(readiness["chat"], "chat's readiness never said 503 while the broker was away");
        Assert.True(readiness["worker"], "the worker's readiness never said 503 while the broker was away");
        await drill.AssertRulesAsync(outcomes, ready, understood, bound: ChatAnswerBound);
    }

    [Fact]
    public async Task Chat_killed_with_requests_in_flight_leaves_the_workers_consuming_and_the_new_chat_understands_at_once()
    {
        await using var rabbit = new TcpFaultProxy("localhost", 5672);
        await using var drill = await DrillStack.StartAsync(stack, rabbit);

        var load = drill.StartLoad(stack.John);
        await Task.Delay(TimeSpan.FromSeconds(3));
        await drill.Chat.StopAsync();   // SIGKILL with requests in flight: their replies have no caller any more
        var workerDown = drill.LongestUnreadyAsync(TimeSpan.FromSeconds(6));
        await Task.Delay(TimeSpan.FromSeconds(1));
        var restart = Stopwatch.StartNew();
        await drill.Chat.RestartAsync();
        var chatReady = restart.Elapsed.TotalSeconds;
        var understood = await drill.TimeToUnderstandAsync(stack.John, TimeSpan.FromSeconds(30));
        var worker = await workerDown;
        var outcomes = await load.StopAsync();

        // The worker replies through the default exchange, routed by the caller's queue name: a reply to
        // the dead process's deleted queue is returned by the broker, dropped and counted, and the
        // worker's consumers and readiness are never touched.
        var ready = new Dictionary<string, double> { ["chat"] = chatReady, ["worker"] = worker["worker"] };
        drill.Report(output, "chat killed (SIGKILL), restarted after 1 s", outcomes, ready, understood);
        output.WriteLine($"worker: replies to the dead chat dropped and counted: {await drill.DroppedRepliesAsync()}; longest unready spell {worker["worker"]:0.0} s");
        Assert.Equal(0, worker["worker"]);
        Assert.True(understood <= 10, $"the new chat understood messages only after {understood:0.0} s");
        // Answers from the new process while it warms up (JIT, first connections) take longer than
        // the inference bound on this 2-core machine; degraded answers and refusals may not.
        await drill.AssertRulesAsync(outcomes, ready, understood, bound: ChatAnswerBound, warmUp: TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Chat_database_outage_refuses_with_503_stores_nothing_half_and_recovers_without_a_restart()
    {
        await using var rabbit = new TcpFaultProxy("localhost", 5672);
        await using var postgres = new TcpFaultProxy("localhost", 5432);
        await using var drill = await DrillStack.StartAsync(stack, rabbit, postgres);

        var load = drill.StartLoad(stack.John);
        await Task.Delay(TimeSpan.FromSeconds(3));
        postgres.Cut();
        var readiness = await drill.PollReadinessAsync(TimeSpan.FromSeconds(6));
        postgres.Restore();
        var ready = await drill.TimeToReadyAsync(TimeSpan.FromSeconds(30));
        var understood = await drill.TimeToUnderstandAsync(stack.John, TimeSpan.FromSeconds(30));
        var outcomes = await load.StopAsync();

        drill.Report(output, "PostgreSQL cut 6 s under the chat", outcomes, ready, understood);
        Assert.True(readiness["chat"], "chat's readiness never said 503 while its database was away");
        Assert.Contains(outcomes, o => o.Status == 503);   // the outage was felt, and felt as 503
        // A refusal comes within the answer's own bound: the database's retries (Database:MaxRetry*,
        // 3 × at most 0.5 s) add to the work the message had done when the database went away.
        await drill.AssertRulesAsync(outcomes, ready, understood, bound: ChatAnswerBound);
    }

    [Fact]
    public async Task Workers_hung_open_the_breaker_in_seconds_and_answers_stay_within_the_bound()
    {
        await using var rabbit = new TcpFaultProxy("localhost", 5672);
        await using var drill = await DrillStack.StartAsync(stack, rabbit);

        var load = drill.StartLoad(stack.John);
        await Task.Delay(TimeSpan.FromSeconds(3));
        // Every worker hangs (SIGSTOP: connected, consuming nothing, answering nothing), as a stuck
        // node or a long pause does; the chat's calls time out. (A worker killed and restarted is
        // ChatResilienceTests' drill.)
        await drill.Worker.SignalAsync("STOP");
        await Task.Delay(TimeSpan.FromSeconds(6));
        await drill.Worker.SignalAsync("CONT");
        var ready = await drill.TimeToReadyAsync(TimeSpan.FromSeconds(30));
        var understood = await drill.TimeToUnderstandAsync(stack.John, TimeSpan.FromSeconds(30));
        var outcomes = await load.StopAsync();

        drill.Report(output, "inference workers hung 6 s (SIGSTOP)", outcomes, ready, understood);
        // The breaker opened: answers came at once as "busy" instead of each waiting out its timeout.
        Assert.Contains(outcomes, o => o.Fallback == "circuit_open");
        await drill.AssertRulesAsync(outcomes, ready, understood, bound: ChatAnswerBound);
    }

    [Fact]
    public async Task A_revocation_survives_a_redis_crash_and_restart()
    {
        var account = await stack.SignInThrowawayAsync();
        using var api = stack.ClientFor(account);
        using (var before = await api.GetAsync("api/users/me"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }
        using (var revoke = await stack.Http.PostAsync("connect/revoke", new FormUrlEncodedContent([
            new("token", account.RefreshToken!), new("client_id", StackEnvironment.WebClient)])))
        {
            Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        }
        using (var revoked = await api.GetAsync("api/users/me"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
        }

        // The stack's own Redis (append-only file, fsync every second) is killed without warning
        // after that second, and started again the way ./chatnomina starts it.
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var down = Stopwatch.StartNew();
        await LocalRedis.CrashAndRestartAsync();

        // Once the services are connected again the token is refused again; had the revocation been
        // lost, it would be accepted for the rest of its life.
        var status = HttpStatusCode.OK;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(500);
            using var after = await api.GetAsync("api/users/me");
            status = after.StatusCode;
            if (status == HttpStatusCode.Unauthorized && await LocalRedis.ServicesReconnectedAsync())
            {
                break;
            }
        }
        output.WriteLine($"| Redis killed (SIGKILL) and restarted | revocation still refused: {status == HttpStatusCode.Unauthorized} | refused again {down.Elapsed.TotalSeconds:0.0} s after the crash |");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }
}

/// <summary>What one drill message got.</summary>
/// <summary>What one attempt to send a drill message got (status 0: no HTTP answer at all).
/// Attempts of one message share its <paramref name="Key"/> (the Idempotency-Key).</summary>
public sealed record DrillOutcome(int Status, string? RetryAfter, TimeSpan Elapsed, string? Fallback, string? Intent, Guid? MessageId,
    Guid? ConversationId, string Question, string Key = "", int Attempt = 1, bool Replayed = false);

/// <summary>The drill's own chat, worker and gateway, on a RabbitMQ virtual host of their own.</summary>
public sealed class DrillStack : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _parts = [];
    private readonly StackFixture _stack;

    private DrillStack(StackFixture stack) => _stack = stack;

    public ServiceProcess Chat { get; private set; } = null!;
    public ServiceProcess Worker { get; private set; } = null!;
    public ServiceProcess Gateway { get; private set; } = null!;

    public static async Task<DrillStack> StartAsync(StackFixture stack, TcpFaultProxy rabbit, TcpFaultProxy? postgres = null)
    {
        var drill = new DrillStack(stack);
        try
        {
            var vhost = await RabbitVirtualHost.CreateAsync();
            drill._parts.Add(vhost);
            var broker = new Dictionary<string, string>
            {
                ["RabbitMq__Host"] = "127.0.0.1",
                ["RabbitMq__Port"] = rabbit.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["RabbitMq__VirtualHost"] = vhost.Name,
            };
            drill.Worker = await ServiceProcess.StartAsync("inference-worker", "ChatNomina.InferenceWorker", broker);
            drill._parts.Add(drill.Worker);
            var chat = new Dictionary<string, string>(broker)
            {
                ["Redis__KeyPrefix"] = $"chatnomina:chat:drill-{Guid.NewGuid():N}:",
                ["Chat__RateLimit__PermitLimit"] = "100000",
                ["Chat__Inference__UnderstandTimeout"] = "00:00:01.500",
                ["Chat__Inference__GenerateTimeout"] = "00:00:01.500",
                ["Chat__Inference__BreakerBreakDuration"] = "00:00:02",
            };
            if (postgres is not null)
            {
                chat["ConnectionStrings__chatdb"] =
                    $"Host=127.0.0.1;Port={postgres.Port};Database=chatnomina_chat;Username=chatnomina;Password={Environment.GetEnvironmentVariable("CHATNOMINA_DB_PASSWORD") ?? "chatnomina-local"};Timeout=2";
            }
            drill.Chat = await ServiceProcess.StartAsync("chat", "ChatNomina.Chat", chat);
            drill._parts.Add(drill.Chat);
            drill.Gateway = await ServiceProcess.StartAsync("gateway", "ChatNomina.Gateway", new Dictionary<string, string>
            {
                ["ReverseProxy__Clusters__chat__Destinations__chat__Address"] = drill.Chat.Url.ToString(),
                ["Gateway__RateLimiting__Policies__PerUser__PermitLimit"] = "1000000",
            });
            drill._parts.Add(drill.Gateway);
            return drill;
        }
        catch
        {
            await drill.DisposeAsync();
            throw;
        }
    }

    public HttpClient Client(Account account)
    {
        var http = new HttpClient { BaseAddress = Gateway.Url, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", account.AccessToken);
        return http;
    }

    /// <summary>Eight clients sending one message after another until stopped.</summary>
    public DrillLoad StartLoad(Account account) => new(Client(account), clients: 8);

    /// <summary>Polls both services' readiness for <paramref name="duration"/>: whether each was unready at least once.</summary>
    public async Task<Dictionary<string, bool>> PollReadinessAsync(TimeSpan duration) =>
        (await WatchReadinessAsync(duration)).ToDictionary(r => r.Key, r => r.Value.Seen);

    /// <summary>The drill worker's <c>chatnomina_inference_replies_dropped_total</c>, all tasks.</summary>
    public async Task<double> DroppedRepliesAsync()
    {
        using var http = new HttpClient { BaseAddress = Worker.Url, Timeout = TimeSpan.FromSeconds(5) };
        return PrometheusText.Sum(await http.GetStringAsync("/metrics"), "chatnomina_inference_replies_dropped_total");
    }

    /// <summary>Polls both services' readiness for <paramref name="duration"/>: each one's longest unready spell, in seconds.</summary>
    public async Task<Dictionary<string, double>> LongestUnreadyAsync(TimeSpan duration) =>
        (await WatchReadinessAsync(duration)).ToDictionary(r => r.Key, r => r.Value.Longest);

    /// <summary>
    /// Polls both services' <c>/health/ready</c> every 100 ms: whether each was ever unready (not 200,
    /// or not answering at all) and its longest unready spell.
    /// </summary>
    private async Task<Dictionary<string, (bool Seen, double Longest)>> WatchReadinessAsync(TimeSpan duration)
    {
        var result = new Dictionary<string, (bool Seen, double Longest)> { ["chat"] = (false, 0), ["worker"] = (false, 0) };
        var since = new Dictionary<string, DateTime?> { ["chat"] = null, ["worker"] = null };
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var end = DateTime.UtcNow + duration;
        while (DateTime.UtcNow < end)
        {
            foreach (var (name, service) in new[] { ("chat", Chat), ("worker", Worker) })
            {
                bool ready;
                try
                {
                    using var response = await http.GetAsync(new Uri(service.Url, "health/ready"));
                    ready = response.StatusCode == HttpStatusCode.OK;
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    ready = false;   // not answering at all is not "ready" either
                }
                var now = DateTime.UtcNow;
                if (ready)
                {
                    since[name] = null;
                }
                else
                {
                    since[name] ??= now;
                    result[name] = (true, Math.Max(result[name].Longest, (now - since[name]!.Value).TotalSeconds));
                }
            }
            await Task.Delay(100);
        }
        return result;
    }

    /// <summary>Seconds until each service's readiness says 200 again.</summary>
    public async Task<Dictionary<string, double>> TimeToReadyAsync(TimeSpan limit)
    {
        var ready = new Dictionary<string, double>();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < limit && ready.Count < 2)
        {
            foreach (var (name, service) in new[] { ("chat", Chat), ("worker", Worker) })
            {
                if (ready.ContainsKey(name))
                {
                    continue;
                }
                try
                {
                    using var response = await http.GetAsync(new Uri(service.Url, "health/ready"));
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        ready[name] = watch.Elapsed.TotalSeconds;
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                }
            }
            await Task.Delay(100);
        }
        return ready;
    }

    /// <summary>Seconds until a payroll question is understood again (intent set, no fallback).</summary>
    public async Task<double> TimeToUnderstandAsync(Account account, TimeSpan limit)
    {
        using var http = Client(account);
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < limit)
        {
            using var response = await http.PostAsJsonAsync("api/chat/messages", new { message = "how much did I take home in March 2025?" });
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
                if (json.GetProperty("fallback").ValueKind == JsonValueKind.Null)
                {
                    return watch.Elapsed.TotalSeconds;
                }
            }
            await Task.Delay(200);
        }
        return double.PositiveInfinity;
    }

    public void Report(ITestOutputHelper output, string fault, IReadOnlyList<DrillOutcome> outcomes, IReadOnlyDictionary<string, double> ready, double understood)
    {
        var fiveXx = outcomes.Count(o => o.Status >= 500 && !(o.Status == 503 && o.RetryAfter is not null) || o.Status == 0);
        var degraded = outcomes.Count(o => o.Fallback is not null || o.Status == 503);
        var retried = outcomes.Count(o => o.Attempt > 1);
        var answered = outcomes.Where(o => o.Status == 200).ToList();
        var duplicated = answered.GroupBy(o => o.Key).Count(g => g.Select(o => o.MessageId).Distinct().Count() > 1);
        var line = $"| {fault} | {outcomes.Count} ({retried} retries) | {fiveXx} | {degraded} | 0 | {duplicated} | {outcomes.Max(o => o.Elapsed).TotalSeconds:0.0} s | " +
            $"{string.Join(", ", ready.Select(r => $"{r.Key} {r.Value:0.0} s"))} | {understood:0.0} s |";
        output.WriteLine("| fault | attempts | 5xx (not 503+Retry-After) | degraded | lost | duplicated | slowest | ready again | understood again |");
        output.WriteLine(line);
        foreach (var slow in outcomes.OrderByDescending(o => o.Elapsed).Take(3))
        {
            output.WriteLine($"slowest: {slow.Elapsed.TotalSeconds:0.00} s, {slow.Status}, fallback {slow.Fallback ?? "none"}, '{slow.Question}'");
        }
        var logs = Path.Combine(StackEnvironment.RepositoryRoot.FullName, ".data", "logs");
        if (Directory.Exists(logs))
        {
            File.AppendAllText(Path.Combine(logs, "fault-drills.md"), line + Environment.NewLine);
        }
    }

    /// <summary>
    /// The rules: no 5xx but 503 + Retry-After, nothing slower than <paramref name="bound"/> + 1 s,
    /// ready again within 10 s, understood again within 15 s (the breaker's half-open trials come
    /// after the reconnection), and every answered message stored once in the user's history.
    /// </summary>
    public async Task AssertRulesAsync(IReadOnlyList<DrillOutcome> outcomes, IReadOnlyDictionary<string, double> ready, double understood,
        TimeSpan bound, TimeSpan? warmUp = null, Account? account = null)
    {
        Assert.NotEmpty(outcomes);
        Assert.All(outcomes, o => Assert.True(o.Status is 200 or 429 || (o.Status == 503 && o.RetryAfter is not null),
            $"'{o.Question}' got {o.Status} (Retry-After: {o.RetryAfter ?? "none"})"));
        var degraded = outcomes.Where(o => o.Status != 200 || o.Fallback is not null).DefaultIfEmpty().MaxBy(o => o?.Elapsed);
        Assert.True(degraded is null || degraded.Elapsed <= bound + TimeSpan.FromSeconds(1),
            $"a degraded answer or refusal waited {degraded?.Elapsed} (bound {bound} + 1 s)");
        var slowest = outcomes.MaxBy(o => o.Elapsed)!;
        var limit = (warmUp ?? bound) + TimeSpan.FromSeconds(1);
        Assert.True(slowest.Elapsed <= limit, $"a message waited {slowest.Elapsed} (limit {limit})");
        Assert.Equal(2, ready.Count);
        Assert.All(ready, r => Assert.True(r.Value <= 10, $"{r.Key} ready again only after {r.Value:0.0} s"));
        Assert.True(understood <= 15, $"understood again only after {understood:0.0} s");

        // Every message answered is in its conversation's history exactly once, however many
        // attempts it took; a retry answered is the same answer (same message id), never a second one.
        var answered = outcomes.Where(o => o.Status == 200).ToList();
        Assert.All(answered.GroupBy(o => o.Key), g => Assert.Single(g.Select(o => o.MessageId).Distinct()));
        using var http = Client(account ?? _stack.John);
        foreach (var conversation in answered.GroupBy(o => o.ConversationId!.Value))
        {
            using var response = await http.GetAsync($"api/chat/conversations/{conversation.Key}/messages");
            response.EnsureSuccessStatusCode();
            var stored = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("messages")
                .EnumerateArray().Select(m => (Id: m.GetProperty("messageId").GetGuid(), Key: m.GetProperty("clientMessageId").GetString()))
                .ToList();
            Assert.Equal(stored.Count, stored.Select(m => m.Key).Distinct().Count());
            Assert.All(conversation, o => Assert.Contains((o.MessageId!.Value, o.Key), stored));
        }
    }

    public async ValueTask DisposeAsync()
    {
        for (var i = _parts.Count - 1; i >= 0; i--)
        {
            await _parts[i].DisposeAsync();
        }
    }
}

/// <summary>Clients sending chat messages back to back, each in a conversation of its own, until stopped.</summary>
public sealed class DrillLoad
{
    private static readonly string[] Questions =
        ["how much did I take home in March 2025?", "¿cuánto me retuvieron de IRPF en mayo de 2025?", "hello", "when was my June 2025 salary paid?"];

    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<DrillOutcome> _outcomes = new();
    private readonly Task _running;
    private readonly HttpClient _http;

    public DrillLoad(HttpClient http, int clients)
    {
        _http = http;
        _running = Task.WhenAll(Enumerable.Range(0, clients).Select(RunClientAsync));
    }

    /// <summary>
    /// One client: each message has its Idempotency-Key and is sent again with it (up to three
    /// attempts, waiting at most 1 s of its Retry-After) when the answer is a 503 or does not come,
    /// as the terminal client and the web app do.
    /// </summary>
    private async Task RunClientAsync(int client)
    {
        string? conversation = null;
        for (var i = client; !_stop.IsCancellationRequested; i++)
        {
            var question = Questions[i % Questions.Length];
            var key = Guid.NewGuid().ToString();
            for (var attempt = 1; attempt <= 3; attempt++)
            {
                var outcome = await SendAsync(question, conversation, key, attempt);
                _outcomes.Enqueue(outcome);
                conversation ??= outcome.ConversationId?.ToString();
                if (outcome.Status is not (503 or 0))
                {
                    break;
                }
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
            await Task.Delay(50);
        }
    }

    private async Task<DrillOutcome> SendAsync(string question, string? conversation, string key, int attempt)
    {
        var watch = Stopwatch.StartNew();
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/chat/messages")
        {
            Content = JsonContent.Create(new { message = question, conversationId = conversation }),
        };
        request.Headers.Add("Idempotency-Key", key);
        try
        {
            using var response = await _http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return new DrillOutcome((int)response.StatusCode, response.Headers.RetryAfter?.ToString(), watch.Elapsed, null, null, null, null, question, key, attempt);
            }
            var json = JsonDocument.Parse(body).RootElement;
            return new DrillOutcome(200, null, watch.Elapsed, json.GetProperty("fallback").GetString(), json.GetProperty("intent").GetString(),
                json.GetProperty("messageId").GetGuid(), json.GetProperty("conversationId").GetGuid(), question, key, attempt,
                response.Headers.Contains("Idempotent-Replayed"));
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return new DrillOutcome(0, null, watch.Elapsed, null, null, null, null, question, key, attempt);
        }
    }

    public async Task<IReadOnlyList<DrillOutcome>> StopAsync()
    {
        _stop.Cancel();
        await _running;
        _http.Dispose();
        return [.. _outcomes];
    }
}

/// <summary>The local stack's Redis, as <c>./chatnomina</c> runs it (pid file under .data/run).</summary>
public static class LocalRedis
{
    private static string Root => StackEnvironment.RepositoryRoot.FullName;

    /// <summary>SIGKILL (no chance to flush anything), then <c>./chatnomina infra</c> starts it again.</summary>
    public static async Task CrashAndRestartAsync()
    {
        var pidFile = Path.Combine(Root, ".data", "run", "redis.pid");
        Assert.True(File.Exists(pidFile), "the drill needs the local stack's Redis (./chatnomina up)");
        var pid = int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        using (var redis = Process.GetProcessById(pid))
        {
            redis.Kill();
            await redis.WaitForExitAsync();
        }
        var start = new ProcessStartInfo("bash", [Path.Combine(Root, "chatnomina"), "infra"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var infra = Process.Start(start)!;
        var log = await infra.StandardOutput.ReadToEndAsync() + await infra.StandardError.ReadToEndAsync();
        await infra.WaitForExitAsync();
        Assert.True(infra.ExitCode == 0, $"./chatnomina infra failed:\n{log}");
    }

    /// <summary>Whether the users service reports its Redis connection healthy again.</summary>
    public static async Task<bool> ServicesReconnectedAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        try
        {
            var ready = await http.GetStringAsync("http://localhost:8082/health/ready");
            return JsonDocument.Parse(ready).RootElement.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString() == "Healthy";
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or KeyNotFoundException)
        {
            return false;
        }
    }
}
