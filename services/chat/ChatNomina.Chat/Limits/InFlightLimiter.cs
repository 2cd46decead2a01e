using System.Threading.RateLimiting;
using ChatNomina.Chat.Extensions;
using Microsoft.Extensions.Options;

namespace ChatNomina.Chat.Limits;

/// <summary>
/// Backpressure (spec step 3): at most <c>MaxInFlight</c> messages are answered at once; up to
/// <c>MaxQueued</c> more wait, each for at most <c>QueueTimeout</c>. Past that the caller gets 503
/// + Retry-After. Memory stays bounded whatever the load.
/// </summary>
public sealed class InFlightLimiter : IDisposable
{
    private readonly ConcurrencyLimiter _limiter;
    private readonly BackpressureSettings _settings;

    public InFlightLimiter(IOptions<ChatOptions> options)
    {
        _settings = options.Value.Backpressure;
        _limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = _settings.MaxInFlight,
            QueueLimit = _settings.MaxQueued,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    public TimeSpan RetryAfter => _settings.RetryAfter;

    /// <summary>A lease to hold while answering, or null when the service is saturated.</summary>
    public async Task<RateLimitLease?> TryEnterAsync(CancellationToken ct)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
        wait.CancelAfter(_settings.QueueTimeout);
        try
        {
            var lease = await _limiter.AcquireAsync(1, wait.Token);
            if (lease.IsAcquired)
            {
                return lease;
            }
            lease.Dispose();
            return null;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return null;
        }
    }

    public void Dispose() => _limiter.Dispose();
}
