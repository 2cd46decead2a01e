using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatNomina.Users.Apis;

namespace ChatNomina.Users.Tests;

/// <summary>Redis is only a cache: with it unreachable, the service answers from PostgreSQL and says it is degraded.</summary>
public sealed class RedisOutageTests(UsersFactoryWithoutRedis factory) : IClassFixture<UsersFactoryWithoutRedis>
{
    [Fact]
    public async Task With_redis_unreachable_employee_still_reads_own_profile()
    {
        var ana = TestEmployees.Create();
        await factory.SeedAsync(ana);
        var client = factory.CreateClientFor(ana.Id);

        for (var i = 0; i < 2; i++)
        {
            var response = await client.GetAsync("/api/users/me");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(EmployeeDto.From(ana), await response.Content.ReadFromJsonAsync<EmployeeDto>());
        }
    }

    [Fact]
    public async Task With_redis_unreachable_hr_reads_lists_and_updates()
    {
        var ana = TestEmployees.Create(department: "Outage");
        await factory.SeedAsync(ana);
        var hr = factory.CreateHrClient();

        Assert.Equal(HttpStatusCode.OK, (await hr.GetAsync($"/api/users/{ana.Id}")).StatusCode);
        var page = await hr.GetFromJsonAsync<EmployeePage>("/api/users?department=Outage");
        Assert.Equal(ana.Id, Assert.Single(page!.Items).Id);

        var put = await hr.PutAsJsonAsync($"/api/users/{ana.Id}", new { department = "Outage", position = "Lead", preferredLanguage = "en" });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("Lead", (await hr.GetFromJsonAsync<EmployeeDto>($"/api/users/{ana.Id}"))!.Position);
        Assert.Equal("Lead", (await factory.FindInDatabaseAsync(ana.Id))!.Position);
    }

    [Fact]
    public async Task With_redis_unreachable_readiness_is_200_and_degraded()
    {
        var response = await factory.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Degraded", report.RootElement.GetProperty("status").GetString());
        var checks = report.RootElement.GetProperty("checks");
        Assert.Equal("Degraded", checks.GetProperty("redis").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("postgres").GetProperty("status").GetString());
    }

    [Fact]
    public async Task With_redis_unreachable_liveness_is_200()
    {
        var response = await factory.CreateClient().GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
