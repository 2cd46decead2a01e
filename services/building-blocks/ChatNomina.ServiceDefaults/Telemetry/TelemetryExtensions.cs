using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ChatNomina.ServiceDefaults.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>Activity sources and meters of our own code and of the libraries we trace.</summary>
    private static readonly string[] TracedSources = [ChatNominaTelemetry.SourceName, "MassTransit"];

    /// <summary>
    /// JSON console logs with scopes; every line carries TraceId and SpanId (and UserId once
    /// the request is authenticated, see <see cref="Authentication.UserLogScopeMiddleware"/>).
    /// </summary>
    public static IHostApplicationBuilder ConfigureStructuredLogging(this IHostApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.Configure(o => o.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        builder.Logging.AddJsonConsole(o =>
        {
            o.IncludeScopes = true;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
        });
        return builder;
    }

    public static IHostApplicationBuilder ConfigureOpenTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ChatNominaMetrics>();

        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(builder.Environment.ApplicationName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(ChatNominaMetrics.MeterName, "MassTransit", "Npgsql")
                .AddView(
                    $"{ChatNominaMetrics.Prefix}request_duration",
                    new ExplicitBucketHistogramConfiguration { Boundaries = ChatNominaMetrics.LatencyBuckets })
                .AddPrometheusExporter())
            .WithTracing(tracing => tracing
                .AddSource(TracedSources)
                .AddAspNetCoreInstrumentation(o => o.Filter = ctx => !Extensions.IsInfrastructurePath(ctx.Request.Path))
                .AddHttpClientInstrumentation()
                .AddNpgsql());

        // Export traces/logs over OTLP only where a collector is configured (Kubernetes, Jaeger…).
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            otel.UseOtlpExporter();
        }

        return builder;
    }
}
