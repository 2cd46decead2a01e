using System.Net;

namespace ChatNomina.Gateway.Middleware;

internal static class NetworkRules
{
    public static IPNetwork[] Parse(IEnumerable<string> cidrs, string setting) =>
        [.. cidrs.Select(c => IPNetwork.TryParse(c.Trim(), out var network)
            ? network
            : throw new InvalidOperationException($"{setting}: '{c}' is not a CIDR network (e.g. 10.0.0.0/8)."))];

    public static bool Contains(IReadOnlyList<IPNetwork> networks, IPAddress? address)
    {
        if (address is null)
        {
            return false;
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        foreach (var network in networks)
        {
            if (network.Contains(address))
            {
                return true;
            }
        }
        return false;
    }
}
