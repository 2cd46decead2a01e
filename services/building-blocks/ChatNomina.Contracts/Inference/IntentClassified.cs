namespace ChatNomina.Contracts.Inference;

/// <summary>Response to <see cref="ClassifyIntent"/>.</summary>
/// <param name="MessageId">The request's message id.</param>
/// <param name="Intent">The most probable intent label (see shared/spec/nlu.md).</param>
/// <param name="Confidence">Its probability, in (0, 1].</param>
/// <param name="Probabilities">Probability of every intent label (they sum to 1).</param>
/// <param name="ModelId">Id of the model that answered (metadata.json "id"); an ensemble names its models joined
/// by '+', e.g. "t5-payroll+intent-ngram".</param>
/// <param name="ModelVersion">Its version (metadata.json "version"); for an ensemble the versions in the same
/// order, joined by '+'.</param>
public sealed record IntentClassified(
    Guid MessageId,
    string Intent,
    double Confidence,
    IReadOnlyDictionary<string, double> Probabilities,
    string ModelId,
    string ModelVersion);
