using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ChatNomina.Payroll.Tests.Support;
using Xunit.Abstractions;

namespace ChatNomina.EndToEnd;

/// <summary>
/// The hostile input run of issue 18: 10,000 requests generated from a fixed seed
/// (<see cref="HostileRequests"/>) — every public route with John's id, number and e-mail in path,
/// query, body and headers; path encoding tricks; forged, expired, tampered and alg=none tokens;
/// malformed bodies; header abuse; query abuse; chat questions about other people's pay — sent as
/// Ana, anonymously, with forged tokens and, where only HR reaches a parser, as HR, 8 at a time,
/// through a gateway replica of the test's own whose per-user and per-address limits are out of the
/// way (the stack's gateway allows 300 requests a minute), plus one burst through the stack's own
/// gateway that must end in clean 429s. Nothing of John's (read as HR first, <see cref="LeakProbe"/>) may
/// come back to anyone but HR unless the request itself carried it, nothing may answer 5xx but 503 with
/// Retry-After, and every request must get an answer. The table goes to the test output and to
/// <c>.data/logs/hostile-run.md</c>; about 40 s of requests and 5–10 s of setup on the 2-core machine.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class HostileInputRunTests(StackFixture stack, ITestOutputHelper output)
{
    private const int Concurrency = 8;
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(20);
    private static readonly int Year = DateTime.UtcNow.Year - 1;

    [Fact]
    public async Task Ten_thousand_hostile_requests_leak_nothing_of_another_employee_and_never_fail_with_a_server_error()
    {
        var setup = Stopwatch.StartNew();
        var ana = await FreshAsync(stack.Ana);
        var john = await FreshAsync(stack.John);
        var hr = await FreshAsync(stack.Hr);

        var probe = await LeakProbe.ReadAsync(stack.ClientFor(hr), john.Id, ana.Id);
        var profile = await stack.ClientFor(hr).GetFromJsonAsync<JsonElement>($"api/users/{john.Id}");
        var (conversation, message) = await JohnsConversationAsync(john);
        var throwaway = await stack.SignInThrowawayAsync();
        // HR's malformed updates go to an id nobody has: make sure nobody has it.
        Assert.Equal(HttpStatusCode.NotFound, (await stack.ClientFor(hr).GetAsync($"api/users/{HostileRequests.NobodyId}")).StatusCode);
        var context = new HostileContext(
            ana.Id, john.Id,
            profile.GetProperty("email").GetString()!, profile.GetProperty("employeeNumber").GetString()!,
            profile.GetProperty("firstName").GetString()!, profile.GetProperty("lastName").GetString()!,
            conversation, message, Year,
            ana.AccessToken, hr.AccessToken, throwaway.AccessToken,
            await HostileTokens.ForgeAsync(stack, ana.AccessToken, john.Id));
        var batch = HostileRequests.Generate(context);
        Assert.Equal(10_000, HostileRequests.Total);
        Assert.Equal(HostileRequests.Total, batch.Requests.Count);

        // A gateway of the test's own, same configuration and Redis as the stack's, limits out of the way. The limiter is
        // GCRA over one Redis key per user: 10,000 permits of a 1,000,000/min limit move Ana's key by 0.6 s, so the stack's
        // gateway (300/min) still lets Ana through afterwards.
        await using var replica = await ServiceProcess.StartAsync("gateway", "ChatNomina.Gateway", new Dictionary<string, string>
        {
            ["Gateway__RateLimiting__Policies__PerUser__PermitLimit"] = "1000000",
            ["Gateway__RateLimiting__Policies__TokenPerIp__PermitLimit"] = "1000000",
        });
        using var replicaHttp = NewClient();
        using var stackHttp = NewClient();
        setup.Stop();

        var outcomes = new Outcome[batch.Requests.Count];
        var run = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, batch.Requests.Count), new ParallelOptions { MaxDegreeOfParallelism = Concurrency },
            async (i, _) => outcomes[i] = await SendAsync(batch.Requests[i], replicaHttp, replica.Url, stackHttp, probe));
        run.Stop();

        var offences = outcomes.SelectMany(Offences).ToList();
        var report = Report(batch, outcomes, offences, probe, setup.Elapsed, run.Elapsed);
        output.WriteLine(report);
        var logs = Path.Combine(StackEnvironment.RepositoryRoot.FullName, ".data", "logs");
        Directory.CreateDirectory(logs);
        await File.WriteAllTextAsync(Path.Combine(logs, "hostile-run.md"), report);

        Assert.Equal(HostileRequests.Total, outcomes.Length);
        Assert.All(HostileRequests.Families, f => Assert.True(outcomes.Count(o => o.Request.Family == f.Name) > 0, $"family {f.Name} sent nothing"));
        Assert.True(offences.Count == 0,
            $"{offences.Count} offending answers of {outcomes.Length} ({string.Join(", ", offences.GroupBy(o => o.Kind).Select(g => $"{g.Count()} {g.Key}"))}); the first 20:\n"
            + string.Join("\n", offences.Take(20).Select(o => $"  {o.Outcome.Request.Family}: {o.Outcome.Request.Describe()} → {o.Outcome.Shown}: {o.Detail}")));
        var limited = outcomes.Where(o => o.Request.Family == "rate-limit").ToList();
        Assert.True(limited.Any(o => o.Status == 429),
            $"the burst of {limited.Count} requests of one user through the stack's gateway (300/min) met no 429: the clean-429 check checked nothing");
    }

    /// <summary>The fixture's account, or (if its access token would expire during the run) the same account signed in again with its right password.</summary>
    private async Task<Account> FreshAsync(Account account)
    {
        var expires = Jwt.Payload(account.AccessToken)["exp"]!.GetValue<long>();
        if (expires - Jwt.Now > 300)
        {
            return account;
        }
        output.WriteLine($"{account.Email}'s token expires in {expires - Jwt.Now} s: signed in again");
        return await stack.SignInAsync(account.Email);
    }

    /// <summary>One of John's conversations and one of its messages (asked as John once if he has none).</summary>
    private async Task<(Guid Conversation, Guid Message)> JohnsConversationAsync(Account john)
    {
        var http = stack.ClientFor(john);
        var list = await http.GetFromJsonAsync<JsonElement>("api/chat/conversations");
        foreach (var item in list.EnumerateArray())
        {
            var id = item.GetProperty("conversationId").GetGuid();
            var history = await http.GetFromJsonAsync<JsonElement>($"api/chat/conversations/{id}/messages");
            if (history.GetProperty("messages").EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } first)
            {
                return (id, first.GetProperty("messageId").GetGuid());
            }
        }
        var answer = await new ChatClient(http).AskAsync($"¿cuánto cobré neto en marzo de {Year}?");
        return (answer.GetProperty("conversationId").GetGuid(), answer.GetProperty("messageId").GetGuid());
    }

    private static HttpClient NewClient() =>
        new(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            ActivityHeadersPropagator = null,
            UseCookies = false,
            // A compressed answer is read decompressed, so that the leak check reads what a client would.
            AutomaticDecompression = DecompressionMethods.All,
            // Header values beyond ASCII go out as UTF-8 bytes instead of being refused by the client.
            RequestHeaderEncodingSelector = (_, _) => Encoding.UTF8,
            MaxConnectionsPerServer = Concurrency * 2,
        })
        { Timeout = Timeout.InfiniteTimeSpan };

    /// <summary>What came back for one request: the status (0 when none), whether Retry-After came with it, how long it took, and what it leaked.</summary>
    private const string EvilHost = "evil.example";

    private sealed record Outcome(HostileRequest Request, int Status, bool? RetryAfter, TimeSpan Elapsed, string? Failure, IReadOnlyList<string> Leaked)
    {
        public bool ReflectedHost { get; init; }

        public string Shown => Failure is null ? $"{Status}{(RetryAfter == true ? " (Retry-After)" : "")}" : Failure;
    }

    private sealed record Offence(Outcome Outcome, string Kind, string Detail);

    private static async Task<Outcome> SendAsync(HostileRequest r, HttpClient replica, Uri replicaUrl, HttpClient stackGateway, LeakProbe probe)
    {
        var watch = Stopwatch.StartNew();
        using var timeout = new CancellationTokenSource(RequestTimeout);
        try
        {
            if (r.Via == Via.RawStackGateway)
            {
                var headers = r.Headers.ToDictionary(h => h.Key, h => h.Value);
                var (status, raw) = await RawHttp.SendAsync(r.Method, r.Target, r.Token, headers).WaitAsync(timeout.Token);
                // RawHttp returns no headers: a 503 here counts without Retry-After (stricter, never looser).
                return Done(status, retryAfter: null, raw, raw);
            }

            var (client, origin) = r.Via == Via.StackGateway ? (stackGateway, StackEnvironment.GatewayUrl) : (replica, replicaUrl);
            var uri = new Uri(origin.GetLeftPart(UriPartial.Authority) + (r.Target.StartsWith('/') ? "" : "/") + AsciiTarget(r.Target),
                new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
            using var request = new HttpRequestMessage(new HttpMethod(r.Method), uri);
            if (r.Token is not null)
            {
                request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + r.Token);
            }
            if (r.Body is not null || r.Headers.Any(h => h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)))
            {
                request.Content = new ByteArrayContent(r.Body ?? []);
                if (r.ContentType is not null)
                {
                    request.Content.Headers.TryAddWithoutValidation("Content-Type", r.ContentType);
                }
                if (r.Chunked)
                {
                    request.Headers.TransferEncodingChunked = true;
                }
                // Over the gateway's limits: ask first, as a careful client does, so the 413 can come before the body
                // (without it the server answers and closes while the client is still writing: a broken pipe, not an answer).
                if (r.Body is { Length: > 1 << 20 })
                {
                    request.Headers.ExpectContinue = true;
                }
            }
            foreach (var (name, value) in r.Headers)
            {
                if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
                {
                    request.Content!.Headers.TryAddWithoutValidation(name, value);
                }
                else if (!request.Headers.TryAddWithoutValidation(name, value))
                {
                    return new Outcome(r, 0, null, watch.Elapsed, $"unsent: the client refused header {name}", []);
                }
            }
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token);
            var bytes = await response.Content.ReadAsByteArrayAsync(timeout.Token);
            var text = new StringBuilder();
            foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
            {
                text.Append(name).Append(": ").AppendJoin(", ", values).Append('\n');
            }
            var body = Encoding.UTF8.GetString(bytes);
            text.Append(body);
            if (response.Content.Headers.ContentType?.MediaType == "application/pdf" && bytes.Length > 0)
            {
                try
                {
                    text.Append('\n').Append(PdfText.All(bytes));   // a PDF's text is compressed: read it as a reader would
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    text.Append("\n(unreadable PDF)");
                }
            }
            return Done((int)response.StatusCode, response.Headers.RetryAfter is not null, text.ToString(), body);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return new Outcome(r, 0, null, watch.Elapsed, $"timeout after {RequestTimeout.TotalSeconds:0} s", []);
        }
        catch (HttpRequestException ex)
        {
            return new Outcome(r, 0, null, watch.Elapsed, $"transport: {ex.HttpRequestError} ({HostileRequest.Mask(ex.InnerException?.Message ?? ex.Message)})", []);
        }
        catch (IOException ex)
        {
            return new Outcome(r, 0, null, watch.Elapsed, $"transport: {HostileRequest.Mask(ex.Message)}", []);
        }
        catch (System.Net.Sockets.SocketException ex)
        {
            return new Outcome(r, 0, null, watch.Elapsed, $"transport: {ex.SocketErrorCode}", []);
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or ArgumentException or UriFormatException)
        {
            return new Outcome(r, 0, null, watch.Elapsed, $"unsent: {ex.GetType().Name}: {HostileRequest.Mask(ex.Message)}", []);
        }

        Outcome Done(int status, bool? retryAfter, string text, string body) =>
            new(r, status, retryAfter, watch.Elapsed, null, r.AsHr ? [] : probe.Leaked(text, Carried(r, body)))
            {
                // Finding 8: a client's Host or X-Forwarded-Host never makes it into what the server writes back.
                ReflectedHost = r.Headers.Any(h => h.Key is "Host" or "X-Forwarded-Host" or "Forwarded" && h.Value.Contains(EvilHost, StringComparison.Ordinal))
                    && text.Contains(EvilHost, StringComparison.OrdinalIgnoreCase),
            };
    }

    /// <summary>
    /// What the request carried (<see cref="HostileRequest.Carried"/>) and, for a chat history or
    /// conversation list, the caller's own messages stored there (their <c>message</c> and <c>title</c>):
    /// a question Ana typed about "E00002" comes back in her history, and is hers. What the assistant
    /// answered to it was checked when it answered.
    /// </summary>
    private static IReadOnlyList<string> Carried(HostileRequest r, string body)
    {
        var carried = r.Carried();
        if (!carried[^1].Contains("chat/conversations", StringComparison.OrdinalIgnoreCase))
        {
            return carried;
        }
        var stored = new StringBuilder();
        try
        {
            using var json = JsonDocument.Parse(body);
            Collect(json.RootElement, stored);
        }
        catch (JsonException)
        {
        }
        return [.. carried, stored.ToString()];

        static void Collect(JsonElement element, StringBuilder into)
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, into);
                }
            }
            else if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name is "message" or "title" && property.Value.ValueKind == JsonValueKind.String)
                    {
                        into.Append(property.Value.GetString()).Append('\n');
                    }
                    Collect(property.Value, into);
                }
            }
        }
    }

    /// <summary>
    /// The target with every character beyond ASCII percent-encoded as UTF-8, as a browser sends it. Left
    /// raw, HttpClient (with canonicalization off) writes such a target wrongly: "/payslips/٥/true" went
    /// out as "/payslips/" and six bytes of whatever its buffer held — once, another request's text.
    /// </summary>
    private static string AsciiTarget(string target)
    {
        if (target.All(char.IsAscii))
        {
            return target;
        }
        var ascii = new StringBuilder();
        foreach (var rune in target.EnumerateRunes())
        {
            ascii.Append(rune.IsAscii ? rune.ToString() : Uri.EscapeDataString(rune.ToString()));
        }
        return ascii.ToString();
    }

    /// <summary>
    /// The rules: nothing of John's to anyone but HR; no 5xx but 503 with Retry-After; a 429 carries
    /// Retry-After; every request answered (no reset, no timeout, nothing the client could not send);
    /// no forged token opens a protected route; a client's Host / X-Forwarded-Host is not written back (finding 8).
    /// </summary>
    private static IEnumerable<Offence> Offences(Outcome o)
    {
        if (o.Failure is not null)
        {
            yield return new Offence(o, o.Failure.StartsWith("unsent", StringComparison.Ordinal) ? "unsent" : "no answer", o.Failure);
            yield break;
        }
        if (o.Leaked.Count > 0)
        {
            yield return new Offence(o, "leak", "leaked John's " + string.Join(", ", o.Leaked));
        }
        if (o.Status >= 500 && !(o.Status == 503 && o.RetryAfter == true))
        {
            yield return new Offence(o, "server error", $"{o.Status} (5xx other than 503 + Retry-After)");
        }
        if (o.Status == 429 && o.RetryAfter == false)
        {
            yield return new Offence(o, "429 without Retry-After", "429 without Retry-After");
        }
        if (o.ReflectedHost)
        {
            yield return new Offence(o, "host reflected", $"the answer repeats the client's {EvilHost} host");
        }
        if (o.Request.Family == "forged-tokens" && o.Request.Forged && o.Status is >= 200 and < 300)
        {
            yield return new Offence(o, "forged token accepted", $"a forged token was accepted ({o.Status})");
        }
    }

    private static string Report(HostileBatch batch, Outcome[] outcomes, List<Offence> offences, LeakProbe probe, TimeSpan setup, TimeSpan run)
    {
        var text = new StringBuilder();
        var ci = CultureInfo.InvariantCulture;
        text.AppendLine(ci, $"# Hostile input run — {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss} UTC");
        text.AppendLine();
        text.Append(ci, $"{outcomes.Length} requests, seed {HostileRequests.Seed}, {Concurrency} at a time, in {run.TotalSeconds:0.0} s ");
        text.Append(ci, $"({outcomes.Length / run.TotalSeconds:0} req/s; setup incl. the gateway replica {setup.TotalSeconds:0.0} s). ");
        text.Append(ci, $"Leak check: {probe.Data.Count} data of John's ({probe.Data.Sum(d => d.Forms.Count)} forms) in every answer to anyone but HR");
        text.AppendLine(probe.Dropped.Count > 0 ? string.Create(ci, $"; {probe.Dropped.Count} forms left out because Ana's own data holds them too ({string.Join(", ", probe.Dropped)}).") : ".");
        text.AppendLine();
        text.AppendLine("| family | requests | distinct | 2xx | 3xx | 4xx | 429 | 503+RA | bad 5xx | no answer | leaks | slowest |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, _) in HostileRequests.Families)
        {
            Row(name, outcomes.Where(o => o.Request.Family == name).ToList(), batch.Catalogue[name].ToString(ci));
        }
        Row("**total**", [.. outcomes], batch.Catalogue.Values.Sum().ToString(ci));
        text.AppendLine();
        text.AppendLine("Status codes per family:");
        text.AppendLine();
        foreach (var (name, _) in HostileRequests.Families)
        {
            var codes = outcomes.Where(o => o.Request.Family == name).GroupBy(o => o.Failure is null ? o.Status.ToString(ci) : "none")
                .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}×{g.Count()}");
            text.AppendLine(ci, $"- {name}: {string.Join(" ", codes)}");
        }
        text.AppendLine();
        var unavailable = outcomes.Where(o => o.Status == 503).Take(10).ToList();
        if (unavailable.Count > 0)
        {
            text.AppendLine(ci, $"503 answers (the first {unavailable.Count} of {outcomes.Count(o => o.Status == 503)}):");
            text.AppendLine();
            foreach (var o in unavailable)
            {
                text.AppendLine(ci, $"- {o.Request.Family}: {o.Request.Describe()} → {o.Shown}");
            }
            text.AppendLine();
        }
        var notRefused = outcomes.Where(o => o.Request.Family == "forged-tokens" && o.Status != 401).Take(10).ToList();
        if (notRefused.Count > 0)
        {
            text.AppendLine("Forged-token requests not answered 401:");
            text.AppendLine();
            foreach (var o in notRefused)
            {
                text.AppendLine(ci, $"- {o.Request.Describe()} → {o.Shown}");
            }
            text.AppendLine();
        }
        text.AppendLine("Slowest requests:");
        text.AppendLine();
        foreach (var o in outcomes.OrderByDescending(o => o.Elapsed).Take(5))
        {
            text.AppendLine(ci, $"- {o.Elapsed.TotalMilliseconds:0} ms {o.Request.Family}: {o.Request.Describe()} → {o.Shown}");
        }
        text.AppendLine();
        if (offences.Count == 0)
        {
            text.AppendLine("No offences: no leak, no 5xx but 503 + Retry-After, every request answered.");
        }
        else
        {
            text.AppendLine(ci, $"{offences.Count} offences (the first 50):");
            text.AppendLine();
            foreach (var o in offences.Take(50))
            {
                text.AppendLine(ci, $"- {o.Kind} — {o.Outcome.Request.Family}: {o.Outcome.Request.Describe()} → {o.Outcome.Shown}: {o.Detail}");
            }
        }
        return text.ToString();

        void Row(string name, List<Outcome> rows, string distinct)
        {
            var answered = rows.Where(o => o.Failure is null).ToList();
            var slowest = rows.Count == 0 ? 0 : rows.Max(o => o.Elapsed.TotalMilliseconds);
            var fine503 = answered.Count(o => o.Status == 503 && o.RetryAfter == true);
            var bad5xx = answered.Count(o => o.Status >= 500) - fine503;
            text.Append(ci, $"| {name} | {rows.Count} | {distinct} | {answered.Count(o => o.Status is >= 200 and < 300)} | {answered.Count(o => o.Status is >= 300 and < 400)} ");
            text.Append(ci, $"| {answered.Count(o => o.Status is >= 400 and < 500 and not 429)} | {answered.Count(o => o.Status == 429)} | {fine503} | {bad5xx} ");
            text.AppendLine(ci, $"| {rows.Count - answered.Count} | {rows.Count(o => o.Leaked.Count > 0)} | {slowest:0} ms |");
        }
    }
}
