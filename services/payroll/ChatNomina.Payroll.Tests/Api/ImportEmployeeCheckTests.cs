using System.Net;
using ChatNomina.Payroll.Tests.Support;
using static ChatNomina.Payroll.Tests.Support.PayrollApi;

namespace ChatNomina.Payroll.Tests.Api;

/// <summary>An import is checked against the users service before anything is written.</summary>
public sealed class ImportEmployeeCheckTests(PayrollFactory factory) : IClassFixture<PayrollFactory>
{
    [Fact]
    public async Task Rows_naming_an_unknown_employee_are_listed_and_nothing_is_written()
    {
        Guid ana = Guid.NewGuid(), ghost = Guid.NewGuid();
        factory.Users.DeclareUnknown(ghost);
        var csv = PayslipCsv.File(
            PayslipRow.Typical(ana, 2025, 1, 2400m),      // line 2: a real employee
            PayslipRow.Typical(ghost, 2025, 1, 2400m),    // line 3
            PayslipRow.Typical(ana, 2025, 2, 2400m),      // line 4
            PayslipRow.Typical(ghost, 2025, 2, 2400m));   // line 5

        using var hr = factory.Hr();
        using var response = await hr.PostAsync("/api/payroll/imports", Csv(csv));

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal([3, 5], errors.Select(e => e.GetProperty("line").GetInt32()));
        Assert.All(errors, e =>
        {
            Assert.Equal("user_id", e.GetProperty("column").GetString());
            Assert.Contains(ghost.ToString(), e.GetProperty("message").GetString());
        });
        Assert.Equal(0, await factory.CountPayslipsAsync(ana, ghost));
    }

    [Fact]
    public async Task The_check_asks_each_employee_once_with_the_importing_users_own_token()
    {
        Guid ana = Guid.NewGuid(), john = Guid.NewGuid();
        var hrToken = ChatNomina.Testing.TestTokens.Create(HrUserId, ChatNomina.ServiceDefaults.Authentication.ChatNominaRoles.Hr, factory.Audience);
        using var hr = factory.CreateClient();
        hr.DefaultRequestHeaders.Authorization = new("Bearer", hrToken);
        var before = factory.Users.Calls.Count;

        using var response = await hr.PostAsync("/api/payroll/imports", Csv(PayslipCsv.File(
            PayslipRow.Typical(ana, 2025, 1, 2400m), PayslipRow.Typical(john, 2025, 1, 3000m), PayslipRow.Typical(ana, 2025, 2, 2400m))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(factory.Users.Calls.Skip(before));
        Assert.Equal("/api/users/lookup", call.Path);
        Assert.Equal(hrToken, call.Token);
        Assert.Equal([ana, john], call.Ids);
        Assert.Equal(3, await factory.CountPayslipsAsync(ana, john));
    }

    [Fact]
    public async Task Users_service_down_answers_503_and_writes_nothing()
    {
        var ana = Guid.NewGuid();
        factory.Users.Down = true;
        try
        {
            using var hr = factory.Hr();
            using var response = await hr.PostAsync("/api/payroll/imports", Csv(PayslipCsv.File(PayslipRow.Typical(ana, 2025, 1, 2400m))));

            var problem = await AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable);
            Assert.Contains("nothing was written", problem.GetProperty("detail").GetString());
        }
        finally
        {
            factory.Users.Down = false;
        }
        Assert.Equal(0, await factory.CountPayslipsAsync(ana));
        Assert.Equal(1, (await factory.ImportAsync(PayslipRow.Typical(ana, 2025, 1, 2400m))).GetProperty("created").GetInt32());
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.InternalServerError, HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.BadRequest, HttpStatusCode.BadGateway)]
    public async Task A_refusing_users_service_gets_a_matching_status_and_nothing_is_written(HttpStatusCode users, HttpStatusCode expected)
    {
        var ana = Guid.NewGuid();
        factory.Users.Refuse = users;
        try
        {
            using var hr = factory.Hr();
            using var response = await hr.PostAsync("/api/payroll/imports", Csv(PayslipCsv.File(PayslipRow.Typical(ana, 2025, 1, 2400m))));

            var problem = await AssertProblemAsync(response, expected);
            Assert.Contains("nothing was written", problem.GetProperty("detail").GetString());
        }
        finally
        {
            factory.Users.Refuse = null;
        }
        Assert.Equal(0, await factory.CountPayslipsAsync(ana));
    }

    [Fact]
    public async Task A_file_with_format_errors_is_refused_without_asking_the_users_service()
    {
        var before = factory.Users.Calls.Count;
        var csv = PayslipCsv.File(PayslipRow.Typical(Guid.NewGuid(), 2025, 1, 2400m).ToCsv().Replace(",2025,1,", ",2025,13,"));

        using var hr = factory.Hr();
        using var response = await hr.PostAsync("/api/payroll/imports", Csv(csv));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(before, factory.Users.Calls.Count);
    }
}
