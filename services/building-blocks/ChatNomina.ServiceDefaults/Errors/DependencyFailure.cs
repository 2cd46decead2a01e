using System.Net.Sockets;
using ChatNomina.ServiceDefaults.Redis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace ChatNomina.ServiceDefaults.Errors;

/// <summary>
/// A dependency (PostgreSQL, Redis, RabbitMQ, another service) could not serve the request right
/// now. Thrown where a service decides that an operation cannot go on without it (an audit row
/// that could not be written, a revocation that could not be recorded); answered as 503 with
/// <c>Retry-After</c> by the default exception handler.
/// </summary>
public sealed class DependencyUnavailableException(string dependency, string message, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>"postgres", "redis", "rabbitmq", or a service's name.</summary>
    public string Dependency { get; } = dependency;
}

/// <summary>
/// The one rule for "a dependency failed, try again shortly" (503 + <c>Retry-After</c>, never a
/// 500): what the default exception handler answers for any exception that escapes an endpoint.
/// </summary>
public static class DependencyFailure
{
    /// <summary>
    /// True for an outage or blip of PostgreSQL (Npgsql's transient errors, broken connections,
    /// EF Core's <see cref="RetryLimitExceededException"/> once its retries are spent, a command
    /// timeout), of Redis (<see cref="RedisFailure"/>), of RabbitMQ (MassTransit's request timeouts
    /// and unreachable broker) and of the network in general, looked up through inner exceptions.
    /// A constraint violation or a bad query stays a 500: those are bugs, not blips.
    /// </summary>
    public static bool IsTransient(Exception exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            switch (ex)
            {
                case DependencyUnavailableException:
                case RetryLimitExceededException:
                case NpgsqlException { IsTransient: true }:
                case NpgsqlException { InnerException: SocketException or IOException or TimeoutException }:
                case PostgresException { SqlState: PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown
                    or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections }:
                case SocketException:
                case TimeoutException:
                case MassTransit.RequestTimeoutException:
                case RabbitMQ.Client.Exceptions.BrokerUnreachableException:
                case RabbitMQ.Client.Exceptions.AlreadyClosedException:
                case MassTransit.ConnectionException:
                case StackExchange.Redis.RedisException:
                    return true;
                case InvalidOperationException when RedisFailure.Is(ex):
                    return true;
            }
        }
        return false;
    }

    /// <summary>Which dependency the failure came from, for logs and metrics.</summary>
    public static string Source(Exception exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            switch (ex)
            {
                case DependencyUnavailableException d: return d.Dependency;
                case NpgsqlException or RetryLimitExceededException or DbUpdateException: return "postgres";
                case StackExchange.Redis.RedisException: return "redis";
                case MassTransit.RequestTimeoutException or RabbitMQ.Client.Exceptions.BrokerUnreachableException
                    or RabbitMQ.Client.Exceptions.AlreadyClosedException or MassTransit.ConnectionException:
                    return "rabbitmq";
            }
        }
        return "network";
    }
}
