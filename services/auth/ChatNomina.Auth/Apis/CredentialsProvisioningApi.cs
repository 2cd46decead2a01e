using System.Security.Cryptography;
using System.Text;
using ChatNomina.Auth.Extensions;
using ChatNomina.Auth.Infrastructure;
using ChatNomina.Auth.Model;
using ChatNomina.Contracts.Credentials;
using ChatNomina.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatNomina.Auth.Apis;

/// <summary>
/// <c>PUT /internal/credentials/{userId}</c>: the users service delivers the state it decided for an
/// employee's credential (docs/people.md). Idempotent and order-proof: one conditional upsert applies the
/// state only when its version is newer than the row's, so replays, duplicates and late older states
/// change nothing and are still acknowledged. Called with the users service's credential
/// (<see cref="ProvisioningOptions.Secret"/>); the gateway does not forward <c>/internal</c>.
/// </summary>
internal static partial class CredentialsProvisioningApi
{
    public static IEndpointRouteBuilder MapCredentialsProvisioningApi(this IEndpointRouteBuilder app)
    {
        app.MapPut("/internal/credentials/{userId:guid}", ApplyAsync)
            .WithName("ApplyCredentialState")
            .AsInternalCredentialsRoute();
        return app;
    }

    /// <summary>The endpoint conventions of every <c>/internal/credentials</c> route: no user token (the handler checks the
    /// service credential, <see cref="Authorized"/>), no antiforgery (no browser posts here), not in the OpenAPI document.</summary>
    internal static TBuilder AsInternalCredentialsRoute<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithTags("Provisioning").AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();

    private static async Task<Results<Ok<CredentialStateAck>, UnauthorizedHttpResult, ValidationProblem, ProblemHttpResult>> ApplyAsync(
        Guid userId, CredentialState state, HttpContext http, AuthDbContext db, IOptions<ProvisioningOptions> options,
        TimeProvider clock, ILoggerFactory loggers, CancellationToken ct)
    {
        var logger = loggers.CreateLogger(typeof(CredentialsProvisioningApi));
        if (!Authorized(http.Request, options.Value.Secret))
        {
            LogUnauthorized(logger);
            return TypedResults.Unauthorized();
        }
        if (Invalid(state) is { } errors)
        {
            return TypedResults.ValidationProblem(errors, title: "Invalid credential state");
        }

        var email = state.Email.Trim();
        var normalized = Credential.NormalizeEmail(email);
        var now = clock.GetUtcNow();
        DateTimeOffset? deactivatedAt = state.Active ? null : state.ChangedAt;
        int rows;
        try
        {
            // The role is the new account's only: an existing credential keeps its own (the users service does not
            // know that a seeded account is hr). A used link stays used when the same hash comes again.
            rows = await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO auth.credentials AS c (user_id, email, normalized_email, password_hash, role, failed_count, updated_at,
                    version, deactivated_at, set_password_token_hash, set_password_expires_at, set_password_used_at)
                VALUES ({userId}, {email}, {normalized}, '', {state.Role}, 0, {now},
                    {state.Version}, {deactivatedAt}, {state.SetPasswordTokenHash}, {state.SetPasswordExpiresAt}, NULL)
                ON CONFLICT (user_id) DO UPDATE SET
                    email = EXCLUDED.email,
                    normalized_email = EXCLUDED.normalized_email,
                    version = EXCLUDED.version,
                    deactivated_at = CASE WHEN EXCLUDED.deactivated_at IS NULL THEN NULL
                                          ELSE COALESCE(c.deactivated_at, EXCLUDED.deactivated_at) END,
                    set_password_used_at = CASE WHEN c.set_password_token_hash IS NOT DISTINCT FROM EXCLUDED.set_password_token_hash
                                                THEN c.set_password_used_at ELSE NULL END,
                    set_password_token_hash = EXCLUDED.set_password_token_hash,
                    set_password_expires_at = EXCLUDED.set_password_expires_at,
                    updated_at = EXCLUDED.updated_at
                WHERE c.version < EXCLUDED.version
                """, ct);
        }
        catch (Exception ex) when (ex is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation }
            || ex.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            LogConflict(logger, userId, state.Version);
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "E-mail taken",
                detail: "Another account signs in with this e-mail address.");
        }
        var held = await db.Credentials.AsNoTracking().Where(c => c.UserId == userId).Select(c => c.Version).SingleAsync(ct);
        LogApplied(logger, userId, state.Version, rows == 1, state.Active);
        return TypedResults.Ok(new CredentialStateAck(userId, held, rows == 1));
    }

    /// <summary><c>Authorization: Bearer {secret}</c>, compared in constant time (through SHA-256, so lengths do not leak).
    /// The check of every <c>/internal/credentials</c> route.</summary>
    internal static bool Authorized(HttpRequest request, string secret)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.Ordinal))
        {
            return false;
        }
        var given = SHA256.HashData(Encoding.UTF8.GetBytes(header[scheme.Length..]));
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(secret));
        return CryptographicOperations.FixedTimeEquals(given, expected);
    }

    private static Dictionary<string, string[]>? Invalid(CredentialState state)
    {
        var errors = new Dictionary<string, string[]>();
        if (state.Version < 1)
        {
            errors["version"] = ["The version is 1 or more."];
        }
        if (string.IsNullOrWhiteSpace(state.Email) || state.Email.Length > 256 || !state.Email.Contains('@') || state.Email.Any(char.IsControl))
        {
            errors["email"] = ["The e-mail is required, at most 256 characters, without control characters."];
        }
        if (state.Role is not (ChatNominaRoles.Employee or ChatNominaRoles.Hr or ChatNominaRoles.Admin))
        {
            errors["role"] = ["The role is employee, hr or admin."];
        }
        if (state.SetPasswordTokenHash is { } hash && (hash.Length != 64 || !hash.All(Uri.IsHexDigit) || hash.Any(char.IsUpper)))
        {
            errors["setPasswordTokenHash"] = ["The hash is 64 lower-case hexadecimal characters."];
        }
        if ((state.SetPasswordTokenHash is null) != (state.SetPasswordExpiresAt is null))
        {
            errors["setPasswordExpiresAt"] = ["A link has both a hash and an expiry, or neither."];
        }
        return errors.Count == 0 ? null : errors;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Credential state v{Version} of user {UserId}: applied {Applied}, active {Active}")]
    private static partial void LogApplied(ILogger logger, Guid userId, long version, bool applied, bool active);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Credential provisioning refused: missing or wrong service credential")]
    private static partial void LogUnauthorized(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Credential state v{Version} of user {UserId} refused: its e-mail belongs to another account")]
    private static partial void LogConflict(ILogger logger, Guid userId, long version);
}
