using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ChatNomina.EndToEnd;

/// <summary>
/// Role changes end the session at once (issue 18, item 5), through the gateway as the web app and the
/// CLI reach it: the demo admin promotes a seeded employee to HR; every token the employee held is
/// refused by every API and by the refresh at once; the employee's next password grant asks for the
/// second factor's enrolment (an HR account needs one) before anything else; demoted back, the employee
/// signs in with the password alone. Only an admin may change a role, and never their own.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class RoleChangeTests(StackFixture stack)
{
    private static readonly string[] EmployeeRoutes = ["api/users/me", "api/payroll/payslips/latest", "api/chat/conversations"];

    [Fact]
    public async Task A_role_change_ends_every_token_of_the_user_at_once_and_the_next_sign_in_carries_the_new_role()
    {
        var employee = await stack.SignInThrowawayAsync();
        var admin = stack.ClientFor(await stack.SignInAsync(StackEnvironment.Admin));
        var before = stack.ClientFor(employee);
        foreach (var route in EmployeeRoutes)
        {
            Assert.True((await before.GetAsync(route)).IsSuccessStatusCode, $"{route} before the change");
        }

        try
        {
            using var promoted = await admin.PutAsJsonAsync($"api/users/{employee.Id}/role", new { role = "hr" });
            Assert.Equal(HttpStatusCode.OK, promoted.StatusCode);
            var change = await promoted.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(("employee", "hr", true),
                (change.GetProperty("previousRole").GetString(), change.GetProperty("role").GetString(), change.GetProperty("changed").GetBoolean()));

            // At once, at every API, and the refresh token too.
            foreach (var route in EmployeeRoutes)
            {
                Assert.Equal(HttpStatusCode.Unauthorized, (await before.GetAsync(route)).StatusCode);
            }
            using var refresh = await StackFixture.NewClient().PostAsync("connect/token", StackFixture.RefreshGrant(employee.RefreshToken!));
            Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);

            // An HR account needs a second factor: the right password alone asks for its enrolment, and gives no token.
            await Task.Delay(TimeSpan.FromSeconds(1.1));   // tokens carry whole seconds: past the revocation's second
            using var signIn = await StackFixture.NewClient().PostAsync("connect/token", StackFixture.PasswordGrant(employee.Email, StackEnvironment.DemoPassword));
            var refusal = await signIn.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
            Assert.Equal("invalid_grant", refusal.GetProperty("error").GetString());
            Assert.True(refusal.GetProperty("enrolment_required").GetBoolean(), refusal.ToString());

            var account = await admin.GetFromJsonAsync<JsonElement>($"api/users/{employee.Id}/account");
            Assert.Equal("hr", account.GetProperty("role").GetString());
            var changes = await admin.GetFromJsonAsync<JsonElement>($"api/users/{employee.Id}/changes");
            Assert.Contains(changes.EnumerateArray(), c => c.GetProperty("action").GetString() == "role_changed");
        }
        finally
        {
            using var demoted = await admin.PutAsJsonAsync($"api/users/{employee.Id}/role", new { role = "employee" });
            Assert.Equal(HttpStatusCode.OK, demoted.StatusCode);
        }

        await Task.Delay(TimeSpan.FromSeconds(1.1));
        var again = await stack.SignInAsync(employee.Email);
        Assert.Equal("employee", Jwt.Payload(again.AccessToken)["role"]!.GetValue<string>());
        Assert.True((await stack.ClientFor(again).GetAsync("api/users/me")).IsSuccessStatusCode);
    }

    [Fact]
    public async Task Only_an_admin_changes_roles_and_never_their_own()
    {
        var target = (await stack.EmployeesAsync()).First(e => e.GetProperty("email").GetString() == StackEnvironment.John).GetProperty("id").GetString();
        using var byHr = await stack.ClientFor(stack.Hr).PutAsJsonAsync($"api/users/{target}/role", new { role = "hr" });
        Assert.Equal(HttpStatusCode.Forbidden, byHr.StatusCode);
        using var byEmployee = await stack.ClientFor(stack.Ana).PutAsJsonAsync($"api/users/{stack.Ana.Id}/role", new { role = "admin" });
        Assert.Equal(HttpStatusCode.Forbidden, byEmployee.StatusCode);

        var admin = await stack.SignInAsync(StackEnvironment.Admin);
        using var own = await stack.ClientFor(admin).PutAsJsonAsync($"api/users/{admin.Id}/role", new { role = "employee" });
        Assert.Equal(HttpStatusCode.Conflict, own.StatusCode);
        using var unknown = await stack.ClientFor(admin).PutAsJsonAsync($"api/users/{target}/role", new { role = "superuser" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }
}
