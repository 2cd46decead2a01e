namespace ChatNomina.Payroll.Tests.Support;

/// <summary>The real clock moved by <see cref="Offset"/>: a test jumps ahead in time while timers and delays stay real.</summary>
public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}

/// <summary>The payroll service with a clock the test moves (<see cref="Clock"/>).</summary>
public sealed class PayrollFactoryWithClock : PayrollFactory
{
    public ShiftedClock Clock { get; } = new();

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
            Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<TimeProvider>(services, Clock));
    }
}
