using System.Buffers.Text;
using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Npgsql;
using NpgsqlTypes;

namespace ChatNomina.Seeder;

/// <summary>What <see cref="CredentialsWriter"/> did: rows added and updated (and how many password hashes and
/// second factors were written), or why it did nothing.</summary>
public sealed record CredentialsResult(int Added, int Updated, string? SkippedBecause, int Hashed = 0, TimeSpan HashingTime = default,
    int SecondFactors = 0)
{
    public override string ToString() => SkippedBecause is null
        ? $"credentials: {Added} new, {Updated} updated (password from CHATNOMINA_DEMO_PASSWORD; {Hashed} own hashes computed " +
          $"in {HashingTime.TotalSeconds:F1} s on {Environment.ProcessorCount} cores); second factors: {SecondFactors} written " +
          $"(TOTP secret from {DemoSecondFactor.SecretVariable}; ./chatnomina otp prints the code)"
        : $"credentials: skipped ({SkippedBecause})";
}

/// <summary>
/// Gives every seeded employee a sign-in in the auth service's <c>auth.credentials</c> table
/// (written by the auth service's migrations; the column names and the e-mail normalization
/// below are a contract with services/auth): same id as in users/payroll, the employee's role,
/// and the demo password hashed for each account with its own salt (<see cref="DemoPasswordHashes"/>,
/// the hasher the auth service verifies with). Every <c>hr</c> and <c>admin</c> account also gets the
/// demo TOTP second factor in <c>auth.totp_factors</c>, its secret protected with auth's own
/// data-protection key ring (<see cref="AuthKeyRing"/>), as the auth service stores and reads it, and no
/// recovery codes (the documented demo secret is the way in; nobody needs a code shown once).
/// <para>
/// Idempotent: a row is only written when it is missing or differs (e-mail, role, a hash that no
/// longer matches the demo password or that several accounts share, a factor whose secret is not
/// the configured one); running it again changes nothing. Real credentials are never created this way.
/// </para>
/// </summary>
public static class CredentialsWriter
{
    /// <summary>Must equal the auth service's <c>Credential.NormalizeEmail</c>.</summary>
    public static string NormalizeEmail(string email) => email.Trim().ToUpperInvariant();

    /// <summary>The roles the auth service asks a second factor of (its <c>OneTimeCodes.AreRequiredFor</c>).</summary>
    public static bool NeedsSecondFactor(string role) => role is "hr" or "admin";

    /// <param name="totpSecret">The demo second factor's base32 secret (<see cref="DemoSecondFactor.Secret"/>) for hr/admin
    /// accounts; null writes no factor.</param>
    public static async Task<CredentialsResult> WriteAsync(string connectionString, IReadOnlyList<DemoEmployee> employees, string password,
        string? totpSecret = null)
    {
        var secret = totpSecret is null ? null : DemoSecondFactor.Decode(totpSecret);
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

            var needFactor = secret is null ? [] : employees.Where(e => NeedsSecondFactor(e.Role)).ToList();
            var storedFactors = new Dictionary<Guid, string>();
            if (needFactor.Count > 0)
            {
                try
                {
                    await using var select = new NpgsqlCommand(
                        "SELECT user_id, protected_secret FROM auth.totp_factors WHERE user_id = ANY(@ids)", connection);
                    select.Parameters.AddWithValue("ids", needFactor.Select(e => e.Id).ToArray());
                    await using var reader = await select.ExecuteReaderAsync();
                    while (await reader.ReadAsync())
                    {
                        storedFactors[reader.GetGuid(0)] = reader.GetString(1);
                    }
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
                {
                    return new CredentialsResult(0, 0, "auth.totp_factors does not exist: run the auth service's migrations first");
                }
            }

            // Each account its own salt and hash, computed in parallel; still-valid ones kept.
            var clock = Stopwatch.StartNew();
            var (hashes, hashed) = DemoPasswordHashes.Compute(employees, existing, password);
            var hashingTime = clock.Elapsed;
            var rows = employees.Select((employee, i) => (Employee: employee, Hash: hashes[i])).ToList();

            // The demo factor's secret, protected with auth's key ring; a stored one that already holds it is kept.
            var factors = new List<(Guid UserId, string ProtectedSecret)>();
            if (needFactor.Count > 0)
            {
                using var keyRing = new AuthKeyRing(connectionString);
                foreach (var employee in needFactor)
                {
                    if (!storedFactors.TryGetValue(employee.Id, out var stored) || !Holds(keyRing, stored, secret!))
                    {
                        factors.Add((employee.Id, Base64Url.EncodeToString(keyRing.TotpSecrets.Protect(secret!))));
                    }
                }
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
            foreach (var (userId, protectedSecret) in factors)
            {
                // A new secret starts with no code used (last_used_step NULL).
                await using var factor = new NpgsqlCommand("""
                    INSERT INTO auth.totp_factors AS f (user_id, protected_secret, last_used_step, updated_at)
                    VALUES (@id, @secret, NULL, now())
                    ON CONFLICT (user_id) DO UPDATE SET
                        protected_secret = EXCLUDED.protected_secret, last_used_step = NULL, updated_at = now();
                    """, connection, tx);
                factor.Parameters.AddWithValue("id", userId);
                factor.Parameters.AddWithValue("secret", protectedSecret);
                await factor.ExecuteNonQueryAsync();

                // The demo factor has no recovery codes: any left from an enrolment in the browser belonged to the
                // secret just replaced (auth.recovery_codes, migration RecoveryCodes).
                await using var recovery = new NpgsqlCommand("DELETE FROM auth.recovery_codes WHERE user_id = @id", connection, tx);
                recovery.Parameters.AddWithValue("id", userId);
                await recovery.ExecuteNonQueryAsync();
            }
            await tx.CommitAsync();
            return new CredentialsResult(added, updated, null, hashed, hashingTime, factors.Count);
        }
    }

    /// <summary>Whether a stored protected secret is <paramref name="secret"/> (false when auth's key ring cannot open it).</summary>
    private static bool Holds(AuthKeyRing keyRing, string stored, byte[] secret)
    {
        try
        {
            return CryptographicOperations.FixedTimeEquals(keyRing.TotpSecrets.Unprotect(Base64Url.DecodeFromChars(stored)), secret);
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return false;
        }
    }
}
