using MassTransit;
using MassTransit.RabbitMqTransport;

namespace ChatNomina.InferenceWorker.Infrastructure;

/// <summary>
/// Answers one request of a batch, on its own: a reply that cannot be delivered is dropped, logged
/// and counted (<c>chatnomina_inference_replies_dropped_total{task}</c>), and never faults the batch,
/// so the other callers of the batch are answered and the consumers stay attached.
/// <para>The chat asks through RabbitMQ's direct reply-to (no reply queue or exchange of its own that
/// could vanish), and replies are published <c>mandatory</c>: when the caller died after asking, the
/// broker returns the reply (312 NO_ROUTE) instead of closing the channel, and that return is what is
/// counted. Replies leave through the bus's send endpoint, not the consume context, so a returned
/// reply is not a failure of the request message (no retry, no error queue).</para>
/// </summary>
public sealed partial class ReplySender(IBus bus, InferenceMetrics metrics, ILogger<ReplySender> logger)
{
    /// <summary>How long one reply may take to be confirmed by the broker before it counts as dropped.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task ReplyAsync<TRequest, TReply>(ConsumeContext<TRequest> request, TReply reply, string task)
        where TRequest : class where TReply : class
    {
        if (request.ResponseAddress is not { } address)
        {
            Dropped(task, request.RequestId, "the request has no reply address", null);
            return;
        }
        // Direct reply-to: the caller's pseudo-queue name travels in the AMQP reply-to property.
        var replyTo = request.ReceiveContext.TryGetPayload<RabbitMqBasicConsumeContext>(out var amqp) ? amqp.Properties.ReplyTo : null;
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            var endpoint = await bus.GetSendEndpoint(address);
            await endpoint.Send(reply, ctx =>
            {
                ctx.RequestId = request.RequestId;
                ctx.ConversationId = request.ConversationId;
                ctx.InitiatorId = request.RequestId ?? request.MessageId;
                ctx.SourceAddress = request.ReceiveContext.InputAddress;
                if (ctx.TryGetPayload<RabbitMqSendContext>(out var rabbit))
                {
                    rabbit.Mandatory = true;
                    if (!string.IsNullOrEmpty(replyTo)) rabbit.RoutingKey = replyTo;
                }
            }, timeout.Token);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Dropped(task, request.RequestId, e is MessageReturnedException ? "returned by the broker: no such reply address" : e.GetType().Name, e);
        }
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
