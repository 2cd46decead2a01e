using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace ChatNomina.ServiceDefaults.Authentication;

public static class BearerTokens
{
    /// <summary>
    /// The caller's own access token from the Authorization header ("" when there is none), for a
    /// service that calls another one on the user's behalf so that the other service authorizes the
    /// user itself (chat → payroll/users, payroll import → users). Never log it.
    /// </summary>
    public static string BearerToken(this HttpContext http)
    {
        var header = http.Request.Headers[HeaderNames.Authorization].ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : "";
    }
}
