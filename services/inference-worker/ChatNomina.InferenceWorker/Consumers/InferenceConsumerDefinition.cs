using System.ComponentModel.DataAnnotations;
using ChatNomina.InferenceWorker.Infrastructure;
using MassTransit;
using Microsoft.Extensions.Options;

namespace ChatNomina.InferenceWorker.Consumers;

/// <summary>What the three inference endpoints share: batch limits from "Inference:Batching", a prefetch
/// and transport concurrency that let a batch fill, per-message validation, and a short retry of the whole
/// batch that skips validation errors. Replies leave through <see cref="ReplySender"/> once the whole batch
/// is computed, one by one: a caller that is gone loses its own answer, never the batch's. Queue names come from the kebab-case formatter (classify-intent, extract-entities,
/// generate-answer): the same in every process, so several workers compete for one queue.</summary>
public abstract class InferenceConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    private readonly BatchingOptions _batching;

    protected InferenceConsumerDefinition(IOptions<BatchingOptions> batching)
    {
        _batching = batching.Value;
        ConcurrentMessageLimit = _batching.ConcurrencyLimit; // batches of this consumer at once
        Endpoint(e =>
        {
            e.PrefetchCount = _batching.EffectivePrefetch;
            e.ConcurrentMessageLimit = _batching.MessageLimit * _batching.ConcurrencyLimit;
        });
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.UseFilter(new RequestValidationFilter(context.GetRequiredService<InferenceModels>()));
        endpointConfigurator.UseMessageRetry(r => r.Intervals(50, 200).Ignore<ValidationException>());
        consumerConfigurator.Options<BatchOptions>(o => o
            .SetMessageLimit(_batching.MessageLimit)
            .SetTimeLimit(TimeSpan.FromMilliseconds(_batching.TimeLimitMs))
            .SetConcurrencyLimit(_batching.ConcurrencyLimit));
    }
}

public sealed class ClassifyIntentConsumerDefinition(IOptions<BatchingOptions> batching)
    : InferenceConsumerDefinition<ClassifyIntentConsumer>(batching);

public sealed class ExtractEntitiesConsumerDefinition(IOptions<BatchingOptions> batching)
    : InferenceConsumerDefinition<ExtractEntitiesConsumer>(batching);

public sealed class GenerateAnswerConsumerDefinition(IOptions<BatchingOptions> batching)
    : InferenceConsumerDefinition<GenerateAnswerConsumer>(batching);
