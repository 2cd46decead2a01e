using ChatNomina.Auth.Extensions;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ChatNomina.Auth.Clients;

/// <summary>
/// Registers (or brings up to date) the first-party clients and the API scope. Run by
/// <c>dotnet ChatNomina.Auth.dll migrate</c> after the migrations, so a deployment's client
/// list is code-reviewed and versioned, never edited by hand in the database.
/// </summary>
public static partial class ClientRegistration
{
    public static Task RegisterAsync(IServiceProvider services, CancellationToken cancellationToken = default) =>
        RegisterAsync(services, services.GetRequiredService<IOptions<BffClientOptions>>().Value, cancellationToken);

    /// <summary>As <c>migrate</c> does, with the gateway client's settings given (tests change them).</summary>
    internal static async Task RegisterAsync(IServiceProvider services, BffClientOptions bff, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var scopes = scope.ServiceProvider.GetRequiredService<IOpenIddictScopeManager>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ClientRegistration));
        var environment = scope.ServiceProvider.GetRequiredService<IHostEnvironment>();

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

        var clients = new[]
        {
            DescribePublic(ChatNominaClients.Web, "ChatNomina web"),
            DescribePublic(ChatNominaClients.Cli, "ChatNomina CLI"),
            DescribeBff(bff),
        };
        foreach (var descriptor in clients)
        {
            // Updating from the descriptor replaces everything, the secret (re-hashed) and the
            // redirect URIs included, so a changed Auth:Bff setting applies at the next `migrate`.
            var existing = await applications.FindByClientIdAsync(descriptor.ClientId!, cancellationToken);
            if (existing is null)
            {
                await applications.CreateAsync(descriptor, cancellationToken);
            }
            else
            {
                await applications.UpdateAsync(existing, descriptor, cancellationToken);
            }
            LogRegistered(logger, "client", descriptor.ClientId!);
        }

        if (bff.ClientSecret == BffClientOptions.LocalDemoSecret && !environment.IsEnvironment("Local") && !environment.IsEnvironment("Testing"))
        {
            LogDemoSecret(logger, ChatNominaClients.Bff, environment.EnvironmentName);
        }
    }

    /// <summary>What every first-party client may do: the token and revocation endpoints, refresh
    /// tokens, and the scopes (<c>openid</c> and <c>offline_access</c> need no permission of their own).</summary>
    private static readonly string[] FirstPartyPermissions =
    [
        Permissions.Endpoints.Token,
        Permissions.Endpoints.Revocation,
        Permissions.GrantTypes.RefreshToken,
        Permissions.Scopes.Email,
        Permissions.Scopes.Roles,
        Permissions.Prefixes.Scope + ChatNominaClients.ApiScope,
    ];

    /// <summary>A public client (no secret) allowed the password and refresh-token grants.</summary>
    public static OpenIddictApplicationDescriptor DescribePublic(string clientId, string displayName)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            DisplayName = displayName,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            Permissions = { Permissions.GrantTypes.Password },
        };
        descriptor.Permissions.UnionWith(FirstPartyPermissions);
        return descriptor;
    }

    /// <summary>
    /// The gateway's backend-for-frontend: a confidential client (secret) allowed only the
    /// authorization code flow with PKCE and refresh tokens, sending the browser back only to the
    /// configured redirect URIs.
    /// </summary>
    public static OpenIddictApplicationDescriptor DescribeBff(BffClientOptions options)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = ChatNominaClients.Bff,
            ClientSecret = options.ClientSecret,
            DisplayName = "ChatNomina web app (gateway session)",
            ClientType = ClientTypes.Confidential,
            ConsentType = ConsentTypes.Implicit,
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        descriptor.Permissions.UnionWith(FirstPartyPermissions);
        descriptor.RedirectUris.UnionWith(options.RedirectUris.Select(uri => new Uri(uri, UriKind.Absolute)));
        return descriptor;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Registered {Kind} {Name}")]
    private static partial void LogRegistered(ILogger logger, string kind, string name);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Client {ClientId} registered with the documented local demo secret in environment {Environment}: set Auth:Bff:ClientSecret (and the gateway's copy) to a real secret")]
    private static partial void LogDemoSecret(ILogger logger, string clientId, string environment);
}
