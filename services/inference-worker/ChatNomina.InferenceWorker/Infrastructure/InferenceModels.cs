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

    /// <summary>Verifies the sha256 of both model folders and creates the sessions (CUDA first, CPU
    /// otherwise — each session logs which one it got). Throws when a folder fails its check.</summary>
    public void Load()
    {
        if (_engine is not null) return;
        var engine = new NluEngine(options.Value, line => logger.LogInformation("{Line}", line));
        logger.LogInformation("inference: models loaded: {T5} {T5Version} ({T5Provider}), {Ner} {NerVersion} ({NerProvider})",
            engine.T5.Folder.Id, engine.T5.Folder.Version, engine.T5.Provider,
            engine.Ner.Folder.Id, engine.Ner.Folder.Version, engine.Ner.Provider);
        _engine = engine;
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
                $"{models.Engine.T5.Folder.Id} {models.Engine.T5.Folder.Version} and {models.Engine.Ner.Folder.Id} {models.Engine.Ner.Folder.Version} on {models.Engine.T5.Provider}")
            : Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Unhealthy("models not loaded yet"));
}
