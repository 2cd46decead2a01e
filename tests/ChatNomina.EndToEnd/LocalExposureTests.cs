using System.Globalization;
using System.Net;

namespace ChatNomina.EndToEnd;

/// <summary>
/// Nothing of the local stack listens beyond this machine: every port of it — our services, and
/// PostgreSQL, Redis, RabbitMQ with its management UI, Erlang's port mapper (epmd) and
/// distribution port, Prometheus — is bound to loopback only, read from the kernel's socket tables.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class LocalExposureTests
{
    private static readonly int[] StackPorts = [8080, 8081, 8082, 8083, 8084, 8085, 5432, 6379, 5672, 15672, 4369, 25672, 9090];

    [Fact]
    public void Every_listening_port_of_the_stack_is_on_loopback_only()
    {
        Assert.True(StackEnvironment.GatewayUrl.IsLoopback, "this checks the local stack's own machine");
        var listening = Listening("/proc/net/tcp", ipv6: false).Concat(Listening("/proc/net/tcp6", ipv6: true))
            .Where(l => StackPorts.Contains(l.Port)).ToList();

        Assert.Contains(listening, l => l.Port == 8080);   // the table was read and the stack is up
        Assert.Contains(listening, l => l.Port == 4369);   // epmd runs, and is checked too
        Assert.All(listening, l => Assert.True(IPAddress.IsLoopback(l.Address),
            $"port {l.Port} listens on {l.Address}, reachable from other machines"));
    }

    /// <summary>The stack's Redis has no anonymous access: the `default` user is off (ACL users only, see RedisAclTests).</summary>
    [Fact]
    public async Task The_stacks_redis_refuses_an_unauthenticated_client()
    {
        using var client = new System.Net.Sockets.TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, 6379);
        var stream = client.GetStream();
        await stream.WriteAsync("GET chatnomina:revoked:token:x\r\n"u8.ToArray());
        using var reader = new StreamReader(stream, System.Text.Encoding.ASCII);
        Assert.StartsWith("-NOAUTH", await reader.ReadLineAsync());
    }

    /// <summary>The LISTEN sockets of a /proc/net/tcp* table (state 0A), with their local address.</summary>
    private static IEnumerable<(IPAddress Address, int Port)> Listening(string table, bool ipv6)
    {
        if (!File.Exists(table))
        {
            yield break;
        }
        foreach (var line in File.ReadLines(table).Skip(1))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 4 || fields[3] != "0A")
            {
                continue;
            }
            var local = fields[1].Split(':');
            var port = int.Parse(local[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            // The kernel prints each 32-bit word of the address in host (little-endian) order.
            var bytes = Convert.FromHexString(local[0]);
            for (var word = 0; word < bytes.Length; word += 4)
            {
                Array.Reverse(bytes, word, 4);
            }
            var address = new IPAddress(bytes);
            yield return (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address, port);
        }
    }
}
