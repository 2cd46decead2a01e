using System.Diagnostics.Metrics;

namespace ChatNomina.ServiceDefaults.Telemetry;

/// <summary>
/// The metrics shared by every service. Names are Prometheus names once exported:
/// a counter gets <c>_total</c>, a histogram in seconds gets <c>_seconds</c>.
/// </summary>
public sealed class ChatNominaMetrics
{
    public const string MeterName = "ChatNomina";
    public const string Prefix = "chatnomina_";

    /// <summary>Latency buckets (seconds) sized for sub-millisecond cache hits up to slow model calls.</summary>
    public static readonly double[] LatencyBuckets =
        [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly Counter<long> _requests;
    private readonly Histogram<double> _requestDuration;
    private readonly Counter<long> _cacheLookups;
    private readonly Counter<long> _cacheErrors;
    private readonly Counter<long> _revocationChecks;

    public ChatNominaMetrics(IMeterFactory meterFactory)
    {
        Meter = meterFactory.Create(MeterName);
        _requests = Meter.CreateCounter<long>($"{Prefix}requests", description: "HTTP requests handled, by endpoint, method and status.");
        _requestDuration = Meter.CreateHistogram<double>($"{Prefix}request_duration", unit: "s", description: "HTTP request duration by endpoint.");
        _cacheLookups = Meter.CreateCounter<long>($"{Prefix}cache_lookups", description: "Cache lookups by cache and result (hit or miss).");
        _cacheErrors = Meter.CreateCounter<long>($"{Prefix}cache_errors", description: "Cache operations that failed (the request fell back to the database).");
        _revocationChecks = Meter.CreateCounter<long>($"{Prefix}revocation_checks",
            description: "Access tokens checked against the revocation list, by result (valid, revoked, unchecked: Redis unavailable, token accepted).");
    }

    /// <summary>The meter services create their own instruments on.</summary>
    public Meter Meter { get; }

    public void RecordRequest(string endpoint, string method, int status, double seconds)
    {
        _requests.Add(1,
            new KeyValuePair<string, object?>("endpoint", endpoint),
            new KeyValuePair<string, object?>("method", method),
            new KeyValuePair<string, object?>("status", status));
        _requestDuration.Record(seconds, new KeyValuePair<string, object?>("endpoint", endpoint));
    }

    public void RecordCacheLookup(string cache, bool hit) =>
        _cacheLookups.Add(1,
            new KeyValuePair<string, object?>("cache", cache),
            new KeyValuePair<string, object?>("result", hit ? "hit" : "miss"));

    public void RecordCacheError(string cache, string operation) =>
        _cacheErrors.Add(1,
            new KeyValuePair<string, object?>("cache", cache),
            new KeyValuePair<string, object?>("operation", operation));

    public void RecordRevocationCheck(string result) =>
        _revocationChecks.Add(1, new KeyValuePair<string, object?>("result", result));
}
