using ChatNomina.Payroll.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ChatNomina.Payroll.Tests.Api;

/// <summary>
/// The database itself refuses inconsistent payslips, whatever writes to it (raw SQL here).
/// Each refusal has a twin that succeeds, so the test proves the constraint and not a typo.
/// </summary>
public sealed class DatabaseConstraintTests(PayrollFactory factory) : IClassFixture<PayrollFactory>
{
    private const string CheckViolation = "23514";
    private const string UniqueViolation = "23505";

    /// <summary>One statement (so one transaction) inserting a payslip and its lines.</summary>
    private static string InsertPayslip(
        Guid userId, int month, decimal gross, decimal deductions, decimal net, params (int Kind, string Type, decimal Amount)[] lines)
    {
        var payslip = FormattableString.Invariant(
            $"INSERT INTO payroll.payslips (user_id, year, month, gross_salary, total_deductions, net_salary, payment_date, currency, updated_at) VALUES ('{userId}', 2025, {month}, {gross}, {deductions}, {net}, '2025-{month:D2}-28', 'EUR', now()) RETURNING id");
        if (lines.Length == 0)
        {
            return payslip;
        }
        var values = string.Join(" UNION ALL ", lines.Select((l, i) => FormattableString.Invariant(
            $"SELECT id, {l.Kind}, '{l.Type}', '{l.Type}', {l.Amount}, {i} FROM p")));
        return $"WITH p AS ({payslip}) INSERT INTO payroll.payslip_lines (payslip_id, kind, type, label, amount, position) {values}";
    }

    private async Task<PostgresException> AssertRefusedAsync(string sql, string sqlState)
    {
        var exception = await Assert.ThrowsAnyAsync<Exception>(() => factory.ExecuteSqlAsync(sql));
        var postgres = exception as PostgresException ?? exception.InnerException as PostgresException;
        Assert.True(postgres is not null, exception.ToString());
        Assert.Equal(sqlState, postgres.SqlState);
        return postgres;
    }

