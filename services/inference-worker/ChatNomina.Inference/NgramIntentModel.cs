using System.IO.Hashing;
using System.Text;
using Microsoft.ML.OnnxRuntime;

namespace ChatNomina.Inference;

/// <summary>Hashed word and character n-gram intent classifier (models/intent_ngram.py): the mean of the
/// features' embedding rows, then one linear layer. Its log-probabilities are combined with the T5's label
/// scores by <see cref="NluEngine.ClassifyIntent"/> with the weights of config.json "ensemble".</summary>
public sealed class NgramIntentModel : IDisposable
{
    private readonly InferenceSession _session;
    private readonly int _buckets, _charMin, _charMax;
    private readonly bool _wordBigrams, _lowercase;

    public ModelFolder Folder { get; }
    public IReadOnlyList<string> Labels { get; }
    public string Provider { get; }
    /// <summary>Weight of the T5 label log-probabilities in the ensemble.</summary>
    public double T5Weight { get; }
    /// <summary>Weight of this model's log-probabilities in the ensemble.</summary>
    public double NgramWeight { get; }
    /// <summary>Log-prior correction per label added to the combined score (replaces the T5's own bias).</summary>
    public IReadOnlyList<double> EnsembleLabelBias { get; }
    /// <summary>Lowest value a T5 label log-probability takes in the ensemble (config.json ensemble
    /// "t5_log_prob_floor"; negative infinity when absent): log P_T5 is clamped to it before weighting, so a
    /// T5 that is sure a label is wrong on wording it never saw (CLINC150's small talk) cannot veto it alone.</summary>
    public double T5LogProbFloor { get; }

    /// <summary>The config.json keys this code implements; a folder with any other key (a feature setting the
    /// Python side added later, say) is refused rather than served with different features.</summary>
    private static readonly HashSet<string> KnownConfigKeys =
    [
        "model_type", "labels", "num_buckets", "dim", "char_ngram_min", "char_ngram_max", "word_bigrams", "lowercase",
        "hidden", "hash", "ensemble",
    ];

    public NgramIntentModel(ModelFolder folder, InferenceOptions options, Action<string> log)
    {
        Folder = folder;
        var unknown = folder.Config.EnumerateObject().Select(p => p.Name).Where(n => !KnownConfigKeys.Contains(n)).ToArray();
        if (unknown.Length > 0)
            throw new InvalidDataException($"config.json of '{folder.Path}' has settings this code does not implement: {string.Join(", ", unknown)}.");
        Labels = folder.Config.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!).ToArray();
        _buckets = folder.ConfigInt("num_buckets");
        _charMin = folder.ConfigInt("char_ngram_min");
        _charMax = folder.ConfigInt("char_ngram_max");
        _wordBigrams = folder.Config.GetProperty("word_bigrams").GetBoolean();
        _lowercase = folder.Config.GetProperty("lowercase").GetBoolean();
        var ensemble = folder.Config.GetProperty("ensemble");
        T5Weight = ensemble.GetProperty("t5_weight").GetDouble();
        NgramWeight = ensemble.GetProperty("ngram_weight").GetDouble();
        EnsembleLabelBias = IntentScoring.ReadLabelBias(ensemble.GetProperty("label_bias"), $"config.json of '{folder.Path}' ensemble.label_bias", Labels);
        T5LogProbFloor = ensemble.TryGetProperty("t5_log_prob_floor", out var floor) ? floor.GetDouble() : double.NegativeInfinity;
        (_session, Provider) = OnnxSessionFactory.Create(folder.File("model.onnx"), options, log);
    }

    /// <summary>The feature strings of a text (the same list as models/intent_ngram.py feature_strings):
    /// words = runs of non-whitespace code points of the (lower-cased) text; per word "w:word" and the
    /// character n-grams of "&lt;word&gt;"; per pair of neighbouring words "b:w1 w2".</summary>
    public IReadOnlyList<string> FeatureStrings(string text)
    {
        var t = _lowercase ? text.ToLowerInvariant() : text;
        var words = new List<Rune[]>();
        var current = new List<Rune>();
        foreach (var r in t.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(r))
            {
                if (current.Count > 0) words.Add([.. current]);
                current.Clear();
            }
            else current.Add(r);
        }
        if (current.Count > 0) words.Add([.. current]);

        var result = new List<string>();
        var word = new string[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            word[i] = Join(words[i], 0, words[i].Length);
            result.Add("w:" + word[i]);
            Rune[] padded = [new Rune('<'), .. words[i], new Rune('>')];
            for (var n = _charMin; n <= _charMax; n++)
                for (var s = 0; s + n <= padded.Length; s++)
                    result.Add(Join(padded, s, n));
        }
        if (_wordBigrams)
            for (var i = 0; i + 1 < word.Length; i++)
                result.Add("b:" + word[i] + " " + word[i + 1]);
        return result;
    }

    /// <summary>Feature ids: CRC-32 of each feature string's UTF-8 bytes modulo the bucket count; a text
    /// without features gets the single id 0.</summary>
    public int[] Features(string text)
    {
        var strings = FeatureStrings(text);
        if (strings.Count == 0) return [0];
        return strings.Select(f => (int)(Crc32.HashToUInt32(Encoding.UTF8.GetBytes(f)) % (uint)_buckets)).ToArray();
    }

    /// <summary>Natural-log probabilities [text][label].</summary>
    public double[][] LogProbs(IReadOnlyList<string> texts)
    {
        if (texts.Count == 0) return [];
        var rows = texts.Select(t => (IReadOnlyList<int>)Features(t)).ToList();
        var logits = Logits(rows);
        var k = Labels.Count;
        return Enumerable.Range(0, texts.Count)
            .Select(i => IntentScoring.LogSoftmax(new ArraySegment<float>(logits, i * k, k).Select(x => (double)x).ToArray()))
            .ToArray();
    }

    /// <summary>Raw logits [batch * labels] for rows of feature ids (padding is masked out).</summary>
    public float[] Logits(IReadOnlyList<IReadOnlyList<int>> rows)
    {
        var (ids, len) = Tensors.Pad(rows);
        var mask = new long[ids.Length];
        for (var i = 0; i < rows.Count; i++)
            for (var j = 0; j < rows[i].Count; j++) mask[i * len + j] = 1;
        using var idsV = Tensors.Long(ids, rows.Count, len);
        using var maskV = Tensors.Long(mask, rows.Count, len);
        using var outs = SessionRunner.Run(_session, new Dictionary<string, OrtValue> { ["feature_ids"] = idsV, ["feature_mask"] = maskV }, ["logits"]);
        return outs[0].GetTensorDataAsSpan<float>().ToArray();
    }

    private static string Join(Rune[] runes, int start, int count)
    {
        var sb = new StringBuilder(count * 2);
        for (var i = start; i < start + count; i++) sb.Append(runes[i].ToString());
        return sb.ToString();
    }

    public void Dispose() => _session.Dispose();
}
