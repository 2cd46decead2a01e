using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ChatNomina.Contracts.Credentials;
using ChatNomina.Users.Apis;
using ChatNomina.Users.Credentials;
using ChatNomina.Users.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatNomina.Users.Tests;

/// <summary>
/// A create or deactivation cannot half-succeed across users and auth: the profile, its audit row and its
/// outbox row commit together or not at all, and auth receives the state exactly once in effect, whatever
/// fails in between (auth down, the answer lost, the process gone after its commit, deliveries twice).
/// </summary>
public sealed class PeopleOutboxTests(PeopleFixture fixture) : IClassFixture<PeopleFixture>, IDisposable
{
    private const string Password = "Una-frase-larga-2026";

    private PeopleUsersFactory Users => fixture.Users;
    private AuthServiceFactory Auth => fixture.Auth;

    public void Dispose()
    {
        Users.AuthLink.State = AuthLinkState.Up;
        Users.FailOutboxInsert.Armed = false;
    }

    private async Task<CreatedEmployee> CreateAsync(object request)
    {
        var response = await Users.CreateHrClient().PostAsJsonAsync("/api/users", request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"expected 201, got {(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<CreatedEmployee>(body, JsonSerializerOptions.Web)!;
    }

    private Task<EmployeeStatus> StatusAsync(Guid id) =>
        Users.WithDbAsync(async db => (await db.Employees.AsNoTracking().SingleAsync(e => e.Id == id)).Status);

    private Task<List<CredentialOutboxMessage>> OutboxAsync(Guid id) =>
        Users.WithDbAsync(db => db.CredentialOutbox.AsNoTracking().Where(m => m.EmployeeId == id).OrderBy(m => m.Version).ToListAsync());

    [Fact]
    public async Task Create_while_auth_is_unreachable_is_pending_with_no_credential_and_completes_when_auth_is_back()
    {
        Users.AuthLink.State = AuthLinkState.Down;
        var created = await CreateAsync(PeopleTests.NewEmployee());

        Assert.Equal(EmployeeStatus.Pending, created.Employee.Status);
        Assert.Empty(await Auth.CredentialsAsync(created.Employee.Id));
        var pending = Assert.Single(await OutboxAsync(created.Employee.Id));
        Assert.Null(pending.DeliveredAt);
        Assert.True(pending.Attempts >= 1);
        Assert.NotNull(pending.LastError);
        Assert.Equal(EmployeeStatus.Pending, (await Users.CreateHrClient().GetFromJsonAsync<EmployeeDto>($"/api/users/{created.Employee.Id}"))!.Status);
        var pendingPage = await Users.CreateHrClient().GetFromJsonAsync<EmployeePage>($"/api/users?status=pending&search={created.Employee.EmployeeNumber}");
        Assert.Equal([created.Employee.Id], pendingPage!.Items.Select(e => e.Id));

        Users.AuthLink.State = AuthLinkState.Up;
        await PeopleUsersFactory.EventuallyAsync(async () => await StatusAsync(created.Employee.Id) == EmployeeStatus.Active, "the dispatcher's delivery");

        Assert.Single(await Auth.CredentialsAsync(created.Employee.Id));
        Assert.NotNull(Assert.Single(await OutboxAsync(created.Employee.Id)).DeliveredAt);
        Assert.Equal(EmployeeStatus.Active, (await Users.CreateHrClient().GetFromJsonAsync<EmployeeDto>($"/api/users/{created.Employee.Id}"))!.Status);
        // The link handed over while auth was down works now.
        Assert.Equal(HttpStatusCode.OK, (await SetPasswordBrowser.SetPasswordAsync(Auth.CreateClient(), created.SetPasswordUrl, Password)).StatusCode);
        await AuthTokens.ReadAsync(await AuthTokens.PasswordAsync(Auth.CreateClient(), created.Employee.Email, Password));
    }

    [Fact]
    public async Task Auth_applied_the_create_but_its_answer_was_lost_then_the_redelivery_changes_nothing()
    {
        Users.AuthLink.State = AuthLinkState.AnswerLost;
        var created = await CreateAsync(PeopleTests.NewEmployee());
        Assert.Equal(EmployeeStatus.Pending, created.Employee.Status);
        var applied = Assert.Single(await Auth.CredentialsAsync(created.Employee.Id));

        Users.AuthLink.State = AuthLinkState.Up;
        await PeopleUsersFactory.EventuallyAsync(async () => await StatusAsync(created.Employee.Id) == EmployeeStatus.Active, "the dispatcher's delivery");

        var credential = Assert.Single(await Auth.CredentialsAsync(created.Employee.Id));
        Assert.Equal(applied.Version, credential.Version);
        Assert.Equal(applied.UpdatedAt, credential.UpdatedAt);
    }

    [Fact]
    public async Task Deactivation_while_auth_is_unreachable_refuses_the_tokens_at_once_and_the_sign_in_once_auth_is_back()
    {
        var created = await CreateAsync(PeopleTests.NewEmployee());
        Assert.Equal(HttpStatusCode.OK, (await SetPasswordBrowser.SetPasswordAsync(Auth.CreateClient(), created.SetPasswordUrl, Password)).StatusCode);
        var (access, _) = await AuthTokens.ReadAsync(await AuthTokens.PasswordAsync(Auth.CreateClient(), created.Employee.Email, Password));
        var employee = Users.CreateClientWithToken(access);

        Users.AuthLink.State = AuthLinkState.Down;
        var response = await Users.CreateHrClient().PostAsync($"/api/users/{created.Employee.Id}/deactivate", null);
        var dto = (await response.Content.ReadFromJsonAsync<EmployeeDto>())!;
        Assert.Equal(EmployeeStatus.Pending, dto.Status);
        Assert.NotNull(dto.DeactivatedAt);
        // The APIs refuse the token already, before auth has heard of it.
        Assert.Equal(HttpStatusCode.Unauthorized, (await employee.GetAsync("/api/users/me")).StatusCode);

        Users.AuthLink.State = AuthLinkState.Up;
        await PeopleUsersFactory.EventuallyAsync(async () => await StatusAsync(created.Employee.Id) == EmployeeStatus.Deactivated, "the dispatcher's delivery");
        Assert.NotNull(Assert.Single(await Auth.CredentialsAsync(created.Employee.Id)).DeactivatedAt);
        await AuthTokens.ErrorAsync(await AuthTokens.PasswordAsync(Auth.CreateClient(), created.Employee.Email, Password));
    }

    [Fact]
    public async Task A_state_committed_by_a_process_that_died_before_delivering_is_delivered_by_a_fresh_dispatcher()
    {
        // What a users process leaves when it dies right after its commit: profile, audit row, outbox row, no call to auth.
        var now = DateTimeOffset.UtcNow;
        var link = SetPasswordLink.Create(now, TimeSpan.FromHours(72));
        var n = Guid.NewGuid().ToString("N")[..10];
        var employee = Employee.Hire(Guid.NewGuid(), "C" + n, $"crash.{n}@chatnomina.test", "Carla", "Sanz", "Ventas", "Comercial",
            new DateOnly(2026, 2, 1), "es", link, now);
        await Users.WithDbAsync(async db =>
        {
            db.Employees.Add(employee);
            db.EmployeeChanges.Add(new EmployeeChange(employee.Id, now, Guid.NewGuid(), EmployeeChangeAction.Created, "{}"));
            db.CredentialOutbox.Add(CredentialOutbox.Message(employee, EmployeeChangeAction.Created, now));
            return await db.SaveChangesAsync();
        });
        Assert.Empty(await Auth.CredentialsAsync(employee.Id));

        // A dispatcher of the restarted process (a new instance over the same database).
        var dispatcher = ActivatorUtilities.CreateInstance<CredentialOutboxDispatcher>(Users.Services);
        await dispatcher.DispatchDueAsync(CancellationToken.None);
        await PeopleUsersFactory.EventuallyAsync(async () => await StatusAsync(employee.Id) == EmployeeStatus.Active, "the delivery");

        Assert.Single(await Auth.CredentialsAsync(employee.Id));
        Assert.All(await OutboxAsync(employee.Id), m => Assert.NotNull(m.DeliveredAt));
        Assert.Equal(HttpStatusCode.OK, (await SetPasswordBrowser.SetPasswordAsync(Auth.CreateClient(), $"http://localhost:8080/account/set-password?token={link.Token}", Password)).StatusCode);

        // Delivering again (a second dispatcher, another replica) is harmless.
        await Users.WithDbAsync(db => db.CredentialOutbox.Where(m => m.EmployeeId == employee.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.DeliveredAt, (DateTimeOffset?)null)));
        Assert.True(await Users.Services.GetRequiredService<CredentialOutbox>().DeliverAsync(employee.Id, CancellationToken.None));
        var credential = Assert.Single(await Auth.CredentialsAsync(employee.Id));
        Assert.NotEqual("", credential.PasswordHash);            // the password set through the link is kept
        Assert.NotNull(credential.SetPasswordUsedAt);             // and the used link stays used
    }

