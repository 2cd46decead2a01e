using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatNomina.Testing;
using ChatNomina.Users.Apis;

namespace ChatNomina.Users.Tests;

/// <summary>Profiles are cached aside in Redis under the service's prefix and invalidated on update.</summary>
public sealed class ProfileCacheTests(UsersFactory factory) : IClassFixture<UsersFactory>
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task After_a_read_the_profile_is_in_redis_under_the_service_prefix_with_a_ttl()
    {
        var ana = TestEmployees.Create();
        await factory.SeedAsync(ana);
        var key = await factory.ProfileCacheKeyAsync(ana.Id);
        Assert.False(await RedisProbe.WithRedisAsync(db => db.KeyExistsAsync(key)));

        await factory.CreateClientFor(ana.Id).GetFromJsonAsync<EmployeeDto>("/api/users/me");

        var (value, ttl) = await RedisProbe.WithRedisAsync(async db => (await db.StringGetAsync(key), await db.KeyTimeToLiveAsync(key)));
        Assert.False(value.IsNull);
        Assert.Equal(EmployeeDto.From(ana), JsonSerializer.Deserialize<EmployeeDto>((string)value!, Web));
        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, TimeSpan.FromMinutes(29), TimeSpan.FromMinutes(30));
    }

    [Fact]
    public async Task Hr_read_by_id_fills_the_same_cache_entry_as_me()
    {
        var ana = TestEmployees.Create();
        await factory.SeedAsync(ana);

        await factory.CreateHrClient().GetFromJsonAsync<EmployeeDto>($"/api/users/{ana.Id}");

        Assert.True(await RedisProbe.KeyExistsAsync(await factory.ProfileCacheKeyAsync(ana.Id)));
    }

    [Fact]
    public async Task Second_read_is_served_from_redis_not_the_database()
    {
        var ana = TestEmployees.Create(department: "Finance");
        await factory.SeedAsync(ana);
        var client = factory.CreateClientFor(ana.Id);
        await client.GetFromJsonAsync<EmployeeDto>("/api/users/me");

        // A change behind the service's back is not seen until the entry expires or is invalidated.
        await factory.UpdateInDatabaseAsync(ana.Id, "Changed-behind-the-back", ana.Position, ana.PreferredLanguage);
        var cached = await client.GetFromJsonAsync<EmployeeDto>("/api/users/me");

        Assert.Equal("Finance", cached!.Department);
    }

    [Fact]
    public async Task Unknown_ids_are_not_cached()
    {
        var id = Guid.NewGuid();

        var response = await factory.CreateHrClient().GetAsync($"/api/users/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await RedisProbe.KeyExistsAsync(await factory.ProfileCacheKeyAsync(id)));
    }

    [Fact]
    public async Task After_hr_updates_a_profile_the_next_read_shows_the_new_values_immediately()
    {
        var ana = TestEmployees.Create(department: "Finance", position: "Analyst", language: "es");
        await factory.SeedAsync(ana);
        var employee = factory.CreateClientFor(ana.Id);
        var hr = factory.CreateHrClient();
        Assert.Equal("Finance", (await employee.GetFromJsonAsync<EmployeeDto>("/api/users/me"))!.Department);
        Assert.Equal("Finance", (await hr.GetFromJsonAsync<EmployeeDto>($"/api/users/{ana.Id}"))!.Department);

        var put = await hr.PutAsJsonAsync($"/api/users/{ana.Id}",
            new { department = "Treasury", position = "Senior analyst", preferredLanguage = "en" });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        Assert.False(await RedisProbe.KeyExistsAsync(await factory.ProfileCacheKeyAsync(ana.Id)));
        var seenByEmployee = await employee.GetFromJsonAsync<EmployeeDto>("/api/users/me");
        var seenByHr = await hr.GetFromJsonAsync<EmployeeDto>($"/api/users/{ana.Id}");
        foreach (var seen in new[] { seenByEmployee!, seenByHr! })
        {
            Assert.Equal("Treasury", seen.Department);
            Assert.Equal("Senior analyst", seen.Position);
            Assert.Equal("en", seen.PreferredLanguage);
        }
        var stored = await factory.FindInDatabaseAsync(ana.Id);
        Assert.Equal(("Treasury", "Senior analyst", "en"), (stored!.Department, stored.Position, stored.PreferredLanguage));
    }

    [Fact]
    public async Task After_an_update_the_cache_is_refilled_with_the_new_values()
    {
        var ana = TestEmployees.Create(department: "Finance");
        await factory.SeedAsync(ana);
        var hr = factory.CreateHrClient();
        await hr.GetFromJsonAsync<EmployeeDto>($"/api/users/{ana.Id}");
        (await hr.PutAsJsonAsync($"/api/users/{ana.Id}", new { department = "Legal", position = "Counsel", preferredLanguage = "es" })).EnsureSuccessStatusCode();

        await hr.GetFromJsonAsync<EmployeeDto>($"/api/users/{ana.Id}");

        var key = await factory.ProfileCacheKeyAsync(ana.Id);
        var value = await RedisProbe.WithRedisAsync(db => db.StringGetAsync(key));
        Assert.Equal("Legal", JsonSerializer.Deserialize<EmployeeDto>((string)value!, Web)!.Department);
    }

    [Fact]
    public async Task A_corrupt_cache_entry_falls_back_to_the_database()
    {
        var ana = TestEmployees.Create();
        await factory.SeedAsync(ana);
        var key = await factory.ProfileCacheKeyAsync(ana.Id);
        await RedisProbe.WithRedisAsync(db => db.StringSetAsync(key, "{not json"));

        var response = await factory.CreateClientFor(ana.Id).GetAsync("/api/users/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(EmployeeDto.From(ana), await response.Content.ReadFromJsonAsync<EmployeeDto>());
    }
}
