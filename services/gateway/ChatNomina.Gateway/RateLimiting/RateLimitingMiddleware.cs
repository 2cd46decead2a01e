using ChatNomina.Gateway.Proxy;
using System.Diagnostics.Metrics;
using System.Globalization;
using ChatNomina.ServiceDefaults.Authentication;
using ChatNomina.ServiceDefaults.Redis;
using ChatNomina.ServiceDefaults.Telemetry;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatNomina.Gateway.RateLimiting;

/// <summary>
/// Applies the route's rate-limit policy (YARP route metadata <c>RateLimitPolicy</c>) with
/// <see cref="RedisGcraRateLimiter"/>. A refused request gets 429, <c>Retry-After</c> (whole
/// seconds, rounded up) and problem details, and never reaches the backend. Runs after
/// authentication, so the user partition is the token's <c>sub</c>.
/// </summary>
public sealed partial class RateLimitingMiddleware
{
    public const string MetadataKey = "RateLimitPolicy";

    private readonly RequestDelegate _next;
    private readonly RedisGcraRateLimiter _limiter;
    private readonly IOptionsMonitor<RateLimitOptions> _options;
    private readonly IProblemDetailsService _problems;
    private readonly ILogger<RateLimitingMiddleware> _logger;
    private readonly string _keyPrefix;
    private readonly Counter<long> _rejections;
    private readonly Counter<long> _errors;

    public RateLimitingMiddleware(
        RequestDelegate next,
        RedisGcraRateLimiter limiter,
        IOptionsMonitor<RateLimitOptions> options,
        IOptions<RedisOptions> redisOptions,
        IProblemDetailsService problems,
        ChatNominaMetrics metrics,
        ILogger<RateLimitingMiddleware> logger)
    {
        _next = next;
        _limiter = limiter;
        _options = options;
        _problems = problems;
        _logger = logger;
        _keyPrefix = redisOptions.Value.KeyPrefix + "ratelimit:";
        _rejections = metrics.Meter.CreateCounter<long>(
            $"{ChatNominaMetrics.Prefix}rate_limit_rejections", description: "Requests refused with 429, by rate-limit policy.");
        _errors = metrics.Meter.CreateCounter<long>(
            $"{ChatNominaMetrics.Prefix}rate_limit_errors", description: "Rate-limit checks that could not ask Redis, by policy.");
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var options = _options.CurrentValue;
        var policyName = context.GetProxyRoute()?.Metadata?.GetValueOrDefault(MetadataKey);
        if (!options.Enabled || policyName is null || !options.Policies.TryGetValue(policyName, out var policy))
        {
            await _next(context);
            return;
        }

        var key = $"{_keyPrefix}{policyName}:{PartitionKey(context, policy.Partition)}";
        RateLimitDecision decision;
        try
        {
            decision = await _limiter.AcquireAsync(key, policy);
        }
        catch (Exception ex) when (RedisFailure.Is(ex))
        {
            _errors.Add(1, new KeyValuePair<string, object?>("policy", policyName));
            LogLimiterUnavailable(_logger, policyName, ex.GetType().Name, options.FailOpen ? "allowed (fail open)" : "refused (fail closed)");
            if (options.FailOpen)
            {
                await _next(context);
                return;
            }
            decision = new RateLimitDecision(false, TimeSpan.FromSeconds(1), 0);
        }

        if (decision.Allowed)
        {
            await _next(context);
            return;
        }

        _rejections.Add(1, new KeyValuePair<string, object?>("policy", policyName));
        var seconds = Math.Max(1, (long)Math.Ceiling(decision.RetryAfter.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await _problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Type = "https://tools.ietf.org/html/rfc6585#section-4",
                Title = "Too many requests",
                Detail = $"Rate limit reached; try again in {seconds} s.",
            },
        });
    }

    private static string PartitionKey(HttpContext context, RateLimitPartition partition) =>
        partition == RateLimitPartition.User && context.User.TryGetUserId(out var userId)
            ? $"user:{userId:N}"
            : $"ip:{context.Connection.RemoteIpAddress?.ToString() ?? "unknown"}";

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Rate limiter unavailable for policy {Policy} ({Error}); request {Outcome}")]
    private static partial void LogLimiterUnavailable(ILogger logger, string policy, string error, string outcome);
}
