using ChatNomina.Auth.Extensions;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ChatNomina.Auth.Clients;

/// <summary>
/// Registers (or brings up to date) the first-party public clients and the API scope. Run by
/// <c>dotnet ChatNomina.Auth.dll migrate</c> after the migrations, so a deployment's client
/// list is code-reviewed and versioned, never edited by hand in the database.
/// </summary>
public static partial class ClientRegistration
{
    public static async Task RegisterAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var scopes = scope.ServiceProvider.GetRequiredService<IOpenIddictScopeManager>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ClientRegistration));

        var api = new OpenIddictScopeDescriptor
        {
            Name = ChatNominaClients.ApiScope,
            DisplayName = "ChatNomina APIs",
        };
        api.Resources.UnionWith(ChatNominaAudiences.All);
        var existingScope = await scopes.FindByNameAsync(api.Name, cancellationToken);
        if (existingScope is null)
        {
            await scopes.CreateAsync(api, cancellationToken);
        }
        else
        {
            await scopes.UpdateAsync(existingScope, api, cancellationToken);
        }
        LogRegistered(logger, "scope", api.Name);

        foreach (var (clientId, displayName) in new[] { (ChatNominaClients.Web, "ChatNomina web"), (ChatNominaClients.Cli, "ChatNomina CLI") })
        {
            var descriptor = Describe(clientId, displayName);
            var existing = await applications.FindByClientIdAsync(clientId, cancellationToken);
            if (existing is null)
            {
                await applications.CreateAsync(descriptor, cancellationToken);
            }
            else
            {
                await applications.UpdateAsync(existing, descriptor, cancellationToken);
            }
            LogRegistered(logger, "client", clientId);
        }
    }

    /// <summary>A public client (no secret) allowed the password and refresh-token grants.</summary>
    public static OpenIddictApplicationDescriptor Describe(string clientId, string displayName) => new()
    {
        ClientId = clientId,
        DisplayName = displayName,
        ClientType = ClientTypes.Public,
        ConsentType = ConsentTypes.Implicit,
        Permissions =
        {
            Permissions.Endpoints.Token,
            Permissions.Endpoints.Revocation,
            Permissions.GrantTypes.Password,
            Permissions.GrantTypes.RefreshToken,
            Permissions.Scopes.Email,
            Permissions.Scopes.Roles,
            Permissions.Prefixes.Scope + ChatNominaClients.ApiScope,
        },
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Registered {Kind} {Name}")]
    private static partial void LogRegistered(ILogger logger, string kind, string name);
}
