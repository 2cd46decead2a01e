using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace ChatNomina.Inference.Tests;

/// <summary>The n-gram intent model (models/intent-ngram/) and its ensemble with the T5, against the
/// Python outputs written by <c>models.intent_ngram export</c>: the same feature strings and ids (CRC-32,
/// code points, whitespace, lower-casing), the same logits and the same combined probabilities.</summary>
[Collection(ModelsCollection.Name)]
public sealed class NgramIntentTests(ModelsFixture models, ITestOutputHelper output) : IDisposable
{
    private const double Tolerance = 1e-4;
    private readonly string _temp = Directory.CreateTempSubdirectory("chatnomina-ngram-").FullName;
    private NgramIntentModel Ngram => models.Engine.IntentNgram ?? throw new InvalidOperationException("intent-ngram is not loaded");
    private JsonElement[] Cases => models.Fixture("intent-ngram", "ngram_parity.json").GetProperty("cases").EnumerateArray().ToArray();

    [Fact]
    public void Feature_strings_and_ids_match_python()
    {
        var withStrings = 0;
        foreach (var c in Cases)
        {
            var text = c.GetProperty("text").GetString()!;
            if (c.GetProperty("features").ValueKind == JsonValueKind.Array)
            {
                Assert.Equal(c.GetProperty("features").EnumerateArray().Select(f => f.GetString()!), Ngram.FeatureStrings(text));
                withStrings++;
            }
            Assert.Equal(c.GetProperty("feature_ids").Ints(), Ngram.Features(text));
        }
        Assert.True(withStrings >= 10, "the fixture lists the feature strings of the hand-picked texts");
        Assert.Equal([0], Ngram.Features(""));
    }

    [Fact]
    public void Logits_match_pytorch()
    {
        var cases = Cases;
        var rows = cases.Select(c => (IReadOnlyList<int>)c.GetProperty("feature_ids").Ints()).ToList();
        var logits = Ngram.Logits(rows);
        var expected = cases.SelectMany(c => c.GetProperty("logits").Floats()).ToArray();
        var diff = Json.MaxAbsDiff(logits, expected);
        output.WriteLine($"n-gram logits max abs diff {diff:E2} over {cases.Length} texts");
        Assert.True(diff <= Tolerance, $"logits diff {diff}");
    }

    [Fact]
    public void Ensemble_probabilities_match_pytorch()
    {
        var cases = Cases;
        var preds = models.Engine.ClassifyIntent(cases.Select(c => c.GetProperty("text").GetString()!).ToArray());
        var labels = models.Engine.T5.Labels;
        double max = 0;
        for (var i = 0; i < cases.Length; i++)
        {
            Assert.Equal(cases[i].GetProperty("ensemble_intent").GetString(), preds[i].Intent);
            var expected = cases[i].GetProperty("ensemble_probs").Floats();
            for (var l = 0; l < labels.Count; l++)
                max = Math.Max(max, Math.Abs(expected[l] - preds[i].Probabilities[labels[l]]));
            Assert.Equal(1.0, preds[i].Probabilities.Values.Sum(), 6);
            Assert.Equal(preds[i].Probabilities[preds[i].Intent], preds[i].Confidence);
        }
        output.WriteLine($"ensemble probabilities max abs diff {max:E2} over {cases.Length} texts");
        Assert.True(max <= Tolerance, $"probability diff {max}");
    }

    [Fact]
    public void A_t5_floor_in_config_clamps_the_t5_log_probabilities_before_weighting()
    {
        // ensemble.t5_log_prob_floor (searched by `combine` since round 10, docs/nlu-ensemble.md):
        // combined = t5_weight * max(log P_T5, floor) + ngram_weight * log P_ngram + bias.
        const double floor = -2.0;
        var root = ModelsRootWithT5AndNer("floor");
        CopyWithConfig(cfg => cfg["ensemble"]!["t5_log_prob_floor"] = floor, root);
        using var engine = new NluEngine(new InferenceOptions { ModelsPath = root });
        var ngramModel = engine.IntentNgram!;
        Assert.Equal(floor, ngramModel.T5LogProbFloor);
        var texts = Cases.Select(c => c.GetProperty("text").GetString()!).ToArray();
        var t5 = engine.T5.IntentLabelScores(texts).Select(IntentScoring.LogSoftmax).ToArray();
        var ngram = ngramModel.LogProbs(texts);
        var preds = engine.ClassifyIntent(texts);
        var unclamped = models.Engine.ClassifyIntent(texts);
        var labels = engine.T5.Labels;
        var clamped = 0;
        var changed = 0;
        for (var i = 0; i < texts.Length; i++)
        {
            var combined = Enumerable.Range(0, labels.Count)
                .Select(l => ngramModel.T5Weight * Math.Max(t5[i][l], floor) + ngramModel.NgramWeight * ngram[i][l]).ToArray();
            var expected = IntentScoring.Predict(labels, combined, ngramModel.EnsembleLabelBias);
            Assert.Equal(expected.Intent, preds[i].Intent);
            foreach (var l in labels) Assert.Equal(expected.Probabilities[l], preds[i].Probabilities[l], 12);
            clamped += t5[i].Count(s => s < floor);
            if (Math.Abs(preds[i].Confidence - unclamped[i].Confidence) > 1e-6) changed++;
        }
        output.WriteLine($"T5 log-probabilities below {floor}: {clamped} of {texts.Length * labels.Count}; confidences changed: {changed}");
        Assert.True(clamped > texts.Length && changed > 0, "the floor is exercised");
    }

