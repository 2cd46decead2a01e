namespace ChatNomina.Contracts.Inference;

/// <summary>Request: extract the entities (MONTH, YEAR, REL_PERIOD, DEDUCTION_TYPE, AMOUNT,
/// PROFILE_FIELD) of one chat message. Answered with <see cref="EntitiesExtracted"/>.
/// The worker consumes these in batches (queue <c>extract-entities</c>).</summary>
/// <param name="MessageId">The chat message id; echoed in the response.</param>
/// <param name="Language">"es" or "en".</param>
/// <param name="MessageTime">When the user sent the message: "last month" is normalized against its date.</param>
/// <param name="Text">The message, 1–1000 characters.</param>
public sealed record ExtractEntities(Guid MessageId, string Language, DateTimeOffset MessageTime, string Text);
