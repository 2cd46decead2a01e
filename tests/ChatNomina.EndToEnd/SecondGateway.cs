using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ChatNomina.EndToEnd;

/// <summary>
/// A second gateway replica: the same Release build that ./chatnomina runs, started by the test
/// on a free loopback port with the same configuration (so the same Redis), and killed afterwards.
/// </summary>
public sealed class SecondGateway : IAsyncDisposable
{
    private readonly Process _process;

    public Uri Url { get; }

    private SecondGateway(Process process, Uri url)
    {
        _process = process;
        Url = url;
    }

    public static async Task<SecondGateway> StartAsync()
    {
        Assert.True(StackEnvironment.GatewayUrl.IsLoopback,
            $"a second gateway replica can only be started next to a local stack (CHATNOMINA_GATEWAY_URL is {StackEnvironment.GatewayUrl})");
        var root = StackEnvironment.RepositoryRoot.FullName;
        var bin = new[] { "Release", "Debug" }
            .Select(c => Path.Combine(root, "services", "gateway", "ChatNomina.Gateway", "bin", c, "net10.0"))
            .FirstOrDefault(d => File.Exists(Path.Combine(d, "ChatNomina.Gateway.dll")));
        Assert.True(bin is not null, "the gateway is not built (dotnet build ChatNomina.sln -c Release)");

        var port = FreePort();
        var url = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet", ["ChatNomina.Gateway.dll", "--urls", url.ToString().TrimEnd('/')])
        {
            WorkingDirectory = bin,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // What ./chatnomina gives every service locally (see service_env there).
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment["Identity__RequireHttpsMetadata"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var gateway = new SecondGateway(process, url);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(45);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                break;
            }
            try
            {
                if ((await http.GetAsync(new Uri(url, "health/ready"))).StatusCode == HttpStatusCode.OK)
                {
                    return gateway;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(250);
        }
        await gateway.DisposeAsync();
        string log;
        lock (output)
        {
            log = output.ToString();
        }
        throw new InvalidOperationException($"the second gateway on {url} did not become ready:\n{log}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
