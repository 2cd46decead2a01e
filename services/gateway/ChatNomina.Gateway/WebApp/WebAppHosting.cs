using ChatNomina.Gateway.Middleware;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace ChatNomina.Gateway.WebApp;

/// <summary>
/// Serves the built web app (<c>web/dist</c>): the hashed files under <c>/assets/</c> are cached for
/// a year (their names change with their content), everything else — <c>index.html</c>, the
/// service worker, the manifest — is revalidated on every load so a deployment reaches every
/// browser. Any other path that is not an API (<c>/chat/…</c>, <c>/payslips/2025/3</c>) is the app's
/// own route: it gets <c>index.html</c>. Every page carries the strict Content-Security-Policy.
/// </summary>
public static partial class WebAppHosting
{
    /// <summary>Paths that belong to the APIs and the protocol, never to the app's routes.</summary>
    private static readonly string[] ServerPaths =
        ["/api", "/ws", "/bff", "/connect", "/account", "/.well-known", "/health", "/metrics", "/signin-oidc", "/openapi", "/assets"];

    private const string Immutable = "public, max-age=31536000, immutable";

    public static IHostApplicationBuilder AddWebApp(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebAppOptions>().BindConfiguration(WebAppOptions.SectionName);
        return builder;
    }

    private static PhysicalFileProvider? Files(WebApplication app)
    {
        var root = app.Services.GetRequiredService<IOptions<WebAppOptions>>().Value.Root;
        if (string.IsNullOrWhiteSpace(root))
        {
            return null;
        }
        var full = Path.GetFullPath(root, app.Environment.ContentRootPath);
        return File.Exists(Path.Combine(full, "index.html")) ? new PhysicalFileProvider(full) : null;
    }

    /// <summary>The app's files; before authentication, as they are public (the data is behind <c>/api</c>).</summary>
    public static WebApplication UseWebApp(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WebAppHosting));
        if (Files(app) is not { } files)
        {
            LogNoWebApp(logger, app.Services.GetRequiredService<IOptions<WebAppOptions>>().Value.Root);
            return app;
        }
        LogServing(logger, files.Root);

        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".webmanifest"] = "application/manifest+json";
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = types,
            OnPrepareResponse = file => PrepareHeaders(file.Context),
        });
        return app;
    }

    /// <summary>The app's routes: <c>index.html</c> for any GET of a path that is not the server's.</summary>
    public static WebApplication MapWebApp(this WebApplication app)
    {
        if (Files(app) is not { } files)
        {
            return app;
        }
        app.MapFallback(async context =>
        {
            var path = context.Request.Path;
            if (!(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
                || ServerPaths.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
            {
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteNotFoundAsync(context);
                return;
            }
            // Looked up per request: a rebuild of web/dist replaces it under a running gateway.
            var index = files.GetFileInfo("index.html");
            if (!index.Exists)
            {
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteProblemAsync(context,
                    StatusCodes.Status503ServiceUnavailable, "Web app unavailable", "The web app is being rebuilt; try again shortly.", retryAfter: 5);
                return;
            }
            PrepareHeaders(context);
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(index);
        }).AllowAnonymous();
        return app;
    }

    private static void PrepareHeaders(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.CacheControl = context.Request.Path.StartsWithSegments("/assets") ? Immutable : "no-cache";
        headers.ContentSecurityPolicy = context.RequestServices.GetRequiredService<IOptions<WebAppOptions>>().Value.ContentSecurityPolicy;
        headers.XFrameOptions = "DENY";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No web app to serve (Gateway:WebApp:Root = '{Root}' has no index.html): / is a 404. Build it with ./chatnomina up")]
    private static partial void LogNoWebApp(ILogger logger, string? root);

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving the web app from {Root}")]
    private static partial void LogServing(ILogger logger, string root);
}
