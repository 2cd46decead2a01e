using ChatNomina.Chat.Answers;
using ChatNomina.Chat.Conversations;
using ChatNomina.Chat.Data;
using ChatNomina.Chat.Limits;
using ChatNomina.Chat.Pipeline;
using ChatNomina.Chat.Storage;
using ChatNomina.Chat.Telemetry;
using ChatNomina.Chat.Understanding;
using ChatNomina.ServiceDefaults.Authentication;
using ChatNomina.ServiceDefaults.Database;
using ChatNomina.ServiceDefaults.Messaging;
using ChatNomina.ServiceDefaults.Redis;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace ChatNomina.Chat.Extensions;

public static class Extensions
{
    public static IHostApplicationBuilder AddChatServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddDefaultAuthentication();
        builder.AddPostgresDbContext<ChatDbContext>("chatdb");
        // Redis holds contexts and rate limits; without it the chat still answers (no follow-ups, no limit).
        builder.AddRedis(requiredForReadiness: false);

        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = Apis.ChatJsonContext.Encoder);
        services.AddOptions<ChatOptions>().BindConfiguration(ChatOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ChatMetrics>();
        services.AddSingleton<UserRateLimiter>();
        services.AddSingleton<InFlightLimiter>();
        services.AddSingleton<ContextStore>();
        services.AddSingleton<InferenceClient>();
        services.AddSingleton<AnswerComposer>();
        services.AddScoped<AnswerPlanner>();
        services.AddScoped<Queries.QueryExecutor>();
        services.AddScoped<ChatPipeline>();
        services.AddSingleton<Analytics.ChatAnalytics>();
        // Ready only once the first messages' cold work is done (queries, broker round trip, parser).
        services.AddSingleton<ChatWarmUp>();
        services.AddHostedService(sp => sp.GetRequiredService<ChatWarmUp>());
        services.AddHealthChecks().AddCheck<ChatWarmUp>("warm-up", tags: [ServiceDefaults.Health.HealthExtensions.ReadyTag]);

        // Payroll and users are called with the user's token (never a service identity).
        services.AddHttpClient<PayrollClient>((sp, http) =>
        {
            var data = sp.GetRequiredService<IOptions<ChatOptions>>().Value.Data;
            http.BaseAddress = new Uri(data.PayrollUrl.TrimEnd('/') + "/");
            http.Timeout = data.Timeout;
        });
        services.AddHttpClient<UsersClient>((sp, http) =>
        {
            var data = sp.GetRequiredService<IOptions<ChatOptions>>().Value.Data;
            http.BaseAddress = new Uri(data.UsersUrl.TrimEnd('/') + "/");
            http.Timeout = data.Timeout;
        });

        services.ConfigureOpenTelemetryMeterProvider(m => m
            .AddView(ChatMetrics.IntentConfidence, new ExplicitBucketHistogramConfiguration { Boundaries = ChatMetrics.ConfidenceBuckets })
            .AddView(ChatMetrics.StageDuration, new ExplicitBucketHistogramConfiguration
            {
                Boundaries = ServiceDefaults.Telemetry.ChatNominaMetrics.LatencyBuckets,
            })
            .AddView(ChatMetrics.AnswerDuration, new ExplicitBucketHistogramConfiguration
            {
                Boundaries = ServiceDefaults.Telemetry.ChatNominaMetrics.LatencyBuckets,
            }));

        // Request clients only: the chat consumes nothing. A broker that is away makes answers
        // degraded ("busy", within the inference timeout) and the service unready (503), so an
        // orchestrator sees the outage; the process keeps answering whoever still reaches it.
        services.AddRabbitMqBus(HealthStatus.Unhealthy);
        return builder;
    }
}
