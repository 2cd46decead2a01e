using MassTransit;
using MassTransit.RabbitMqTransport;

namespace ChatNomina.InferenceWorker.Infrastructure;

/// <summary>
/// Answers one request of a batch, on its own: a reply that cannot be delivered is dropped, logged
/// and counted (<c>chatnomina_inference_replies_dropped_total{task}</c>), and never faults the batch,
/// so the other callers of the batch are answered and the consumers stay attached.
/// <para>Every reply is published to RabbitMQ's default exchange, routed by the caller's queue name,
/// and <c>mandatory</c>. The caller's own reply exchange is never used: it is auto-deleted with a caller
/// that dies, and a publish to a deleted exchange is a 404 that closes the channel it was sent on (the
/// consuming one, when the reply leaves through the consume context). A queue that is gone instead makes
/// the broker return the reply (312 NO_ROUTE), which is what is counted. The caller's queue is its bus
/// endpoint (the chat's temporary queue), or the pseudo-queue of RabbitMQ's direct reply-to when the
/// caller asked that way. Replies leave through the bus's send endpoint, not the consume context, so a
/// returned reply is not a failure of the request message (no retry, no error queue).</para>
/// </summary>
public sealed partial class ReplySender(IBus bus, InferenceMetrics metrics, ILogger<ReplySender> logger)
{
    /// <summary>How long one reply may take to be confirmed by the broker before it counts as dropped.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    /// <summary>RabbitMQ's name for "the default exchange, routed by queue name" in MassTransit's addresses.</summary>
    private const string DefaultExchangeRoute = "amq.rabbitmq.reply-to";

    public async Task ReplyAsync<TRequest, TReply>(ConsumeContext<TRequest> request, TReply reply, string task)
        where TRequest : class where TReply : class
    {
        if (request.ResponseAddress is not { } address || ReplyQueue(request, address) is not { } queue)
        {
            Dropped(task, request.RequestId, "the request has no usable reply address", null);
            return;
        }
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            var endpoint = await bus.GetSendEndpoint(new Uri(address, DefaultExchangeRoute));
            await endpoint.Send(reply, ctx =>
            {
                ctx.RequestId = request.RequestId;
                ctx.ConversationId = request.ConversationId;
                ctx.InitiatorId = request.RequestId ?? request.MessageId;
                ctx.SourceAddress = request.ReceiveContext.InputAddress;
                if (ctx.TryGetPayload<RabbitMqSendContext>(out var rabbit))
                {
                    rabbit.Mandatory = true;
                    rabbit.RoutingKey = queue;
                }
            }, timeout.Token);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Dropped(task, request.RequestId, e is MessageReturnedException ? "returned by the broker: no such reply queue" : e.GetType().Name, e);
        }
    }

    /// <summary>The queue the caller reads its replies from: the direct reply-to pseudo-queue when the
    /// request carries one in its AMQP reply-to property, else the last segment of its reply address
    /// (a MassTransit bus endpoint's exchange and queue share that name).</summary>
    public static string? ReplyQueue<TRequest>(ConsumeContext<TRequest> request, Uri address) where TRequest : class
    {
        if (request.ReceiveContext.TryGetPayload<RabbitMqBasicConsumeContext>(out var amqp)
            && !string.IsNullOrEmpty(amqp.Properties.ReplyTo))
        {
            return amqp.Properties.ReplyTo;
        }
        var name = Uri.UnescapeDataString(address.AbsolutePath.TrimEnd('/').Split('/')[^1]);
        return name.Length == 0 ? null : name;
    }

    private void Dropped(string task, Guid? requestId, string reason, Exception? e)
    {
        metrics.ReplyDropped(task);
        LogDropped(logger, e, task, requestId, reason);
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Inference reply dropped ({Task}, request {RequestId}): {Reason}; the caller is gone or unreachable")]
    private static partial void LogDropped(ILogger logger, Exception? e, string task, Guid? requestId, string reason);
}
