using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatNomina.Gateway.Tests;

/// <summary>What a backend saw of one proxied request.</summary>
public sealed record EchoedRequest(
    string Method, string Path, string Query, Dictionary<string, string> Headers, long BodyLength);

/// <summary>
/// A stand-in for auth/users/payroll/chat on a real loopback port: it answers every request with
/// what it received (method, path, query, headers, body length) and records it, sets a
/// <c>Server</c> banner like Kestrel's, and echoes WebSocket messages on <c>/ws/chat</c>.
/// </summary>
public sealed class EchoBackend : IAsyncDisposable
{
    private readonly WebApplication _app;

    public ConcurrentQueue<EchoedRequest> Received { get; } = new();

    public string Url { get; }

    private EchoBackend(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    public static async Task<EchoBackend> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = null);
        var app = builder.Build();
        EchoBackend? backend = null;
        app.UseWebSockets();
        app.Run(async context =>
        {
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            long length = 0;
            if (!context.WebSockets.IsWebSocketRequest)
            {
                var buffer = new byte[16 * 1024];
                int read;
                while ((read = await context.Request.Body.ReadAsync(buffer)) > 0)
                {
                    length += read;
                }
            }
            var echoed = new EchoedRequest(context.Request.Method, context.Request.Path.Value ?? "",
                context.Request.QueryString.Value ?? "", headers, length);
            backend!.Received.Enqueue(echoed);

            if (context.WebSockets.IsWebSocketRequest)
            {
                using var socket = await context.WebSockets.AcceptWebSocketAsync();
                var buffer = new byte[4096];
                while (true)
                {
                    var result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                        return;
                    }
                    await socket.SendAsync(buffer.AsMemory(0, result.Count), result.MessageType, result.EndOfMessage, CancellationToken.None);
                }
            }

            context.Response.Headers.Server = "Kestrel";
            context.Response.Headers["X-Powered-By"] = "EchoBackend";
            await context.Response.WriteAsJsonAsync(echoed);
        });
        await app.StartAsync();
        var url = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        backend = new EchoBackend(app, url.TrimEnd('/') + "/");
        return backend;
    }

    public bool Saw(string pathFragment) =>
        Received.Any(r => (r.Path + r.Query).Contains(pathFragment, StringComparison.OrdinalIgnoreCase));

    public static EchoedRequest Parse(string json) =>
        JsonSerializer.Deserialize<EchoedRequest>(json, JsonSerializerOptions.Web)!;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