    private Task<int> CountAsync(Guid userId) =>
        factory.WithDbAsync(db => db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM payroll.payslips WHERE user_id = {userId}").SingleAsync());

    [Fact]
    public async Task Payslip_whose_net_is_not_gross_minus_deductions_is_refused()
    {
        var user = Guid.NewGuid();
        (int, string, decimal)[] lines = [(1, "base_salary", 2000m), (2, "income_tax", 300m)];

        var refused = await AssertRefusedAsync(InsertPayslip(user, 1, 2000m, 300m, 1800m, lines), CheckViolation);
        await factory.ExecuteSqlAsync(InsertPayslip(user, 2, 2000m, 300m, 1700m, lines));

        Assert.Equal("ck_payslips_net", refused.ConstraintName);
        Assert.Equal(1, await CountAsync(user));
    }

    [Fact]
    public async Task Payslip_whose_earnings_lines_do_not_add_up_to_the_gross_is_refused_at_commit()
    {
        var user = Guid.NewGuid();

        var refused = await AssertRefusedAsync(
            InsertPayslip(user, 1, 2000m, 300m, 1700m, (1, "base_salary", 1900m), (2, "income_tax", 300m)), CheckViolation);
        await factory.ExecuteSqlAsync(
            InsertPayslip(user, 2, 2000m, 300m, 1700m, (1, "base_salary", 1900m), (1, "bonus", 100m), (2, "income_tax", 300m)));

        Assert.Contains("gross_salary", refused.MessageText);
        Assert.Equal(1, await CountAsync(user));
    }

    [Fact]
    public async Task Payslip_whose_deduction_lines_do_not_add_up_to_the_total_is_refused_at_commit()
    {
        var user = Guid.NewGuid();

        var refused = await AssertRefusedAsync(
            InsertPayslip(user, 1, 2000m, 300m, 1700m, (1, "base_salary", 2000m), (2, "income_tax", 250m)), CheckViolation);

        Assert.Contains("total_deductions", refused.MessageText);
        Assert.Equal(0, await CountAsync(user));
    }

    [Fact]
    public async Task Payslip_without_lines_is_refused_when_it_has_a_gross()
    {
        var user = Guid.NewGuid();

        await AssertRefusedAsync(InsertPayslip(user, 1, 2000m, 0m, 2000m), CheckViolation);

        Assert.Equal(0, await CountAsync(user));
    }

    [Fact]
    public async Task Changing_a_line_of_a_stored_payslip_without_its_totals_is_refused()
    {
        var row = PayslipRow.Typical(Guid.NewGuid(), 2025, 3, 2000m);
        await factory.ImportAsync(row);

        await AssertRefusedAsync(
            $"UPDATE payroll.payslip_lines SET amount = amount + 1 WHERE type = 'income_tax' AND payslip_id = (SELECT id FROM payroll.payslips WHERE user_id = '{row.UserId}')",
            CheckViolation);
        await AssertRefusedAsync(
            $"DELETE FROM payroll.payslip_lines WHERE type = 'income_tax' AND payslip_id = (SELECT id FROM payroll.payslips WHERE user_id = '{row.UserId}')",
            CheckViolation);
        await AssertRefusedAsync(
            $"UPDATE payroll.payslips SET net_salary = net_salary + 1 WHERE user_id = '{row.UserId}'", CheckViolation);

        using var hr = factory.Hr();
        PayrollApi.AssertPayslipMatches(row, await hr.GetOkJsonAsync(PayrollApi.HrPayslipUrl(row)));
    }

    [Fact]
    public async Task Second_payslip_for_the_same_user_and_period_is_refused()
    {
        var user = Guid.NewGuid();
        await factory.ExecuteSqlAsync(InsertPayslip(user, 1, 0m, 0m, 0m));

        var refused = await AssertRefusedAsync(InsertPayslip(user, 1, 0m, 0m, 0m), UniqueViolation);
        await factory.ExecuteSqlAsync(InsertPayslip(user, 2, 0m, 0m, 0m));

        Assert.Equal("ux_payslips_user_period", refused.ConstraintName);
        Assert.Equal(2, await CountAsync(user));
    }

    [Theory]
    [InlineData("2025", "13", "0", "'EUR'")]
    [InlineData("2025", "0", "0", "'EUR'")]
    [InlineData("1899", "1", "0", "'EUR'")]
    [InlineData("2025", "1", "0", "'eur'")]
    [InlineData("2025", "1", "-1", "'EUR'")]
    public async Task Payslip_with_an_impossible_field_is_refused(string year, string month, string amount, string currency)
    {
        var user = Guid.NewGuid();
        var sql = "INSERT INTO payroll.payslips (user_id, year, month, gross_salary, total_deductions, net_salary, payment_date, currency, updated_at) "
            + $"VALUES ('{user}', {year}, {month}, {amount}, 0, {amount}, '2025-01-31', {currency}, now())";

        await AssertRefusedAsync(sql, CheckViolation);
        await factory.ExecuteSqlAsync(sql.Replace($"'{user}', {year}, {month}, {amount}, 0, {amount}, '2025-01-31', {currency},",
            $"'{user}', 2025, 1, 0, 0, 0, '2025-01-31', 'EUR',")); // the same row with sane fields goes in

        Assert.Equal(1, await CountAsync(user));
    }

    [Fact]
    public async Task Line_with_an_unknown_type_or_a_negative_amount_is_refused()
    {
        var user = Guid.NewGuid();

        await AssertRefusedAsync(InsertPayslip(user, 1, 100m, 0m, 100m, (1, "tips", 100m)), CheckViolation);
        await AssertRefusedAsync(InsertPayslip(user, 2, 100m, 0m, 100m, (2, "base_salary", 100m)), CheckViolation); // earning type as a deduction
        await AssertRefusedAsync(InsertPayslip(user, 3, 100m, 0m, 100m, (1, "base_salary", 110m), (1, "bonus", -10m)), CheckViolation);

        Assert.Equal(0, await CountAsync(user));
    }
}
