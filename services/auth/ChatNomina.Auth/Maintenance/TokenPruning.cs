using ChatNomina.Auth.Extensions;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;

namespace ChatNomina.Auth.Maintenance;

/// <summary>
/// Removes expired, redeemed and revoked tokens and authorizations older than two refresh-token
/// lifetimes, on a timer. Pruning is idempotent, so it is safe on several replicas at once.
/// </summary>
internal sealed partial class TokenPruning(
    IServiceScopeFactory scopes,
    IOptions<AuthOptions> options,
    TimeProvider clock,
    ILogger<TokenPruning> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PruneInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var threshold = clock.GetUtcNow() - 2 * options.Value.RefreshTokenLifetime;
                var tokens = await scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>().PruneAsync(threshold, stoppingToken);
                var authorizations = await scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>().PruneAsync(threshold, stoppingToken);
                LogPruned(logger, tokens, authorizations);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                LogPruneFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Pruned {Tokens} token(s) and {Authorizations} authorization(s)")]
    private static partial void LogPruned(ILogger logger, long tokens, long authorizations);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Token pruning failed; retrying at the next interval")]
    private static partial void LogPruneFailed(ILogger logger, Exception exception);
}
