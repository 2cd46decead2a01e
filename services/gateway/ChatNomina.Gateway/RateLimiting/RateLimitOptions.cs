using System.ComponentModel.DataAnnotations;

namespace ChatNomina.Gateway.RateLimiting;

/// <summary>
/// Rate limits shared by every gateway replica (state in Redis), section <c>Gateway:RateLimiting</c>.
/// A YARP route opts in with <c>"Metadata": { "RateLimitPolicy": "&lt;name&gt;" }</c>.
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "Gateway:RateLimiting";

    /// <summary>False turns every limit off (benchmarks of the proxy alone).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// What to do when Redis cannot be asked: true lets the request through (the limits protect
    /// capacity, and an outage of the limiter must not become an outage of the product).
    /// </summary>
    public bool FailOpen { get; set; } = true;

    /// <summary>Policies by name.</summary>
    [Required]
    public Dictionary<string, RateLimitPolicy> Policies { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

public enum RateLimitPartition
{
    /// <summary>The signed-in user (token <c>sub</c>); the client IP when there is none.</summary>
    User,

    /// <summary>The client IP address (after trusted <c>X-Forwarded-For</c>).</summary>
    ClientIp,
}

public sealed class RateLimitPolicy
{
    public RateLimitPartition Partition { get; set; } = RateLimitPartition.User;

    /// <summary>Requests allowed per <see cref="Window"/>, all of which may come at once (the burst).</summary>
    [Range(1, 1_000_000)]
    public int PermitLimit { get; set; } = 300;

    /// <summary>The window; permits come back continuously, one every Window / PermitLimit (GCRA).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
