using System.Net;
using System.Net.Http.Json;
using System.Text;
using ChatNomina.Users.Apis;

namespace ChatNomina.Users.Tests;

/// <summary>HR (and payroll on HR's behalf) asks which ids name no employee.</summary>
public sealed class EmployeeLookupTests(UsersFactory factory) : IClassFixture<UsersFactory>
{
    [Fact]
    public async Task Lookup_lists_exactly_the_unknown_ids_in_the_order_asked()
    {
        var ana = TestEmployees.Create("Ana");
        var john = TestEmployees.Create("John");
        await factory.SeedAsync(ana, john);
        Guid ghost1 = Guid.NewGuid(), ghost2 = Guid.NewGuid();

        var response = await factory.CreateHrClient().PostAsJsonAsync("/api/users/lookup",
            new { ids = new[] { ghost2, ana.Id, ghost1, john.Id, ghost2 } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<EmployeeLookupResult>();
        Assert.Equal([ghost2, ghost1], result!.Missing);
    }

    [Fact]
    public async Task Lookup_resolves_employee_numbers_to_ids_and_lists_the_unknown_ones()
    {
        var ana = TestEmployees.Create("Ana");
        var john = TestEmployees.Create("John");
        await factory.SeedAsync(ana, john);

        var response = await factory.CreateHrClient().PostAsJsonAsync("/api/users/lookup",
            new { employeeNumbers = new[] { john.EmployeeNumber, "E99999-NOBODY", ana.EmployeeNumber, john.EmployeeNumber } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = (await response.Content.ReadFromJsonAsync<EmployeeLookupResult>())!;
        Assert.Equal(2, result.Numbers!.Count);
        Assert.Equal(ana.Id, result.Numbers[ana.EmployeeNumber]);
        Assert.Equal(john.Id, result.Numbers[john.EmployeeNumber]);
        Assert.Equal(["E99999-NOBODY"], result.MissingNumbers);
        Assert.Empty(result.Missing);
    }

    [Fact]
    public async Task Lookup_of_known_ids_only_and_of_no_ids_reports_nothing_missing()
    {
        var ana = TestEmployees.Create();
        await factory.SeedAsync(ana);
        var hr = factory.CreateHrClient();

        foreach (var ids in new[] { new[] { ana.Id }, Array.Empty<Guid>() })
        {
            var response = await hr.PostAsJsonAsync("/api/users/lookup", new { ids });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Empty((await response.Content.ReadFromJsonAsync<EmployeeLookupResult>())!.Missing);
        }
    }

    [Fact]
    public async Task Employees_cannot_probe_which_ids_exist()
    {
        var ana = TestEmployees.Create();
        await factory.SeedAsync(ana);

        var response = await factory.CreateClientFor(ana.Id).PostAsJsonAsync("/api/users/lookup", new { ids = new[] { ana.Id } });

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"ids\":null}")]
    [InlineData("{\"ids\":[\"not-a-guid\"]}")]
    [InlineData("{\"ids\":\"x\"}")]
    [InlineData("[1,2]")]
    [InlineData("{")]
    public async Task Malformed_lookups_get_400_problem_details(string body)
    {
        var response = await factory.CreateHrClient().PostAsync("/api/users/lookup",
            new StringContent(body, Encoding.UTF8, "application/json"));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Lookup_of_more_ids_than_the_limit_gets_400_naming_the_limit()
    {
        var ids = Enumerable.Range(0, UsersApi.MaxLookupIds + 1).Select(_ => Guid.NewGuid()).ToArray();

        var response = await factory.CreateHrClient().PostAsJsonAsync("/api/users/lookup", new { ids });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(UsersApi.MaxLookupIds.ToString(), Assert.Single(problem.Errors["ids"]));
    }
}
