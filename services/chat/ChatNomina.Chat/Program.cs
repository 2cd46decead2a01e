using ChatNomina.Chat.Apis;
using ChatNomina.Chat.Extensions;
using ChatNomina.Chat.Storage;
using ChatNomina.ServiceDefaults;
using ChatNomina.ServiceDefaults.Database;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddChatServices();

var app = builder.Build();
if (await app.TryRunMigrationsAsync<ChatDbContext>(args))
{
    return;
}

app.UseServiceDefaults();
app.UseWebSockets();
app.MapDefaultEndpoints();
app.MapChatApi();
app.MapAnalyticsApi();
app.MapChatSocket();

await app.RunAsync();

/// <summary>Entry point, visible to the in-process tests.</summary>
public partial class Program;
