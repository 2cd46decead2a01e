namespace ChatNomina.Testing;

/// <summary>
/// Where the real servers started by <c>./chatnomina test</c> listen. Override with
/// <c>CHATNOMINA_TEST_POSTGRES</c> and <c>CHATNOMINA_TEST_REDIS</c>.
/// </summary>
/// <remarks>
/// The local Redis has ACL users only (the <c>default</c> user is off): <c>./chatnomina test</c> exports
/// <c>CHATNOMINA_TEST_REDIS</c> with its <c>admin</c> user, which the in-process services need (their key
/// prefixes are the tests' own, <c>test:…</c>) and the clean-ups too (SCAN). Without the variable the
/// tests use that user's password from the checkout's <c>.data/secrets</c>, as <c>./chatnomina up</c> made it.
/// </remarks>
public static class TestEnvironment
{
    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("CHATNOMINA_TEST_POSTGRES")
        ?? "Host=localhost;Port=5432;Username=chatnomina;Password=chatnomina-local";

    public static string Redis =>
        Environment.GetEnvironmentVariable("CHATNOMINA_TEST_REDIS") is { Length: > 0 } redis ? redis : LocalRedis("admin");

    /// <summary>The local stack's Redis as one of its ACL users, password from <c>.data/secrets/redis-{user}.password</c>.</summary>
    public static string LocalRedis(string user)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var password = Path.Combine(dir.FullName, ".data", "secrets", $"redis-{user}.password");
            if (File.Exists(Path.Combine(dir.FullName, "ChatNomina.sln")) && File.Exists(password))
            {
                return $"localhost:6379,user={user},password={File.ReadAllText(password).Trim()}";
            }
        }
        return "localhost:6379";
    }

    /// <summary>A proxy in front of the test PostgreSQL server, for outage tests.</summary>
    public static TcpFaultProxy NewPostgresProxy()
    {
        var server = new Npgsql.NpgsqlConnectionStringBuilder(PostgresServer);
        return new TcpFaultProxy(server.Host ?? "localhost", server.Port);
    }

    public static string PostgresDatabase(string database) => $"{PostgresServer};Database={database};Include Error Detail=true";
}
