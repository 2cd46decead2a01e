using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using ChatNomina.Testing;
using ChatNomina.Users.Infrastructure;
using ChatNomina.Users.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using StackExchange.Redis;

namespace ChatNomina.Users.Tests;

/// <summary>
/// The users service in-process against the real PostgreSQL and Redis: one database (made by
/// the service's migrations) and one Redis key prefix per test class.
/// </summary>
public class UsersFactory : ServiceFactory<Program, UsersDbContext>
{
    protected override string ConnectionName => "usersdb";

    public override string Audience => "chatnomina-users";

    /// <summary>The full Redis key under which the service caches a profile now (its current generation).</summary>
    public Task<string> ProfileCacheKeyAsync(Guid id) => RedisProbe.ScopedKeyAsync(RedisKeyPrefix, $"user:{id:N}", $"user:{id:N}");

    public Task SeedAsync(params Employee[] employees) =>
        WithDbAsync(async db =>
        {
            db.Employees.AddRange(employees);
            return await db.SaveChangesAsync();
        });

    /// <summary>The employee as stored in PostgreSQL right now (bypassing the service and its cache).</summary>
    public Task<Employee?> FindInDatabaseAsync(Guid id) =>
        WithDbAsync(db => db.Employees.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id));

    /// <summary>Changes a row behind the service's back, as another writer would.</summary>
    public Task UpdateInDatabaseAsync(Guid id, string department, string position, string language) =>
        WithDbAsync(async db =>
        {
            var employee = await db.Employees.SingleAsync(e => e.Id == id);
            employee.Update(department, position, language, DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });

    public HttpClient CreateHrClient() => CreateClientFor(Guid.NewGuid(), ChatNomina.ServiceDefaults.Authentication.ChatNominaRoles.Hr);

    public HttpClient CreateClientWithToken(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

/// <summary>The users service with Redis pointed at a local port nothing listens on.</summary>
public sealed class UsersFactoryWithoutRedis : UsersFactory
{
    private readonly string _deadRedis = $"127.0.0.1:{UnusedLocalPort()}";

    protected override string RedisConfiguration => _deadRedis;

    private static int UnusedLocalPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

/// <summary>Employees with unique ids, numbers and emails, and readable defaults.</summary>
internal static class TestEmployees
{
    public static Employee Create(
        string firstName = "Ana", string lastName = "Garcia", string department = "Finance",
        string position = "Analyst", string language = "es", Guid? id = null, DateOnly? hireDate = null)
    {
        var employeeId = id ?? Guid.NewGuid();
        var n = employeeId.ToString("N");
        return new Employee(employeeId, "E" + n[..12], $"{firstName}.{lastName}.{n[..12]}@chatnomina.test",
            firstName, lastName, department, position, hireDate ?? new DateOnly(2021, 3, 15), language, DateTimeOffset.UtcNow);
    }
}

internal static class Problems
{
    /// <summary>Asserts an RFC 9457 problem-details answer with <paramref name="status"/> and returns it.</summary>
    public static async Task<HttpValidationProblemDetails> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>();
        Assert.NotNull(problem);
        Assert.Equal((int)status, problem.Status);
        return problem;
    }
}
