extern alias AuthService;

using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChatNomina.ServiceDefaults.Errors;
using ChatNomina.Testing;
using ChatNomina.Users.Credentials;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.IdentityModel.Tokens;
using AuthDbContext = AuthService::ChatNomina.Auth.Infrastructure.AuthDbContext;
using AuthProgram = AuthService::Program;
using Credential = AuthService::ChatNomina.Auth.Model.Credential;

namespace ChatNomina.Users.Tests;

/// <summary>
/// The users and auth services in-process, each on its own PostgreSQL database and Redis prefix: users
/// delivers credential states to auth's in-process server through <see cref="AuthLink"/> (which a test
/// cuts), and accepts the access tokens auth issues (auth's keys and issuer next to the test ones).
/// </summary>
public class PeopleFixture : IAsyncLifetime
{
    public AuthServiceFactory Auth { get; } = new();

    public PeopleUsersFactory Users { get; private set; } = null!;

    /// <summary>The Redis the users service talks to (a test of a Redis outage puts a proxy in between).</summary>
    protected virtual string? UsersRedis => null;

    public async Task InitializeAsync()
    {
        await Auth.InitializeAsync();
        var jwks = await Auth.CreateClient().GetStringAsync("/.well-known/jwks");
        Users = new PeopleUsersFactory(Auth, new JsonWebKeySet(jwks).GetSigningKeys(), UsersRedis);
        await Users.InitializeAsync();
    }

    public virtual async Task DisposeAsync()
    {
        if (Users is not null)
        {
            await ((IAsyncLifetime)Users).DisposeAsync();
        }
        await ((IAsyncLifetime)Auth).DisposeAsync();
    }
}

/// <summary><see cref="PeopleFixture"/> with the users service's Redis behind a proxy a test cuts and restores.</summary>
public sealed class PeopleFixtureWithRedisProxy : PeopleFixture
{
    private static readonly Lazy<(string Host, int Port)> RedisServer = new(() =>
    {
        var options = StackExchange.Redis.ConfigurationOptions.Parse(TestEnvironment.Redis);
        return options.EndPoints[0] switch
        {
            DnsEndPoint dns => (dns.Host, dns.Port),
            IPEndPoint ip => (ip.Address.ToString(), ip.Port),
            var other => throw new InvalidOperationException($"Unexpected Redis endpoint {other}."),
        };
    });

    public TcpFaultProxy Redis { get; } = new(RedisServer.Value.Host, RedisServer.Value.Port);

    protected override string UsersRedis
    {
        get
        {
            var options = StackExchange.Redis.ConfigurationOptions.Parse(TestEnvironment.Redis);
            options.EndPoints.Clear();
            options.EndPoints.Add(IPAddress.Loopback, Redis.Port);
            options.ConnectTimeout = 1000;
            return options.ToString(includePassword: true);
        }
    }

    public override async Task DisposeAsync()
    {
        Redis.Restore();
        await base.DisposeAsync();
        await Redis.DisposeAsync();
    }
}

/// <summary>The auth service as its own tests run it (clients registered as <c>migrate</c> does).</summary>
public sealed class AuthServiceFactory : ServiceFactory<AuthProgram, AuthDbContext>
{
    /// <summary>Auth's issuer in the Testing environment (appsettings.json's <c>Auth:Issuer</c>).</summary>
    public const string Issuer = "http://localhost:8080/";

    protected override string ConnectionName => "authdb";

