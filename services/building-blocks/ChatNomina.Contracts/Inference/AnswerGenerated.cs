namespace ChatNomina.Contracts.Inference;

/// <summary>Response to <see cref="GenerateAnswer"/>.</summary>
/// <param name="MessageId">The request's message id.</param>
/// <param name="Text">The answer with <c>{placeholder}</c> slots, in the requested language.</param>
/// <param name="ModelId">Id of the model that answered (metadata.json "id").</param>
/// <param name="ModelVersion">Its version (metadata.json "version").</param>
public sealed record AnswerGenerated(Guid MessageId, string Text, string ModelId, string ModelVersion);
