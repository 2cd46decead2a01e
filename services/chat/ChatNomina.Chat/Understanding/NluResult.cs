using ChatNomina.Contracts.Inference;

namespace ChatNomina.Chat.Understanding;

/// <summary>What the models said about one message: the v1 intent with its probability, and the entities.</summary>
public sealed record NluResult(string Intent, double Confidence, IReadOnlyList<ExtractedEntity> Entities);
