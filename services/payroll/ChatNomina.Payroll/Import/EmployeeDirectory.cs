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
/// Asks the users service which employee ids of an import name nobody, so that no payslip is
/// written for an employee who does not exist. Called with the importing HR user's own token:
/// the users service applies its own authorization.
/// </summary>
public sealed class EmployeeDirectory(HttpClient http)
{
    public const string LookupPath = "api/users/lookup";

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

    private async Task<IReadOnlyList<Guid>> LookupAsync(Guid[] ids, string accessToken, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, LookupPath)
        {
            Content = JsonContent.Create(new LookupRequest(ids), EmployeeDirectoryJsonContext.Default.LookupRequest),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        try
        {
            using var response = await http.SendAsync(request, ct);
            if (!response.IsSuccessStatusCode)
            {
                var status = response.StatusCode switch
                {
                    HttpStatusCode.Unauthorized => StatusCodes.Status401Unauthorized,
                    HttpStatusCode.Forbidden => StatusCodes.Status403Forbidden,
                    HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError
                        => StatusCodes.Status503ServiceUnavailable,
                    _ => StatusCodes.Status502BadGateway,
                };
                throw new EmployeeDirectoryException(status, $"POST {LookupPath} answered {(int)response.StatusCode}");
            }
            var result = await response.Content.ReadFromJsonAsync(EmployeeDirectoryJsonContext.Default.LookupResult, ct);
            return result?.Missing
                ?? throw new EmployeeDirectoryException(StatusCodes.Status502BadGateway, $"POST {LookupPath} answered no list of missing ids");
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

    internal sealed record LookupRequest(IReadOnlyList<Guid> Ids);

    internal sealed record LookupResult(IReadOnlyList<Guid>? Missing);
}

[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(EmployeeDirectory.LookupRequest))]
[JsonSerializable(typeof(EmployeeDirectory.LookupResult))]
internal sealed partial class EmployeeDirectoryJsonContext : JsonSerializerContext;
