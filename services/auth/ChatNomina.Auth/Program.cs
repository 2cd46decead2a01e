using ChatNomina.Auth.Apis;
using ChatNomina.Auth.Clients;
using ChatNomina.Auth.Extensions;
using ChatNomina.Auth.Infrastructure;
using ChatNomina.Auth.OAuth;
using ChatNomina.ServiceDefaults;
using ChatNomina.ServiceDefaults.Database;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

// `migrate`: schema, then the clients and the API scope; then exit.
if (await app.TryRunMigrationsAsync<AuthDbContext>(args))
{
    await ClientRegistration.RegisterAsync(app.Services);
    return;
}

app.UseForwardedHeaders();
app.UseMiddleware<FormBodyGuard>();
app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapTokenApi();
app.MapAuthorizationApi();
app.MapAccountApi();
app.MapSetPasswordApi();
app.MapCredentialsProvisioningApi();
app.MapAccountAdministrationApi();

await app.RunAsync();
