using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using ChatNomina.Auth.Clients;
using ChatNomina.Auth.Credentials;
using ChatNomina.Auth.Infrastructure;
using ChatNomina.Auth.Model;
using ChatNomina.ServiceDefaults.Authentication;
using ChatNomina.Testing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using OtpNet;

namespace ChatNomina.Auth.Tests;

/// <summary>
/// The auth service in-process against the real PostgreSQL: one database per test class, made by
/// the service's migrations, with the clients and scope registered as <c>migrate</c> does.
/// Signing keys are ephemeral (Testing environment). Every log line is captured.
/// </summary>
public class AuthFactory : ServiceFactory<Program, AuthDbContext>
{
    public const string Password = "Correct-Horse-Battery-9";

    protected override string ConnectionName => "authdb";

    /// <summary>Not used by the auth service itself (it issues tokens, it does not consume them).</summary>
    public override string Audience => "chatnomina-gateway";

    public LogCapture Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(Logs));
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ClientRegistration.RegisterAsync(Services);
    }

    /// <summary>The clock the service checks one-time codes with (the fake one where the test moves time).</summary>
    protected virtual TimeProvider CodeClock => TimeProvider.System;

    /// <summary>
    /// Adds a user with <see cref="Password"/> (or <paramref name="password"/>) and returns it. An hr or
    /// admin user also gets a TOTP second factor (a random secret, stored as the service stores it:
    /// protected with its data-protection keys) unless <paramref name="secondFactor"/> says otherwise.
    /// </summary>
    public async Task<TestUser> AddUserAsync(string role = ChatNominaRoles.Employee, string? password = null, bool? secondFactor = null)
    {
        var id = Guid.NewGuid();
        var email = $"user.{id:N}@chatnomina.test";
        var credential = new Credential
        {
            UserId = id,
            Email = email,
            NormalizedEmail = Credential.NormalizeEmail(email),
            Role = role,
            UpdatedAt = DateTimeOffset.UtcNow,
        };
        credential.PasswordHash = new PasswordHasher<Credential>().HashPassword(credential, password ?? Password);
        Authenticator? authenticator = null;
        await WithDbAsync(async db =>
        {
            db.Credentials.Add(credential);
            if (secondFactor ?? OneTimeCodes.AreRequiredFor(role))
            {
                var secret = RandomNumberGenerator.GetBytes(20);
                authenticator = new Authenticator(Base32Encoding.ToString(secret));
                db.TotpFactors.Add(new TotpFactor { UserId = id, ProtectedSecret = ProtectSecret(secret), UpdatedAt = DateTimeOffset.UtcNow });
            }
            return await db.SaveChangesAsync();
        });
        return new TestUser(id, email, role, password ?? Password, authenticator, CodeClock);
    }

    /// <summary>A TOTP secret as the service stores it (auth.totp_factors.protected_secret).</summary>
    public string ProtectSecret(byte[] secret) => WebEncoders.Base64UrlEncode(
        Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(OneTimeCodes.SecretPurpose).Protect(secret));

    /// <summary>A client whose requests come from <paramref name="address"/> (the connection's remote address).</summary>
    public HttpClient CreateClientFrom(string address)
    {
        var remote = IPAddress.Parse(address);
        return new HttpClient(Server.CreateHandler(context => context.Connection.RemoteIpAddress = remote))
        {
            BaseAddress = Server.BaseAddress,
        };
    }

    public Task<Credential?> FindCredentialAsync(Guid id) =>
        WithDbAsync(db => db.Credentials.FindAsync(id).AsTask());
}

/// <summary>The auth service with a clock the test moves (throttle delays, token expiry).</summary>
public sealed class AuthFactoryWithFakeClock : AuthFactory
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override TimeProvider CodeClock => Clock;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // The throttle lets an attempt through when Redis does not answer in time (by design: sign-in
        // keeps working without Redis); its tests assert throttling, so a Redis call slowed by a busy
        // CI machine must not count as Redis being away.
        builder.UseSetting("Redis:OperationTimeoutMs", "5000");
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>A user of a test; hr and admin users have an <see cref="Authenticator"/> (their TOTP codes, on the service's clock).</summary>
public sealed record TestUser(Guid Id, string Email, string Role, string Password, Authenticator? Authenticator = null, TimeProvider? Clock = null)
{
    /// <summary>A one-time code not used before (<see cref="Authenticator.NextCode"/>), or null for a user without a second factor.</summary>
    public string? NextCode() => Authenticator?.NextCode(Clock);
}

/// <summary>Token endpoint calls as a client makes them (form-encoded).</summary>
public static class TokenEndpoint
{
    public const string WebClientId = "chatnomina-web";

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, params (string Name, string Value)[] form) =>
        client.PostAsync("/connect/token", new FormUrlEncodedContent(form.Select(f => KeyValuePair.Create(f.Name, f.Value))));

    public static Task<HttpResponseMessage> PasswordAsync(HttpClient client, string username, string password, string clientId = WebClientId) =>
        PostAsync(client, ("grant_type", "password"), ("username", username), ("password", password), ("client_id", clientId));

    /// <summary>The password grant with a one-time code (<c>otp</c>), as an hr or admin account signs in.</summary>
    public static Task<HttpResponseMessage> PasswordWithCodeAsync(HttpClient client, string username, string password, string code,
        string clientId = WebClientId) =>
        PostAsync(client, ("grant_type", "password"), ("username", username), ("password", password), ("client_id", clientId), ("otp", code));

    public static Task<HttpResponseMessage> RefreshAsync(HttpClient client, string refreshToken, string clientId = WebClientId) =>
        PostAsync(client, ("grant_type", "refresh_token"), ("refresh_token", refreshToken), ("client_id", clientId));

    public static Task<HttpResponseMessage> RevokeAsync(HttpClient client, string token, string clientId = WebClientId) =>
        client.PostAsync("/connect/revoke", new FormUrlEncodedContent(
            [KeyValuePair.Create("token", token), KeyValuePair.Create("client_id", clientId)]));

    /// <summary>Signs the user in with the password grant, and a fresh one-time code when the user has a second factor.</summary>
    public static async Task<TokenResponse> SignInAsync(HttpClient client, TestUser user)
    {
        var response = user.NextCode() is { } code
            ? await PasswordWithCodeAsync(client, user.Email, user.Password, code)
            : await PasswordAsync(client, user.Email, user.Password);
        return await ReadTokensAsync(response);
    }

    public static async Task<TokenResponse> ReadTokensAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"expected 200, got {(int)response.StatusCode}: {body}");
        var tokens = JsonSerializer.Deserialize<TokenResponse>(body, JsonSerializerOptions.Web);
        Assert.NotNull(tokens);
        return tokens;
    }

    /// <summary>Asserts an OAuth 2 error answer (RFC 6749 §5.2) and returns its body as text.</summary>
    public static async Task<string> AssertOAuthErrorAsync(HttpResponseMessage response, string error, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(error, json.RootElement.GetProperty("error").GetString());
        return body;
    }

    public static JsonWebToken Read(string jwt) => new JsonWebTokenHandler().ReadJsonWebToken(jwt);
}

public sealed record TokenResponse(
    [property: System.Text.Json.Serialization.JsonPropertyName("access_token")] string AccessToken,
    [property: System.Text.Json.Serialization.JsonPropertyName("refresh_token")] string? RefreshToken,
    [property: System.Text.Json.Serialization.JsonPropertyName("token_type")] string TokenType,
    [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn);

/// <summary>Keeps every formatted log line (and the values of its state) the service writes.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}"))
                : "";
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {values} {exception}");
        }
    }
}
