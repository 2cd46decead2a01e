using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ChatNomina.EndToEnd;

/// <summary>
/// Another process of one of our services — the same Release build that ./chatnomina runs —
/// started by a test on a free loopback port with the local configuration plus the test's
/// overrides (a second gateway replica, a chat with a tiny rate limit, a worker on its own
/// RabbitMQ virtual host…), and killed afterwards. <see cref="StopAsync"/> and
/// <see cref="RestartAsync"/> let a test take it away and bring it back like an operator would.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _assembly;
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly System.Text.StringBuilder _output = new();
    private StreamWriter? _log;
    private Process? _process;

    public Uri Url { get; }

    private ServiceProcess(string bin, string assembly, Uri url, IReadOnlyDictionary<string, string> environment)
    {
        _bin = bin;
        _assembly = assembly;
        Url = url;
        _environment = environment;
        // Kept after the run (next to the stack's own logs) so that a failure can be read afterwards.
        var logs = Path.Combine(StackEnvironment.RepositoryRoot.FullName, ".data", "logs");
        if (Directory.Exists(logs))
        {
            Directory.CreateDirectory(Path.Combine(logs, "e2e"));
            _log = new StreamWriter(Path.Combine(logs, "e2e", $"{assembly}-{url.Port}.log"), append: true) { AutoFlush = true };
        }
    }

    /// <summary>Starts <c>services/{folder}/{assembly}</c> and waits until its /health/ready answers 200.</summary>
    public static async Task<ServiceProcess> StartAsync(string folder, string assembly, IReadOnlyDictionary<string, string>? environment = null)
    {
        Assert.True(StackEnvironment.GatewayUrl.IsLoopback,
            $"another service process can only be started next to a local stack (CHATNOMINA_GATEWAY_URL is {StackEnvironment.GatewayUrl})");
        var root = StackEnvironment.RepositoryRoot.FullName;
        var bin = new[] { "Release", "Debug" }
            .Select(c => Path.Combine(root, "services", folder, assembly, "bin", c, "net10.0"))
            .FirstOrDefault(d => File.Exists(Path.Combine(d, assembly + ".dll")));
        Assert.True(bin is not null, $"{assembly} is not built (dotnet build ChatNomina.sln -c Release)");

        // Its Redis connection as its service's own ACL user, as ./chatnomina gives it (the test's overrides win).
        var settings = new Dictionary<string, string>();
        if (RedisConfiguration(folder) is { } redis)
        {
            settings["Redis__Configuration"] = redis;
        }
        // The certificate its data-protection key ring is encrypted with (auth, gateway), so that a replica
        // reads the keys the stack's own process wrote.
        var keyRingCertificate = StackEnvironment.SecretPath($"{folder}-data-protection.pem");
        if (File.Exists(keyRingCertificate))
        {
            settings["DataProtection__CertificatePath"] = keyRingCertificate;
        }
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }
        var service = new ServiceProcess(bin, assembly, new Uri($"http://127.0.0.1:{FreePort()}/"), settings);
        try
        {
            await service.RestartAsync();
        }
        catch
        {
            await service.DisposeAsync();   // closes its log file too
            throw;
        }
        return service;
    }

    /// <summary>A second gateway replica (same configuration, so the same Redis).</summary>
    public static Task<ServiceProcess> StartGatewayAsync() => StartAsync("gateway", "ChatNomina.Gateway");

    /// <summary>Starts the process (again) on the same port and waits until it is ready.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        var start = new ProcessStartInfo("dotnet", [_assembly + ".dll", "--urls", Url.ToString().TrimEnd('/')])
        {
            WorkingDirectory = _bin,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // What ./chatnomina gives every service locally (see service_env there).
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Local";
        start.Environment["DOTNET_ENVIRONMENT"] = "Local";
        start.Environment["Identity__RequireHttpsMetadata"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                if ((await http.GetAsync(new Uri(Url, "health/ready"))).StatusCode == HttpStatusCode.OK)
                {
                    return;
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
        await StopAsync();
        string log;
        lock (_output)
        {
            log = _output.ToString();
            _log?.WriteLine($"--- {DateTime.UtcNow:O} not ready within 60 s");
        }
        throw new InvalidOperationException($"{_assembly} on {Url} did not become ready:\n{log}");
    }

    /// <summary>
    /// Asks the process to stop (SIGTERM, as Kubernetes and systemd do) and waits until it has
    /// exited: the time it took and its exit code. Fails if it is still running after <paramref name="bound"/>.
    /// </summary>
    public async Task<(TimeSpan Took, int ExitCode)> TerminateAsync(TimeSpan bound)
    {
        var process = _process ?? throw new InvalidOperationException($"{_assembly} is not running");
        var watch = Stopwatch.StartNew();
        await SignalAsync("TERM");
        using var timeout = new CancellationTokenSource(bound);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"{_assembly} was still running {bound.TotalSeconds:0} s after SIGTERM");
        }
        var result = (watch.Elapsed, process.ExitCode);
        process.Dispose();
        _process = null;
        return result;
    }

    /// <summary>Sends a signal by name (STOP freezes the process, CONT lets it go on).</summary>
    public async Task SignalAsync(string signal)
    {
        var process = _process ?? throw new InvalidOperationException($"{_assembly} is not running");
        using var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        await kill.WaitForExitAsync();
        Assert.Equal(0, kill.ExitCode);
    }

    /// <summary>Kills the process (SIGKILL, no graceful shutdown), as a crash would.</summary>
    public async Task StopAsync()
    {
        if (_process is { } process)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
            process.Dispose();
            _process = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        lock (_output)
        {
            _log?.Dispose();
            _log = null;
        }
    }

    private void Append(string? line)
    {
        lock (_output)
        {
            if (_output.Length < 200_000)
            {
                _output.AppendLine(line);
            }
            _log?.WriteLine(line);
        }
    }

    /// <summary>
    /// The local Redis as the service's ACL user (the user is named after the service's folder):
    /// <c>CHATNOMINA_TEST_REDIS_{SERVICE}</c> from <c>./chatnomina test</c>, else the password in
    /// <c>.data/secrets</c>; null for a service without Redis (the inference worker).
    /// </summary>
    private static string? RedisConfiguration(string service)
    {
        if (Environment.GetEnvironmentVariable($"CHATNOMINA_TEST_REDIS_{service.ToUpperInvariant().Replace('-', '_')}") is { Length: > 0 } configured)
        {
            return configured;
        }
        var password = StackEnvironment.SecretPath($"redis-{service}.password");
        return File.Exists(password) ? $"localhost:6379,user={service},password={File.ReadAllText(password).Trim()}" : null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
