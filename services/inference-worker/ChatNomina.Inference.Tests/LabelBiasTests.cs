using System.Text.Json.Nodes;

namespace ChatNomina.Inference.Tests;

/// <summary>config.json "intent_label_bias" (models/calibrate.py): read per label, added before the softmax
/// (the parity fixture's probabilities include it), and a label the model does not have is a config error.</summary>
[Collection(ModelsCollection.Name)]
public sealed class LabelBiasTests(ModelsFixture models) : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("chatnomina-bias-").FullName;

    [Fact]
    public void The_bias_of_every_label_is_the_one_config_json_names_or_zero()
    {
        var t5 = models.Engine.T5;
        var named = t5.Folder.Config.TryGetProperty("intent_label_bias", out var section)
            ? section.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble())
            : [];
        for (var i = 0; i < t5.Labels.Count; i++)
            Assert.Equal(named.GetValueOrDefault(t5.Labels[i]), t5.IntentLabelBias[i]);
    }

    [Fact]
    public void A_bias_for_a_label_the_model_does_not_have_is_refused_before_any_session_opens()
    {
        var dir = CopyT5WithConfig(cfg => cfg["intent_label_bias"] = new JsonObject { ["out_of_scop"] = 2.0 });
        var e = Assert.Throws<InvalidDataException>(() => new T5Model(ModelFolder.Open(dir), new InferenceOptions(), _ => { }));
        Assert.Contains("out_of_scop", e.Message);
    }

    [Fact]
    public void A_model_without_the_setting_scores_labels_unbiased()
    {
        var dir = CopyT5WithConfig(cfg => cfg.Remove("intent_label_bias"));
        using var t5 = new T5Model(ModelFolder.Open(dir), new InferenceOptions { IntraOpThreads = 1 }, _ => { });
        Assert.All(t5.IntentLabelBias, b => Assert.Equal(0, b));

        // Same sentence, same weights: the biased probabilities are the unbiased ones times exp(bias), renormalised.
        const string text = "¿qué tiempo hará mañana en Madrid?";
        var raw = t5.ClassifyIntent([text])[0].Probabilities;
        var biased = models.Engine.T5.ClassifyIntent([text])[0].Probabilities;
        var bias = models.Engine.T5.IntentLabelBias;
        var labels = models.Engine.T5.Labels;
        var z = labels.Select((l, i) => raw[l] * Math.Exp(bias[i])).Sum();
        for (var i = 0; i < labels.Count; i++)
            Assert.Equal(raw[labels[i]] * Math.Exp(bias[i]) / z, biased[labels[i]], 1e-6);
    }

    private string CopyT5WithConfig(Action<JsonObject> edit) => ModelCopy.WithConfig(models.ModelsPath, "t5-payroll", _temp, edit);

    public void Dispose() => Directory.Delete(_temp, recursive: true);
}
