using System.Diagnostics;
using System.Runtime.Versioning;
using Npgsql;

namespace ChatNomina.EndToEnd;

/// <summary>
/// Least privilege in the stack's PostgreSQL (issue 18, docs/kubernetes.md "PostgreSQL roles"): every
/// service runs as a role of its own that reaches only its own database, with DML on its tables and only
/// SELECT + INSERT on the append-only ones (the payslip read audit, payslip versions, the employee change
/// audit), no DDL, no TRUNCATE, no trigger switching; and no other OS user of the machine reaches the
/// cluster's trusted (superuser) socket. Passwords from the stack's <c>.data/secrets/postgres-*.password</c>.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class DatabaseRolesTests
{
    private const string InsufficientPrivilege = "42501";
    private const string MustBeOwner = "42501";

    private static readonly string[] ServiceNames = ["auth", "users", "payroll", "chat"];

    public static TheoryData<string> Services => new(ServiceNames);

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Each_service_runs_as_its_own_role_which_reaches_its_own_database_only(string service)
    {
        await using (var own = await OpenAsync(service, $"chatnomina_{service}"))
        {
            await using var who = new NpgsqlCommand("SELECT current_user, rolsuper, rolcreatedb, rolcreaterole FROM pg_roles WHERE rolname = current_user", own);
            await using var row = await who.ExecuteReaderAsync();
            Assert.True(await row.ReadAsync());
            Assert.Equal($"chatnomina_{service}", row.GetString(0));
            Assert.False(row.GetBoolean(1), "superuser");
            Assert.False(row.GetBoolean(2), "may create databases");
            Assert.False(row.GetBoolean(3), "may create roles");
        }
        foreach (var other in ServiceNames.Where(s => s != service))
        {
            var refused = await Assert.ThrowsAsync<PostgresException>(() => OpenAsync(service, $"chatnomina_{other}"));
            Assert.Equal(InsufficientPrivilege, refused.SqlState);
        }

        // The running service holds its connections as that role (its readiness check queries the database).
        using var http = new HttpClient { BaseAddress = new Uri($"http://localhost:{ServicePort(service)}/") };
        Assert.True((await http.GetAsync("health/ready")).IsSuccessStatusCode);
        // As the migration role, the databases' owner (the tests' role).
        await using var owner = new NpgsqlConnection(StackEnvironment.OwnerConnectionString($"chatnomina_{service}"));
        await owner.OpenAsync();
        await using var sessions = new NpgsqlCommand(
            "SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = @db AND pid <> pg_backend_pid()", owner);
        sessions.Parameters.AddWithValue("db", $"chatnomina_{service}");
        var users = new List<string>();
        await using (var rows = await sessions.ExecuteReaderAsync())
        {
            while (await rows.ReadAsync())
            {
                users.Add(rows.GetString(0));
            }
        }
        Assert.Contains($"chatnomina_{service}", users);
    }

    [Theory]
    [InlineData("payroll", "UPDATE payroll.payslip_accesses SET accessed_at = accessed_at")]
    [InlineData("payroll", "DELETE FROM payroll.payslip_accesses")]
    [InlineData("payroll", "TRUNCATE payroll.payslip_accesses")]
    [InlineData("payroll", "UPDATE payroll.payslip_versions SET gross_salary = gross_salary + 1")]
    [InlineData("payroll", "DELETE FROM payroll.payslip_versions")]
    [InlineData("payroll", "TRUNCATE payroll.payslip_versions CASCADE")]
    [InlineData("payroll", "UPDATE payroll.payslip_version_lines SET amount = amount")]
    [InlineData("payroll", "DELETE FROM payroll.payslip_version_lines")]
    [InlineData("payroll", "TRUNCATE payroll.payslips CASCADE")]
    [InlineData("payroll", "CREATE TABLE payroll.sneaky (id int)")]
    [InlineData("payroll", "DELETE FROM public.\"__EFMigrationsHistory\"")]
    [InlineData("users", "UPDATE users.employee_changes SET at = at")]
    [InlineData("users", "DELETE FROM users.employee_changes")]
    [InlineData("users", "CREATE TABLE users.sneaky (id int)")]
    [InlineData("auth", "TRUNCATE auth.credentials")]
    [InlineData("auth", "CREATE TABLE auth.sneaky (id int)")]
    [InlineData("chat", "CREATE TABLE chat.sneaky (id int)")]
    public async Task A_service_role_cannot_rewrite_audit_or_history_nor_change_the_schema(string service, string sql)
    {
        await using var connection = await OpenAsync(service, $"chatnomina_{service}");
        // Inside a transaction that is rolled back: should a grant ever be missing, nothing is changed.
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
        Assert.Equal(InsufficientPrivilege, refused.SqlState);
    }

    [Fact]
    public async Task The_payroll_role_cannot_switch_off_the_version_triggers_but_may_read_and_append_the_audit()
    {
        await using var connection = await OpenAsync("payroll", "chatnomina_payroll");
        await using var transaction = await connection.BeginTransactionAsync();
        await using var disable = new NpgsqlCommand("ALTER TABLE payroll.payslip_versions DISABLE TRIGGER ALL", connection, transaction);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => disable.ExecuteNonQueryAsync());
        Assert.Equal(MustBeOwner, refused.SqlState);
        await transaction.RollbackAsync();

        await using var read = new NpgsqlCommand("SELECT count(*) FROM payroll.payslip_accesses", connection);
        Assert.True((long)(await read.ExecuteScalarAsync())! >= 0);
        // Publishing is the one change a version allows: the role may write those two columns (the table's
        // triggers decide when).
        await using var publish = new NpgsqlCommand(
            "UPDATE payroll.payslip_versions SET published_at = published_at, published_by = published_by WHERE false", connection);
        Assert.Equal(0, await publish.ExecuteNonQueryAsync());
    }

    [Fact]
    [SupportedOSPlatform("linux")]   // the local stack runs on Linux
    public void The_clusters_trusted_socket_is_for_the_server_user_only()
    {
        var socket = Path.Combine(StackEnvironment.DataDirectory, "run", "postgres", ".s.PGSQL.5432");
        Assert.True(File.Exists(socket), $"{socket}: the stack's PostgreSQL socket");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute,
            File.GetUnixFileMode(socket) & ~(UnixFileMode.SetUser | UnixFileMode.SetGroup | UnixFileMode.StickyBit));

        if (Environment.UserName != "root" || !File.Exists("/usr/sbin/runuser"))
        {
            return;   // the mode above is the whole check; as root, also try it as another OS user
        }
        var psql = Directory.GetFiles("/usr/lib/postgresql", "psql", SearchOption.AllDirectories).OrderDescending().First();
        var start = new ProcessStartInfo("/usr/sbin/runuser", ["-u", "nobody", "--", psql, "-h", Path.GetDirectoryName(socket)!,
            "-U", "postgres", "-d", "postgres", "-XAtc", "SELECT 'reached'"])
        { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.NotEqual(0, process.ExitCode);
        Assert.DoesNotContain("reached", output.Replace("Is the server running locally", "", StringComparison.Ordinal));
        Assert.Contains("Permission denied", output);
    }


    private static int ServicePort(string service) => service switch
    {
        "auth" => 8081,
        "users" => 8082,
        "payroll" => 8083,
        _ => 8084,
    };

    private static async Task<NpgsqlConnection> OpenAsync(string service, string database)
    {
        var password = (await File.ReadAllTextAsync(StackEnvironment.SecretPath($"postgres-{service}.password"))).Trim();
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder
        {
            Host = "localhost",
            Port = 5432,
            Database = database,
            Username = $"chatnomina_{service}",
            Password = password,
            Pooling = false,
        }.ConnectionString);
        try
        {
            await connection.OpenAsync();
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
