using System.Net;
using System.Net.Http.Json;
using ChatNomina.ServiceDefaults.Authentication;
using ChatNomina.Users.Apis;
using ChatNomina.Users.Model;

namespace ChatNomina.Users.Tests;

/// <summary>
/// Redis fails after auth changed the role: the admin gets a 503 that says so, the change is audited, and the
/// same request again, once Redis is back, ends the user's tokens.
/// </summary>
public sealed class RoleChangeRedisOutageTests(PeopleFixtureWithRedisProxy fixture) : IClassFixture<PeopleFixtureWithRedisProxy>, IDisposable
{
    private PeopleUsersFactory Users => fixture.Users;

    public void Dispose() => fixture.Redis.Restore();

    [Fact]
    public async Task Redis_down_after_the_role_changed_is_503_and_the_retry_ends_the_tokens()
    {
        var (id, _, access, _) = await EmployeeAccountTests.SignedInEmployeeAsync(Users, fixture.Auth);
        var admin = Users.CreateClientFor(Guid.NewGuid(), ChatNominaRoles.Admin);

        fixture.Redis.Cut();
        var response = await admin.PutAsJsonAsync($"/api/users/{id}/role", new { role = "hr" });
        var problem = await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Contains("send the same request again", problem.Detail);
        Assert.Equal("hr", Assert.Single(await fixture.Auth.CredentialsAsync(id)).Role);
        var changes = await Users.CreateHrClient().GetFromJsonAsync<List<EmployeeChangeDto>>($"/api/users/{id}/changes");
        Assert.Equal(EmployeeChangeAction.RoleChanged, changes![0].Action);

        fixture.Redis.Restore();
        HttpResponseMessage? retry = null;
        await PeopleUsersFactory.EventuallyAsync(async () =>
            (retry = await admin.PutAsJsonAsync($"/api/users/{id}/role", new { role = "hr" })).StatusCode == HttpStatusCode.OK, "Redis back");
        Assert.Equal(new RoleChangeDto("hr", "hr", false), await retry!.Content.ReadFromJsonAsync<RoleChangeDto>());
        Assert.Equal(HttpStatusCode.Unauthorized, (await Users.CreateClientWithToken(access).GetAsync("/api/users/me")).StatusCode);
        Assert.Single(await Users.CreateHrClient().GetFromJsonAsync<List<EmployeeChangeDto>>($"/api/users/{id}/changes") ?? [],
            c => c.Action == EmployeeChangeAction.RoleChanged);
    }
}
