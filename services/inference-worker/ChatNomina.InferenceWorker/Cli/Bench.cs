using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ChatNomina.Inference;

namespace ChatNomina.InferenceWorker.Cli;

/// <summary>Per-message latency (p50/p99) of intent, NER and generation at batch 1, throughput at batch
/// 1/4/16/32 with the ratio to batch 1, and the process RSS. Options: --Bench:Messages=FILE (JSON Lines with
/// "text"), --Bench:Count=N (messages per latency run, default 200).</summary>
internal static class Bench
{
    private static readonly string[] GenerateInputs =
    [
        "generate: intent=net_pay lang=es fields=month_name,year,net_salary,payment_date",
        "generate: intent=net_pay lang=en fields=month_name,year,net_salary",
        "generate: intent=deductions lang=es fields=month_name,year,deduction_label,deduction_amount",
        "generate: intent=pay_comparison lang=en fields=period_a,period_b,net_a,net_b,net_diff trend=down",
        "generate: intent=greeting lang=es fields=employee_name",
        "generate: intent=payment_date lang=en fields=month_name,year,payment_date tense=future",
        "generate: intent=profile_info lang=es fields=department,position",
        "generate: intent=ytd_summary lang=en fields=year,ytd_gross,ytd_net,months_count",
    ];

    private static readonly string[] FallbackMessages =
    [
        "¿Cuánto me retuvieron de IRPF en enero?", "what were my deductions last month?", "hola", "show me my last payslip",
        "¿cuándo me pagan la nómina de marzo?", "compare my net pay in January and February", "¿en qué departamento estoy?",
        "how much have I earned so far in 2025?", "¿qué tiempo hará mañana?", "thanks a lot!",
    ];

