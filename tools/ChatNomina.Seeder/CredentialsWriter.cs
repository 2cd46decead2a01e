using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace ChatNomina.Seeder;

/// <summary>What <see cref="CredentialsWriter"/> did: rows added and updated (and how many password hashes were
/// computed), or why it did nothing.</summary>
public sealed record CredentialsResult(int Added, int Updated, string? SkippedBecause, int Hashed = 0, TimeSpan HashingTime = default)
{
    public override string ToString() => SkippedBecause is null
        ? $"credentials: {Added} new, {Updated} updated (password from CHATNOMINA_DEMO_PASSWORD; {Hashed} own hashes computed " +
          $"in {HashingTime.TotalSeconds:F1} s on {Environment.ProcessorCount} cores)"
        : $"credentials: skipped ({SkippedBecause})";
}

/// <summary>
/// Gives every seeded employee a sign-in in the auth service's <c>auth.credentials</c> table
/// (written by the auth service's migrations; the column names and the e-mail normalization
/// below are a contract with services/auth): same id as in users/payroll, the employee's role,
/// and the demo password hashed for each account with its own salt (<see cref="DemoPasswordHashes"/>,
/// the hasher the auth service verifies with).
/// <para>
/// Idempotent: a row is only written when it is missing or differs (e-mail, role, a hash that no
/// longer matches the demo password or that several accounts share); running it again changes
/// nothing. Real credentials are never created this way.
/// </para>
/// </summary>
public static class CredentialsWriter
{
    /// <summary>Must equal the auth service's <c>Credential.NormalizeEmail</c>.</summary>
    public static string NormalizeEmail(string email) => email.Trim().ToUpperInvariant();

    public static async Task<CredentialsResult> WriteAsync(string connectionString, IReadOnlyList<DemoEmployee> employees, string password)
    {
        NpgsqlConnection connection;
        try
        {
            connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return new CredentialsResult(0, 0, $"auth database not reachable: {e.Message}");
        }

        await using (connection)
        {
            var existing = new Dictionary<Guid, string>();
            try
            {
                await using var select = new NpgsqlCommand(
                    "SELECT user_id, password_hash FROM auth.credentials WHERE user_id = ANY(@ids)", connection);
                select.Parameters.AddWithValue("ids", employees.Select(e => e.Id).ToArray());
                await using var reader = await select.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    existing[reader.GetGuid(0)] = reader.GetString(1);
                }
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
            {
                return new CredentialsResult(0, 0, "auth.credentials does not exist: run the auth service's migrations first");
            }

            // Each account its own salt and hash, computed in parallel; still-valid ones kept.
            var clock = Stopwatch.StartNew();
            var (hashes, hashed) = DemoPasswordHashes.Compute(employees, existing, password);
            var hashingTime = clock.Elapsed;
            var rows = employees.Select((employee, i) => (Employee: employee, Hash: hashes[i])).ToList();

            await using var tx = await connection.BeginTransactionAsync();
            await using (var create = new NpgsqlCommand("""
                CREATE TEMP TABLE stage_credentials (user_id uuid, email text, normalized_email text, password_hash text, role text)
                ON COMMIT DROP;
                """, connection, tx))
            {
                await create.ExecuteNonQueryAsync();
            }
            await using (var copy = await connection.BeginBinaryImportAsync(
                "COPY stage_credentials (user_id, email, normalized_email, password_hash, role) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var (employee, hash) in rows)
                {
                    await copy.StartRowAsync();
                    await copy.WriteAsync(employee.Id, NpgsqlDbType.Uuid);
                    await copy.WriteAsync(employee.Email);
                    await copy.WriteAsync(NormalizeEmail(employee.Email));
                    await copy.WriteAsync(hash);
                    await copy.WriteAsync(employee.Role);
                }
                await copy.CompleteAsync();
            }

            int added = 0, updated = 0;
            await using (var upsert = new NpgsqlCommand("""
                INSERT INTO auth.credentials AS c (user_id, email, normalized_email, password_hash, role, failed_count, lockout_end, updated_at)
                SELECT user_id, email, normalized_email, password_hash, role, 0, NULL, now() FROM stage_credentials
                ON CONFLICT (user_id) DO UPDATE SET
                    email = EXCLUDED.email, normalized_email = EXCLUDED.normalized_email,
                    password_hash = EXCLUDED.password_hash, role = EXCLUDED.role, updated_at = now()
                WHERE (c.email, c.normalized_email, c.password_hash, c.role)
                      IS DISTINCT FROM (EXCLUDED.email, EXCLUDED.normalized_email, EXCLUDED.password_hash, EXCLUDED.role)
                RETURNING (xmax = 0) AS inserted;
                """, connection, tx) { CommandTimeout = 600 })
            await using (var reader = await upsert.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    if (reader.GetBoolean(0))
                    {
                        added++;
                    }
                    else
                    {
                        updated++;
                    }
                }
            }
            await tx.CommitAsync();
            return new CredentialsResult(added, updated, null, hashed, hashingTime);
        }
    }
}
