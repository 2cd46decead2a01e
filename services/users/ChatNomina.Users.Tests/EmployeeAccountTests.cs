using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatNomina.ServiceDefaults.Authentication;
using ChatNomina.Users.Apis;
using ChatNomina.Users.Model;

namespace ChatNomina.Users.Tests;

/// <summary>
/// An employee's account with the auth service in-process: HR reads its role and second factor, an admin
/// changes the role, and every token the user held ends at once.
/// </summary>
public sealed class EmployeeAccountTests(PeopleFixture fixture) : IClassFixture<PeopleFixture>, IDisposable
{
    private const string Password = "Una-frase-larga-2026";

    private PeopleUsersFactory Users => fixture.Users;
    private AuthServiceFactory Auth => fixture.Auth;

    public void Dispose() => Users.AuthLink.State = AuthLinkState.Up;

    private HttpClient Admin() => Users.CreateClientFor(Guid.NewGuid(), ChatNominaRoles.Admin);

    /// <summary>A new employee with a password, signed in with the password grant: their id, e-mail and tokens.</summary>
    internal static async Task<(Guid Id, string Email, string Access, string Refresh)> SignedInEmployeeAsync(PeopleUsersFactory users, AuthServiceFactory auth)
    {
        var response = await users.CreateHrClient().PostAsJsonAsync("/api/users", PeopleTests.NewEmployee());
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"expected 201, got {(int)response.StatusCode}: {body}");
        var created = JsonSerializer.Deserialize<CreatedEmployee>(body, JsonSerializerOptions.Web)!;
        Assert.Equal(HttpStatusCode.OK, (await SetPasswordBrowser.SetPasswordAsync(auth.CreateClient(), created.SetPasswordUrl, Password)).StatusCode);
        var (access, refresh) = await AuthTokens.ReadAsync(await AuthTokens.PasswordAsync(auth.CreateClient(), created.Employee.Email, Password));
        return (created.Employee.Id, created.Employee.Email, access, refresh);
    }

    private Task<string> RoleInAuthAsync(Guid id) => Auth.CredentialsAsync(id).ContinueWith(t => Assert.Single(t.Result).Role);

    private async Task<List<EmployeeChangeDto>> ChangesAsync(Guid id) =>
        (await Users.CreateHrClient().GetFromJsonAsync<List<EmployeeChangeDto>>($"/api/users/{id}/changes"))!;

    [Fact]
    public async Task Admin_changes_the_role_and_every_token_the_user_held_is_refused_at_once()
    {
        var (id, _, access, refresh) = await SignedInEmployeeAsync(Users, Auth);
        var employee = Users.CreateClientWithToken(access);
        Assert.Equal(HttpStatusCode.OK, (await employee.GetAsync("/api/users/me")).StatusCode);

        var adminId = Guid.NewGuid();
        var response = await Users.CreateClientFor(adminId, ChatNominaRoles.Admin).PutAsJsonAsync($"/api/users/{id}/role", new { role = "hr" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new RoleChangeDto("hr", "employee", true), await response.Content.ReadFromJsonAsync<RoleChangeDto>());
        Assert.Equal("hr", await RoleInAuthAsync(id));

        // At once: the access token already out (role employee) is refused, and so is its refresh token.
        Assert.Equal(HttpStatusCode.Unauthorized, (await employee.GetAsync("/api/users/me")).StatusCode);
        await AuthTokens.ErrorAsync(await AuthTokens.RefreshAsync(Auth.CreateClient(), refresh));

        // Audited: who, when, old → new.
        var change = (await ChangesAsync(id))[0];
        Assert.Equal(EmployeeChangeAction.RoleChanged, change.Action);
        Assert.Equal(adminId, change.ActorId);
        Assert.InRange(change.At, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddSeconds(5));
        Assert.Equal("employee", change.Details.GetProperty("role").GetProperty("before").GetString());
        Assert.Equal("hr", change.Details.GetProperty("role").GetProperty("after").GetString());

        // HR sees the role, and that no second factor is enrolled yet.
        var account = await Users.CreateHrClient().GetFromJsonAsync<EmployeeAccountDto>($"/api/users/{id}/account");
        Assert.Equal(new EmployeeAccountDto("hr", new SecondFactorDto(false, 0)), account);
    }

    [Fact]
    public async Task The_same_role_again_is_200_unchanged_without_a_new_audit_row()
    {
        var (id, _, _, _) = await SignedInEmployeeAsync(Users, Auth);
        var admin = Admin();
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/users/{id}/role", new { role = "admin" })).StatusCode);
        var before = (await ChangesAsync(id)).Count;

        var again = await admin.PutAsJsonAsync($"/api/users/{id}/role", new { role = "admin" });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(new RoleChangeDto("admin", "admin", false), await again.Content.ReadFromJsonAsync<RoleChangeDto>());
        Assert.Equal(before, (await ChangesAsync(id)).Count);
        Assert.Equal("admin", await RoleInAuthAsync(id));
    }

    [Theory]
    [InlineData(ChatNominaRoles.Hr)]
    [InlineData(ChatNominaRoles.Employee)]
    public async Task Only_an_admin_changes_a_role(string role)
    {
        var (id, _, access, _) = await SignedInEmployeeAsync(Users, Auth);
        var response = await Users.CreateClientFor(Guid.NewGuid(), role).PutAsJsonAsync($"/api/users/{id}/role", new { role = "admin" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("employee", await RoleInAuthAsync(id));
        Assert.DoesNotContain(await ChangesAsync(id), c => c.Action == EmployeeChangeAction.RoleChanged);
        Assert.Equal(HttpStatusCode.OK, (await Users.CreateClientWithToken(access).GetAsync("/api/users/me")).StatusCode);
    }

    [Fact]
    public async Task An_employee_cannot_read_an_account_but_hr_and_admin_can()
    {
        var (id, _, access, _) = await SignedInEmployeeAsync(Users, Auth);
        Assert.Equal(HttpStatusCode.Forbidden, (await Users.CreateClientWithToken(access).GetAsync($"/api/users/{id}/account")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Users.CreateClientFor(Guid.NewGuid()).GetAsync($"/api/users/{id}/account")).StatusCode);
        Assert.Equal(new EmployeeAccountDto("employee", new SecondFactorDto(false, 0)),
            await Admin().GetFromJsonAsync<EmployeeAccountDto>($"/api/users/{id}/account"));
        await (await Users.CreateHrClient().GetAsync($"/api/users/{Guid.NewGuid()}/account")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_admin_cannot_change_their_own_role()
    {
        var (id, _, _, _) = await SignedInEmployeeAsync(Users, Auth);
        Assert.Equal(HttpStatusCode.OK, (await Admin().PutAsJsonAsync($"/api/users/{id}/role", new { role = "admin" })).StatusCode);

        // A token of a later second than the role change's sign-out (which ended every token of the user until then).
        var signedInAgain = ChatNomina.Testing.TestTokens.Create(id, ChatNominaRoles.Admin, Users.Audience, notBefore: DateTime.UtcNow.AddSeconds(2));
        var self = await Users.CreateClientWithToken(signedInAgain).PutAsJsonAsync($"/api/users/{id}/role", new { role = "employee" });
        var problem = await self.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("own role", problem.Detail);
        Assert.Equal("admin", await RoleInAuthAsync(id));
    }

    [Theory]
    [InlineData("{\"role\":\"superuser\"}")]
    [InlineData("{\"role\":\"HR\"}")]
    [InlineData("{\"role\":\"\"}")]
    [InlineData("{}")]
    public async Task An_unknown_role_is_a_400_naming_the_field(string body)
    {
        var (id, _, _, _) = await SignedInEmployeeAsync(Users, Auth);
        var response = await Admin().PutAsync($"/api/users/{id}/role", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.Errors.ContainsKey("role"));
        Assert.Equal("employee", await RoleInAuthAsync(id));
    }

    [Fact]
    public async Task Unknown_employee_is_404_and_a_deactivated_one_is_409()
    {
        await (await Admin().PutAsJsonAsync($"/api/users/{Guid.NewGuid()}/role", new { role = "hr" })).AssertProblemAsync(HttpStatusCode.NotFound);

        var (id, _, _, _) = await SignedInEmployeeAsync(Users, Auth);
        Assert.Equal(HttpStatusCode.OK, (await Users.CreateHrClient().PostAsync($"/api/users/{id}/deactivate", null)).StatusCode);
        await (await Admin().PutAsJsonAsync($"/api/users/{id}/role", new { role = "hr" })).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("employee", await RoleInAuthAsync(id));
    }

    /// <summary>A new employee promoted to hr by an admin, with a second factor, signed in with a code after the promotion.</summary>
    private async Task<(Guid Id, string Email, string Access, string Refresh, ChatNomina.Testing.Authenticator Authenticator)> SignedInHrAsync(int recoveryCodes)
    {
        var (id, email, _, _) = await SignedInEmployeeAsync(Users, Auth);
        Assert.Equal(HttpStatusCode.OK, (await Admin().PutAsJsonAsync($"/api/users/{id}/role", new { role = "hr" })).StatusCode);
        var authenticator = await Auth.AddSecondFactorAsync(id, recoveryCodes);
        await Task.Delay(1100);   // a later second than the promotion's sign-out, which ended every token until then
        var (access, refresh) = await AuthTokens.ReadAsync(
            await AuthTokens.PasswordWithCodeAsync(Auth.CreateClient(), email, Password, authenticator.NextCode()));
        return (id, email, access, refresh, authenticator);
    }

    [Fact]
    public async Task Admin_resets_the_second_factor_the_user_must_enrol_again_and_every_old_token_is_refused()
    {
        var (id, email, access, refresh, authenticator) = await SignedInHrAsync(recoveryCodes: 3);
        var hrUser = Users.CreateClientWithToken(access);
        Assert.Equal(HttpStatusCode.OK, (await hrUser.GetAsync("/api/users/me")).StatusCode);
        Assert.Equal(new EmployeeAccountDto("hr", new SecondFactorDto(true, 3)),
            await Users.CreateHrClient().GetFromJsonAsync<EmployeeAccountDto>($"/api/users/{id}/account"));

        var adminId = Guid.NewGuid();
        var response = await Users.CreateClientFor(adminId, ChatNominaRoles.Admin).PostAsync($"/api/users/{id}/second-factor/reset", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new SecondFactorResetDto(true, 3), await response.Content.ReadFromJsonAsync<SecondFactorResetDto>());
        Assert.Equal((0, 0), await Auth.SecondFactorRowsAsync(id));
        // At once: the access token is refused, and so is its refresh token.
        Assert.Equal(HttpStatusCode.Unauthorized, (await hrUser.GetAsync("/api/users/me")).StatusCode);
        await AuthTokens.ErrorAsync(await AuthTokens.RefreshAsync(Auth.CreateClient(), refresh));
        // The next sign-in enrols again: the password grant says so, even with a code of the old factor.
        var grant = await AuthTokens.ErrorAsync(await AuthTokens.PasswordWithCodeAsync(Auth.CreateClient(), email, Password, authenticator.NextCode()));
        Assert.StartsWith("enrolment_required", grant);
        Assert.Equal(new EmployeeAccountDto("hr", new SecondFactorDto(false, 0)),
            await Users.CreateHrClient().GetFromJsonAsync<EmployeeAccountDto>($"/api/users/{id}/account"));

        var change = (await ChangesAsync(id))[0];
        Assert.Equal(EmployeeChangeAction.SecondFactorReset, change.Action);
        Assert.Equal(adminId, change.ActorId);
        Assert.Equal("enrolled", change.Details.GetProperty("secondFactor").GetProperty("before").GetString());
        Assert.Equal("none", change.Details.GetProperty("secondFactor").GetProperty("after").GetString());
        Assert.Equal("3", change.Details.GetProperty("recoveryCodesLeft").GetProperty("before").GetString());

        // Nothing left to reset: 200, no new audit row.
        var again = await Admin().PostAsync($"/api/users/{id}/second-factor/reset", null);
        Assert.Equal(new SecondFactorResetDto(false, 0), await again.Content.ReadFromJsonAsync<SecondFactorResetDto>());
        Assert.Single(await ChangesAsync(id), c => c.Action == EmployeeChangeAction.SecondFactorReset);
    }

    [Theory]
    [InlineData(ChatNominaRoles.Hr)]
    [InlineData(ChatNominaRoles.Employee)]
    public async Task Only_an_admin_resets_a_second_factor(string role)
    {
        var (id, _, access, _, _) = await SignedInHrAsync(recoveryCodes: 1);
        var response = await Users.CreateClientFor(Guid.NewGuid(), role).PostAsync($"/api/users/{id}/second-factor/reset", null);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        // Not even the holder's own hr token.
        Assert.Equal(HttpStatusCode.Forbidden, (await Users.CreateClientWithToken(access).PostAsync($"/api/users/{id}/second-factor/reset", null)).StatusCode);
        Assert.Equal((1, 1), await Auth.SecondFactorRowsAsync(id));
    }

    [Fact]
    public async Task An_admin_cannot_reset_their_own_second_factor_and_auth_down_changes_nothing()
    {
        var (id, _, access, _, _) = await SignedInHrAsync(recoveryCodes: 2);
        var self = ChatNomina.Testing.TestTokens.Create(id, ChatNominaRoles.Admin, Users.Audience, notBefore: DateTime.UtcNow.AddSeconds(2));
        var own = await Users.CreateClientWithToken(self).PostAsync($"/api/users/{id}/second-factor/reset", null);
        Assert.Contains("own second factor", (await own.AssertProblemAsync(HttpStatusCode.Conflict)).Detail);
        await (await Admin().PostAsync($"/api/users/{Guid.NewGuid()}/second-factor/reset", null)).AssertProblemAsync(HttpStatusCode.NotFound);

        Users.AuthLink.State = AuthLinkState.Down;
        var down = await Admin().PostAsync($"/api/users/{id}/second-factor/reset", null);
        await down.AssertProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.NotNull(down.Headers.RetryAfter);
        Users.AuthLink.State = AuthLinkState.Up;

        Assert.Equal((1, 2), await Auth.SecondFactorRowsAsync(id));
        Assert.DoesNotContain(await ChangesAsync(id), c => c.Action == EmployeeChangeAction.SecondFactorReset);
        Assert.Equal(HttpStatusCode.OK, (await Users.CreateClientWithToken(access).GetAsync("/api/users/me")).StatusCode);
    }

    [Fact]
    public async Task Auth_down_is_503_with_retry_after_and_nothing_changes()
    {
        var (id, _, access, _) = await SignedInEmployeeAsync(Users, Auth);
        var changes = (await ChangesAsync(id)).Count;
        Users.AuthLink.State = AuthLinkState.Down;

        var response = await Admin().PutAsJsonAsync($"/api/users/{id}/role", new { role = "hr" });
        await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.NotNull(response.Headers.RetryAfter);
        var read = await Users.CreateHrClient().GetAsync($"/api/users/{id}/account");
        await read.AssertProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.NotNull(read.Headers.RetryAfter);

        Users.AuthLink.State = AuthLinkState.Up;
        Assert.Equal("employee", await RoleInAuthAsync(id));
        Assert.Equal(changes, (await ChangesAsync(id)).Count);
        Assert.Equal(HttpStatusCode.OK, (await Users.CreateClientWithToken(access).GetAsync("/api/users/me")).StatusCode);
    }
}
