using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatNomina.EndToEnd;

/// <summary>Where the running stack is, and the documented demo accounts.</summary>
public static class StackEnvironment
{
    public static Uri GatewayUrl { get; } = new(
        (Environment.GetEnvironmentVariable("CHATNOMINA_GATEWAY_URL") is { Length: > 0 } url ? url : "http://localhost:8080").TrimEnd('/') + "/");

    public static string DemoPassword { get; } =
        Environment.GetEnvironmentVariable("CHATNOMINA_DEMO_PASSWORD") is { Length: > 0 } p ? p : "ChatNomina-Demo-2026!";

    public const string Ana = "ana.garcia@chatnomina.local";
    public const string John = "john.smith@chatnomina.local";
    public const string Hr = "rrhh@chatnomina.local";
    public const string Admin = "admin@chatnomina.local";

    /// <summary>The HR demo account's authenticator: one-time codes of CHATNOMINA_DEMO_TOTP_SECRET (or its local default).</summary>
    public static ChatNomina.Testing.Authenticator HrAuthenticator { get; } = ChatNomina.Testing.Authenticator.Demo();

    /// <summary>The admin demo account's: the same demo secret, codes counted for that account.</summary>
    public static ChatNomina.Testing.Authenticator AdminAuthenticator { get; } = ChatNomina.Testing.Authenticator.Demo();

    /// <summary>Whether the account needs a one-time code after its password (the demo HR and admin accounts).</summary>
    public static bool NeedsCode(string email) =>
        string.Equals(email, Hr, StringComparison.OrdinalIgnoreCase) || string.Equals(email, Admin, StringComparison.OrdinalIgnoreCase);

    /// <summary>The authenticator of a demo account that needs a code.</summary>
    public static ChatNomina.Testing.Authenticator AuthenticatorOf(string email) =>
        string.Equals(email, Admin, StringComparison.OrdinalIgnoreCase) ? AdminAuthenticator : HrAuthenticator;

    public const string WebClient = "chatnomina-web";
    public const string CliClient = "chatnomina-cli";

    /// <summary>The repository root (holds ChatNomina.sln), found from the test assembly's folder.</summary>
    public static DirectoryInfo RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ChatNomina.sln")))
                {
                    return dir;
                }
            }
            throw new InvalidOperationException($"ChatNomina.sln not found above {AppContext.BaseDirectory}.");
        }
    }

    /// <summary>The stack's data folder (<c>CHATNOMINA_DATA</c>, else <c>.data</c> of the checkout): its secrets, sockets, logs.</summary>
    public static string DataDirectory =>
        Environment.GetEnvironmentVariable("CHATNOMINA_DATA") is { Length: > 0 } data ? data : Path.Combine(RepositoryRoot.FullName, ".data");

    /// <summary>A file of the stack's <c>.data/secrets</c> (passwords, key-ring certificates).</summary>
    public static string SecretPath(string file) => Path.Combine(DataDirectory, "secrets", file);

    /// <summary>One of the stack's databases as the migration role that owns them (<c>CHATNOMINA_DB_USER</c>): what a
    /// reader of the database sees; unpooled.</summary>
    public static string OwnerConnectionString(string database) => new Npgsql.NpgsqlConnectionStringBuilder
    {
        Host = "localhost",
        Port = 5432,
        Database = database,
        Username = Environment.GetEnvironmentVariable("CHATNOMINA_DB_USER") is { Length: > 0 } user ? user : "chatnomina",
        Password = Environment.GetEnvironmentVariable("CHATNOMINA_DB_PASSWORD") is { Length: > 0 } password ? password : "chatnomina-local",
        Pooling = false,
    }.ConnectionString;
}

public sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("refresh_token")] string? RefreshToken,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("token_type")] string TokenType);

public sealed record OAuthError(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("error_description")] string? ErrorDescription);

/// <summary>A signed-in demo or seeded account: its token and its id (the token's sub).</summary>
public sealed record Account(string Email, string AccessToken, string? RefreshToken, Guid Id);

