using System.Diagnostics;
using System.Text.Json;
using ChatNomina.Inference;

namespace ChatNomina.InferenceWorker.Cli;

/// <summary>predict | eval FILE | bench — results on stdout, logs on stderr.</summary>
public static class InferenceCli
{
    public static readonly HashSet<string> Verbs = ["predict", "eval", "bench", "bus-bench"];

    public static async Task<int> RunAsync(string[] args)
    {
        var verb = args[0];
        var rest = args.Skip(1).ToArray();
        var positional = rest.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        var config = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(rest.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToArray())
            .Build();
        if (verb == "bus-bench")
            return await BusBench.RunAsync(config);
        var options = new InferenceOptions();
        config.GetSection(InferenceOptions.SectionName).Bind(options);
        try
        {
            using var engine = new NluEngine(options, Console.Error.WriteLine);
            return verb switch
            {
                "predict" => await Predict.RunAsync(engine),
                "eval" => positional.Length == 1 ? Eval.Run(engine, positional[0]) : Usage(),
                "bench" => Bench.Run(engine, config),
                _ => Usage(),
            };
        }
        catch (Exception e) when (e is ModelIntegrityException or DirectoryNotFoundException or FileNotFoundException)
        {
            await Console.Error.WriteLineAsync($"inference: {e.Message}");
            return 2;
        }
    }

    private static int Usage()
    {
        Console.Error.WriteLine("""
            usage: ChatNomina.InferenceWorker predict            JSON Lines {"id","text","now"} on stdin → predictions on stdout
                   ChatNomina.InferenceWorker eval FILE          metrics of nlu.md on an evaluation file
                   ChatNomina.InferenceWorker bench              latency / throughput / RSS
                   ChatNomina.InferenceWorker bus-bench          requests through RabbitMQ to the running worker(s)
            options: --Inference:ModelsPath=DIR --Inference:IntraOpThreads=N --Inference:InterOpThreads=N --Inference:PreferCuda=false
            """);
        return 64;
    }

    internal static DateOnly ParseNow(JsonElement row)
    {
        if (row.TryGetProperty("now", out var n) && n.ValueKind == JsonValueKind.String && n.GetString() is { Length: >= 10 } s
            && DateOnly.TryParse(s[..10], System.Globalization.CultureInfo.InvariantCulture, out var d))
            return d;
        return DateOnly.FromDateTime(DateTime.UtcNow);
    }

    internal static double Percentile(List<double> values, double p)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToArray();
        var rank = p / 100.0 * (sorted.Length - 1);
        var lo = (int)Math.Floor(rank);
        var hi = (int)Math.Ceiling(rank);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
    }

    internal static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
