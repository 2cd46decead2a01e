using System.Globalization;

namespace ChatNomina.Payroll.Apis;

/// <summary>What differs between two versions of a payslip, field by field (<see cref="PayslipChangeDto"/>).</summary>
public static class PayslipChanges
{
    public static IReadOnlyList<PayslipChangeDto> Between(PayslipDto previous, PayslipDto current)
    {
        var changes = new List<PayslipChangeDto>();
        void Compare(string field, string? before, string? after)
        {
            if (!string.Equals(before, after, StringComparison.Ordinal))
            {
                changes.Add(new PayslipChangeDto(field, before, after));
            }
        }

        Compare("grossSalary", Money(previous.GrossSalary), Money(current.GrossSalary));
        Compare("totalDeductions", Money(previous.TotalDeductions), Money(current.TotalDeductions));
        Compare("netSalary", Money(previous.NetSalary), Money(current.NetSalary));
        Compare("paymentDate", Date(previous.PaymentDate), Date(current.PaymentDate));
        Compare("currency", previous.Currency, current.Currency);
        Lines("earnings", previous.Earnings, current.Earnings);
        Lines("deductions", previous.Deductions, current.Deductions);
        return changes;

        void Lines(string kind, IReadOnlyList<PayslipLineDto> before, IReadOnlyList<PayslipLineDto> after)
        {
            var old = before.GroupBy(l => l.Type).ToDictionary(g => g.Key, g => g.First());
            var now = after.GroupBy(l => l.Type).ToDictionary(g => g.Key, g => g.First());
            foreach (var type in old.Keys.Union(now.Keys))
            {
                old.TryGetValue(type, out var b);
                now.TryGetValue(type, out var a);
                Compare($"{kind}.{type}", b is null ? null : Money(b.Amount), a is null ? null : Money(a.Amount));
                if (a is not null && b is not null)
                {
                    Compare($"{kind}.{type}.label", b.Label, a.Label);
                }
            }
        }
    }

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
