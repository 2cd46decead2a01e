using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ChatNomina.EndToEnd;

/// <summary>HR imports through the gateway are checked against the real users service.</summary>
[Collection(StackCollection.Name)]
public sealed class PayrollImportTests(StackFixture stack)
{
    private const string Header =
        "user_id,year,month,payment_date,currency,gross_salary,base_salary,seniority_bonus,income_tax,social_security,unemployment,professional_training,net_salary";

    // Consistent figures: gross 2000.00 = base; deductions 300.00 + 94.00 + 31.00 + 2.00 = 427.00; net 1573.00.
    private static string Row(Guid userId) => $"{userId},2001,1,2001-01-31,EUR,2000.00,2000.00,,300.00,94.00,31.00,2.00,1573.00";

    [Fact]
    public async Task Import_naming_an_unknown_employee_is_400_for_that_row_only_and_writes_nothing()
    {
        var ghost = Guid.NewGuid();
        var csv = $"{Header}\n{Row(stack.Ana.Id)}\n{Row(ghost)}\n";

        var response = await stack.ClientFor(stack.Hr).PostAsync("api/payroll/imports",
            new StringContent(csv, Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal(3, error.GetProperty("line").GetInt32());
        Assert.Equal("user_id", error.GetProperty("column").GetString());
        Assert.Contains(ghost.ToString(), error.GetProperty("message").GetString());
        // Ana's row was valid, but the file is all or nothing: her January 2001 still does not exist.
        var ana = await stack.ClientFor(stack.Ana).GetAsync("api/payroll/payslips/2001/1");
        Assert.Equal(HttpStatusCode.NotFound, ana.StatusCode);
    }

    [Fact]
    public async Task Employees_cannot_use_the_employee_lookup()
    {
        var response = await stack.ClientFor(stack.Ana).PostAsJsonAsync("api/users/lookup", new { ids = new[] { stack.John.Id } });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Hr_lookup_through_the_gateway_reports_only_unknown_ids()
    {
        var ghost = Guid.NewGuid();

        var response = await stack.ClientFor(stack.Hr).PostAsJsonAsync("api/users/lookup",
            new { ids = new[] { stack.Ana.Id, ghost, stack.John.Id } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var missing = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("missing");
        Assert.Equal([ghost], missing.EnumerateArray().Select(e => e.GetGuid()));
    }
}
