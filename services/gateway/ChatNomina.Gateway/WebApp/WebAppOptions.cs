namespace ChatNomina.Gateway.WebApp;

/// <summary>The built web app the gateway serves at <c>/</c> (section <c>Gateway:WebApp</c>).</summary>
public sealed class WebAppOptions
{
    public const string SectionName = "Gateway:WebApp";

    /// <summary>
    /// The folder of the built app (<c>web/dist</c>, set by <c>./chatnomina</c>; in the container image
    /// <c>wwwroot</c>). Empty or missing: no web app, <c>/</c> is a 404 like any unknown path.
    /// </summary>
    public string? Root { get; set; }

    /// <summary>
    /// The page's Content-Security-Policy: scripts, styles, connections (including the chat
    /// WebSocket) and workers from this origin only, no inline script, no framing. MUI's styles are
    /// injected at run time, hence <c>'unsafe-inline'</c> for styles (never for scripts).
    /// </summary>
    public string ContentSecurityPolicy { get; set; } =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; font-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; " +
        "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
}
