using ChatNomina.Inference;
using ChatNomina.InferenceWorker.Consumers;
using ChatNomina.InferenceWorker.Infrastructure;
using ChatNomina.ServiceDefaults.Health;
using ChatNomina.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace ChatNomina.InferenceWorker.Extensions;

public static class Extensions
{
    /// <summary>Models (loaded and verified at start), the three batch consumers on RabbitMQ, the
    /// readiness checks (models loaded, bus connected) and the worker's metrics.</summary>
    public static IHostApplicationBuilder AddInferenceWorker(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<InferenceOptions>().BindConfiguration(InferenceOptions.SectionName);
        services.AddOptions<BatchingOptions>().BindConfiguration(BatchingOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();

        services.AddSingleton<InferenceModels>();
        services.AddSingleton<InferenceMetrics>();
        services.AddSingleton<ReplySender>();
        // Registered before MassTransit's hosted service: the bus starts only once the models are loaded.
        services.AddHostedService<ModelLoader>();
        services.AddHealthChecks().AddCheck<ModelsHealthCheck>("models", tags: [HealthExtensions.ReadyTag]);

        services.ConfigureOpenTelemetryMeterProvider(m => m
            .AddView($"{InferenceMetrics.ModelDuration}", new ExplicitBucketHistogramConfiguration
            {
                Boundaries = ServiceDefaults.Telemetry.ChatNominaMetrics.LatencyBuckets,
            })
            .AddView(InferenceMetrics.BatchSize, new ExplicitBucketHistogramConfiguration
            {
                Boundaries = InferenceMetrics.BatchSizeBuckets,
            }));

        // The bus starts without blocking the host: /health/live answers at once and
        // /health/ready says 503 until the bus is connected (and the models are loaded).
        services.AddRabbitMqBus(HealthStatus.Unhealthy, x =>
        {
            x.SetKebabCaseEndpointNameFormatter();
            x.AddConsumer<ClassifyIntentConsumer, ClassifyIntentConsumerDefinition>();
            x.AddConsumer<ExtractEntitiesConsumer, ExtractEntitiesConsumerDefinition>();
            x.AddConsumer<GenerateAnswerConsumer, GenerateAnswerConsumerDefinition>();
        });
        return builder;
    }
}
