using System.Diagnostics;
using ChatNomina.Contracts.Inference;
using ChatNomina.InferenceWorker.Infrastructure;
using ChatNomina.ServiceDefaults.Messaging;
using MassTransit;

namespace ChatNomina.InferenceWorker.Cli;

/// <summary><c>bus-bench</c>: a client that sends ClassifyIntent requests through RabbitMQ to the running
/// worker(s) with a fixed number in flight and prints answers/s and latency percentiles. Start the
/// worker with different <c>Inference:Batching:MessageLimit</c> values to see what batching buys.
/// Options: <c>--Bench:Requests=N</c> (400), <c>--Bench:Concurrency=N</c> (32), <c>--Bench:Queue=NAME</c>
/// (classify-intent or extract-entities), plus the <c>RabbitMq:*</c> settings.</summary>
public static class BusBench
{
    private static readonly string[] Texts =
    [
        "¿cuánto cobré en marzo?", "what is my net pay for January 2025?", "hola", "¿cuánto me retuvieron de IRPF en enero del 24?",
        "what were my deductions last month?", "mi salario bruto de febrero", "¿cuándo me pagan la nómina de abril?",
        "compare my net pay in January and February 2025", "¿en qué departamento estoy?", "tell me a joke",
    ];

    public static async Task<int> RunAsync(IConfiguration config)
    {
        var rabbit = new RabbitMqOptions();
        config.GetSection(RabbitMqOptions.SectionName).Bind(rabbit);
        var requests = config.GetValue("Bench:Requests", 400);
        var concurrency = config.GetValue("Bench:Concurrency", 32);
        var queue = config.GetValue("Bench:Queue", "classify-intent")!;

        var bus = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host(rabbit.Host, (ushort)rabbit.Port, rabbit.VirtualHost, h =>
        {
            h.Username(rabbit.Username);
            h.Password(rabbit.Password);
        }));
        await bus.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        try
        {
            var address = new Uri($"queue:{queue}");
            var now = DateTimeOffset.Now;
            Func<int, Task> one = queue == "extract-entities"
                ? i => bus.CreateRequestClient<ExtractEntities>(address, RequestTimeout.After(s: 60))
                    .GetResponse<EntitiesExtracted>(new ExtractEntities(Guid.NewGuid(), "es", now, Texts[i % Texts.Length]))
                : i => bus.CreateRequestClient<ClassifyIntent>(address, RequestTimeout.After(s: 60))
                    .GetResponse<IntentClassified>(new ClassifyIntent(Guid.NewGuid(), "es", now, Texts[i % Texts.Length]));

            for (var i = 0; i < 20; i++) await one(i); // warm-up

            var latencies = new List<double>(requests);
            var gate = new SemaphoreSlim(concurrency);
            var total = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, requests).Select(async i =>
            {
                await gate.WaitAsync();
                try
                {
                    var start = Stopwatch.GetTimestamp();
                    await one(i);
                    lock (latencies) latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
                finally
                {
                    gate.Release();
                }
            }));
            total.Stop();
            Console.WriteLine($"queue={queue} requests={requests} in_flight={concurrency} answers/s={requests / total.Elapsed.TotalSeconds:F1} " +
                $"p50={InferenceCli.Percentile(latencies, 50):F1}ms p99={InferenceCli.Percentile(latencies, 99):F1}ms");
            return 0;
        }
        finally
        {
            await bus.StopAsync();
        }
    }
}
