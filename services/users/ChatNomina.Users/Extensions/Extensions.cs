using ChatNomina.ServiceDefaults.Database;
using ChatNomina.ServiceDefaults.Redis;
using ChatNomina.Users.Apis;
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
        builder.Services.ConfigureHttpJsonOptions(o =>
            o.SerializerOptions.TypeInfoResolverChain.Insert(0, UsersJsonContext.Default));
        return builder;
    }
}
