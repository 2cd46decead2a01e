using System.Net;
using System.Text.Json;
using ChatNomina.Payroll.Tests.Support;
using ChatNomina.Testing;
using static ChatNomina.Payroll.Tests.Support.PayrollApi;

namespace ChatNomina.Payroll.Tests.Api;

/// <summary>Redis is only a cache: without it reads still succeed from PostgreSQL and readiness says Degraded.</summary>
public sealed class RedisOutageTests
{
    private static async Task WithFactoryAsync(string redisConfiguration, Func<PayrollFactory, Task> test)
    {
        var factory = new PayrollFactoryWithRedis(redisConfiguration);
        await factory.InitializeAsync();
        try
        {
            await test(factory);
        }
        finally
        {
            await ((IAsyncLifetime)factory).DisposeAsync();
        }
    }

    private static async Task<JsonElement> ReadinessAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/health/ready");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"/health/ready answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task Reads_keep_answering_200_with_the_same_data_after_redis_dies_and_readiness_reports_Degraded()
    {
        await using var redis = await PrivateRedisServer.StartAsync();
        await WithFactoryAsync(redis.Configuration, async factory =>
        {
            var user = Guid.NewGuid();
            var march = PayslipRow.Typical(user, 2025, 3, 3100m);
            var april = PayslipRow.Typical(user, 2025, 4, 3100m);
            await factory.ImportAsync(march, april);
            using var employee = factory.Employee(user);
            using var anonymous = factory.CreateClient();
            Assert.Equal("Healthy", (await ReadinessAsync(anonymous)).GetProperty("status").GetString());
            var cached = await employee.GetOkJsonAsync(PayslipUrl(march));
            var cachedYear = await employee.GetOkJsonAsync("/api/payroll/payslips?year=2025");
            Assert.True(await RedisProbe.KeyExistsAsync(await factory.PayslipKeyAsync(user, 2025, 3, redis.Configuration), redis.Configuration));

            await redis.KillAsync();

            var afterOutage = await employee.GetOkJsonAsync(PayslipUrl(march));
            Assert.Equal(cached.ToString(), afterOutage.ToString());
            AssertPayslipMatches(march, afterOutage);
            Assert.Equal(cachedYear.ToString(), (await employee.GetOkJsonAsync("/api/payroll/payslips?year=2025")).ToString());
            AssertPayslipMatches(april, await employee.GetOkJsonAsync("/api/payroll/payslips/latest"));
            using var hr = factory.Hr();
            AssertPayslipMatches(april, await hr.GetOkJsonAsync(HrPayslipUrl(april)));
            var readiness = await ReadinessAsync(anonymous);
            Assert.Equal("Degraded", readiness.GetProperty("status").GetString());
            Assert.Equal("Degraded", readiness.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString());
            Assert.Equal("Healthy", readiness.GetProperty("checks").GetProperty("postgres").GetProperty("status").GetString());
        });
    }

    [Fact]
    public async Task Imports_still_work_while_redis_is_down_and_reads_show_the_new_figures()
    {
        await using var redis = await PrivateRedisServer.StartAsync();
        await WithFactoryAsync(redis.Configuration, async factory =>
        {
            var row = PayslipRow.Typical(Guid.NewGuid(), 2025, 3, 3100m);
            await factory.ImportAsync(row);
            using var employee = factory.Employee(row.UserId);
            await employee.GetOkJsonAsync(PayslipUrl(row));
            await redis.KillAsync();
            var corrected = row with { IncomeTax = row.IncomeTax + 1m };

            var result = await factory.ImportAsync(corrected);

            Assert.Equal(1, result.GetProperty("updated").GetInt32());
            AssertPayslipMatches(corrected, await employee.GetOkJsonAsync(PayslipUrl(row)));
        });
    }

    [Fact]
    public async Task Service_started_with_nothing_listening_on_the_redis_port_reads_from_postgres()
    {
        var nowhere = $"127.0.0.1:{PrivateRedisServer.FreeLocalPort()}";
        await WithFactoryAsync(nowhere, async factory =>
        {
            var row = PayslipRow.Typical(Guid.NewGuid(), 2025, 2, 2750m);
            await factory.ImportAsync(row);
            using var employee = factory.Employee(row.UserId);
            using var anonymous = factory.CreateClient();

            AssertPayslipMatches(row, await employee.GetOkJsonAsync(PayslipUrl(row)));
            AssertPayslipMatches(row, await employee.GetOkJsonAsync(PayslipUrl(row)));
            Assert.Single((await employee.GetOkJsonAsync("/api/payroll/payslips?year=2025")).GetProperty("payslips").EnumerateArray());
            using var missing = await employee.GetAsync("/api/payroll/payslips/2025/11");
            await AssertProblemAsync(missing, HttpStatusCode.NotFound);
            Assert.Equal("Degraded", (await ReadinessAsync(anonymous)).GetProperty("status").GetString());
        });
    }
}
