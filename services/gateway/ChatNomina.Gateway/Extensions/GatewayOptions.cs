using System.ComponentModel.DataAnnotations;

namespace ChatNomina.Gateway.Extensions;

/// <summary>The gateway's own settings (section <c>Gateway</c>); routes and clusters live in <c>ReverseProxy</c>.</summary>
public sealed class GatewayOptions
{
    public const string SectionName = "Gateway";

    [Required]
    public CorsSettings Cors { get; set; } = new();

    [Required]
    public LimitSettings Limits { get; set; } = new();

    [Required]
    public NetworkSettings Network { get; set; } = new();

    [Required]
    public OpenApiSettings OpenApi { get; set; } = new();

    public sealed class OpenApiSettings
    {
        /// <summary>Publish every API's OpenAPI document at <c>/openapi/{auth|users|payroll|chat}.json</c>.</summary>
        public bool Enabled { get; set; }
    }

    public sealed class CorsSettings
    {
        /// <summary>Browser origins allowed to call the API (exact match, scheme://host[:port]).</summary>
        public string[] AllowedOrigins { get; set; } = [];

        /// <summary>How long a browser may cache a preflight answer.</summary>
        [Range(typeof(TimeSpan), "00:00:00", "02:00:00")]
        public TimeSpan PreflightMaxAge { get; set; } = TimeSpan.FromMinutes(10);
    }

    public sealed class LimitSettings
    {
        /// <summary>
        /// Largest request body accepted on any route (bytes); a route raises it with
        /// <c>MaxRequestBodySize</c> in its YARP route configuration (the payroll imports do).
        /// </summary>
        [Range(1, 1L << 32)]
        public long MaxRequestBodySize { get; set; } = 1024 * 1024;
    }

    public sealed class NetworkSettings
    {
        /// <summary>
        /// Proxies (CIDR) whose <c>X-Forwarded-For</c>/<c>X-Forwarded-Proto</c> are believed: the load balancer
        /// or ingress in front of the gateway. Empty (local): loopback only; set: these only, not loopback.
        /// </summary>
        public string[] TrustedProxyNetworks { get; set; } = [];

        /// <summary>
        /// Client networks (CIDR) that may read the gateway's own <c>/metrics</c>. Everyone else gets 404:
        /// metrics are for the Prometheus scraper, never for the public.
        /// </summary>
        public string[] MetricsAllowedNetworks { get; set; } = ["127.0.0.0/8", "::1/128"];
    }
}