/// <summary>
/// The running stack, reached only through the gateway. Created once for the test run: it
/// checks that the gateway answers (and fails every test with a clear message when it does
/// not: an end-to-end test must never pass without the system it tests) and signs in the
/// three demo accounts once.
/// </summary>
public sealed class StackFixture : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public HttpClient Http { get; } = NewClient();

    public Account Ana { get; private set; } = null!;
    public Account John { get; private set; } = null!;
    public Account Hr { get; private set; } = null!;

    public static HttpClient NewClient(Uri? baseAddress = null) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, ActivityHeadersPropagator = null })
        {
            BaseAddress = baseAddress ?? StackEnvironment.GatewayUrl,
            Timeout = TimeSpan.FromSeconds(30),
        };

    public async Task InitializeAsync()
    {
        HttpResponseMessage ready;
        try
        {
            ready = await Http.GetAsync("health/ready");
        }
        catch (HttpRequestException ex)
        {
            throw new InvalidOperationException(
                $"The gateway is not reachable at {StackEnvironment.GatewayUrl} ({ex.Message}). " +
                "End-to-end tests need the running stack: run ./chatnomina up (or ./chatnomina test), " +
                "or point CHATNOMINA_GATEWAY_URL at a running gateway.", ex);
        }
        if (ready.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException(
                $"The gateway at {StackEnvironment.GatewayUrl} is not ready (GET /health/ready → {(int)ready.StatusCode}).");
        }

        Ana = await SignInAsync(StackEnvironment.Ana);
        John = await SignInAsync(StackEnvironment.John);
        Hr = await SignInAsync(StackEnvironment.Hr);
    }

    public Task DisposeAsync()
    {
        Http.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>
    /// The password grant. The demo HR and admin accounts also send a one-time code (<c>otp</c>) from their
    /// authenticator, unless <paramref name="code"/> is given ("" for none).
    /// </summary>
    public static FormUrlEncodedContent PasswordGrant(string email, string password, string clientId = StackEnvironment.WebClient,
        string? code = null)
    {
        code ??= StackEnvironment.NeedsCode(email) ? StackEnvironment.AuthenticatorOf(email).NextCode() : "";
        List<KeyValuePair<string, string>> form =
        [
            new("grant_type", "password"),
            new("username", email),
            new("password", password),
            new("client_id", clientId),
        ];
        if (code.Length > 0)
        {
            form.Add(new("otp", code));
        }
        return new FormUrlEncodedContent(form);
    }

    public static FormUrlEncodedContent RefreshGrant(string refreshToken, string clientId = StackEnvironment.WebClient) =>
        new([
            new("grant_type", "refresh_token"),
            new("refresh_token", refreshToken),
            new("client_id", clientId),
        ]);

    public async Task<TokenResponse> TokenAsync(HttpContent grant)
    {
        var response = await Http.PostAsync("connect/token", grant);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK,
            $"POST /connect/token answered {(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<TokenResponse>(body, Json)!;
    }

    public async Task<Account> SignInAsync(string email, string clientId = StackEnvironment.WebClient)
    {
        var response = await Http.PostAsync("connect/token", PasswordGrant(email, StackEnvironment.DemoPassword, clientId));
        if (StackEnvironment.NeedsCode(email) && response.StatusCode == HttpStatusCode.BadRequest)
        {
            // Each code is accepted once per account: another client (a second test run, the bench, a README
            // example) may have used this 30-second step's. The next step's code is accepted too.
            response.Dispose();
            response = await Http.PostAsync("connect/token", PasswordGrant(email, StackEnvironment.DemoPassword, clientId));
        }
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST /connect/token ({email}) answered {(int)response.StatusCode}: {body}");
        var tokens = JsonSerializer.Deserialize<TokenResponse>(body, Json)!;
        return new Account(email, tokens.AccessToken, tokens.RefreshToken, Jwt.Subject(tokens.AccessToken));
    }

    public HttpClient ClientFor(string accessToken, Uri? baseAddress = null)
    {
        var client = NewClient(baseAddress);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    public HttpClient ClientFor(Account account) => ClientFor(account.AccessToken);

    /// <summary>Every employee of the demo company, as HR lists them (a few hundred).</summary>
    public async Task<IReadOnlyList<JsonElement>> EmployeesAsync()
    {
        var hr = ClientFor(Hr);
        var all = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var body = await hr.GetFromJsonAsync<JsonElement>($"api/users?page={page}&pageSize=200");
            var items = body.GetProperty("items").EnumerateArray().Select(e => e.Clone()).ToList();
            all.AddRange(items);
            if (items.Count < 200)
            {
                return all;
            }
        }
    }

    private readonly HashSet<string> _handedOut = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A seeded employee that no other test uses (so locking it out or exhausting its rate limit
    /// harms nobody), picked at random so that runs close together do not meet a sign-in throttle or a
    /// rate limit left by the previous one. Every seeded employee has the demo password.
    /// </summary>
    public async Task<string> ThrowawayEmployeeEmailAsync()
    {
        string[] demo = [StackEnvironment.Ana, StackEnvironment.John, StackEnvironment.Hr, StackEnvironment.Admin];
        var candidates = (await EmployeesAsync())
            .Select(e => e.GetProperty("email").GetString()!)
            .Where(e => !demo.Contains(e, StringComparer.OrdinalIgnoreCase))
            .ToList();
        Assert.True(candidates.Count > 50, $"expected the seeded demo company, found {candidates.Count} employees");
        lock (_handedOut)
        {
            var email = candidates.Where(c => !_handedOut.Contains(c)).OrderBy(_ => Random.Shared.Next()).First();
            _handedOut.Add(email);
            return email;
        }
    }

    /// <summary>
    /// A throwaway employee, signed in. An account that refuses the demo password (one whose password
    /// a test changed, or throttled for this address by an earlier run's guessing test) is skipped for another.
    /// </summary>
    public async Task<Account> SignInThrowawayAsync()
    {
        for (var attempt = 0; ; attempt++)
        {
            var email = await ThrowawayEmployeeEmailAsync();
            var response = await Http.PostAsync("connect/token", PasswordGrant(email, StackEnvironment.DemoPassword));
            if (response.StatusCode == HttpStatusCode.OK || attempt == 4)
            {
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"5 seeded employees refused the demo password; last: {email}: {body}");
                var tokens = JsonSerializer.Deserialize<TokenResponse>(body, Json)!;
                return new Account(email, tokens.AccessToken, tokens.RefreshToken, Jwt.Subject(tokens.AccessToken));
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class StackCollection : ICollectionFixture<StackFixture>
{
    public const string Name = "stack";
}
