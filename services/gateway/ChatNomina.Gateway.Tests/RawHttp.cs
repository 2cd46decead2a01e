using System.Net.Sockets;
using System.Text;

namespace ChatNomina.Gateway.Tests;

/// <summary>
/// Sends a request target exactly as written (HttpClient and Uri would normalize <c>..</c> and
/// percent-encoding before sending), to test how the gateway treats odd paths.
/// </summary>
public static class RawHttp
{
    public static async Task<(int Status, string Response)> GetAsync(Uri server, string target, string? token = null)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        await using var stream = tcp.GetStream();
        var request = new StringBuilder()
            .Append($"GET {target} HTTP/1.1\r\n")
            .Append($"Host: {server.Authority}\r\n")
            .Append(token is null ? "" : $"Authorization: Bearer {token}\r\n")
            .Append("Connection: close\r\n\r\n")
            .ToString();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        var statusLine = response.Split("\r\n", 2)[0];
        return (int.Parse(statusLine.Split(' ')[1]), response);
    }
}