    public override string Audience => "chatnomina-gateway";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await AuthService::ChatNomina.Auth.Clients.ClientRegistration.RegisterAsync(Services);
    }

    public Task<List<Credential>> CredentialsAsync(Guid userId) =>
        WithDbAsync(db => db.Credentials.AsNoTracking().Where(c => c.UserId == userId).ToListAsync());

    public Task<int> ExecuteAsync(FormattableString sql) => WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync(sql));

    /// <summary>
    /// Gives an account a TOTP factor as an enrolment stores it (the secret protected with auth's keys) and
    /// <paramref name="recoveryCodes"/> unused recovery codes; returns its authenticator.
    /// </summary>
    public async Task<Authenticator> AddSecondFactorAsync(Guid userId, int recoveryCodes = 0)
    {
        var secret = System.Security.Cryptography.RandomNumberGenerator.GetBytes(20);
        var protector = Services.GetRequiredService<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider>()
            .CreateProtector(AuthService::ChatNomina.Auth.Credentials.OneTimeCodes.SecretPurpose);
        await WithDbAsync(async db =>
        {
            db.TotpFactors.Add(new AuthService::ChatNomina.Auth.Model.TotpFactor
            {
                UserId = userId,
                ProtectedSecret = Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(protector.Protect(secret)),
                UpdatedAt = DateTimeOffset.UtcNow,
            });
            for (var i = 0; i < recoveryCodes; i++)
            {
                db.RecoveryCodes.Add(new AuthService::ChatNomina.Auth.Model.RecoveryCode
                {
                    UserId = userId,
                    CodeHash = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
                    CreatedAt = DateTimeOffset.UtcNow,
                });
            }
            return await db.SaveChangesAsync();
        });
        return new Authenticator(OtpNet.Base32Encoding.ToString(secret));
    }

    public Task<(int Factors, int RecoveryCodes)> SecondFactorRowsAsync(Guid userId) => WithDbAsync(async db =>
        (await db.TotpFactors.CountAsync(f => f.UserId == userId), await db.RecoveryCodes.CountAsync(r => r.UserId == userId)));
}

/// <summary>The users service wired to <see cref="AuthServiceFactory"/>, with a quick outbox.</summary>
public sealed class PeopleUsersFactory(AuthServiceFactory auth, IEnumerable<SecurityKey> authKeys, string? redis = null) : UsersFactory
{
    public AuthLink AuthLink { get; } = new(auth);

    protected override string RedisConfiguration => redis ?? base.RedisConfiguration;

    /// <summary>Set by a test: the next INSERT into the outbox fails (the create dies before its commit).</summary>
    public FailingOutboxInsert FailOutboxInsert { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Users:AuthUrl", "http://localhost/");
        builder.UseSetting("Users:AuthTimeout", "00:00:03");
        builder.UseSetting("Users:OutboxPollInterval", "00:00:00.200");
        builder.UseSetting("Users:OutboxInitialBackoff", "00:00:00.100");
        builder.UseSetting("Users:OutboxMaxBackoff", "00:00:00.500");
        builder.ConfigureServices(services =>
        {
            services.AddHttpClient(AuthCredentialsClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => AuthLink);
            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
            {
                jwt.TokenValidationParameters.ValidIssuers = [AuthServiceFactory.Issuer];
                jwt.TokenValidationParameters.IssuerSigningKeys = [.. authKeys];
            });
            services.AddSingleton(FailOutboxInsert);
            services.ConfigureDbContext<Infrastructure.UsersDbContext>((_, options) => options.AddInterceptors(FailOutboxInsert));
        });
    }

    /// <summary>Waits until <paramref name="condition"/> holds (the dispatcher polls every 200 ms).</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what, int seconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting for {what}");
            await Task.Delay(100);
        }
    }
}

/// <summary>The users service's connection to auth: up, down (connection refused), or "answer lost" (auth got the request, the answer never came back).</summary>
public sealed class AuthLink(AuthServiceFactory auth) : DelegatingHandler(auth.Server.CreateHandler())
{
    public AuthLinkState State { get; set; } = AuthLinkState.Up;

    public int Requests;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Requests);
        switch (State)
        {
            case AuthLinkState.Down:
                throw new HttpRequestException("Connection refused (simulated: auth is down)", new System.Net.Sockets.SocketException(111));
            case AuthLinkState.AnswerLost:
                using (await base.SendAsync(request, cancellationToken))
                {
                    throw new HttpRequestException("Connection reset (simulated: the answer was lost)", new IOException("reset"));
                }
            default:
                return await base.SendAsync(request, cancellationToken);
        }
    }

    // The handler is shared by every HttpClient the factory builds: never disposed with one of them.
    protected override void Dispose(bool disposing)
    {
    }
}

public enum AuthLinkState
{
    Up,
    Down,
    AnswerLost,
}

