using ChatNomina.Gateway.Extensions;
using ChatNomina.ServiceDefaults;
using ChatNomina.ServiceDefaults.Authentication;

// The only public entry point: YARP routes to auth, users, payroll and chat (see docs/gateway.md).
var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddDefaultAuthentication();
builder.AddGatewayServices();

var app = builder.Build();

app.UseGatewayEdge();          // forwarded headers, access log, security headers, CORS
app.UseServiceDefaults();      // problem details, metrics, authentication, authorization
app.UseGatewayRateLimiting();  // per user / per client IP, shared through Redis
app.MapDefaultEndpoints();     // own /health/* and /metrics (restricted, see MetricsAccessMiddleware)
app.MapGatewayProxy();

await app.RunAsync();
