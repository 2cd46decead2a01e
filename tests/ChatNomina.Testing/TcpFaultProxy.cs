using System.Net;
using System.Net.Sockets;

namespace ChatNomina.Testing;

/// <summary>
/// A TCP proxy in front of a real server (PostgreSQL, RabbitMQ, Redis) that a test can cut and
/// restore, so a service under test sees the server go away — connections reset, new ones
/// refused — and come back on the same address, without stopping the shared server the other
/// tests use. The same fault an operator's outage gives the client libraries, byte for byte.
/// </summary>
public sealed class TcpFaultProxy : IAsyncDisposable
{
    private readonly IPEndPoint _upstream;
    private readonly object _gate = new();
    private readonly List<Socket> _open = [];
    private TcpListener? _listener;
    private CancellationTokenSource _stop = new();

    public TcpFaultProxy(string upstreamHost, int upstreamPort)
    {
        var address = upstreamHost is "localhost" ? IPAddress.Loopback : Dns.GetHostAddresses(upstreamHost)[0];
        _upstream = new IPEndPoint(address, upstreamPort);
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Restore();
    }

    /// <summary>The loopback port the service under test connects to.</summary>
    public int Port { get; }

    /// <summary>True between <see cref="Cut"/> and <see cref="Restore"/>.</summary>
    public bool IsCut => _listener is null;

    /// <summary>The server "goes down": every open connection is reset and new ones are refused.</summary>
    public void Cut()
    {
        lock (_gate)
        {
            _stop.Cancel();
            _listener?.Stop();
            _listener = null;
            foreach (var socket in _open)
            {
                Reset(socket);
            }
            _open.Clear();
        }
    }

    /// <summary>The server "comes back" on the same port.</summary>
    public void Restore()
    {
        lock (_gate)
        {
            if (_listener is not null)
            {
                return;
            }
            _stop = new CancellationTokenSource();
            var listener = new TcpListener(IPAddress.Loopback, Port);
            listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            listener.Start();
            _listener = listener;
            _ = AcceptAsync(listener, _stop.Token);
        }
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await listener.AcceptSocketAsync(stop);
            }
            catch (Exception) when (stop.IsCancellationRequested || !listener.Server.IsBound)
            {
                return;
            }
            catch (SocketException)
            {
                return;
            }
            _ = RelayAsync(client, stop);
        }
    }

    private async Task RelayAsync(Socket client, CancellationToken stop)
    {
        var server = new Socket(_upstream.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        client.NoDelay = true;
        lock (_gate)
        {
            if (stop.IsCancellationRequested)
            {
                Reset(client);
                server.Dispose();
                return;
            }
            _open.Add(client);
            _open.Add(server);
        }
        try
        {
            await server.ConnectAsync(_upstream, stop);
            await Task.WhenAny(PumpAsync(client, server, stop), PumpAsync(server, client, stop));
        }
        catch (Exception)
        {
            // The other side went away or the proxy was cut: both ends are closed below.
        }
        lock (_gate)
        {
            _open.Remove(client);
            _open.Remove(server);
        }
        client.Dispose();
        server.Dispose();
    }

    private static async Task PumpAsync(Socket from, Socket to, CancellationToken stop)
    {
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var read = await from.ReceiveAsync(buffer, SocketFlags.None, stop);
            if (read == 0)
            {
                return;
            }
            await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, stop);
        }
    }

    /// <summary>Closes with RST (linger 0), as a crashed or unreachable server looks to the client.</summary>
    private static void Reset(Socket socket)
    {
        try
        {
            socket.LingerState = new LingerOption(true, 0);
        }
        catch (Exception)
        {
            // Already closed.
        }
        socket.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Cut();
        return ValueTask.CompletedTask;
    }
}
