namespace ChatNomina.Testing;

/// <summary>
/// Where the real servers started by <c>./chatnomina test</c> listen. Override with
/// <c>CHATNOMINA_TEST_POSTGRES</c> and <c>CHATNOMINA_TEST_REDIS</c>.
/// </summary>
public static class TestEnvironment
{
    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("CHATNOMINA_TEST_POSTGRES")
        ?? "Host=localhost;Port=5432;Username=chatnomina;Password=chatnomina-local";

    public static string Redis =>
        Environment.GetEnvironmentVariable("CHATNOMINA_TEST_REDIS") ?? "localhost:6379";

    /// <summary>A proxy in front of the test PostgreSQL server, for outage tests.</summary>
    public static TcpFaultProxy NewPostgresProxy()
    {
        var server = new Npgsql.NpgsqlConnectionStringBuilder(PostgresServer);
        return new TcpFaultProxy(server.Host ?? "localhost", server.Port);
    }

    public static string PostgresDatabase(string database) => $"{PostgresServer};Database={database};Include Error Detail=true";
}
