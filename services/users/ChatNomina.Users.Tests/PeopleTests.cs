using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatNomina.ServiceDefaults.Authentication;
using ChatNomina.Users.Apis;
using ChatNomina.Users.Model;
using Microsoft.EntityFrameworkCore;

namespace ChatNomina.Users.Tests;

/// <summary>HR's people routes with the auth service in-process: create, set password, sign in, deactivate, reactivate.</summary>
public sealed class PeopleTests(PeopleFixture fixture) : IClassFixture<PeopleFixture>
{
    private const string Password = "Una-frase-larga-2026";

    private PeopleUsersFactory Users => fixture.Users;
    private AuthServiceFactory Auth => fixture.Auth;

    internal static object NewEmployee(string firstName = "Lucía", string lastName = "Fernández", string? email = null, string? number = null)
    {
        var n = Guid.NewGuid().ToString("N")[..10];
        return new
        {
            employeeNumber = number ?? "N" + n,
            email = email ?? $"lucia.{n}@chatnomina.test",
            firstName,
            lastName,
            department = "Finanzas",
            position = "Analista",
            hireDate = "2026-01-12",
            preferredLanguage = "es",
        };
    }

    private async Task<CreatedEmployee> CreateAsync(object request)
    {
        var response = await Users.CreateHrClient().PostAsJsonAsync("/api/users", request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"expected 201, got {(int)response.StatusCode}: {body}");
        var created = JsonSerializer.Deserialize<CreatedEmployee>(body, JsonSerializerOptions.Web)!;
        Assert.Equal($"/api/users/{created.Employee.Id}", response.Headers.Location?.OriginalString);
        return created;
    }

