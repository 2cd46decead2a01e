using ChatNomina.InferenceWorker.Cli;
using ChatNomina.InferenceWorker.Extensions;
using ChatNomina.ServiceDefaults;

// CLI verbs (predict, eval, bench) run the models from the command line; without a verb this is
// the worker: MassTransit batch consumers on RabbitMQ plus /health/live, /health/ready and /metrics.
if (args.Length > 0 && InferenceCli.Verbs.Contains(args[0]))
    return await InferenceCli.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddInferenceWorker();

var app = builder.Build();
app.UseServiceDefaults();
app.MapDefaultEndpoints();

await app.RunAsync();
return 0;
