namespace ChatNomina.Seeder.Tests;

public class SpanishPayrollTests
{
    [Fact]
    public void Scale_tax_adds_each_bracket_at_its_marginal_rate()
    {
        Assert.Equal(0m, SpanishPayroll.ScaleTax(0m));
        Assert.Equal(12_450m * 0.19m, SpanishPayroll.ScaleTax(12_450m));
        Assert.Equal(12_450m * 0.19m + 7_750m * 0.24m, SpanishPayroll.ScaleTax(20_200m));
        Assert.Equal(12_450m * 0.19m + 7_750m * 0.24m + 15_000m * 0.30m + 4_800m * 0.37m, SpanishPayroll.ScaleTax(40_000m));
    }

    [Fact]
    public void Withholding_rate_grows_with_pay_and_is_zero_for_low_pay()
    {
        Assert.Equal(0m, SpanishPayroll.IrpfRate(9_000m, 9_000m * 0.064m));
        var rates = new[] { 18_000m, 25_000m, 35_000m, 50_000m, 80_000m, 150_000m }
            .Select(g => SpanishPayroll.IrpfRate(g, Math.Min(g, 60_000m) * 0.064m))
            .ToList();
        Assert.Equal(rates.OrderBy(r => r), rates);
        Assert.All(rates, r => Assert.InRange(r, 0m, 0.47m));
        Assert.All(rates, r => Assert.Equal(r, Math.Round(r, 4))); // a percentage with 2 decimals
    }

    [Fact]
    public void Contribution_base_is_clamped_to_the_legal_bases_of_the_year()
    {
        Assert.Equal(4_720.50m, SpanishPayroll.ContributionBase(2024, 9_000m));
        Assert.Equal(4_909.50m, SpanishPayroll.ContributionBase(2025, 9_000m));
        Assert.Equal(1_323.00m, SpanishPayroll.ContributionBase(2024, 500m));
        Assert.Equal(2_500m, SpanishPayroll.ContributionBase(2025, 2_500m));
    }

    [Theory]
    [InlineData(2025, 5, "2025-05-30")]  // 31st is a Saturday
    [InlineData(2026, 1, "2026-01-30")]  // 31st is a Saturday
    [InlineData(2024, 3, "2024-03-29")]  // 31st is a Sunday
    [InlineData(2024, 2, "2024-02-29")]  // leap year, Thursday
    [InlineData(2026, 11, "2026-11-30")] // Monday
    public void Payday_is_the_last_working_day_of_the_month(int year, int month, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), WorkingDays.LastWorkingDay(year, month));
}

public class DemoCompanyTests
{
    [Fact]
    public void Demo_accounts_have_stable_documented_ids()
    {
        Assert.Equal(Guid.Parse("1f670925-b2ed-5d0d-8b1e-9c903e34d0c1"), DemoCompany.StableId(DemoCompany.AnaEmail));
        Assert.Equal(Guid.Parse("affd99a8-3264-5b9e-aca1-6b8b99790b09"), DemoCompany.StableId(DemoCompany.JohnEmail));
        Assert.Equal(Guid.Parse("37286a1c-1f2f-5853-b65c-631304b52ccf"), DemoCompany.StableId(DemoCompany.HrEmail));
        Assert.Equal(DemoCompany.StableId("Ana.Garcia@ChatNomina.local"), DemoCompany.StableId(DemoCompany.AnaEmail));
    }

    [Fact]
    public void The_company_is_deterministic_with_unique_ids_and_emails()
    {
        var a = DemoCompany.Generate(300, 2026);
        var b = DemoCompany.Generate(300, 2026);
        Assert.Equal(a, b);
        Assert.Equal(300, a.Select(e => e.Id).Distinct().Count());
        Assert.Equal(300, a.Select(e => e.Email).Distinct().Count());
        Assert.Equal("hr", a.Single(e => e.Email == DemoCompany.HrEmail).Role);
        Assert.Equal("admin", a.Single(e => e.Email == DemoCompany.AdminEmail).Role);
        // The generated employees keep their numbers (E00004 on) whatever the documented accounts are.
        Assert.Equal(["E00001", "E00002", "E00003", "E00000", "E00004", "E00005"], a.Take(6).Select(e => e.EmployeeNumber));
        Assert.Equal(a.Count, a.Select(e => e.EmployeeNumber).Distinct().Count());
        Assert.True(a.Select(e => e.Department).Distinct().Count() >= 8);
    }

    [Fact]
    public void Every_generated_payslip_is_internally_consistent()
    {
        var company = DemoCompany.Generate(300, 2026);
        var payslips = company.SelectMany(e => PayslipGenerator.Generate(e, 2024, 1, 2026, 11)).ToList();

        Assert.True(payslips.Count > 300 * 24);
        Assert.All(payslips, p =>
        {
            var earnings = p.Lines.Where(l => l.Kind == PayslipGenerator.Earning).Sum(l => l.Amount);
            var deductions = p.Lines.Where(l => l.Kind == PayslipGenerator.Deduction).Sum(l => l.Amount);
            Assert.Equal(p.Gross, earnings);
            Assert.Equal(p.TotalDeductions, deductions);
            Assert.Equal(p.Gross - p.TotalDeductions, p.Net);
            Assert.True(p.Net > 0);
            Assert.All(p.Lines, l => Assert.Equal(l.Amount, Math.Round(l.Amount, 2)));
            Assert.Equal(WorkingDays.LastWorkingDay(p.Year, p.Month), p.PaymentDate);
            foreach (var type in new[] { "income_tax", "social_security", "unemployment", "professional_training" })
            {
                Assert.Single(p.Lines, l => l.Type == type);
            }
        });
    }

    [Fact]
    public void Demo_employees_have_payslips_from_January_2024_and_extra_pay_in_June_and_December()
    {
        var ana = DemoCompany.Generate(3, 2026).Single(e => e.Email == DemoCompany.AnaEmail);
        var payslips = PayslipGenerator.Generate(ana, 2024, 1, 2026, 11).ToList();

        Assert.Equal(35, payslips.Count);
        Assert.Equal((2024, 1), (payslips[0].Year, payslips[0].Month));
        var june = payslips.Single(p => p is { Year: 2025, Month: 6 });
        var may = payslips.Single(p => p is { Year: 2025, Month: 5 });
        Assert.Contains(june.Lines, l => l.Type == "extra_pay");
        Assert.DoesNotContain(may.Lines, l => l.Type == "extra_pay");
        Assert.True(june.Gross > may.Gross);
        // A raise every January.
        var dec = payslips.Single(p => p is { Year: 2024, Month: 11 });
        var jan = payslips.Single(p => p is { Year: 2025, Month: 1 });
        Assert.True(jan.Lines.Single(l => l.Type == "base_salary").Amount > dec.Lines.Single(l => l.Type == "base_salary").Amount);
    }
}