/// <summary>Makes INSERTs into <c>users.credential_outbox</c> fail while <see cref="Armed"/>: a create that dies before its commit.</summary>
public sealed class FailingOutboxInsert : DbCommandInterceptor
{
    public volatile bool Armed;

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (Armed && command.CommandText.Contains("credential_outbox", StringComparison.Ordinal)
            && command.CommandText.Contains("INSERT", StringComparison.Ordinal))
        {
            throw new DependencyUnavailableException("postgres", "Simulated: the database went away in the middle of the create.");
        }
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}

/// <summary>The set-password page as a browser uses it (antiforgery cookie and field).</summary>
public static partial class SetPasswordBrowser
{
    public static string TokenOf(string setPasswordUrl) =>
        Uri.UnescapeDataString(new Uri(setPasswordUrl).Query.TrimStart('?').Split('&').Single(p => p.StartsWith("token=", StringComparison.Ordinal))["token=".Length..]);

    /// <summary>Opens the link's page and submits the password; returns the answer to the POST (or to the GET when it showed no form).</summary>
    public static async Task<HttpResponseMessage> SetPasswordAsync(HttpClient browser, string setPasswordUrl, string password, string? confirm = null)
    {
        var token = TokenOf(setPasswordUrl);
        var page = await browser.GetAsync($"/account/set-password?token={Uri.EscapeDataString(token)}");
        if (page.StatusCode != HttpStatusCode.OK)
        {
            return page;
        }
        var html = await page.Content.ReadAsStringAsync();
        var antiforgery = WebUtility.HtmlDecode(AntiforgeryField().Match(html).Groups[1].Value);
        return await browser.PostAsync("/account/set-password", new FormUrlEncodedContent(
        [
            KeyValuePair.Create("__RequestVerificationToken", antiforgery),
            KeyValuePair.Create("token", token),
            KeyValuePair.Create("password", password),
            KeyValuePair.Create("confirm", confirm ?? password),
        ]));
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"__RequestVerificationToken\" value=\"([^\"]+)\">")]
    private static partial Regex AntiforgeryField();
}

/// <summary>The password grant and refresh as the web client makes them.</summary>
public static class AuthTokens
{
    public static Task<HttpResponseMessage> PasswordAsync(HttpClient auth, string email, string password) =>
        auth.PostAsync("/connect/token", new FormUrlEncodedContent(
        [
            KeyValuePair.Create("grant_type", "password"), KeyValuePair.Create("username", email),
            KeyValuePair.Create("password", password), KeyValuePair.Create("client_id", "chatnomina-web"),
            KeyValuePair.Create("scope", "openid offline_access"),
        ]));

    /// <summary>The password grant of an hr/admin account: the one-time code (or a recovery code) in <c>otp</c>.</summary>
    public static Task<HttpResponseMessage> PasswordWithCodeAsync(HttpClient auth, string email, string password, string code) =>
        auth.PostAsync("/connect/token", new FormUrlEncodedContent(
        [
            KeyValuePair.Create("grant_type", "password"), KeyValuePair.Create("username", email),
            KeyValuePair.Create("password", password), KeyValuePair.Create("client_id", "chatnomina-web"),
            KeyValuePair.Create("scope", "openid offline_access"), KeyValuePair.Create("otp", code),
        ]));

    public static Task<HttpResponseMessage> RefreshAsync(HttpClient auth, string refreshToken) =>
        auth.PostAsync("/connect/token", new FormUrlEncodedContent(
        [
            KeyValuePair.Create("grant_type", "refresh_token"), KeyValuePair.Create("refresh_token", refreshToken),
            KeyValuePair.Create("client_id", "chatnomina-web"),
        ]));

    public static async Task<(string Access, string Refresh)> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"expected 200, got {(int)response.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        return (json.RootElement.GetProperty("access_token").GetString()!, json.RootElement.GetProperty("refresh_token").GetString()!);
    }

    public static async Task<string> ErrorAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"expected 400, got {(int)response.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        Assert.Equal("invalid_grant", json.RootElement.GetProperty("error").GetString());
        return json.RootElement.GetProperty("error_description").GetString()!;
    }
}
