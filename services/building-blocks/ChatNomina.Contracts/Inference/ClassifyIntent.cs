namespace ChatNomina.Contracts.Inference;

/// <summary>Request: classify the intent of one chat message. Answered with <see cref="IntentClassified"/>.
/// The worker consumes these in batches (queue <c>classify-intent</c>).</summary>
/// <param name="MessageId">The chat message id; echoed in the response.</param>
/// <param name="Language">"es" or "en".</param>
/// <param name="MessageTime">When the user sent the message (relative periods resolve against it).</param>
/// <param name="Text">The message, 1–1000 characters.</param>
public sealed record ClassifyIntent(Guid MessageId, string Language, DateTimeOffset MessageTime, string Text);
