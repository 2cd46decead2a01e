using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace ChatNomina.Payroll.Import;

/// <summary>The users service could not say which employees exist (down, timed out, refused).</summary>
public sealed class EmployeeDirectoryUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Asks the users service which employee ids of an import name nobody, so that no payslip is
/// written for an employee who does not exist. Called with the importing HR user's own token:
/// the users service applies its own authorization.
/// </summary>
public sealed class EmployeeDirectory(HttpClient http)
{
    public const string LookupPath = "api/users/lookup";

    /// <summary>The ids among <paramref name="ids"/> that the users service does not know.</summary>
    public async Task<IReadOnlySet<Guid>> FindMissingAsync(IReadOnlyCollection<Guid> ids, string accessToken, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, LookupPath)
        {
            Content = JsonContent.Create(new LookupRequest([.. ids]), EmployeeDirectoryJsonContext.Default.LookupRequest),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        try
        {
            using var response = await http.SendAsync(request, ct);
            if (!response.IsSuccessStatusCode)
            {
                throw new EmployeeDirectoryUnavailableException($"POST {LookupPath} answered {(int)response.StatusCode}");
            }
            var result = await response.Content.ReadFromJsonAsync(EmployeeDirectoryJsonContext.Default.LookupResult, ct);
            return result?.Missing?.ToHashSet()
                ?? throw new EmployeeDirectoryUnavailableException($"POST {LookupPath} answered no list of missing ids");
        }
        catch (Exception ex) when (ex is HttpRequestException or System.Text.Json.JsonException
                                   or Polly.Timeout.TimeoutRejectedException or Polly.CircuitBreaker.BrokenCircuitException
                                   || (ex is OperationCanceledException && !ct.IsCancellationRequested))
        {
            throw new EmployeeDirectoryUnavailableException($"POST {LookupPath} failed: {ex.GetType().Name}", ex);
        }
    }

    internal sealed record LookupRequest(IReadOnlyList<Guid> Ids);

    internal sealed record LookupResult(IReadOnlyList<Guid>? Missing);
}

[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(EmployeeDirectory.LookupRequest))]
[JsonSerializable(typeof(EmployeeDirectory.LookupResult))]
internal sealed partial class EmployeeDirectoryJsonContext : JsonSerializerContext;
