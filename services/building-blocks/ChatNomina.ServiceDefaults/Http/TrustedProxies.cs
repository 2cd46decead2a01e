using System.Net;
using Microsoft.AspNetCore.Builder;

namespace ChatNomina.ServiceDefaults.Http;

/// <summary>
/// Whose <c>X-Forwarded-*</c> headers a service believes: exactly the configured proxy networks
/// (the ingress in front of the gateway, the gateway in front of auth). With none configured —
/// a local stack — loopback only; with some configured, loopback is <em>not</em> added, so in a
/// cluster no sidecar or neighbour on the pod's loopback can choose its client address.
/// </summary>
public static class TrustedProxies
{
    /// <summary>What a service with no configured proxy network trusts.</summary>
    public static readonly IReadOnlyList<string> LocalDefault = ["127.0.0.0/8", "::1/128"];

    /// <summary>Replaces ASP.NET Core's implicit loopback trust with <paramref name="networks"/> (or <see cref="LocalDefault"/>).</summary>
    public static void Apply(ForwardedHeadersOptions options, IReadOnlyCollection<string>? networks, string setting)
    {
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var cidr in networks is { Count: > 0 } ? networks : LocalDefault)
        {
            options.KnownIPNetworks.Add(IPNetwork.TryParse(cidr.Trim(), out var network)
                ? network
                : throw new InvalidOperationException($"{setting}: '{cidr}' is not a CIDR network (e.g. 10.244.0.0/16)."));
        }
    }
}