    [Fact]
    public void Without_a_t5_floor_in_config_the_t5_log_probabilities_are_not_clamped()
    {
        var dir = CopyWithConfig(cfg => cfg["ensemble"]!.AsObject().Remove("t5_log_prob_floor"));
        using var model = new NgramIntentModel(ModelFolder.Open(dir), new InferenceOptions(), _ => { });
        Assert.Equal(double.NegativeInfinity, model.T5LogProbFloor);
    }

    [Fact]
    public void Without_the_ngram_folder_intents_come_from_the_t5_alone()
    {
        using var engine = new NluEngine(new InferenceOptions { IntentNgramFolder = "" });
        Assert.Null(engine.IntentNgram);
        Assert.Equal(engine.T5.Folder.Id, engine.IntentModelId);
        Assert.Equal(engine.T5.Folder.Version, engine.IntentModelVersion);
        string[] texts = ["¿cuándo cobro la nómina de marzo?", "what's the capital of France?"];
        var alone = engine.ClassifyIntent(texts);
        var t5 = models.Engine.T5.ClassifyIntent(texts);
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(t5[i].Intent, alone[i].Intent);
            Assert.Equal(t5[i].Confidence, alone[i].Confidence, 9);
        }
    }

    [Fact]
    public void An_ensemble_bias_for_an_unknown_label_is_refused()
    {
        var dir = CopyWithConfig(cfg => cfg["ensemble"]!["label_bias"] = new JsonObject { ["out_of_scop"] = 1.0 });
        var e = Assert.Throws<InvalidDataException>(() => new NgramIntentModel(ModelFolder.Open(dir), new InferenceOptions(), _ => { }));
        Assert.Contains("out_of_scop", e.Message);
    }

    [Fact]
    public void A_feature_setting_this_code_does_not_implement_is_refused()
    {
        var dir = CopyWithConfig(cfg => cfg["accent_fold"] = true);
        var e = Assert.Throws<InvalidDataException>(() => new NgramIntentModel(ModelFolder.Open(dir), new InferenceOptions(), _ => { }));
        Assert.Contains("accent_fold", e.Message);
    }

    [Fact]
    public void Labels_that_differ_from_the_t5_labels_are_refused()
    {
        var root = ModelsRootWithT5AndNer("models");
        CopyWithConfig(cfg => cfg["labels"] = new JsonArray(cfg["labels"]!.AsArray().Select(l => (JsonNode?)JsonValue.Create(l!.GetValue<string>())).Reverse().ToArray()), root);
        var e = Assert.Throws<InvalidDataException>(() => new NluEngine(new InferenceOptions { ModelsPath = root }));
        Assert.Contains("differ", e.Message);
    }

    [Fact]
    public void A_changed_ngram_model_file_is_refused()
    {
        var root = ModelsRootWithT5AndNer("tampered");
        var dir = ModelCopy.Of(models.ModelsPath, "intent-ngram", root);
        var onnx = Path.Combine(dir, "model.onnx");
        var bytes = File.ReadAllBytes(onnx);
        bytes[^10] ^= 0x5a;
        File.WriteAllBytes(onnx, bytes);
        var e = Assert.Throws<ModelIntegrityException>(() => new NluEngine(new InferenceOptions { ModelsPath = root }));
        Assert.Contains("model.onnx", e.Message);
    }

    /// <summary>A models folder under the temp directory holding copies of the T5 and NER folders.</summary>
    private string ModelsRootWithT5AndNer(string name)
    {
        var root = Path.Combine(_temp, name);
        foreach (var model in new[] { "t5-payroll", "ner-payroll" }) ModelCopy.Of(models.ModelsPath, model, root);
        return root;
    }

    private string CopyWithConfig(Action<JsonObject> edit, string? root = null) =>
        ModelCopy.WithConfig(models.ModelsPath, "intent-ngram", root ?? _temp, edit);

    public void Dispose() => Directory.Delete(_temp, recursive: true);
}
