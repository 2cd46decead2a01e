using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ChatNomina.Payroll.Tests.Support;

/// <summary>
/// Stands in for the users service's <c>POST /api/users/lookup</c>, <c>GET /api/users/me</c> and
/// <c>GET /api/users/{id}</c> in the payroll tests (the real routes are tested in the users tests
/// and end to end through the gateway): every id is an employee unless a test declared it unknown;
/// profiles are those a test added (404 otherwise; <c>me</c> is the token's <c>sub</c>);
/// <see cref="Down"/> makes it fail like a service that is away.
/// </summary>
public sealed class UsersServiceDouble : HttpMessageHandler
{
    private readonly ConcurrentDictionary<Guid, bool> _unknown = new();
    private readonly ConcurrentDictionary<Guid, object> _profiles = new();
    private readonly ConcurrentDictionary<string, Guid> _numbers = new(StringComparer.Ordinal);

    /// <summary>An employee number the lookup resolves to <paramref name="id"/> (every other number is unknown).</summary>
    public void AddNumber(string employeeNumber, Guid id) => _numbers[employeeNumber] = id;

    /// <summary>When set, every call fails at the connection, as with the service down.</summary>
    public bool Down { get; set; }

    /// <summary>When set, every call is answered with this status and no body.</summary>
    public HttpStatusCode? Refuse { get; set; }

    /// <summary>Every call received: path, bearer token and ids asked about.</summary>
    public ConcurrentQueue<(string Path, string? Token, Guid[] Ids)> Calls { get; } = new();

    public void DeclareUnknown(params Guid[] ids)
    {
        foreach (var id in ids)
        {
            _unknown[id] = true;
        }
    }

    /// <summary>A profile the users service answers for <paramref name="id"/> (as <c>me</c> for its own token); <paramref name="answeredId"/> lets a test make it answer someone else's.</summary>
    public void AddProfile(Guid id, string employeeNumber, string firstName, string lastName, string department, string position,
        DateOnly hireDate, Guid? answeredId = null) =>
        _profiles[id] = new
        {
            id = answeredId ?? id, employeeNumber, email = $"{id:N}@chatnomina.test", firstName, lastName, department, position,
            hireDate, preferredLanguage = "es",
        };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Down)
        {
            throw new HttpRequestException("Connection refused (users service double is down)");
        }
        if (request.Method == HttpMethod.Get)
        {
            return Profile(request);
        }
        // As bytes: the resilience handler sends the same request again on a retry, and a stream
        // read by ReadFromJsonAsync would be closed by then (a real transport serializes anew).
        var body = JsonSerializer.Deserialize<LookupBody>(
            await request.Content!.ReadAsByteArrayAsync(cancellationToken), JsonSerializerOptions.Web);
        var ids = body?.Ids ?? [];
        Calls.Enqueue((request.RequestUri!.AbsolutePath, request.Headers.Authorization?.Parameter, ids));
        if (request.Method != HttpMethod.Post || request.RequestUri.AbsolutePath != "/api/users/lookup")
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound);
        }
        if (Refuse is { } status)
        {
            return new HttpResponseMessage(status);
        }
        if (body?.EmployeeNumbers is { } numbers)
        {
            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = JsonContent.Create(new
                {
                    missing = ids.Where(_unknown.ContainsKey).ToArray(),
                    numbers = numbers.Where(_numbers.ContainsKey).Distinct().ToDictionary(n => n, n => _numbers[n]),
                    missingNumbers = numbers.Where(n => !_numbers.ContainsKey(n)).Distinct().ToArray(),
                }),
            };
        }
        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = JsonContent.Create(new { missing = ids.Where(_unknown.ContainsKey).ToArray() }),
        };
    }

    private HttpResponseMessage Profile(HttpRequestMessage request)
    {
        var path = request.RequestUri!.AbsolutePath;
        var token = request.Headers.Authorization?.Parameter;
        Calls.Enqueue((path, token, []));
        if (Refuse is { } status)
        {
            return new HttpResponseMessage(status);
        }
        Guid? id = path == "/api/users/me" ? SubjectOf(token)
            : path.StartsWith("/api/users/", StringComparison.Ordinal) && Guid.TryParse(path["/api/users/".Length..], out var named) ? named
            : null;
        return id is { } known && _profiles.TryGetValue(known, out var profile)
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = JsonContent.Create(profile) }
            : new HttpResponseMessage(HttpStatusCode.NotFound);
    }

    /// <summary>The <c>sub</c> of a JWT, read without validation (the service under test validated it).</summary>
    private static Guid? SubjectOf(string? token)
    {
        var parts = token?.Split('.');
        if (parts is not { Length: 3 })
        {
            return null;
        }
        var payload = parts[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + (4 - payload.Length % 4) % 4, '=');
        using var json = JsonDocument.Parse(Convert.FromBase64String(payload));
        return json.RootElement.TryGetProperty("sub", out var sub) && Guid.TryParse(sub.GetString(), out var id) ? id : null;
    }

    private sealed record LookupBody(Guid[]? Ids, string[]? EmployeeNumbers);
}
