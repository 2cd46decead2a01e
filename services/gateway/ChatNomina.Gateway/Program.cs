using ChatNomina.Gateway.Bff;
using ChatNomina.Gateway.Extensions;
using ChatNomina.Gateway.OpenApi;
using ChatNomina.Gateway.WebApp;
using ChatNomina.ServiceDefaults;
using ChatNomina.ServiceDefaults.Authentication;

// The only public entry point: YARP routes to auth, users, payroll and chat, serves the web app
// and holds its browser sessions (see docs/gateway.md).
var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddDefaultAuthentication();
builder.AddGatewayServices();
builder.AddBrowserSession();
builder.AddWebApp();

var app = builder.Build();

app.UseGatewayEdge();          // forwarded headers, access log, security headers, CORS
app.UseWebApp();               // the web app's files (public; the data is behind /api)
app.UseServiceDefaults(       // problem details, metrics, authentication, authorization
    beforeAuthentication: a => a.UseMiddleware<BrowserSessionMiddleware>()); // session cookie → bearer token
app.UseGatewayRateLimiting();  // per user / per client IP, shared through Redis
app.MapDefaultEndpoints();     // own /health/* and /metrics (restricted, see MetricsAccessMiddleware)
app.MapBrowserSession();       // /bff/login, /bff/user, /bff/logout
app.MapGatewayProxy();
app.MapApiReference();         // /openapi/reference over the APIs' documents (Gateway:OpenApi:Enabled)
app.MapWebApp();               // any other page path: the app's index.html

await app.RunAsync();
