using System.Security.Cryptography;
using System.Text;
using ChatNomina.Auth.Extensions;
using ChatNomina.Auth.Infrastructure;
using ChatNomina.Auth.Model;
using ChatNomina.Auth.OAuth;
using ChatNomina.Auth.SignIn;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace ChatNomina.Auth.Apis;

/// <summary>
/// The set-password page (<c>/account/set-password?token=…</c>, through the gateway like the sign-in page):
/// a new hire, or an employee HR gave a new link, chooses a password. The link's token is stored only as its
/// SHA-256 (delivered by the users service, docs/people.md), works once, until its expiry, and never for a
/// deactivated account; an unknown, used, expired or deactivated link gets one page. The password is taken
/// by one conditional UPDATE, so two submissions of one link cannot both succeed. Before it, every session of
/// the account ends (<see cref="SignInsEnder"/>): one opened with the old password does not outlive it. Logs
/// carry the user id, never the token or the password.
/// </summary>
internal static partial class SetPasswordApi
{
    private const int MaxPasswordLength = 1024;
    private const int MaxTokenLength = 128;

    public static IEndpointRouteBuilder MapSetPasswordApi(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").WithTags("Sign-in page").AllowAnonymous();
        account.MapGet("/set-password", ShowAsync).WithName("SetPasswordPage");
        // Antiforgery is checked by the handler, which answers with the page rather than a bare 400.
        account.MapPost("/set-password", SetAsync).WithName("SetPassword").DisableAntiforgery();
        return app;
    }

    private static async Task<ContentHttpResult> ShowAsync(HttpContext http, AuthDbContext db, IAntiforgery antiforgery,
        IOptions<ProvisioningOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var token = Single(http.Request.Query["token"]);
        if (await FindAsync(db, token, clock.GetUtcNow(), ct) is null)
        {
            return InvalidLink(http);
        }
        return FormPage(http, antiforgery, token!, options.Value.MinPasswordLength, SetPasswordNotice.None, StatusCodes.Status200OK);
    }

    private static async Task<ContentHttpResult> SetAsync(HttpContext http, AuthDbContext db, IAntiforgery antiforgery,
        IPasswordHasher<Credential> hasher, IOptions<ProvisioningOptions> options, IOptions<AuthOptions> auth,
        SignInsEnder signIns, TimeProvider clock, ILoggerFactory loggers, CancellationToken ct)
    {
        if (!http.Request.HasFormContentType)
        {
            return InvalidLink(http);
        }
        var form = await http.Request.ReadFormAsync(ct);
        var token = Single(form["token"]);
        var now = clock.GetUtcNow();
        var credential = await FindAsync(db, token, now, ct);
        if (credential is null)
        {
            return InvalidLink(http);
        }
        var min = options.Value.MinPasswordLength;
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return FormPage(http, antiforgery, token!, min, SetPasswordNotice.FormExpired, StatusCodes.Status400BadRequest);
        }
        var password = Single(form["password"]) ?? "";
        var confirm = Single(form["confirm"]) ?? "";
        var notice = password.Length < min ? SetPasswordNotice.TooShort
            : password.Length > MaxPasswordLength ? SetPasswordNotice.TooLong
            : !string.Equals(password, confirm, StringComparison.Ordinal) ? SetPasswordNotice.Mismatch
            : SetPasswordNotice.None;
        if (notice != SetPasswordNotice.None)
        {
            return FormPage(http, antiforgery, token!, min, notice, StatusCodes.Status200OK);
        }

        // Every session of the account ends first (a session opened with the old password, shared or stolen, does
        // not outlive it): when that cannot be recorded the answer is 503 and the link still works for a retry.
        await signIns.EndAllAsync(credential.UserId, ct);

        var hash = hasher.HashPassword(credential, password);
        var tokenHash = credential.SetPasswordTokenHash;
        var taken = await db.Credentials
            .Where(c => c.UserId == credential.UserId && c.SetPasswordTokenHash == tokenHash && c.SetPasswordUsedAt == null
                && c.SetPasswordExpiresAt > now && c.DeactivatedAt == null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.PasswordHash, hash)
                .SetProperty(c => c.SetPasswordUsedAt, now)
                .SetProperty(c => c.UpdatedAt, now), ct);
        if (taken != 1)
        {
            // Used, replaced or deactivated between the read and the update.
            return InvalidLink(http);
        }
        LogPasswordSet(loggers.CreateLogger(typeof(SetPasswordApi)), credential.UserId);
        var (texts, page) = SetPasswordTexts.Choose(http.Request);
        SignInPage.ApplyHeaders(http.Response);
        return TypedResults.Content(SetPasswordPage.Done(texts, page, auth.Value.Issuer), "text/html; charset=utf-8");
    }

    /// <summary>The credential whose current, unused, unexpired link this token is, if it is active.</summary>
    private static async Task<Credential?> FindAsync(AuthDbContext db, string? token, DateTimeOffset now, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            return null;
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
        return await db.Credentials.AsNoTracking().SingleOrDefaultAsync(c => c.SetPasswordTokenHash == hash
            && c.SetPasswordUsedAt == null && c.SetPasswordExpiresAt > now && c.DeactivatedAt == null, ct);
    }

    private static ContentHttpResult FormPage(HttpContext http, IAntiforgery antiforgery, string token, int minLength,
        SetPasswordNotice notice, int status)
    {
        var (texts, page) = SetPasswordTexts.Choose(http.Request);
        var tokens = antiforgery.GetAndStoreTokens(http);
        SignInPage.ApplyHeaders(http.Response);
        return TypedResults.Content(SetPasswordPage.Form(texts, page, token, minLength, tokens.FormFieldName, tokens.RequestToken, notice),
            "text/html; charset=utf-8", statusCode: status);
    }

    private static ContentHttpResult InvalidLink(HttpContext http)
    {
        var (texts, page) = SetPasswordTexts.Choose(http.Request);
        SignInPage.ApplyHeaders(http.Response);
        return TypedResults.Content(SetPasswordPage.InvalidLink(texts, page), "text/html; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
    }

    private static string? Single(StringValues values) => values.Count == 1 ? values[0] : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Password set through a set-password link for user {UserId}")]
    private static partial void LogPasswordSet(ILogger logger, Guid userId);
}
