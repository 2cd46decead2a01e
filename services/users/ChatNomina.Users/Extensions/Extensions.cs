using ChatNomina.ServiceDefaults.Database;
using ChatNomina.ServiceDefaults.Redis;
using ChatNomina.Users.Apis;
using ChatNomina.Users.Credentials;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using ChatNomina.Users.Infrastructure;

namespace ChatNomina.Users.Extensions;

internal static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<UsersOptions>()
            .BindConfiguration(UsersOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.AddPostgresDbContext<UsersDbContext>("usersdb");
        builder.AddRedis(requiredForReadiness: false);

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<EmployeeProfiles>();

        // People (docs/people.md): credential states go to auth through the outbox, delivered by the request
        // and, for what is left, by the dispatcher.
        builder.Services.AddHttpClient<AuthCredentialsClient>(AuthCredentialsClient.HttpClientName, (sp, http) =>
        {
            var options = sp.GetRequiredService<IOptions<UsersOptions>>().Value;
            http.BaseAddress = new Uri(options.AuthUrl.TrimEnd('/') + "/");
            http.Timeout = options.AuthTimeout;
        });
        // One quick retry (the PUT is idempotent), each try bounded: the request that waits for it is HR's.
        builder.Services.AddOptions<HttpStandardResilienceOptions>($"{AuthCredentialsClient.HttpClientName}-standard")
            .Configure<IOptions<UsersOptions>>((o, users) =>
            {
                var total = users.Value.AuthTimeout;
                o.TotalRequestTimeout.Timeout = total;
                o.AttemptTimeout.Timeout = total / 2;
                o.Retry.MaxRetryAttempts = 1;
                o.Retry.Delay = TimeSpan.FromMilliseconds(100);
                o.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(Math.Max(30, 2 * (total / 2).TotalSeconds + 1));
            });
        builder.Services.AddSingleton<CredentialOutbox>();
        builder.Services.AddHostedService<CredentialOutboxDispatcher>();
        builder.Services.ConfigureHttpJsonOptions(o =>
            o.SerializerOptions.TypeInfoResolverChain.Insert(0, UsersJsonContext.Default));
        return builder;
    }
}