    [Fact]
    public async Task A_create_that_fails_before_its_commit_leaves_no_profile_no_outbox_row_and_no_credential()
    {
        Users.FailOutboxInsert.Armed = true;
        var request = PeopleTests.NewEmployee();
        var number = (string)request.GetType().GetProperty("employeeNumber")!.GetValue(request)!;
        var requestsBefore = Users.AuthLink.Requests;
        var outboxBefore = await Users.WithDbAsync(db => db.CredentialOutbox.CountAsync());
        var changesBefore = await Users.WithDbAsync(db => db.EmployeeChanges.CountAsync());

        var response = await Users.CreateHrClient().PostAsJsonAsync("/api/users", request);

        await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.NotNull(response.Headers.RetryAfter);
        Users.FailOutboxInsert.Armed = false;
        Assert.False(await Users.WithDbAsync(db => db.Employees.AnyAsync(e => e.EmployeeNumber == number)));
        Assert.Equal(outboxBefore, await Users.WithDbAsync(db => db.CredentialOutbox.CountAsync()));
        Assert.Equal(changesBefore, await Users.WithDbAsync(db => db.EmployeeChanges.CountAsync()));
        Assert.Equal(requestsBefore, Users.AuthLink.Requests);   // auth was never called
        // The same request again succeeds: nothing was left half-done to collide with.
        Assert.Equal(EmployeeStatus.Active, (await CreateAsync(request)).Employee.Status);
    }

