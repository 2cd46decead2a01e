using System.Text.Json;

namespace ChatNomina.Inference;

/// <summary>Turns per-label scores into an <see cref="IntentPrediction"/>: softmax over the labels of
/// score + bias (a log-prior correction per label), so the confidence is a real probability.</summary>
public static class IntentScoring
{
    public static IntentPrediction Predict(IReadOnlyList<string> labels, IReadOnlyList<double> scores, IReadOnlyList<double> bias)
    {
        var k = labels.Count;
        var biased = new double[k];
        for (var l = 0; l < k; l++) biased[l] = scores[l] + bias[l];
        var max = biased.Max();
        var exp = biased.Select(s => Math.Exp(s - max)).ToArray();
        var sum = exp.Sum();
        var probs = new Dictionary<string, double>(k);
        var best = 0;
        for (var l = 0; l < k; l++)
        {
            probs[labels[l]] = exp[l] / sum;
            if (exp[l] > exp[best]) best = l;
        }
        return new IntentPrediction(labels[best], exp[best] / sum, probs);
    }

    /// <summary>Natural-log softmax of one row of scores.</summary>
    public static double[] LogSoftmax(IReadOnlyList<double> scores)
    {
        var max = scores.Max();
        var logSum = Math.Log(scores.Sum(s => Math.Exp(s - max))) + max;
        return scores.Select(s => s - logSum).ToArray();
    }

    /// <summary>Reads a {"label": bias} object of config.json (labels not named get 0); a label that is
    /// not one of <paramref name="labels"/> is a broken model folder.</summary>
    public static double[] ReadLabelBias(ModelFolder folder, string property, IReadOnlyList<string> labels) =>
        folder.Config.TryGetProperty(property, out var section) ? ReadLabelBias(section, $"config.json of '{folder.Path}' {property}", labels) : new double[labels.Count];

    public static double[] ReadLabelBias(JsonElement section, string where, IReadOnlyList<string> labels)
    {
        var bias = new double[labels.Count];
        foreach (var entry in section.EnumerateObject())
        {
            var index = labels.ToList().IndexOf(entry.Name);
            if (index < 0)
                throw new InvalidDataException($"{where} names '{entry.Name}', which is not one of the intent labels.");
            bias[index] = entry.Value.GetDouble();
        }
        return bias;
    }
}