    [Fact]
    public async Task Created_employee_sets_a_password_signs_in_is_deactivated_everywhere_at_once_and_reactivated()
    {
        var hr = Users.CreateHrClient();
        var created = await CreateAsync(NewEmployee());
        Assert.Equal(EmployeeStatus.Active, created.Employee.Status);
        Assert.Null(created.Employee.DeactivatedAt);
        Assert.StartsWith("http://localhost:8080/account/set-password?token=", created.SetPasswordUrl);   // the gateway (Identity:Issuer)
        Assert.InRange(created.SetPasswordExpiresAt, DateTimeOffset.UtcNow.AddHours(71), DateTimeOffset.UtcNow.AddHours(73));
        var credential = Assert.Single(await Auth.CredentialsAsync(created.Employee.Id));
        Assert.Equal("employee", credential.Role);
        Assert.Equal("", credential.PasswordHash);
        Assert.NotEqual(SetPasswordBrowser.TokenOf(created.SetPasswordUrl), credential.SetPasswordTokenHash);   // hashed at rest
        Assert.Equal(SetPasswordLink.Hash(SetPasswordBrowser.TokenOf(created.SetPasswordUrl)), credential.SetPasswordTokenHash);

        // No password yet: the sign-in is refused like a wrong password.
        var auth = Auth.CreateClient();
        var wrongPassword = await AuthTokens.ErrorAsync(await AuthTokens.PasswordAsync(auth, created.Employee.Email, "not-the-password-at-all"));
        Assert.Equal(wrongPassword, await AuthTokens.ErrorAsync(await AuthTokens.PasswordAsync(auth, created.Employee.Email, Password)));

        // The link sets the password once.
        var set = await SetPasswordBrowser.SetPasswordAsync(Auth.CreateClient(), created.SetPasswordUrl, Password);
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var done = await set.Content.ReadAsStringAsync();
        Assert.Contains("Contraseña guardada", done);
        Assert.Contains("href=\"http://localhost:8080/\"", done);
        Assert.Equal(HttpStatusCode.BadRequest, (await SetPasswordBrowser.SetPasswordAsync(Auth.CreateClient(), created.SetPasswordUrl, "Otra-frase-larga-2026")).StatusCode);

        var (access, refresh) = await AuthTokens.ReadAsync(await AuthTokens.PasswordAsync(auth, created.Employee.Email, Password));
        var employee = Users.CreateClientWithToken(access);
        Assert.Equal(HttpStatusCode.OK, (await employee.GetAsync("/api/users/me")).StatusCode);

        var deactivated = await (await hr.PostAsync($"/api/users/{created.Employee.Id}/deactivate", null)).Content.ReadFromJsonAsync<EmployeeDto>();
        Assert.Equal(EmployeeStatus.Deactivated, deactivated!.Status);
        Assert.NotNull(deactivated.DeactivatedAt);

        // At once: the access token already out is refused by the API, sign-in and refresh are refused.
        Assert.Equal(HttpStatusCode.Unauthorized, (await employee.GetAsync("/api/users/me")).StatusCode);
        Assert.Equal(wrongPassword, await AuthTokens.ErrorAsync(await AuthTokens.PasswordAsync(auth, created.Employee.Email, Password)));
        await AuthTokens.ErrorAsync(await AuthTokens.RefreshAsync(auth, refresh));
        Assert.NotNull(Assert.Single(await Auth.CredentialsAsync(created.Employee.Id)).DeactivatedAt);

        // Idempotent: a second deactivation changes nothing.
        var again = await hr.PostAsync($"/api/users/{created.Employee.Id}/deactivate", null);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(deactivated.DeactivatedAt, (await again.Content.ReadFromJsonAsync<EmployeeDto>())!.DeactivatedAt);
        // The data is kept: HR still reads the profile.
        Assert.Equal(EmployeeStatus.Deactivated, (await hr.GetFromJsonAsync<EmployeeDto>($"/api/users/{created.Employee.Id}"))!.Status);

        var reactivated = await (await hr.PostAsync($"/api/users/{created.Employee.Id}/reactivate", null)).Content.ReadFromJsonAsync<EmployeeDto>();
        Assert.Equal(EmployeeStatus.Active, reactivated!.Status);
        Assert.Null(reactivated.DeactivatedAt);
        var (newAccess, _) = await AuthTokens.ReadAsync(await AuthTokens.PasswordAsync(auth, created.Employee.Email, Password));
        Assert.Equal(HttpStatusCode.OK, (await Users.CreateClientWithToken(newAccess).GetAsync("/api/users/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await hr.PostAsync($"/api/users/{created.Employee.Id}/reactivate", null)).StatusCode);

        var changes = (await hr.GetFromJsonAsync<List<EmployeeChangeDto>>($"/api/users/{created.Employee.Id}/changes"))!;
        Assert.Equal([EmployeeChangeAction.Reactivated, EmployeeChangeAction.Deactivated, EmployeeChangeAction.Created], changes.Select(c => c.Action));
        Assert.Equal("active", changes[1].Details.GetProperty("status").GetProperty("before").GetString());
        Assert.Equal("deactivated", changes[1].Details.GetProperty("status").GetProperty("after").GetString());
    }

    [Fact]
    public async Task A_new_link_replaces_the_earlier_one_and_an_expired_link_is_refused()
    {
        var hr = Users.CreateHrClient();
        var created = await CreateAsync(NewEmployee());
        var response = await hr.PostAsync($"/api/users/{created.Employee.Id}/set-password-link", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var link = (await response.Content.ReadFromJsonAsync<SetPasswordLinkDto>())!;
        Assert.NotEqual(created.SetPasswordUrl, link.SetPasswordUrl);

        var browser = Auth.CreateClient();
        var first = await browser.GetAsync(new Uri(created.SetPasswordUrl).PathAndQuery);
        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.Contains("Enlace no válido o caducado", await first.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(new Uri(link.SetPasswordUrl).PathAndQuery)).StatusCode);

        // Expired: the same page as an unknown link, and no password is taken.
        var id = created.Employee.Id;
        await Auth.ExecuteAsync($"UPDATE auth.credentials SET set_password_expires_at = now() - interval '1 minute' WHERE user_id = {id}");
        Assert.Equal(HttpStatusCode.BadRequest, (await SetPasswordBrowser.SetPasswordAsync(Auth.CreateClient(), link.SetPasswordUrl, Password)).StatusCode);
        Assert.Equal("", Assert.Single(await Auth.CredentialsAsync(id)).PasswordHash);

        var changes = (await hr.GetFromJsonAsync<List<EmployeeChangeDto>>($"/api/users/{id}/changes"))!;
        Assert.Equal(EmployeeChangeAction.SetPasswordLink, changes[0].Action);
        var expiry = changes[0].Details.GetProperty("setPasswordExpiresAt");
        Assert.Equal(link.SetPasswordExpiresAt, expiry.GetProperty("after").GetDateTimeOffset());
        Assert.DoesNotContain(SetPasswordBrowser.TokenOf(link.SetPasswordUrl), changes[0].Details.GetRawText());
    }

    /// <summary>A password set through a (new) link ends every session opened before it: a session opened with the
    /// old password — shared, or stolen — does not outlive it, at the APIs at once and at the refresh.</summary>
    [Fact]
    public async Task Setting_the_password_through_a_new_link_ends_every_earlier_session()
    {
        var (id, email, access, refresh) = await EmployeeAccountTests.SignedInEmployeeAsync(Users, Auth);
        var (secondAccess, _) = await AuthTokens.ReadAsync(await AuthTokens.PasswordAsync(Auth.CreateClient(), email, Password));
        var employee = Users.CreateClientWithToken(access);
        Assert.Equal(HttpStatusCode.OK, (await employee.GetAsync("/api/users/me")).StatusCode);

        var link = (await (await Users.CreateHrClient().PostAsync($"/api/users/{id}/set-password-link", null))
            .Content.ReadFromJsonAsync<SetPasswordLinkDto>())!;
        const string newPassword = "Una-frase-nueva-y-larga-2026";
        Assert.Equal(HttpStatusCode.OK, (await SetPasswordBrowser.SetPasswordAsync(Auth.CreateClient(), link.SetPasswordUrl, newPassword)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await employee.GetAsync("/api/users/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Users.CreateClientWithToken(secondAccess).GetAsync("/api/users/me")).StatusCode);
        await AuthTokens.ErrorAsync(await AuthTokens.RefreshAsync(Auth.CreateClient(), refresh));
        await AuthTokens.ErrorAsync(await AuthTokens.PasswordAsync(Auth.CreateClient(), email, Password));
        var (fresh, _) = await AuthTokens.ReadAsync(await AuthTokens.PasswordAsync(Auth.CreateClient(), email, newPassword));
        Assert.Equal(HttpStatusCode.OK, (await Users.CreateClientWithToken(fresh).GetAsync("/api/users/me")).StatusCode);
    }

    [Fact]
    public async Task The_set_password_page_enforces_the_password_rules_and_keeps_the_link()
    {
        var created = await CreateAsync(NewEmployee());
        var browser = Auth.CreateClient();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var tooShort = await SetPasswordBrowser.SetPasswordAsync(browser, created.SetPasswordUrl, "short-pass");
        Assert.Contains("The password is too short", await tooShort.Content.ReadAsStringAsync());
        var mismatch = await SetPasswordBrowser.SetPasswordAsync(browser, created.SetPasswordUrl, Password, Password + "!");
        Assert.Contains("do not match", await mismatch.Content.ReadAsStringAsync());
        Assert.Equal("", Assert.Single(await Auth.CredentialsAsync(created.Employee.Id)).PasswordHash);

        var ok = await SetPasswordBrowser.SetPasswordAsync(browser, created.SetPasswordUrl, Password);
        var html = await ok.Content.ReadAsStringAsync();
        Assert.Contains("Password saved", html);
        Assert.DoesNotContain("<script", html);
        Assert.Equal("no-store", ok.Headers.CacheControl?.ToString());
        Assert.Contains("default-src 'none'", string.Join(";", ok.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task A_form_without_its_antiforgery_token_sets_no_password()
    {
        var created = await CreateAsync(NewEmployee());
        var response = await Auth.CreateClient().PostAsync("/account/set-password", new FormUrlEncodedContent(
        [
            KeyValuePair.Create("token", SetPasswordBrowser.TokenOf(created.SetPasswordUrl)),
            KeyValuePair.Create("password", Password), KeyValuePair.Create("confirm", Password),
        ]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("", Assert.Single(await Auth.CredentialsAsync(created.Employee.Id)).PasswordHash);
    }

    [Fact]
    public async Task Every_change_writes_an_audit_row_with_what_changed()
    {
        var hr = Users.CreateHrClient();
        var created = await CreateAsync(NewEmployee());
        var id = created.Employee.Id;
        await hr.PutAsJsonAsync($"/api/users/{id}", new { department = "Tesorería", position = "Analista", preferredLanguage = "en" });
        // The same values again: no change, no row.
        await hr.PutAsJsonAsync($"/api/users/{id}", new { department = "Tesorería", position = "Analista", preferredLanguage = "en" });

        var changes = (await hr.GetFromJsonAsync<List<EmployeeChangeDto>>($"/api/users/{id}/changes"))!;
        Assert.Equal([EmployeeChangeAction.Updated, EmployeeChangeAction.Created], changes.Select(c => c.Action));
        var updated = changes[0].Details;
        Assert.Equal("Finanzas", updated.GetProperty("department").GetProperty("before").GetString());
        Assert.Equal("Tesorería", updated.GetProperty("department").GetProperty("after").GetString());
        Assert.Equal("en", updated.GetProperty("preferredLanguage").GetProperty("after").GetString());
        Assert.False(updated.TryGetProperty("position", out _));
        var createdRow = changes[1].Details;
        Assert.Equal(created.Employee.Email, createdRow.GetProperty("email").GetProperty("after").GetString());
        Assert.Equal(JsonValueKind.Null, createdRow.GetProperty("email").GetProperty("before").ValueKind);
        Assert.DoesNotContain(SetPasswordBrowser.TokenOf(created.SetPasswordUrl), createdRow.GetRawText());
        Assert.All(changes, c => Assert.NotEqual(Guid.Empty, c.ActorId));

        Assert.Equal(HttpStatusCode.NotFound, (await hr.GetAsync($"/api/users/{Guid.NewGuid()}/changes")).StatusCode);
    }

    public static TheoryData<string, string> PeopleRoutes => new()
    {
        { "POST", "/api/users" },
        { "POST", "/api/users/{id}/deactivate" },
        { "POST", "/api/users/{id}/reactivate" },
        { "POST", "/api/users/{id}/set-password-link" },
        { "GET", "/api/users/{id}/changes" },
    };

    [Theory]
    [MemberData(nameof(PeopleRoutes))]
    public async Task An_employee_gets_403_and_an_anonymous_caller_401_on_every_people_route(string method, string route)
    {
        var ana = TestEmployees.Create();
        await Users.SeedAsync(ana);
        var path = route.Replace("{id}", ana.Id.ToString());
        HttpRequestMessage Request() => new(new HttpMethod(method), path)
        {
            Content = method == "POST" ? JsonContent.Create(NewEmployee()) : null,
        };

        Assert.Equal(HttpStatusCode.Forbidden, (await Users.CreateClientFor(ana.Id).SendAsync(Request())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Users.CreateClient().SendAsync(Request())).StatusCode);
        // Nothing happened.
        Assert.Equal(EmployeeStatus.Active, (await Users.FindInDatabaseAsync(ana.Id))!.Status);
        Assert.Equal(0, await Users.WithDbAsync(db => db.EmployeeChanges.CountAsync(c => c.EmployeeId == ana.Id)));
    }

    [Fact]
    public async Task Duplicate_email_or_number_is_409_and_creates_nothing()
    {
        var first = await CreateAsync(NewEmployee());
        var hr = Users.CreateHrClient();

        var sameEmail = await hr.PostAsJsonAsync("/api/users", NewEmployee(email: first.Employee.Email.ToUpperInvariant()));
        await sameEmail.AssertProblemAsync(HttpStatusCode.Conflict);
        var sameNumber = await hr.PostAsJsonAsync("/api/users", NewEmployee(number: first.Employee.EmployeeNumber));
        await sameNumber.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(1, await Users.WithDbAsync(db => db.Employees.CountAsync(e => e.Email == first.Employee.Email)));
    }

    public static TheoryData<string, object> InvalidRequests => new()
    {
        { "email", new { employeeNumber = "V1", email = "not-an-email", firstName = "A", lastName = "B", department = "D", position = "P", hireDate = "2026-01-12", preferredLanguage = "es" } },
        { "email", new { employeeNumber = "V2", email = "a b@chatnomina.test", firstName = "A", lastName = "B", department = "D", position = "P", hireDate = "2026-01-12", preferredLanguage = "es" } },
        { "firstName", new { employeeNumber = "V3", email = "v3@chatnomina.test", firstName = "A\u0000na", lastName = "B", department = "D", position = "P", hireDate = "2026-01-12", preferredLanguage = "es" } },
        { "lastName", new { employeeNumber = "V4", email = "v4@chatnomina.test", firstName = "A", lastName = "B\u0007", department = "D", position = "P", hireDate = "2026-01-12", preferredLanguage = "es" } },
        { "department", new { employeeNumber = "V5", email = "v5@chatnomina.test", firstName = "A", lastName = "B", department = new string('d', 101), position = "P", hireDate = "2026-01-12", preferredLanguage = "es" } },
        { "employeeNumber", new { employeeNumber = "V 6\n", email = "v6@chatnomina.test", firstName = "A", lastName = "B", department = "D", position = "P", hireDate = "2026-01-12", preferredLanguage = "es" } },
        { "preferredLanguage", new { employeeNumber = "V7", email = "v7@chatnomina.test", firstName = "A", lastName = "B", department = "D", position = "P", hireDate = "2026-01-12", preferredLanguage = "fr" } },
        { "hireDate", new { employeeNumber = "V8", email = "v8@chatnomina.test", firstName = "A", lastName = "B", department = "D", position = "P", preferredLanguage = "es" } },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task An_invalid_create_is_400_naming_the_field_and_creates_nothing(string field, object request)
    {
        var response = await Users.CreateHrClient().PostAsJsonAsync("/api/users", request);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(field, problem.Errors.Keys);
        var number = (string)request.GetType().GetProperty("employeeNumber")!.GetValue(request)!;
        Assert.False(await Users.WithDbAsync(db => db.Employees.AnyAsync(e => e.EmployeeNumber == number)));
    }

    [Fact]
    public async Task A_bad_hire_date_is_400()
    {
        var response = await Users.CreateHrClient().PostAsJsonAsync("/api/users",
            new { employeeNumber = "V9", email = "v9@chatnomina.test", firstName = "A", lastName = "B", department = "D", position = "P", hireDate = "12/01/2026", preferredLanguage = "es" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_employee_is_404_on_every_change()
    {
        var hr = Users.CreateHrClient();
        foreach (var action in new[] { "deactivate", "reactivate", "set-password-link" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await hr.PostAsync($"/api/users/{Guid.NewGuid()}/{action}", null)).StatusCode);
        }
    }

    [Fact]
    public async Task The_directory_filters_by_status_and_searches_names_without_case_or_accents()
    {
        var hr = Users.CreateHrClient();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var inigo = await CreateAsync(NewEmployee("Íñigo", "Martínez" + tag));
        var other = await CreateAsync(NewEmployee("Pedro", "Ruiz" + tag));
        await hr.PostAsync($"/api/users/{other.Employee.Id}/deactivate", null);

        var found = await hr.GetFromJsonAsync<EmployeePage>($"/api/users?search={Uri.EscapeDataString("INIGO martinez" + tag)}");
        Assert.Equal([inigo.Employee.Id], found!.Items.Select(e => e.Id));
        var byNumber = await hr.GetFromJsonAsync<EmployeePage>($"/api/users?search={inigo.Employee.EmployeeNumber.ToLowerInvariant()}");
        Assert.Equal([inigo.Employee.Id], byNumber!.Items.Select(e => e.Id));
        var deactivated = await hr.GetFromJsonAsync<EmployeePage>($"/api/users?status=deactivated&search={tag}");
        Assert.Equal([other.Employee.Id], deactivated!.Items.Select(e => e.Id));
        var active = await hr.GetFromJsonAsync<EmployeePage>($"/api/users?status=active&search={tag}");
        Assert.Equal([inigo.Employee.Id], active!.Items.Select(e => e.Id));
        var wildcard = await hr.GetFromJsonAsync<EmployeePage>($"/api/users?search=%25{tag}");
        Assert.Empty(wildcard!.Items);

        await (await hr.GetAsync("/api/users?status=gone")).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await hr.GetAsync("/api/users?search=a%00b")).AssertProblemAsync(HttpStatusCode.BadRequest);
    }
}