    [Fact]
    public async Task Auth_applies_only_newer_states_so_duplicates_and_late_older_ones_change_nothing()
    {
        var id = Guid.NewGuid();
        var email = $"state.{id:N}@chatnomina.test";
        var auth = Auth.CreateClient();
        async Task<CredentialStateAck> PutAsync(CredentialState state)
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, $"/internal/credentials/{id}") { Content = JsonContent.Create(state) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "chatnomina-provisioning-local-secret");
            var response = await auth.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<CredentialStateAck>())!;
        }
        var now = DateTimeOffset.UtcNow;
        var v1 = new CredentialState(1, email, "employee", true, null, null, now);
        var v2 = v1 with { Version = 2, Active = false, ChangedAt = now.AddSeconds(1) };

        Assert.True((await PutAsync(v1)).Applied);
        Assert.True((await PutAsync(v2)).Applied);
        Assert.Equal(new CredentialStateAck(id, 2, false), await PutAsync(v2));   // duplicate
        Assert.Equal(new CredentialStateAck(id, 2, false), await PutAsync(v1));   // late, older
        var credential = Assert.Single(await Auth.CredentialsAsync(id));
        Assert.Equal(2, credential.Version);
        Assert.NotNull(credential.DeactivatedAt);

        // Without the service credential, or with another one: 401 and nothing applied.
        var anonymous = await auth.PutAsJsonAsync($"/internal/credentials/{id}", v1 with { Version = 3, Active = true });
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using var wrong = new HttpRequestMessage(HttpMethod.Put, $"/internal/credentials/{id}") { Content = JsonContent.Create(v1 with { Version = 3 }) };
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "chatnomina-provisioning-local-secreT");
        Assert.Equal(HttpStatusCode.Unauthorized, (await auth.SendAsync(wrong)).StatusCode);
        Assert.Equal(2, Assert.Single(await Auth.CredentialsAsync(id)).Version);
    }
}
