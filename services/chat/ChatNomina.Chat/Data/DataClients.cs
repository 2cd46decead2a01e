using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ChatNomina.ServiceDefaults.Http;

namespace ChatNomina.Chat.Data;

/// <summary>The data service could not answer (down, timed out, 5xx): the chat degrades, it never guesses.</summary>
public sealed class DataUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Base of the payroll and users clients: every call carries the employee's own access token,
/// so those services apply their own authorization — the chat cannot read anyone else's data
/// even if it asked for it.
/// </summary>
public abstract class UserDataClient(HttpClient http)
{
    protected static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>GET as the user; null on 404; <see cref="DataUnavailableException"/> on anything but 2xx/404.</summary>
    protected async Task<T?> GetAsync<T>(string path, string accessToken, CancellationToken ct) where T : class
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        }
        catch (Exception ex) when (HttpFailure.IsTransient(ex, ct))
        {
            throw new DataUnavailableException($"GET {path} failed: {ex.GetType().Name}", ex);
        }
        using (response)
        {
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }
            if (!response.IsSuccessStatusCode)
            {
                throw new DataUnavailableException($"GET {path} answered {(int)response.StatusCode}");
            }
            return await response.Content.ReadFromJsonAsync<T>(Json, ct)
                ?? throw new DataUnavailableException($"GET {path} answered an empty body");
        }
    }
}

public sealed class PayrollClient(HttpClient http) : UserDataClient(http)
{
    public Task<Payslip?> GetPayslipAsync(string accessToken, Period period, CancellationToken ct) =>
        GetAsync<Payslip>($"api/payroll/payslips/{period.Year}/{period.Month}", accessToken, ct);

    public Task<Payslip?> GetLatestAsync(string accessToken, CancellationToken ct) =>
        GetAsync<Payslip>("api/payroll/payslips/latest", accessToken, ct);

    public async Task<IReadOnlyList<Payslip>> GetYearAsync(string accessToken, int year, CancellationToken ct) =>
        (await GetAsync<PayslipYear>($"api/payroll/payslips?year={year}", accessToken, ct))?.Payslips ?? [];
}

public sealed class UsersClient(HttpClient http) : UserDataClient(http)
{
    public Task<Profile?> GetMeAsync(string accessToken, CancellationToken ct) =>
        GetAsync<Profile>("api/users/me", accessToken, ct);
}
