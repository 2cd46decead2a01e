using ChatNomina.Payroll.Apis;
using ChatNomina.Payroll.Extensions;
using ChatNomina.Payroll.Infrastructure;
using ChatNomina.ServiceDefaults;
using ChatNomina.ServiceDefaults.Authentication;
using ChatNomina.ServiceDefaults.Database;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddDefaultAuthentication();
builder.AddApplicationServices();

var app = builder.Build();

if (await app.TryRunMigrationsAsync<PayrollDbContext>(args))
{
    return;
}

app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapPayslipsApi();
app.MapEmployeePayslipsApi();
app.MapImportsApi();
app.MapAuditApi();

await app.RunAsync();
