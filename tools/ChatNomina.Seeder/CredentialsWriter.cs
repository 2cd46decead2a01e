using Microsoft.AspNetCore.Identity;
using Npgsql;
using NpgsqlTypes;

namespace ChatNomina.Seeder;

/// <summary>What <see cref="CredentialsWriter"/> did: rows added and updated, or why it did nothing.</summary>
public sealed record CredentialsResult(int Added, int Updated, string? SkippedBecause)
{
    public override string ToString() => SkippedBecause is null
        ? $"credentials: {Added} new, {Updated} updated (password from CHATNOMINA_DEMO_PASSWORD)"
        : $"credentials: skipped ({SkippedBecause})";
}

/// <summary>
/// Gives every seeded employee a sign-in in the auth service's <c>auth.credentials</c> table
/// (written by the auth service's migrations; the column names and the e-mail normalization
/// below are a contract with services/auth): same id as in users/payroll, the employee's role,
/// and the demo password hashed with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/>,
/// the hasher the auth service verifies with.
/// <para>
/// Idempotent: a row is only written when it is missing or differs (e-mail, role, or a hash that
/// no longer matches the demo password); running it again changes nothing.
/// </para>
/// <para>
/// Demo data only: all the bulk employees share ONE hash (one salt) of the demo password, since
/// hashing 10,000 passwords at 100,000 PBKDF2 iterations each would take minutes for accounts
/// nobody signs in to. The three documented demo accounts get hashes of their own. Real
/// credentials are never created this way.
/// </para>
/// </summary>
public static class CredentialsWriter
{
    private static readonly HashSet<string> DemoAccounts =
        new([DemoCompany.AnaEmail, DemoCompany.JohnEmail, DemoCompany.HrEmail], StringComparer.OrdinalIgnoreCase);

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

            var hasher = new PasswordHasher<DemoEmployee>();
            // Hashes already stored that still match the password are kept (each distinct hash is
            // verified once), so a re-run writes nothing.
            var stillValid = existing.Values.Distinct(StringComparer.Ordinal)
                .Where(hash => hasher.VerifyHashedPassword(null!, hash, password) != PasswordVerificationResult.Failed)
                .ToHashSet(StringComparer.Ordinal);

            var demoIds = employees.Where(e => DemoAccounts.Contains(e.Email)).Select(e => e.Id).ToHashSet();
            string? sharedHash = null;
            var rows = new List<(DemoEmployee Employee, string Hash)>(employees.Count);
            foreach (var employee in employees)
            {
                string hash;
                if (existing.TryGetValue(employee.Id, out var stored) && stillValid.Contains(stored))
                {
                    hash = stored;
                }
                else if (demoIds.Contains(employee.Id))
                {
                    hash = hasher.HashPassword(employee, password);
                }
                else
                {
                    sharedHash ??= existing.Where(p => !demoIds.Contains(p.Key) && stillValid.Contains(p.Value))
                        .Select(p => p.Value).FirstOrDefault()
                        ?? hasher.HashPassword(employee, password);
                    hash = sharedHash;
                }
                rows.Add((employee, hash));
            }

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
            return new CredentialsResult(added, updated, null);
        }
    }
}
