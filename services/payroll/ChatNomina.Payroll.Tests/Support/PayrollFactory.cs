using ChatNomina.Payroll.Import;
using ChatNomina.Payroll.Infrastructure;
using ChatNomina.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ChatNomina.Payroll.Tests.Support;

/// <summary>The payroll service in-process, on its own PostgreSQL database and Redis key prefix.</summary>
public class PayrollFactory : ServiceFactory<Program, PayrollDbContext>
{
    protected override string ConnectionName => "payrolldb";

    public override string Audience => "chatnomina-payroll";

    /// <summary>What the imports are checked against instead of the users service.</summary>
    public UsersServiceDouble Users { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // The whole lookup (retries included) gives up after 2 s, so the outage tests stay short.
        builder.UseSetting("Payroll:UsersTimeout", "00:00:02");
        builder.ConfigureServices(services =>
            services.AddHttpClient<EmployeeDirectory>().ConfigurePrimaryHttpMessageHandler(() => Users));
    }
}

/// <summary>The payroll service with its cache pointed at a Redis of the test's choosing.</summary>
public sealed class PayrollFactoryWithRedis(string redisConfiguration) : PayrollFactory
{
    protected override string RedisConfiguration => redisConfiguration;
}
