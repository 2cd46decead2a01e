using Microsoft.AspNetCore.Identity;

namespace ChatNomina.Seeder;

/// <summary>
/// The demo password hashed for every seeded account with its own random salt: ASP.NET Core Identity's
/// <see cref="PasswordHasher{TUser}"/> with its default (V3) parameters — PBKDF2 with HMAC-SHA512,
/// 100,000 iterations, 128-bit salt — exactly what the auth service's hasher verifies. No two accounts
/// share a hash, so cracking one tells nothing about another and a leaked table shows no clusters.
/// The work is spread over every core (Parallel.For).
/// <para>
/// Re-seeding (every <c>./chatnomina up</c>) must not pay that again: a stored hash that belongs to one
/// account alone is kept when the password still matches. That is checked on a sample — the documented
/// demo accounts and a few others — and, only when one of those does not match (the demo password
/// changed, or rows from elsewhere), on every stored hash; so a re-seed costs about ten verifications,
/// and a changed password re-hashes everything. A hash shared by several accounts (older seeders gave
/// all bulk accounts one) is always replaced.
/// </para>
/// </summary>
public static class DemoPasswordHashes
{
    /// <summary>How many stored hashes are verified before the others are trusted (the documented accounts first).</summary>
    public const int SampleSize = 11;

    private static readonly HashSet<string> Documented =
        new([DemoCompany.AnaEmail, DemoCompany.JohnEmail, DemoCompany.HrEmail], StringComparer.OrdinalIgnoreCase);

    /// <returns>One hash per employee (same order), and how many were computed rather than kept.</returns>
    public static (string[] Hashes, int Computed) Compute(IReadOnlyList<DemoEmployee> employees,
        IReadOnlyDictionary<Guid, string> stored, string password)
    {
        // A hash stored for more than one account is one salt shared: never kept.
        var shared = stored.Values.GroupBy(h => h, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var candidates = Enumerable.Range(0, employees.Count)
            .Where(i => stored.TryGetValue(employees[i].Id, out var hash) && !shared.Contains(hash))
            .ToList();

        var sample = candidates.OrderBy(i => Documented.Contains(employees[i].Email) ? 0 : 1)
            .ThenBy(i => employees[i].Id).Take(SampleSize).ToList();
        var trustStored = sample.AsParallel().All(i => Matches(employees[i], stored[employees[i].Id], password));
        var keep = new bool[employees.Count];
        Parallel.ForEach(candidates, i =>
            keep[i] = trustStored || Matches(employees[i], stored[employees[i].Id], password));

        var hashes = new string[employees.Count];
        var computed = 0;
        Parallel.For(0, employees.Count,
            () => new PasswordHasher<DemoEmployee>(),
            (i, _, hasher) =>
            {
                if (keep[i])
                {
                    hashes[i] = stored[employees[i].Id];
                }
                else
                {
                    hashes[i] = hasher.HashPassword(employees[i], password);
                    Interlocked.Increment(ref computed);
                }
                return hasher;
            },
            _ => { });
        return (hashes, computed);
    }

    private static bool Matches(DemoEmployee employee, string hash, string password) =>
        new PasswordHasher<DemoEmployee>().VerifyHashedPassword(employee, hash, password) == PasswordVerificationResult.Success;
}
