using ChatNomina.Payroll.Audit;
using ChatNomina.Payroll.Caching;
using ChatNomina.Payroll.Import;
using ChatNomina.Payroll.Infrastructure;
using ChatNomina.Payroll.Pdf;
using ChatNomina.ServiceDefaults.Database;
using ChatNomina.ServiceDefaults.Redis;

namespace ChatNomina.Payroll.Extensions;

internal static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PayrollOptions>()
            .BindConfiguration(PayrollOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.AddPostgresDbContext<PayrollDbContext>("payrolldb");
        // Redis is only a cache here: when it is down, reads go to PostgreSQL and readiness says Degraded.
        builder.AddRedis(requiredForReadiness: false);

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<PayslipAuditLog>();
        builder.Services.AddHostedService<PayslipAuditWriter>();
        builder.Services.AddScoped<PayslipReader>();
        builder.Services.AddScoped<PayslipPdfWriter>();
        builder.Services.AddScoped<PayslipImporter>();
        builder.Services.AddScoped<ImportHistory>();
        builder.Services.AddScoped<PayJumpCheck>();
        builder.Services.AddScoped<ImportPublisher>();
        builder.Services.AddHttpClient<EmployeeDirectory>((sp, http) =>
        {
            var options = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<PayrollOptions>>().Value;
            http.BaseAddress = new Uri(options.UsersUrl.TrimEnd('/') + "/");
            http.Timeout = options.UsersTimeout;
        });
        builder.Services.ConfigureHttpJsonOptions(o =>
            o.SerializerOptions.TypeInfoResolverChain.Insert(0, Apis.PayrollJsonContext.Default));

        return builder;
    }
}
