using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using ChatNomina.ServiceDefaults.Http;

namespace ChatNomina.Payroll.Import;

/// <summary>
/// The users service could not say which employees exist. <see cref="StatusCode"/> is what the
/// import answers: 401/403 when the users service refused the caller's token, 503 when it was
/// down, slow or overloaded, 502 when it answered something unusable.
/// </summary>
public sealed class EmployeeDirectoryException(int statusCode, string message, Exception? inner = null) : Exception(message, inner)
{
    public int StatusCode { get; } = statusCode;
}

/// <summary>
/// The users service as payroll needs it: which employee ids of an import name nobody, so that no
/// payslip is written for an employee who does not exist, and the profile printed on a payslip
/// PDF. Always called with the caller's own token: the users service applies its own authorization.
/// </summary>
public sealed class EmployeeDirectory(HttpClient http)
{
    public const string LookupPath = "api/users/lookup";

    public const string OwnProfilePath = "api/users/me";

    /// <summary>Ids per call: well under the users service's limit (100 000) and its 1 MiB-class bodies.</summary>
    public const int IdsPerCall = 20_000;

    /// <summary>The ids among <paramref name="ids"/> that the users service does not know.</summary>
    public async Task<IReadOnlySet<Guid>> FindMissingAsync(IReadOnlyCollection<Guid> ids, string accessToken, CancellationToken ct)
    {
        var missing = new HashSet<Guid>();
        foreach (var chunk in ids.Chunk(IdsPerCall))
        {
            missing.UnionWith(await LookupAsync(chunk, accessToken, ct));
        }
        return missing;
    }

    /// <summary>The id of each of <paramref name="numbers"/> that names an employee, and those that name none.</summary>
    public async Task<(IReadOnlyDictionary<string, Guid> Found, IReadOnlySet<string> Missing)> ResolveNumbersAsync(
        IReadOnlyCollection<string> numbers, string accessToken, CancellationToken ct)
    {
        var found = new Dictionary<string, Guid>(StringComparer.Ordinal);
        var missing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in numbers.Chunk(IdsPerCall))
        {
            var result = await SendLookupAsync(new LookupRequest([], chunk), accessToken, ct);
            if (result.Numbers is null || result.MissingNumbers is null)
            {
                throw new EmployeeDirectoryException(StatusCodes.Status502BadGateway, $"POST {LookupPath} answered no employee numbers");
            }
            foreach (var (number, id) in result.Numbers) found[number] = id;
            missing.UnionWith(result.MissingNumbers);
        }
        return (found, missing);
    }

    private async Task<IReadOnlyList<Guid>> LookupAsync(Guid[] ids, string accessToken, CancellationToken ct) =>
        (await SendLookupAsync(new LookupRequest(ids), accessToken, ct)).Missing
        ?? throw new EmployeeDirectoryException(StatusCodes.Status502BadGateway, $"POST {LookupPath} answered no list of missing ids");

    private async Task<LookupResult> SendLookupAsync(LookupRequest lookup, string accessToken, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, LookupPath)
        {
            Content = JsonContent.Create(lookup, EmployeeDirectoryJsonContext.Default.LookupRequest),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        try
        {
            using var response = await http.SendAsync(request, ct);
            if (!response.IsSuccessStatusCode)
            {
                throw new EmployeeDirectoryException(StatusOf(response.StatusCode), $"POST {LookupPath} answered {(int)response.StatusCode}");
            }
            return await response.Content.ReadFromJsonAsync(EmployeeDirectoryJsonContext.Default.LookupResult, ct)
                ?? throw new EmployeeDirectoryException(StatusCodes.Status502BadGateway, $"POST {LookupPath} answered nothing");
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new EmployeeDirectoryException(StatusCodes.Status502BadGateway, $"POST {LookupPath} answered malformed JSON", ex);
        }
        catch (Exception ex) when (HttpFailure.IsTransient(ex, ct))
        {
            throw new EmployeeDirectoryException(StatusCodes.Status503ServiceUnavailable, $"POST {LookupPath} failed: {ex.GetType().Name}", ex);
        }
    }

    /// <summary>
    /// The profile of <paramref name="userId"/> (HR: <c>GET api/users/{id}</c>), or the caller's own
    /// when it is null (<c>GET api/users/me</c>); null when the users service has no such employee.
    /// </summary>
    public async Task<EmployeeProfile?> GetProfileAsync(Guid? userId, string accessToken, CancellationToken ct)
    {
        var path = userId is { } id ? $"api/users/{id}" : OwnProfilePath;
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        try
        {
            using var response = await http.SendAsync(request, ct);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }
            if (!response.IsSuccessStatusCode)
            {
                throw new EmployeeDirectoryException(StatusOf(response.StatusCode), $"GET {(userId is null ? OwnProfilePath : "api/users/{id}")} answered {(int)response.StatusCode}");
            }
            return await response.Content.ReadFromJsonAsync(EmployeeDirectoryJsonContext.Default.EmployeeProfile, ct)
                ?? throw new EmployeeDirectoryException(StatusCodes.Status502BadGateway, "The users service answered no profile");
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new EmployeeDirectoryException(StatusCodes.Status502BadGateway, "The users service answered a malformed profile", ex);
        }
        catch (Exception ex) when (HttpFailure.IsTransient(ex, ct))
        {
            throw new EmployeeDirectoryException(StatusCodes.Status503ServiceUnavailable, $"GET of a profile failed: {ex.GetType().Name}", ex);
        }
    }

    /// <summary>What payroll answers when the users service answered <paramref name="status"/>.</summary>
    private static int StatusOf(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Unauthorized => StatusCodes.Status401Unauthorized,
        HttpStatusCode.Forbidden => StatusCodes.Status403Forbidden,
        HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError
            => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status502BadGateway,
    };

    internal sealed record LookupRequest(IReadOnlyList<Guid> Ids, IReadOnlyList<string>? EmployeeNumbers = null);

    internal sealed record LookupResult(IReadOnlyList<Guid>? Missing, IReadOnlyDictionary<string, Guid>? Numbers = null, IReadOnlyList<string>? MissingNumbers = null);
}

/// <summary>An employee's profile as the users service returns it (the fields a payslip prints).</summary>
public sealed record EmployeeProfile(
    Guid Id, string EmployeeNumber, string FirstName, string LastName, string Department, string Position, DateOnly HireDate);

[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(EmployeeDirectory.LookupRequest))]
[JsonSerializable(typeof(EmployeeDirectory.LookupResult))]
[JsonSerializable(typeof(EmployeeProfile))]
internal sealed partial class EmployeeDirectoryJsonContext : JsonSerializerContext;
