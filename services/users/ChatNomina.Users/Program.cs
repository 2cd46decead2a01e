using ChatNomina.ServiceDefaults;
using ChatNomina.ServiceDefaults.Authentication;
using ChatNomina.ServiceDefaults.Database;
using ChatNomina.Users.Apis;
using ChatNomina.Users.Extensions;
using ChatNomina.Users.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddDefaultAuthentication();
builder.AddApplicationServices();

var app = builder.Build();

if (await app.TryRunMigrationsAsync<UsersDbContext>(args))
{
    return;
}

app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapUsersApi();
app.MapSessionsApi();
app.MapPeopleApi();
app.MapEmployeeAccountApi();

await app.RunAsync();
