using System.Net.Http.Json;
using ChatNomina.Seeder;
using ChatNomina.Testing;
using ChatNomina.Users.Apis;
using ChatNomina.Users.Model;

namespace ChatNomina.Users.Tests;

/// <summary>The seeder's rows (plain SQL into users.employees) are what the service reads: active employees.</summary>
public sealed class SeededEmployeesTests(UsersFactory factory) : IClassFixture<UsersFactory>
{
    [Fact]
    public async Task Seeded_employees_are_active_and_found_by_the_directory_search()
    {
        var employees = DemoCompany.Generate(5, seed: 7);
        Assert.Equal(employees.Count, await DemoDataWriter.WriteEmployeesAsync(TestEnvironment.PostgresDatabase(factory.DatabaseName), employees));

        var hr = factory.CreateHrClient();
        foreach (var seeded in employees)
        {
            var dto = await hr.GetFromJsonAsync<EmployeeDto>($"/api/users/{seeded.Id}");
            Assert.Equal(EmployeeStatus.Active, dto!.Status);
            Assert.Null(dto.DeactivatedAt);
        }
        var active = await hr.GetFromJsonAsync<EmployeePage>("/api/users?status=active&pageSize=200");
        Assert.Equal(employees.Count, active!.TotalCount);
        var first = employees[0];
        var found = await hr.GetFromJsonAsync<EmployeePage>($"/api/users?search={Uri.EscapeDataString(first.LastName.ToUpperInvariant())}");
        Assert.Contains(found!.Items, e => e.Id == first.Id);
    }
}
