using System.Reflection;
using System.Text.Json;

namespace ChatNomina.Inference;

/// <summary>The label vocabularies of models/labels.json, embedded in this assembly (the same file the Python
/// training code reads, linked by the csproj). <see cref="ModelFolder.Open"/> refuses a model folder whose labels
/// differ from them (<see cref="Check"/>).</summary>
public static class ModelLabels
{
    public const string ResourceName = "ChatNomina.Inference.labels.json";

    /// <summary>The intents, in the order of the models' outputs (t5-payroll intent_labels, intent-ngram labels).</summary>
    public static IReadOnlyList<string> Intents { get; }

    /// <summary>The entity types, in the order of ner-payroll's B-/I- labels.</summary>
    public static IReadOnlyList<string> EntityTypes { get; }

    /// <summary>The normalized values of DEDUCTION_TYPE entities.</summary>
    public static IReadOnlyList<string> DeductionTypes { get; }

    /// <summary>The normalized values of PROFILE_FIELD entities.</summary>
    public static IReadOnlyList<string> ProfileFields { get; }

    /// <summary>ner-payroll's id2label: "O", then "B-TYPE", "I-TYPE" per entity type.</summary>
    public static IReadOnlyList<string> NerLabels { get; }

    static ModelLabels()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} (models/labels.json) is missing.");
        using var doc = JsonDocument.Parse(stream);
        string[] Read(string key) => doc.RootElement.GetProperty(key).EnumerateArray().Select(e => e.GetString()!).ToArray();
        Intents = Read("intents");
        EntityTypes = Read("entity_types");
        DeductionTypes = Read("deduction_types");
        ProfileFields = Read("profile_fields");
        NerLabels = ["O", .. EntityTypes.SelectMany(t => new[] { $"B-{t}", $"I-{t}" })];
    }

    /// <summary>Throws <see cref="InvalidDataException"/> when config.json of the folder at
    /// <paramref name="path"/> has labels that differ from models/labels.json: "intent_labels" (t5-payroll) or
    /// "labels" (intent-ngram) must equal <see cref="Intents"/>, "id2label" (ner-payroll) <see cref="NerLabels"/>.</summary>
    public static void Check(string path, JsonElement config)
    {
        foreach (var key in new[] { "intent_labels", "labels" })
        {
            if (config.TryGetProperty(key, out var labels))
                Require(path, key, labels.ValueKind == JsonValueKind.Array ? labels.EnumerateArray().Select(l => l.GetString() ?? "").ToArray() : [], Intents, "intents");
        }
        if (config.TryGetProperty("id2label", out var id2label))
        {
            // {"0": "O", "1": "B-MONTH", …} -> labels by id (an id outside 0..n-1 leaves a gap, which differs)
            var entries = id2label.ValueKind == JsonValueKind.Object ? id2label.EnumerateObject().ToArray() : [];
            var byId = new string?[entries.Length];
            foreach (var e in entries)
                if (int.TryParse(e.Name, out var id) && id >= 0 && id < byId.Length) byId[id] = e.Value.GetString() ?? "";
            Require(path, "id2label", byId.Select(l => l ?? "?").ToArray(), NerLabels, "entity_types (O, then B-/I- per type)");
        }
    }

    private static void Require(string path, string key, IReadOnlyList<string> actual, IReadOnlyList<string> expected, string what)
    {
        if (!actual.SequenceEqual(expected))
            throw new InvalidDataException(
                $"config.json of '{path}' {key} [{string.Join(", ", actual)}] differ from models/labels.json {what} "
                + $"[{string.Join(", ", expected)}]; refusing to load it.");
    }
}
