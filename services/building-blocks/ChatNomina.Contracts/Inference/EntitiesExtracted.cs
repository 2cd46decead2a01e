namespace ChatNomina.Contracts.Inference;

/// <summary>Response to <see cref="ExtractEntities"/>.</summary>
/// <param name="MessageId">The request's message id.</param>
/// <param name="Entities">The entities in text order.</param>
/// <param name="ModelId">Id of the model that answered (metadata.json "id").</param>
/// <param name="ModelVersion">Its version (metadata.json "version").</param>
public sealed record EntitiesExtracted(
    Guid MessageId,
    IReadOnlyList<ExtractedEntity> Entities,
    string ModelId,
    string ModelVersion);
