using System.Net;
using System.Net.Http.Json;
using ChatNomina.ServiceDefaults.Authentication;
using ChatNomina.Users.Apis;

namespace ChatNomina.Users.Tests;

/// <summary>An employee sees their own profile, and only through /me.</summary>
public sealed class OwnProfileTests(UsersFactory factory) : IClassFixture<UsersFactory>
{
    [Fact]
    public async Task Employee_reads_own_profile_via_me()
    {
        var ana = TestEmployees.Create("Ana", "Garcia", "Finance", "Payroll analyst", "es", hireDate: new DateOnly(2019, 9, 2));
        await factory.SeedAsync(ana);

        var response = await factory.CreateClientFor(ana.Id).GetAsync("/api/users/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var profile = await response.Content.ReadFromJsonAsync<EmployeeDto>();
        Assert.Equal(EmployeeDto.From(ana), profile);
    }

    [Theory]
    [InlineData("/api/users/me?id={other}")]
    [InlineData("/api/users/me?userId={other}")]
    [InlineData("/api/users/me?sub={other}")]
    [InlineData("/api/users/me?id={other}&userId={other}&sub={other}&employeeId={other}")]
    public async Task Me_ignores_query_parameters_that_name_someone_else(string url)
    {
        var (me, other) = await SeedTwoEmployeesAsync();

        var response = await factory.CreateClientFor(me.Id).GetAsync(url.Replace("{other}", other.Id.ToString()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var profile = await response.Content.ReadFromJsonAsync<EmployeeDto>();
        Assert.Equal(me.Id, profile!.Id);
        Assert.Equal(me.Email, profile.Email);
    }

    [Theory]
    [InlineData("X-User-Id")]
    [InlineData("X-Forwarded-User")]
    [InlineData("X-Employee-Id")]
    public async Task Me_ignores_headers_that_name_someone_else(string header)
    {
        var (me, other) = await SeedTwoEmployeesAsync();
        var client = factory.CreateClientFor(me.Id);
        client.DefaultRequestHeaders.Add(header, other.Id.ToString());

        var profile = await client.GetFromJsonAsync<EmployeeDto>("/api/users/me");

        Assert.Equal(me.Id, profile!.Id);
    }

    [Fact]
    public async Task Me_ignores_a_request_body_that_names_someone_else()
    {
        var (me, other) = await SeedTwoEmployeesAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/users/me")
        {
            Content = JsonContent.Create(new { id = other.Id, userId = other.Id, sub = other.Id }),
        };

        var response = await factory.CreateClientFor(me.Id).SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(me.Id, (await response.Content.ReadFromJsonAsync<EmployeeDto>())!.Id);
    }

    [Theory]
    [InlineData("/api/users/me/{other}")]
    [InlineData("/api/users/me;id={other}")]
    [InlineData("/api/users/{other}/me")]
    public async Task Paths_that_add_someone_elses_id_to_me_never_return_their_profile(string url)
    {
        var (me, other) = await SeedTwoEmployeesAsync();

        var response = await factory.CreateClientFor(me.Id).GetAsync(url.Replace("{other}", other.Id.ToString()));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.True((int)response.StatusCode is >= 400 and < 500, $"expected a client error, got {(int)response.StatusCode}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(other.Email, body);
        Assert.DoesNotContain(other.LastName, body);
    }

    [Fact]
    public async Task Employee_cannot_read_another_employees_profile_by_id()
    {
        var (me, other) = await SeedTwoEmployeesAsync();

        var response = await factory.CreateClientFor(me.Id).GetAsync($"/api/users/{other.Id}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.DoesNotContain(other.Email, problem.Detail ?? "");
    }

    [Fact]
    public async Task Employee_gets_the_same_403_for_existing_and_unknown_ids_so_existence_is_not_revealed()
    {
        var (me, other) = await SeedTwoEmployeesAsync();
        var client = factory.CreateClientFor(me.Id);

        var existing = await client.GetAsync($"/api/users/{other.Id}");
        var unknown = await client.GetAsync($"/api/users/{Guid.NewGuid()}");
        var own = await client.GetAsync($"/api/users/{me.Id}");

        Assert.Equal(HttpStatusCode.Forbidden, existing.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
    }

    [Theory]
    [InlineData("/api/users")]
    [InlineData("/api/users/")]
    [InlineData("/api/users?department=Finance&page=1&pageSize=10")]
    public async Task Employee_cannot_list_employees(string url)
    {
        var (me, _) = await SeedTwoEmployeesAsync();

        var response = await factory.CreateClientFor(me.Id).GetAsync(url);

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Employee_cannot_update_another_employees_profile_and_nothing_changes()
    {
        var (me, other) = await SeedTwoEmployeesAsync();

        var response = await factory.CreateClientFor(me.Id).PutAsJsonAsync($"/api/users/{other.Id}",
            new { department = "Executive", position = "CEO", preferredLanguage = "en" });

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        var stored = await factory.FindInDatabaseAsync(other.Id);
        Assert.Equal(other.Department, stored!.Department);
        Assert.Equal(other.Position, stored.Position);
        Assert.Equal(other.PreferredLanguage, stored.PreferredLanguage);
    }

    [Fact]
    public async Task Employee_cannot_update_own_profile_through_the_hr_route()
    {
        var (me, _) = await SeedTwoEmployeesAsync();

        var response = await factory.CreateClientFor(me.Id).PutAsJsonAsync($"/api/users/{me.Id}",
            new { department = "Executive", position = "CEO", preferredLanguage = "en" });

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(me.Position, (await factory.FindInDatabaseAsync(me.Id))!.Position);
    }

    [Fact]
    public async Task Token_for_a_user_without_a_profile_gets_404_problem_details()
    {
        var response = await factory.CreateClientFor(Guid.NewGuid()).GetAsync("/api/users/me");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Hr_reads_own_profile_via_me_too()
    {
        var hr = TestEmployees.Create("Rosa", "Rrhh", "People", "HR manager");
        await factory.SeedAsync(hr);

        var profile = await factory.CreateClientFor(hr.Id, ChatNominaRoles.Hr).GetFromJsonAsync<EmployeeDto>("/api/users/me");

        Assert.Equal(hr.Id, profile!.Id);
    }

    private async Task<(Model.Employee Me, Model.Employee Other)> SeedTwoEmployeesAsync()
    {
        var me = TestEmployees.Create("John", "Smith", "Engineering", "Developer", "en");
        var other = TestEmployees.Create("Marta", "Lopez", "Finance", "Controller", "es");
        await factory.SeedAsync(me, other);
        return (me, other);
    }
}
