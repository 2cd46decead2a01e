using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ChatNomina.Payroll.Tests.Support;

/// <summary>
/// Stands in for the users service's <c>POST /api/users/lookup</c> in the payroll tests (the real
/// route is tested in the users tests and end to end through the gateway): every id is an employee
/// unless a test declared it unknown; <see cref="Down"/> makes it fail like a service that is away.
/// </summary>
public sealed class UsersServiceDouble : HttpMessageHandler
{
    private readonly ConcurrentDictionary<Guid, bool> _unknown = new();

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

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Down)
        {
            throw new HttpRequestException("Connection refused (users service double is down)");
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
        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = JsonContent.Create(new { missing = ids.Where(_unknown.ContainsKey).ToArray() }),
        };
    }

    private sealed record LookupBody(Guid[]? Ids);
}
