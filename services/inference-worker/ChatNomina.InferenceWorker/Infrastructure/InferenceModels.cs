using ChatNomina.Inference;
using Microsoft.Extensions.Options;

namespace ChatNomina.InferenceWorker.Infrastructure;

/// <summary>The loaded models of this process (one <see cref="NluEngine"/>, shared by every consumer:
/// ONNX Runtime sessions are safe to run concurrently).</summary>
public sealed class InferenceModels(IOptions<InferenceOptions> options, ILogger<InferenceModels> logger) : IDisposable
{
    private volatile NluEngine? _engine;

    public bool IsLoaded => _engine is not null;

    public NluEngine Engine => _engine ?? throw new InvalidOperationException("The models are not loaded yet.");

    /// <summary>Verifies the sha256 of every model folder and creates the sessions (CUDA first, CPU
    /// otherwise — each session logs which one it got). Throws when a folder fails its check.</summary>
    public void Load()
    {
        if (_engine is not null) return;
        var engine = new NluEngine(options.Value, line => logger.LogInformation("{Line}", line));
        logger.LogInformation("inference: models loaded: {Models} (T5 on {T5Provider}, NER on {NerProvider})",
            engine.Models, engine.T5.Provider, engine.Ner.Provider);
        WarmUp(engine);
        _engine = engine;
    }

    /// <summary>
    /// One call of each model in both languages before the worker is ready and consumes: the first
    /// run of a session (JIT, ONNX Runtime's allocations) is many times slower than the next, and it
    /// would otherwise fall on the first users' messages, past the chat's inference timeout.
    /// </summary>
    private void WarmUp(NluEngine engine)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        string[] texts = ["¿cuánto cobré neto en marzo de 2025?", "what was my gross pay in May 2025?"];
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        engine.ClassifyIntent(texts);
        engine.ExtractEntities(texts, [today, today]);
        engine.Generate(["generate: intent=net_pay lang=es fields=net_salary,period", "generate: intent=gross_pay lang=en fields=gross_salary,period"]);
        logger.LogInformation("inference: models warmed up in {ElapsedMs:0} ms",
            System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    public void Dispose() => _engine?.Dispose();
}

/// <summary>Loads the models when the host starts, before the bus (registered first): a folder that
/// fails its integrity check stops the process at start-up instead of failing every message.</summary>
public sealed class ModelLoader(InferenceModels models) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.Run(models.Load, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Ready only once the models are loaded.</summary>
public sealed class ModelsHealthCheck(InferenceModels models) : Microsoft.Extensions.Diagnostics.HealthChecks.IHealthCheck
{
    public Task<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult> CheckHealthAsync(
        Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(models.IsLoaded
            ? Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy(
                $"{models.Engine.Models} on {models.Engine.T5.Provider}")
            : Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Unhealthy("models not loaded yet"));
}
