using System.Net;
using System.Net.Http.Json;
using ChatNomina.ServiceDefaults.Authentication;
using ChatNomina.Users.Apis;

namespace ChatNomina.Users.Tests;

/// <summary>HR reads and manages every profile.</summary>
public sealed class HrProfileTests(UsersFactory factory) : IClassFixture<UsersFactory>
{
    [Fact]
    public async Task Hr_reads_any_employees_profile_by_id()
    {
        var ana = TestEmployees.Create("Ana", "Garcia", "Finance", "Payroll analyst", "es");
        var john = TestEmployees.Create("John", "Smith", "Engineering", "Developer", "en");
        await factory.SeedAsync(ana, john);
        var hr = factory.CreateHrClient();

        Assert.Equal(EmployeeDto.From(ana), await hr.GetFromJsonAsync<EmployeeDto>($"/api/users/{ana.Id}"));
        Assert.Equal(EmployeeDto.From(john), await hr.GetFromJsonAsync<EmployeeDto>($"/api/users/{john.Id}"));
    }

    [Fact]
    public async Task Admin_reads_any_employees_profile_by_id()
    {
        var ana = TestEmployees.Create();
        await factory.SeedAsync(ana);

        var response = await factory.CreateClientFor(Guid.NewGuid(), ChatNominaRoles.Admin).GetAsync($"/api/users/{ana.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ana.Id, (await response.Content.ReadFromJsonAsync<EmployeeDto>())!.Id);
    }

    [Fact]
    public async Task Hr_gets_404_problem_details_for_an_unknown_id()
    {
        var response = await factory.CreateHrClient().GetAsync($"/api/users/{Guid.NewGuid()}");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Hr_updates_a_profile_and_gets_the_updated_profile_back()
    {
        var ana = TestEmployees.Create("Ana", "Garcia", "Finance", "Payroll analyst", "es");
        await factory.SeedAsync(ana);

        var response = await factory.CreateHrClient().PutAsJsonAsync($"/api/users/{ana.Id}",
            new { department = "  Treasury  ", position = "Treasurer", preferredLanguage = "en" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var updated = await response.Content.ReadFromJsonAsync<EmployeeDto>();
        Assert.Equal(EmployeeDto.From(ana) with { Department = "Treasury", Position = "Treasurer", PreferredLanguage = "en" }, updated);
        var stored = await factory.FindInDatabaseAsync(ana.Id);
        Assert.Equal("Treasury", stored!.Department);
        Assert.Equal("Treasurer", stored.Position);
        Assert.Equal("en", stored.PreferredLanguage);
        Assert.True(stored.UpdatedAt > ana.UpdatedAt);
    }

    [Fact]
    public async Task Hr_update_of_an_unknown_id_gets_404_and_creates_nothing()
    {
        var id = Guid.NewGuid();

        var response = await factory.CreateHrClient().PutAsJsonAsync($"/api/users/{id}",
            new { department = "Finance", position = "Analyst", preferredLanguage = "es" });

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Null(await factory.FindInDatabaseAsync(id));
    }
}
