using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using StackExchange.Redis;

namespace ChatNomina.EndToEnd;

/// <summary>
/// The local Redis's least privilege (issue 18, item 3): a redis-server of the test's own, on a free
/// loopback port, loading the ACL file that <c>./chatnomina redis-acl</c> writes — the generator that
/// <c>./chatnomina</c> runs before every start of the stack's Redis — from passwords it generates
/// into the test's own data folder (<c>CHATNOMINA_DATA</c>). The `default` user is off, each service's
/// user reaches its own keys and the revocation keys only (auth writes sign-in:/token:, users writes
/// user:, every API reads them), no service user lists keys or administers the server, and the user
/// lines are the in-cluster Redis's word for word. Needs no running stack.
/// </summary>
public sealed partial class RedisAclTests : IAsyncLifetime
{
    private static readonly string[] Services = ["gateway", "auth", "users", "payroll", "chat"];

    private readonly string _data = Directory.CreateTempSubdirectory("chatnomina-redis-acl-").FullName;
    private readonly int _port = FreePort();
    private Process? _redis;

    private static string Root => StackEnvironment.RepositoryRoot.FullName;

    public async Task InitializeAsync()
    {
        var generate = new ProcessStartInfo("bash", [Path.Combine(Root, "chatnomina"), "redis-acl"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        generate.Environment["CHATNOMINA_DATA"] = _data;
        using (var acl = Process.Start(generate)!)
        {
            var output = await acl.StandardOutput.ReadToEndAsync() + await acl.StandardError.ReadToEndAsync();
            await acl.WaitForExitAsync();
            Assert.True(acl.ExitCode == 0, $"./chatnomina redis-acl failed:\n{output}");
        }

        _redis = Process.Start(new ProcessStartInfo("redis-server",
        [
            "--port", _port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
            "--dir", _data, "--save", "", "--appendonly", "no", "--aclfile", AclFile,
            "--maxmemory-policy", "noeviction", "--logfile", Path.Combine(_data, "redis.log"),
        ])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                await RawAsync("PING");
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !_redis.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }

    public async Task DisposeAsync()
    {
        if (_redis is { } redis)
        {
            if (!redis.HasExited)
            {
                redis.Kill();
                await redis.WaitForExitAsync();
            }
            redis.Dispose();
        }
        Directory.Delete(_data, recursive: true);
    }

    private string AclFile => Path.Combine(_data, "redis", "users.acl");

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]   // the local stack runs on Linux
    public void The_acl_file_and_the_passwords_are_readable_by_their_owner_only()
    {
        const UnixFileMode ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        Assert.Equal(ownerOnly, File.GetUnixFileMode(AclFile));
        foreach (var user in Services.Append("probe").Append("admin"))
        {
            var password = Path.Combine(_data, "secrets", $"redis-{user}.password");
            Assert.Equal(ownerOnly, File.GetUnixFileMode(password));
            Assert.Matches("^[0-9a-f]{48}$", Password(user));
        }
    }

    [Fact]
    public async Task An_unauthenticated_client_is_refused()
    {
        var answers = await RawAsync("PING", "GET chatnomina:payroll:anything", "KEYS *",
            // The default user is off: no password opens it; nor does another user's password.
            "AUTH default anything", "AUTH anything", $"AUTH payroll {Password("gateway")}", "PING");
        Assert.All(answers[..3], answer => Assert.StartsWith("-NOAUTH", answer));
        Assert.All(answers[3..6], answer => Assert.StartsWith("-WRONGPASS", answer));
        Assert.StartsWith("-NOAUTH", answers[6]);
    }

    [Fact]
    public async Task Each_service_user_uses_its_own_keys_and_cannot_read_another_services()
    {
        foreach (var service in Services)
        {
            await using var redis = await ConnectAsync(service);
            var db = redis.GetDatabase();
            var own = $"chatnomina:{service}:acl-test";
            Assert.True(await db.StringSetAsync(own, service, TimeSpan.FromMinutes(1)));
            Assert.Equal(service, (string?)await db.StringGetAsync(own));
            // Lua scripts and transactions on its own keys (the rate limiter, the cache's generations).
            Assert.Equal(2, (long)(await db.ScriptEvaluateAsync("return redis.call('INCRBY', KEYS[1], 2)", [(RedisKey)$"{own}:n"]))!);
            // The gateway's rate limiter reads the server's clock in its script (RedisGcraRateLimiter).
            Assert.True((long)(await db.ScriptEvaluateAsync("return tonumber(redis.call('TIME')[1])"))! > 1_700_000_000);
            var transaction = db.CreateTransaction();
            _ = transaction.StringIncrementAsync($"{own}:n");
            Assert.True(await transaction.ExecuteAsync());
            Assert.True((await db.PingAsync()) < TimeSpan.FromSeconds(5));
        }
        foreach (var service in Services)
        {
            await using var redis = await ConnectAsync(service);
            var db = redis.GetDatabase();
            foreach (var other in Services.Where(s => s != service))
            {
                var key = $"chatnomina:{other}:acl-test";
                await AssertNoPermAsync(() => db.StringGetAsync(key), $"{service} read {key}");
                await AssertNoPermAsync(() => db.StringSetAsync(key, "x"), $"{service} wrote {key}");
                await AssertNoPermAsync(() => db.KeyDeleteAsync(key), $"{service} deleted {key}");
                await AssertNoPermAsync(() => db.ScriptEvaluateAsync("return redis.call('GET', KEYS[1])", [(RedisKey)key]),
                    $"{service} read {key} from a script");
            }
            await AssertNoPermAsync(() => db.StringGetAsync("unprefixed"), $"{service} read a key outside chatnomina:");
        }
    }

    [Fact]
    public async Task No_service_user_lists_keys_flushes_or_reads_the_configuration()
    {
        foreach (var service in Services)
        {
            // allowAdmin: StackExchange.Redis would otherwise refuse the admin commands itself, before Redis could.
            await using var redis = await ConnectAsync(service, allowAdmin: true);
            var db = redis.GetDatabase();
            string[][] refused =
            [
                ["KEYS", "*"], ["SCAN", "0"], ["RANDOMKEY"], ["FLUSHALL"], ["FLUSHDB"], ["CONFIG", "GET", "*"],
                ["CONFIG", "SET", "maxmemory-policy", "allkeys-lru"], ["ACL", "LIST"], ["ACL", "SETUSER", service, "~*"],
                ["SCRIPT", "FLUSH"], ["FUNCTION", "LIST"], ["SHUTDOWN"], ["PUBLISH", "chatnomina:anything", "x"],
                ["MIGRATE", "127.0.0.1", "1", $"chatnomina:{service}:k", "0", "1"],
            ];
            foreach (var command in refused)
            {
                await AssertNoPermAsync(() => db.ExecuteAsync(command[0], command[1..].Cast<object>().ToArray()),
                    $"{service} ran {string.Join(' ', command)}");
            }
        }
    }

    [Fact]
    public async Task Auth_writes_sign_in_and_token_revocations_users_writes_user_revocations_and_every_api_reads_them()
    {
        string[] kinds = ["sign-in", "token", "user"];
        var writers = new Dictionary<string, string[]>
        {
            ["auth"] = ["sign-in", "token"],
            ["users"] = ["user"],
            ["gateway"] = [],
            ["payroll"] = [],
            ["chat"] = [],
        };
        foreach (var (service, writes) in writers)
        {
            await using var redis = await ConnectAsync(service);
            var db = redis.GetDatabase();
            foreach (var kind in kinds)
            {
                var key = $"chatnomina:revoked:{kind}:{service}-{Guid.NewGuid():N}";
                if (writes.Contains(kind))
                {
                    Assert.True(await db.StringSetAsync(key, 1, TimeSpan.FromMinutes(1)), $"{service} could not write {key}");
                    Assert.True(await db.KeyDeleteAsync(key));
                }
                else
                {
                    await AssertNoPermAsync(() => db.StringSetAsync(key, 1), $"{service} wrote {key}");
                    await AssertNoPermAsync(() => db.KeyDeleteAsync(key), $"{service} deleted {key}");
                }
            }
        }

        // What auth and users wrote, every API reads (RevokedTokens: EXISTS and GET).
        await using (var auth = await ConnectAsync("auth"))
        {
            await auth.GetDatabase().StringSetAsync("chatnomina:revoked:token:acl-test", 1, TimeSpan.FromMinutes(1));
        }
        await using (var users = await ConnectAsync("users"))
        {
            await users.GetDatabase().StringSetAsync("chatnomina:revoked:user:acl-test", 1700000000, TimeSpan.FromMinutes(1));
        }
        foreach (var service in Services)
        {
            await using var redis = await ConnectAsync(service);
            var db = redis.GetDatabase();
            Assert.True(await db.KeyExistsAsync("chatnomina:revoked:token:acl-test"), $"{service} cannot see a token revocation");
            Assert.Equal(1700000000, (long)await db.StringGetAsync("chatnomina:revoked:user:acl-test"));
        }
    }

    [Fact]
    public async Task The_probe_user_may_only_ping_and_admin_may_do_anything()
    {
        // As ./chatnomina's start-up wait and status ask (redis-cli --user probe ping).
        var probe = await RawAsync($"AUTH probe {Password("probe")}", "PING", "GET chatnomina:revoked:token:x", "INFO", "CONFIG GET *");
        Assert.Equal("+OK", probe[0]);
        Assert.Equal("+PONG", probe[1]);
        Assert.All(probe[2..], answer => Assert.StartsWith("-NOPERM", answer));

        await using var admin = await ConnectAsync("admin", allowAdmin: true);
        var server = admin.GetServer("127.0.0.1", _port);
        Assert.Equal("noeviction", (await server.ConfigGetAsync("maxmemory-policy")).Single().Value);
        Assert.NotNull(await server.ExecuteAsync("SCAN", "0"));
    }

    /// <summary>Local and cluster Redis must not drift: every user line and the services' command rules of
    /// deploy/k8s's start.sh are in ./chatnomina's generator word for word.</summary>
    [Fact]
    public void The_local_users_and_rules_are_the_clusters()
    {
        var cluster = File.ReadAllText(Path.Combine(Root, "deploy", "k8s", "components", "in-cluster-infra", "redis", "start.sh"));
        var local = File.ReadAllText(Path.Combine(Root, "chatnomina"));
        var userLines = cluster.Split('\n').Where(l => l.StartsWith("user ", StringComparison.Ordinal)).ToList();
        Assert.Equal(7, userLines.Count);   // default, probe and the five services
        Assert.All(userLines, line => Assert.Contains(line + "\n", local, StringComparison.Ordinal));
        Assert.Equal(CommandRules().Match(cluster).Groups[1].Value, CommandRules().Match(local).Groups[1].Value);
        Assert.NotEmpty(CommandRules().Match(local).Groups[1].Value);
    }

    [GeneratedRegex("cmds='([^']*)'")]
    private static partial Regex CommandRules();

    private string Password(string user) => File.ReadAllText(Path.Combine(_data, "secrets", $"redis-{user}.password")).Trim();

    /// <summary>Connects as the services do (StackExchange.Redis, user and password in the configuration string).</summary>
    private async Task<ConnectionMultiplexer> ConnectAsync(string user, bool allowAdmin = false)
    {
        var redis = await ConnectionMultiplexer.ConnectAsync(
            $"127.0.0.1:{_port},user={user},password={Password(user)},allowAdmin={(allowAdmin ? "true" : "false")}");
        Assert.True(redis.IsConnected, $"{user} could not connect: {redis.GetStatus()}");
        return redis;
    }

    private static async Task AssertNoPermAsync(Func<Task> command, string what)
    {
        var refused = await Assert.ThrowsAsync<RedisServerException>(command);
        Assert.True(refused.Message.StartsWith("NOPERM", StringComparison.Ordinal), $"{what}: {refused.Message}");
    }

    /// <summary>Inline commands, one after the other, on a fresh connection that starts unauthenticated;
    /// the answer of each (one line: only commands whose answer is a status or an error).</summary>
    private async Task<string[]> RawAsync(params string[] commands)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, _port);
        var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var answers = new List<string>();
        foreach (var command in commands)
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(command + "\r\n"));
            answers.Add(await reader.ReadLineAsync() ?? "");
        }
        return [.. answers];
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
