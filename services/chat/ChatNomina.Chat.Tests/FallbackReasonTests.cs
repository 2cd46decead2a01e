using ChatNomina.Chat.Answers;

namespace ChatNomina.Chat.Tests;

public class FallbackReasonTests
{
    [Fact]
    public void Every_reason_has_its_own_documented_wire_name()
    {
        var names = Enum.GetValues<FallbackReason>().Select(r => r.Wire()).ToList();

        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(names, n => Assert.Matches("^[a-z]+(_[a-z]+)+$", n));
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        Assert.All(names, n => Assert.Contains($"`{n}`", readme));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChatNomina.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("ChatNomina.sln not found");
    }
}
