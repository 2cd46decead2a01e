using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatNomina.Inference.Tests;

/// <summary>models/labels.json (embedded in the library as <see cref="ModelLabels"/>) is the one list of labels:
/// every committed model folder carries exactly these, and a folder that differs is refused when opened.</summary>
public sealed class LabelsTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("chatnomina-labels-").FullName;
    private static string ModelsPath => new InferenceOptions().ResolveModelsPath();

    private static JsonElement Read(string model, string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(ModelsPath, model, file)));
        return doc.RootElement.Clone();
    }

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    [Fact]
    public void The_embedded_labels_are_the_committed_labels_json()
    {
        using var stream = typeof(ModelLabels).Assembly.GetManifestResourceStream(ModelLabels.ResourceName)!;
        using var reader = new StreamReader(stream);
        Assert.Equal(File.ReadAllText(Path.Combine(ModelsPath, "labels.json")), reader.ReadToEnd());
        Assert.Equal(13, ModelLabels.Intents.Count);
        Assert.Equal("out_of_scope", ModelLabels.Intents[^1]);
        Assert.Equal(1 + 2 * ModelLabels.EntityTypes.Count, ModelLabels.NerLabels.Count);
    }

    [Fact]
    public void The_embedded_labels_equal_the_committed_model_folders_labels()
    {
        Assert.Equal(ModelLabels.Intents, Strings(Read("t5-payroll", "config.json").GetProperty("intent_labels")));
        Assert.Equal(ModelLabels.Intents, Strings(Read("t5-payroll", "metadata.json").GetProperty("labels")));
        Assert.Equal(ModelLabels.Intents, Strings(Read("intent-ngram", "config.json").GetProperty("labels")));
        Assert.Equal(ModelLabels.Intents, Strings(Read("intent-ngram", "metadata.json").GetProperty("labels")));
        var id2label = Read("ner-payroll", "config.json").GetProperty("id2label").EnumerateObject()
            .OrderBy(p => int.Parse(p.Name, System.Globalization.CultureInfo.InvariantCulture)).Select(p => p.Value.GetString()!);
        Assert.Equal(ModelLabels.NerLabels, id2label);
        Assert.Equal(ModelLabels.NerLabels, Strings(Read("ner-payroll", "metadata.json").GetProperty("labels")));
        foreach (var model in new[] { "t5-payroll", "ner-payroll", "intent-ngram" })
            ModelFolder.Open(Path.Combine(ModelsPath, model));
    }

    [Fact]
    public void The_normalizer_returns_the_values_of_labels_json()
    {
        Assert.Equal(ModelLabels.EntityTypes, EntityNormalizer.EntityTypes);
        Assert.Equal(ModelLabels.DeductionTypes.Order(StringComparer.Ordinal), EntityNormalizer.DeductionCodes.Order(StringComparer.Ordinal));
        Assert.Equal(ModelLabels.ProfileFields.Order(StringComparer.Ordinal), EntityNormalizer.ProfileCodes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_t5_folder_whose_intent_labels_differ_is_refused()
    {
        var dir = ModelCopy.WithConfig(ModelsPath, "t5-payroll", _temp,
            cfg => cfg["intent_labels"] = new JsonArray(ModelLabels.Intents.Where(l => l != "help").Select(l => (JsonNode?)JsonValue.Create(l)).ToArray()));
        var e = Assert.Throws<InvalidDataException>(() => ModelFolder.Open(dir));
        Assert.Contains("intent_labels", e.Message);
        Assert.Contains("labels.json", e.Message);
        Assert.Contains("refusing", e.Message);
    }

    [Fact]
    public void A_ner_folder_whose_labels_are_in_another_order_is_refused()
    {
        var dir = ModelCopy.WithConfig(ModelsPath, "ner-payroll", _temp, cfg =>
        {
            var id2label = cfg["id2label"]!.AsObject();
            (id2label["1"], id2label["3"]) = (id2label["3"]!.DeepClone(), id2label["1"]!.DeepClone());
        });
        var e = Assert.Throws<InvalidDataException>(() => ModelFolder.Open(dir));
        Assert.Contains("id2label", e.Message);
        Assert.Contains("labels.json", e.Message);
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);
}
