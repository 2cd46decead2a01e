using System.Diagnostics;

namespace ChatNomina.ServiceDefaults.Telemetry;

/// <summary>The activity source for spans our own code starts.</summary>
public static class ChatNominaTelemetry
{
    public const string SourceName = "ChatNomina";

    public static readonly ActivitySource Source = new(SourceName);

    /// <summary>The current W3C trace id, or null outside a trace.</summary>
    public static string? CurrentTraceId => Activity.Current?.TraceId.ToHexString();
}
