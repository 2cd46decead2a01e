using ChatNomina.InferenceWorker.Cli;
using ChatNomina.ServiceDefaults;

// CLI verbs (predict, eval, bench) run the models from the command line; without a verb this is
// the placeholder host serving /health/live, /health/ready and /metrics (see README.md here).
if (args.Length > 0 && InferenceCli.Verbs.Contains(args[0]))
    return await InferenceCli.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();

var app = builder.Build();
app.UseServiceDefaults();
app.MapDefaultEndpoints();

await app.RunAsync();
return 0;
