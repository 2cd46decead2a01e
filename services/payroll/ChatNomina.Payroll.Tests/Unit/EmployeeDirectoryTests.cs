using ChatNomina.Payroll.Import;
using ChatNomina.Payroll.Tests.Support;

namespace ChatNomina.Payroll.Tests.Unit;

public sealed class EmployeeDirectoryTests
{
    [Fact]
    public async Task Many_ids_are_asked_in_calls_of_at_most_IdsPerCall_and_every_unknown_one_is_found()
    {
        var users = new UsersServiceDouble();
        var ids = Enumerable.Range(0, 2 * EmployeeDirectory.IdsPerCall + 5).Select(_ => Guid.NewGuid()).ToArray();
        Guid[] unknown = [ids[0], ids[EmployeeDirectory.IdsPerCall], ids[^1]];   // one in each call
        users.DeclareUnknown(unknown);
        var directory = new EmployeeDirectory(new HttpClient(users) { BaseAddress = new Uri("http://users.test/") });

        var missing = await directory.FindMissingAsync(ids, "token", CancellationToken.None);

        Assert.Equal(unknown.ToHashSet(), missing.ToHashSet());
        Assert.Equal([EmployeeDirectory.IdsPerCall, EmployeeDirectory.IdsPerCall, 5], users.Calls.Select(c => c.Ids.Length));
        Assert.Equal(ids, users.Calls.SelectMany(c => c.Ids));
    }
}
