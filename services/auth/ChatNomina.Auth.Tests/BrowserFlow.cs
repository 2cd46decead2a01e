using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Net.Http.Headers;

namespace ChatNomina.Auth.Tests;

/// <summary>
/// A browser, as far as the sign-in needs one: it follows no redirect by itself and keeps the
/// cookies it is given (by name and path; <c>Secure</c> ones too, as browsers do on
/// http://localhost), so each step of the flow is seen and checked.
/// </summary>
public sealed class Browser(HttpClient client) : IDisposable
{
    private readonly Dictionary<string, (string Value, string Path)> _cookies = new(StringComparer.Ordinal);

    /// <summary>The raw Set-Cookie headers of the last response.</summary>
    public IReadOnlyList<string> LastSetCookies { get; private set; } = [];

    public bool HasCookie(string name) => _cookies.ContainsKey(name);

    public void ForgetCookie(string name) => _cookies.Remove(name);

    /// <summary>A cookie this browser carries from elsewhere (another browser's, or a forged one).</summary>
    public void SetCookie(string name, string value, string path) => _cookies[name] = (value, path);

    public string? AcceptLanguage { get; set; }

    public Task<HttpResponseMessage> GetAsync(string url) => SendAsync(new HttpRequestMessage(HttpMethod.Get, url));

    public Task<HttpResponseMessage> PostFormAsync(string url, params (string Name, string Value)[] form) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new FormUrlEncodedContent(form.Select(f => KeyValuePair.Create(f.Name, f.Value))),
        });

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        var path = request.RequestUri!.IsAbsoluteUri ? request.RequestUri.AbsolutePath : request.RequestUri.OriginalString.Split('?')[0];
        var cookies = _cookies.Where(c => path.StartsWith(c.Value.Path, StringComparison.Ordinal)).Select(c => $"{c.Key}={c.Value.Value}").ToList();
        if (cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", cookies));
        }
        if (AcceptLanguage is not null)
        {
            request.Headers.Add("Accept-Language", AcceptLanguage);
        }
        var response = await client.SendAsync(request);
        LastSetCookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
        foreach (var header in LastSetCookies)
        {
            var cookie = SetCookieHeaderValue.Parse(header);
            if (cookie.Value.Length == 0 || cookie.Expires < DateTimeOffset.UtcNow)
            {
                _cookies.Remove(cookie.Name.ToString());
            }
            else
            {
                _cookies[cookie.Name.ToString()] = (cookie.Value.ToString(), cookie.Path.HasValue ? cookie.Path.ToString() : "/");
            }
        }
        return response;
    }

    public void Dispose() => client.Dispose();
}

/// <summary>A PKCE pair (RFC 7636): the verifier the gateway keeps, the S256 challenge it sends.</summary>
public sealed record Pkce(string Verifier, string Challenge)
{
    public static Pkce Create()
    {
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        return new Pkce(verifier, Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }
}

/// <summary>The authorization code flow as the gateway (client <c>chatnomina-bff</c>) and a browser drive it.</summary>
public static partial class CodeFlow
{
    public const string ClientId = "chatnomina-bff";
    public const string ClientSecret = "chatnomina-bff-local-secret";
    public const string RedirectUri = "http://localhost:8080/signin-oidc";
    public const string Scope = "openid email roles offline_access chatnomina-api";
    public const string BridgeCookie = "__Host-chatnomina-signin";

    public static string AuthorizeUrl(Pkce? pkce, string state, string scope = Scope, string redirectUri = RedirectUri,
        string clientId = ClientId, params (string Name, string Value)[] extra)
    {
        var parameters = new List<KeyValuePair<string, string?>>
        {
            new("client_id", clientId),
            new("redirect_uri", redirectUri),
            new("response_type", "code"),
            new("scope", scope),
            new("state", state),
        };
        if (pkce is not null)
        {
            parameters.Add(new("code_challenge", pkce.Challenge));
            parameters.Add(new("code_challenge_method", "S256"));
        }
        parameters.AddRange(extra.Select(e => new KeyValuePair<string, string?>(e.Name, e.Value)));
        return QueryHelpers.AddQueryString("/connect/authorize", parameters);
    }

    /// <summary>The query parameters of a redirect's Location.</summary>
    public static Dictionary<string, string> Query(HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new InvalidOperationException($"no Location ({(int)response.StatusCode})");
        var text = location.IsAbsoluteUri ? location.Query : location.OriginalString[Math.Max(0, location.OriginalString.IndexOf('?'))..];
        return QueryHelpers.ParseQuery(text).ToDictionary(p => p.Key, p => p.Value.ToString());
    }

