using ChatNomina.Chat.Storage;
using ChatNomina.ServiceDefaults.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace ChatNomina.Chat.Tests.Analytics;

/// <summary>The chat in-process with <see cref="AnalyticsSeed"/>'s exchanges stored, and a few in the last 30 days.</summary>
public sealed class AnalyticsFactory : ChatFactory
{
    public static readonly Guid HrUserId = Guid.Parse("6a1f0c1e-2b3d-4e5f-8a9b-0c1d2e3f4a5b");

    public List<SeededExchange> Seeded { get; private set; } = [];

    /// <summary>Rows around the default range's start (today is the UTC day the fixture started).</summary>
    public List<SeededExchange> Recent { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatDbContext>();
        Seeded = await AnalyticsSeed.StoreAsync(db);
        Today = DateOnly.FromDateTime(DateTime.UtcNow);
        Recent = await AnalyticsSeed.StoreRecentAsync(db, Today);
    }

    public HttpClient Hr() => CreateClientFor(HrUserId, ChatNominaRoles.Hr);
}
