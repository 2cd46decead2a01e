using System.Diagnostics;
using ChatNomina.Seeder;

// ChatNomina demo data: ./chatnomina up runs this after the migrations.
//   (no option)   a few hundred employees, payslips from January 2024 to the current month
//   --scale       10,000 employees × 36 months, for load tests
//   --employees N --months M --seed S   explicit sizes
// Connection strings: ConnectionStrings__usersdb and ConnectionStrings__payrolldb (defaults: local).
// Idempotent: existing employees and payslips are kept as they are (HR imports are never
// overwritten); only what is missing is added, e.g. the payslips of a month that has begun.
//   otp [--next]  prints the demo HR account's one-time code now (--next: the next 30-second step's,
//                 for a second sign-in within the same step) and exits; no database needed.
if (args is ["otp", ..])
{
    return PrintCode(args);
}

var employees = 300;
int? months = null;
var seed = 2026;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--scale": employees = 10_000; months = 36; break;
        case "--employees": employees = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
        case "--months": months = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
        case "--seed": seed = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
        default:
            Console.Error.WriteLine($"unknown option {args[i]}; use --scale, --employees N, --months M, --seed S");
            return 2;
    }
}

const string LocalServer = "Host=localhost;Port=5432;Username=chatnomina;Password=chatnomina-local";
var usersDb = Environment.GetEnvironmentVariable("ConnectionStrings__usersdb") ?? LocalServer + ";Database=chatnomina_users";
var payrollDb = Environment.GetEnvironmentVariable("ConnectionStrings__payrolldb") ?? LocalServer + ";Database=chatnomina_payroll";
var authDb = Environment.GetEnvironmentVariable("ConnectionStrings__authdb") ?? LocalServer + ";Database=chatnomina_auth;Timeout=5";

var today = DateOnly.FromDateTime(DateTime.UtcNow);
var (fromYear, fromMonth) = months is { } m
    ? Period.Add(today.Year, today.Month, -(m - 1))
    : (2024, 1);

var clock = Stopwatch.StartNew();
var company = DemoCompany.Generate(employees, seed);
var addedEmployees = await DemoDataWriter.WriteEmployeesAsync(usersDb, company);
var (addedPayslips, addedLines) = await DemoDataWriter.WritePayslipsAsync(payrollDb,
    company.SelectMany(e => PayslipGenerator.Generate(e, fromYear, fromMonth, today.Year, today.Month)));

Console.WriteLine($"employees: {company.Count} ({addedEmployees} new); payslips {fromYear}-{fromMonth:D2}..{today.Year}-{today.Month:D2}: " +
    $"{addedPayslips} new with {addedLines} lines; {clock.Elapsed.TotalSeconds:F1} s");
// Sign-ins for every employee (auth database), password from CHATNOMINA_DEMO_PASSWORD, and the HR and admin
// accounts' second factor from CHATNOMINA_DEMO_TOTP_SECRET (local defaults documented in the README).
Console.WriteLine(await CredentialsWriter.WriteAsync(authDb, company,
    Environment.GetEnvironmentVariable("CHATNOMINA_DEMO_PASSWORD") is { Length: > 0 } demoPassword ? demoPassword : "ChatNomina-Demo-2026!",
    DemoSecondFactor.Secret));
foreach (var email in new[] { DemoCompany.AnaEmail, DemoCompany.JohnEmail, DemoCompany.HrEmail, DemoCompany.AdminEmail })
{
    Console.WriteLine($"  {email,-30} id {DemoCompany.StableId(email)}");
}
return 0;

static int PrintCode(string[] args)
{
    if (args is not (["otp"] or ["otp", "--next"]))
    {
        Console.Error.WriteLine("usage: otp [--next]");
        return 2;
    }
    try
    {
        var at = DateTimeOffset.UtcNow.AddSeconds(args.Length == 2 ? DemoSecondFactor.StepSeconds : 0);
        Console.WriteLine(DemoSecondFactor.CodeAt(DemoSecondFactor.Secret, at));
        return 0;
    }
    catch (FormatException e)
    {
        Console.Error.WriteLine(e.Message);
        return 2;
    }
}

internal static class Period
{
    public static (int Year, int Month) Add(int year, int month, int delta)
    {
        var p = year * 12 + month - 1 + delta;
        return (p / 12, p % 12 + 1);
    }
}
