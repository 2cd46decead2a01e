using System.Net.Sockets;
using System.Text;

namespace ChatNomina.EndToEnd;

/// <summary>
/// Sends a request target exactly as written: HttpClient and Uri would normalize <c>..</c>,
/// <c>//</c> and percent-encoding before sending, which is what these tests want to try.
/// </summary>
public static class RawHttp
{
    public static async Task<(int Status, string Body)> SendAsync(
        string method, string target, string? token = null, IDictionary<string, string>? headers = null)
    {
        var server = StackEnvironment.GatewayUrl;
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        await using var stream = tcp.GetStream();
        var request = new StringBuilder($"{method} {target} HTTP/1.1\r\nHost: {server.Authority}\r\n");
        if (token is not null)
        {
            request.Append($"Authorization: Bearer {token}\r\n");
        }
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Append($"{name}: {value}\r\n");
        }
        request.Append(method is "GET" or "HEAD" ? "" : "Content-Length: 0\r\n");
        request.Append("Connection: close\r\n\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request.ToString()));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        var split = response.Split("\r\n\r\n", 2);
        var status = int.Parse(split[0].Split(' ')[1]);
        var body = split.Length > 1 ? split[1] : "";
        var chunked = split[0].Split("\r\n").Any(h =>
            h.StartsWith("Transfer-Encoding:", StringComparison.OrdinalIgnoreCase) && h.Contains("chunked", StringComparison.OrdinalIgnoreCase));
        return (status, chunked ? Dechunk(body) : body);
    }

    private static string Dechunk(string body)
    {
        var result = new StringBuilder();
        var position = 0;
        while (position < body.Length)
        {
            var lineEnd = body.IndexOf("\r\n", position, StringComparison.Ordinal);
            var size = Convert.ToInt32(body[position..lineEnd].Split(';')[0], 16);
            if (size == 0)
            {
                break;
            }
            // Sizes count bytes; the bodies here are ASCII/UTF-8 JSON, so count in bytes.
            var start = lineEnd + 2;
            var bytes = Encoding.UTF8.GetBytes(body[start..]);
            var chunk = Encoding.UTF8.GetString(bytes, 0, size);
            result.Append(chunk);
            position = start + chunk.Length + 2;
        }
        return result.ToString();
    }
}
