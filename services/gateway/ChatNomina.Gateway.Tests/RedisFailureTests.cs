using System.IO.Pipelines;
using ChatNomina.ServiceDefaults.Redis;
using StackExchange.Redis;

namespace ChatNomina.Gateway.Tests;

/// <summary>Which exceptions the Redis guards (rate limits, caches, health) treat as "Redis could not answer".</summary>
public sealed class RedisFailureTests
{
    [Fact]
    public void The_pipe_readers_invalid_operation_after_a_broken_connection_is_a_redis_failure()
    {
        // The exact exception StackExchange.Redis 2.x lets escape when its connection's pipe is torn down.
        var pipe = new Pipe();
        pipe.Reader.Complete();
        var ex = Assert.Throws<InvalidOperationException>(() => pipe.Reader.AdvanceTo(default(System.SequencePosition)));

        Assert.Contains("reader was completed", ex.Message);
        Assert.True(RedisFailure.Is(ex));
    }

    [Fact]
    public void Redis_timeout_and_cancellation_exceptions_are_redis_failures()
    {
        Assert.True(RedisFailure.Is(new RedisConnectionException(ConnectionFailureType.SocketClosed, "closed")));
        Assert.True(RedisFailure.Is(new RedisTimeoutException("timeout", CommandStatus.Sent)));
        Assert.True(RedisFailure.Is(new TimeoutException()));
        // Redis commands take no CancellationToken: a cancelled task out of one is the client's own failure.
        Assert.True(RedisFailure.Is(new TaskCanceledException()));
    }

    [Fact]
    public void Other_exceptions_including_our_own_invalid_operations_are_not()
    {
        Assert.False(RedisFailure.Is(new InvalidOperationException("a bug of ours")));
        Assert.False(RedisFailure.Is(new ArgumentException("bad")));
        Assert.False(RedisFailure.Is(new NullReferenceException()));
    }
}