    /// <summary>The authorization request without a signed-in browser: 302 to the sign-in page, whose URL is returned.</summary>
    public static async Task<string> AuthorizeToSignInPageAsync(Browser browser, string authorizeUrl)
    {
        using var response = await browser.GetAsync(authorizeUrl);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/account/signin?returnUrl=", location);
        return location;
    }

    /// <summary>The page's antiforgery token (hidden field), or null when the page has no form.</summary>
    public static string? AntiforgeryToken(string html) =>
        AntiforgeryField().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;

    /// <summary>Opens the sign-in page and submits it: the POST's response.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(Browser browser, string signInPageUrl, string email, string password)
    {
        using var page = await browser.GetAsync(signInPageUrl);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var token = AntiforgeryToken(await page.Content.ReadAsStringAsync());
        Assert.NotNull(token);
        var returnUrl = QueryHelpers.ParseQuery(signInPageUrl[signInPageUrl.IndexOf('?')..])["returnUrl"].ToString();
        return await browser.PostFormAsync("/account/signin",
            ("__RequestVerificationToken", token), ("returnUrl", returnUrl), ("email", email), ("password", password));
    }

    /// <summary>The hidden fields of a page's form (antiforgery token, return URL, pending sign-in), decoded. (The code
    /// form's page has a second form, for a recovery code, with the same hidden fields: the first of each is kept.)</summary>
    public static Dictionary<string, string> HiddenFields(string html) =>
        HiddenField().Matches(html)
            .GroupBy(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .ToDictionary(g => g.Key, g => WebUtility.HtmlDecode(g.First().Groups[2].Value));

    /// <summary>Submits the code form (the second step of an hr/admin sign-in) with <paramref name="code"/>: the POST's response.</summary>
    public static Task<HttpResponseMessage> SubmitCodeAsync(Browser browser, string codeFormHtml, string code)
    {
        var fields = HiddenFields(codeFormHtml);
        Assert.True(fields.ContainsKey("pending"), "not the code form");
        return browser.PostFormAsync("/account/signin", [.. fields.Select(f => (f.Key, f.Value)), ("otp", code)]);
    }

    /// <summary>Signs in on the page: the password, then (a user with a second factor) a fresh one-time code; the redirect back to authorize.</summary>
    public static async Task<HttpResponseMessage> SubmitAllAsync(Browser browser, string signInPageUrl, TestUser user)
    {
        var submitted = await SubmitAsync(browser, signInPageUrl, user.Email, user.Password);
        if (user.NextCode() is not { } code)
        {
            return submitted;
        }
        using (submitted)
        {
            Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
            return await SubmitCodeAsync(browser, await submitted.Content.ReadAsStringAsync(), code);
        }
    }

    /// <summary>The whole browser part: authorize, sign in on the page, back to authorize; the final redirect to the client.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(Browser browser, TestUser user, string authorizeUrl)
    {
        var signInPage = await AuthorizeToSignInPageAsync(browser, authorizeUrl);
        using var signedIn = await SubmitAllAsync(browser, signInPage, user);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return await browser.GetAsync(signedIn.Headers.Location!.OriginalString);
    }

    /// <summary>Signs in through the page and returns the authorization code (state checked).</summary>
    public static async Task<string> CodeAsync(Browser browser, TestUser user, Pkce pkce, string scope = Scope)
    {
        var state = Guid.NewGuid().ToString("N");
        using var response = await SignInAsync(browser, user, AuthorizeUrl(pkce, state, scope));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(RedirectUri + "?", response.Headers.Location!.AbsoluteUri);
        var query = Query(response);
        Assert.Equal(state, query["state"]);
        return query["code"];
    }

    public static Task<HttpResponseMessage> ExchangeAsync(HttpClient client, string code, string verifier,
        string clientSecret = ClientSecret, string redirectUri = RedirectUri) =>
        TokenEndpoint.PostAsync(client,
            ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", redirectUri), ("code_verifier", verifier),
            ("client_id", ClientId), ("client_secret", clientSecret));

    public static Task<HttpResponseMessage> RefreshAsync(HttpClient client, string refreshToken) =>
        TokenEndpoint.PostAsync(client,
            ("grant_type", "refresh_token"), ("refresh_token", refreshToken), ("client_id", ClientId), ("client_secret", ClientSecret));

    public static Task<HttpResponseMessage> RevokeAsync(HttpClient client, string token) =>
        client.PostAsync("/connect/revoke", new FormUrlEncodedContent(
            [KeyValuePair.Create("token", token), KeyValuePair.Create("client_id", ClientId), KeyValuePair.Create("client_secret", ClientSecret)]));

    /// <summary>The token response's fields (access, refresh and identity tokens).</summary>
    public static async Task<JsonElement> ReadJsonTokensAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"expected 200, got {(int)response.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.Clone();
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"__RequestVerificationToken\" value=\"([^\"]+)\">")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenField();
}