    public static int Run(NluEngine engine, IConfiguration config)
    {
        var count = config.GetValue("Bench:Count", 200);
        var messages = LoadMessages(config["Bench:Messages"]);
        var now = new DateOnly(2026, 3, 15);
        string Msg(int i) => messages[i % messages.Count];

        // Warm-up: JIT, ONNX Runtime allocations for every batch size.
        foreach (var b in new[] { 1, 4, 16, 32 })
        {
            var batch = Enumerable.Range(0, b).Select(Msg).ToArray();
            engine.ClassifyIntent(batch);
            engine.ExtractEntities(batch, batch.Select(_ => now).ToArray());
            engine.Generate(Enumerable.Range(0, b).Select(i => GenerateInputs[i % GenerateInputs.Length]).ToArray());
        }

        var intent = new List<double>();
        var ner = new List<double>();
        var both = new List<double>();
        var gen = new List<double>();
        var genTokens = new List<int>();
        for (var i = 0; i < count; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            engine.ClassifyIntent([Msg(i)]);
            var t1 = Stopwatch.GetTimestamp();
            engine.ExtractEntities([Msg(i)], [now]);
            var t2 = Stopwatch.GetTimestamp();
            intent.Add(InferenceCli.Ms(t1 - t0));
            ner.Add(InferenceCli.Ms(t2 - t1));
            both.Add(InferenceCli.Ms(t2 - t0));
        }
        // The two halves of the intent, timed on the same messages in the same run.
        var t5Only = new List<double>();
        var ngramOnly = new List<double>();
        for (var i = 0; engine.IntentNgram is not null && i < count; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            engine.T5.IntentLabelScores([Msg(i)]);
            var t1 = Stopwatch.GetTimestamp();
            engine.IntentNgram.LogProbs([Msg(i)]);
            t5Only.Add(InferenceCli.Ms(t1 - t0));
            ngramOnly.Add(InferenceCli.Ms(Stopwatch.GetTimestamp() - t1));
        }
        for (var i = 0; i < Math.Max(16, count / 4); i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            var r = engine.Generate([GenerateInputs[i % GenerateInputs.Length]]);
            gen.Add(InferenceCli.Ms(Stopwatch.GetTimestamp() - t0));
            genTokens.Add(r[0].Ids.Count);
        }

        Console.WriteLine();
        Console.WriteLine($"## Inference on {engine.T5.Provider} ({engine.Options.IntraOpThreads} intra-op / {engine.Options.InterOpThreads} inter-op threads, {Environment.ProcessorCount} cores visible)");
        Console.WriteLine($"models: {engine.Models}; {messages.Count} distinct messages, {count} timed at batch 1");
        Console.WriteLine();
        Console.WriteLine("| batch 1 latency per message | p50 ms | p99 ms | mean ms |");
        Console.WriteLine("|---|---|---|---|");
        Row(engine.IntentNgram is null ? "intent (T5 13-label scoring)" : "intent (T5 13-label scoring × n-gram)", intent);
        if (t5Only.Count > 0)
        {
            Row("… of which T5 label scoring", t5Only);
            Row("… of which n-gram model", ngramOnly);
        }
        Row("NER", ner);
        Row("intent + NER", both);
        Row($"generation (greedy, KV cache, mean {genTokens.Average():F1} tokens)", gen);

        Console.WriteLine();
        Console.WriteLine("| throughput | batch | messages/s | ratio to batch 1 |");
        Console.WriteLine("|---|---|---|---|");
        Throughput("intent + NER", (b, it) =>
        {
            var batch = Enumerable.Range(it * b, b).Select(Msg).ToArray();
            return () =>
            {
                engine.ClassifyIntent(batch);
                engine.ExtractEntities(batch, batch.Select(_ => now).ToArray());
            };
        }, Math.Max(64, count));
        Throughput("intent", (b, it) =>
        {
            var batch = Enumerable.Range(it * b, b).Select(Msg).ToArray();
            return () => engine.ClassifyIntent(batch);
        }, Math.Max(64, count));
        Throughput("NER", (b, it) =>
        {
            var batch = Enumerable.Range(it * b, b).Select(Msg).ToArray();
            return () => engine.ExtractEntities(batch, batch.Select(_ => now).ToArray());
        }, Math.Max(64, count));
        Throughput("generation", (b, it) =>
        {
            var batch = Enumerable.Range(it * b, b).Select(i => GenerateInputs[i % GenerateInputs.Length]).ToArray();
            return () => engine.Generate(batch);
        }, 64);

        var (rss, peak) = Rss();
        Console.WriteLine();
        Console.WriteLine($"process RSS with every model loaded: {rss / 1024.0:F0} MB (peak {peak / 1024.0:F0} MB)");
        return 0;
    }

    private static void Row(string name, List<double> v) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {InferenceCli.Percentile(v, 50):F2} | {InferenceCli.Percentile(v, 99):F2} | {v.Average():F2} |"));

    /// <summary>make(batchSize, iteration) → the call for that batch (every iteration takes the next messages).</summary>
    private static void Throughput(string name, Func<int, int, Action> make, int messagesPerSize)
    {
        double? baseRate = null;
        foreach (var b in new[] { 1, 4, 16, 32 })
        {
            var iterations = Math.Max(2, messagesPerSize / b);
            var runs = Enumerable.Range(0, iterations).Select(i => make(b, i)).ToArray();
            var sw = Stopwatch.StartNew();
            foreach (var run in runs) run();
            var rate = iterations * b / sw.Elapsed.TotalSeconds;
            baseRate ??= rate;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {b} | {rate:F1} | {rate / baseRate.Value:F2}x |"));
        }
    }

    private static (long RssKb, long PeakKb) Rss()
    {
        long rss = 0, peak = 0;
        if (File.Exists("/proc/self/status"))
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) peak = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
            }
        if (rss == 0) rss = peak = Environment.WorkingSet / 1024;
        return (rss, peak);
    }

    private static List<string> LoadMessages(string? file)
    {
        if (string.IsNullOrWhiteSpace(file) || !File.Exists(file)) return [.. FallbackMessages];
        var list = new List<string>();
        foreach (var line in File.ReadLines(file))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            if (doc.RootElement.TryGetProperty("text", out var t) && t.GetString() is { } s) list.Add(s);
        }
        return list.Count > 0 ? list : [.. FallbackMessages];
    }
}
