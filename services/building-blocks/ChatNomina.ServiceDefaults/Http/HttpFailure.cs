namespace ChatNomina.ServiceDefaults.Http;

/// <summary>
/// The one rule for "the other service did not answer" on our HttpClients (all of them carry the
/// standard resilience handler, see Extensions): such a failure degrades the feature or becomes a
/// 503, never a 500.
/// </summary>
public static class HttpFailure
{
    /// <summary>
    /// Unreachable (<see cref="HttpRequestException"/>), rejected by the resilience handler
    /// (<see cref="Polly.ExecutionRejectedException"/>: timeout, open circuit, concurrency limit), or
    /// cancelled without the caller having cancelled (<see cref="HttpClient.Timeout"/>).
    /// </summary>
    public static bool IsTransient(Exception ex, CancellationToken callerToken) =>
        ex is HttpRequestException or Polly.ExecutionRejectedException
        || (ex is OperationCanceledException && !callerToken.IsCancellationRequested);
}
