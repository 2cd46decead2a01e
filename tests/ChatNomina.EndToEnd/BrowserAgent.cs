using System.Net;
using System.Text.RegularExpressions;

namespace ChatNomina.EndToEnd;

/// <summary>
/// The part of a browser the web app's sign-in depends on, driven by hand so every hop can be
/// checked: it follows redirects, keeps cookies (including <c>Secure</c> ones, as browsers do for
/// <c>http://localhost</c>), and records every <c>Set-Cookie</c> and every URL it visited.
/// </summary>
public sealed partial class BrowserAgent : IDisposable
{
    private readonly HttpClient http = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, ActivityHeadersPropagator = null })
    {
        BaseAddress = StackEnvironment.GatewayUrl,
        Timeout = TimeSpan.FromSeconds(30),
    };

    public Dictionary<string, string> Cookies { get; } = new(StringComparer.Ordinal);

    /// <summary>Every Set-Cookie header seen, by cookie name (the last one).</summary>
    public Dictionary<string, string> SetCookies { get; } = new(StringComparer.Ordinal);

    public List<Uri> Visited { get; } = [];

    public string Origin => StackEnvironment.GatewayUrl.GetLeftPart(UriPartial.Authority);

    public string CookieHeader => string.Join("; ", Cookies.Select(c => $"{c.Key}={c.Value}"));

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (Cookies.Count > 0)
        {
            request.Headers.Add("Cookie", CookieHeader);
        }
        var uri = request.RequestUri!.IsAbsoluteUri ? request.RequestUri : new Uri(http.BaseAddress!, request.RequestUri);
        Visited.Add(uri);
        var response = await http.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var header in setCookies)
            {
                var pair = header.Split(';', 2)[0];
                var name = pair.Split('=', 2)[0].Trim();
                var value = pair.Split('=', 2)[1];
                SetCookies[name] = header;
                if (value.Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase)
                    || header.Contains("max-age=0", StringComparison.OrdinalIgnoreCase))
                {
                    Cookies.Remove(name);
                }
                else
                {
                    Cookies[name] = value;
                }
            }
        }
        return response;
    }

    public Task<HttpResponseMessage> GetAsync(string url) => SendAsync(new HttpRequestMessage(HttpMethod.Get, url));

    /// <summary>Follows redirects (GET) until a non-redirect answer.</summary>
    public async Task<HttpResponseMessage> FollowAsync(HttpResponseMessage response)
    {
        for (var hops = 0; IsRedirect(response.StatusCode); hops++)
        {
            Assert.True(hops < 10, "too many redirects");
            var location = response.Headers.Location!;
            var next = location.IsAbsoluteUri ? location : new Uri(Visited[^1], location);
            Assert.Equal(Origin, next.GetLeftPart(UriPartial.Authority)); // the whole sign-in stays on the app's origin
            response.Dispose();
            response = await GetAsync(next.PathAndQuery);
        }
        return response;
    }

    public static bool IsRedirect(HttpStatusCode status) => (int)status is >= 300 and < 400;

    /// <summary>From <c>/bff/login</c> to the auth service's sign-in page: the page's HTML.</summary>
    public async Task<SignInForm> OpenSignInPageAsync(string returnUrl = "/", string? lang = null)
    {
        var url = "/bff/login?returnUrl=" + Uri.EscapeDataString(returnUrl) + (lang is null ? "" : "&lang=" + lang);
        using var page = await FollowAsync(await GetAsync(url));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.StartsWith("/account/signin", Visited[^1].AbsolutePath, StringComparison.Ordinal);
        return SignInForm.Parse(await page.Content.ReadAsStringAsync(), Visited[^1]);
    }

    /// <summary>Submits the sign-in form; returns the first answer (not followed).</summary>
    public Task<HttpResponseMessage> SubmitAsync(SignInForm form, string email, string password)
    {
        var fields = new Dictionary<string, string>(form.Hidden)
        {
            [form.EmailField] = email,
            [form.PasswordField] = password,
        };
        return SendAsync(new HttpRequestMessage(HttpMethod.Post, form.Action) { Content = new FormUrlEncodedContent(fields) });
    }

    /// <summary>The whole browser sign-in; returns where the app was sent back to.</summary>
    public async Task<Uri> SignInAsync(string email, string returnUrl = "/")
    {
        var form = await OpenSignInPageAsync(returnUrl);
        var submitted = await SubmitAsync(form, email, StackEnvironment.DemoPassword);
        Assert.True(IsRedirect(submitted.StatusCode), $"sign-in answered {(int)submitted.StatusCode}");
        (await FollowAsync(submitted)).Dispose();
        return Visited[^1];
    }

    public void Dispose() => http.Dispose();

    /// <summary>The sign-in page's form: where it posts, its hidden fields, and its e-mail and password fields.</summary>
    public sealed partial record SignInForm(string Html, string Action, Dictionary<string, string> Hidden, string EmailField, string PasswordField)
    {
        public static SignInForm Parse(string html, Uri page)
        {
            var form = FormTag().Match(html);
            Assert.True(form.Success, "no form on the sign-in page");
            var action = Attribute(form.Value, "action") is { Length: > 0 } a ? WebUtility.HtmlDecode(a) : page.PathAndQuery;
            var hidden = new Dictionary<string, string>(StringComparer.Ordinal);
            string? email = null, password = null;
            foreach (Match input in InputTag().Matches(html))
            {
                var name = Attribute(input.Value, "name");
                var type = Attribute(input.Value, "type") ?? "text";
                if (name is null)
                {
                    continue;
                }
                switch (type)
                {
                    case "hidden": hidden[name] = WebUtility.HtmlDecode(Attribute(input.Value, "value") ?? ""); break;
                    case "email": email = name; break;
                    case "password": password = name; break;
                }
            }
            Assert.NotNull(email);
            Assert.NotNull(password);
            return new SignInForm(html, action, hidden, email, password);
        }

        private static string? Attribute(string tag, string name) =>
            Regex.Match(tag, $"""\s{name}\s*=\s*"([^"]*)" """.Trim(), RegexOptions.IgnoreCase) is { Success: true } m ? m.Groups[1].Value : null;

        [GeneratedRegex("<form\\b[^>]*>", RegexOptions.IgnoreCase)]
        private static partial Regex FormTag();

        [GeneratedRegex("<input\\b[^>]*>", RegexOptions.IgnoreCase)]
        private static partial Regex InputTag();
    }
}
