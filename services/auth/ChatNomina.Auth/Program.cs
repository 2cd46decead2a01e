using ChatNomina.ServiceDefaults;

// Placeholder host: serves /health/live, /health/ready and /metrics only, so ./chatnomina up
// can start and watch it. Its real behaviour is built in its own issue (see README.md here).
var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();

var app = builder.Build();
app.UseServiceDefaults();
app.MapDefaultEndpoints();

await app.RunAsync();
