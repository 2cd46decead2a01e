using System.Diagnostics;

namespace ChatNomina.Inference;

public sealed record NluPrediction(string Intent, double Confidence, IReadOnlyList<Entity> Entities);

/// <summary>Loads the model folders (integrity-checked) and serves batched intent, entities and generation.
/// Intent: the T5's label scores, combined with the n-gram model's log-probabilities when that folder is
/// configured (<see cref="InferenceOptions.IntentNgramFolder"/>; docs/nlu-ensemble.md).</summary>
public sealed class NluEngine : IDisposable
{
    public T5Model T5 { get; }
    public NerModel Ner { get; }
    /// <summary>Null when <see cref="InferenceOptions.IntentNgramFolder"/> is empty.</summary>
    public NgramIntentModel? IntentNgram { get; }
    public InferenceOptions Options { get; }

    public NluEngine(InferenceOptions options, Action<string>? log = null)
    {
        log ??= _ => { };
        Options = options;
        var root = options.ResolveModelsPath();
        var sw = Stopwatch.StartNew();
        var t5Folder = ModelFolder.Open(Path.Combine(root, options.T5Folder));
        var nerFolder = ModelFolder.Open(Path.Combine(root, options.NerFolder));
        var ngramFolder = string.IsNullOrWhiteSpace(options.IntentNgramFolder)
            ? null
            : ModelFolder.Open(Path.Combine(root, options.IntentNgramFolder));
        log($"inference: sha256 of {t5Folder.Id} {t5Folder.Version}, {nerFolder.Id} {nerFolder.Version}"
            + (ngramFolder is null ? " (no n-gram intent model)" : $" and {ngramFolder.Id} {ngramFolder.Version}")
            + $" verified in {sw.ElapsedMilliseconds} ms ({root})");
        // The n-gram and T5 labels are the same list: ModelFolder.Open checked both against models/labels.json
        // (before any session opens, so nothing is left to dispose when one differs).
        try
        {
            T5 = new T5Model(t5Folder, options, log);
            Ner = new NerModel(nerFolder, options, log);
            IntentNgram = ngramFolder is null ? null : new NgramIntentModel(ngramFolder, options, log);
        }
        catch
        {
            Dispose();
            throw;
        }
        ModelFolder[] intentFolders = IntentNgram is null ? [T5.Folder] : [T5.Folder, IntentNgram.Folder];
        IntentModelId = string.Join('+', intentFolders.Select(f => f.Id));
        IntentModelVersion = string.Join('+', intentFolders.Select(f => f.Version));
    }

    /// <summary>"t5-payroll 1.1.0 + ner-payroll 1.0.0 + intent-ngram 1.2.0": every loaded model folder.</summary>
    public string Models => string.Join(" + ", new[] { T5.Folder, Ner.Folder, IntentNgram?.Folder }
        .OfType<ModelFolder>().Select(f => $"{f.Id} {f.Version}"));

    /// <summary>What answers intents, as IntentClassified.ModelId and the metric label name it: "t5-payroll", or
    /// "t5-payroll+intent-ngram" when the n-gram model takes part (changing either folder changes the answers).</summary>
    public string IntentModelId { get; }

    /// <summary>The matching versions: "1.1.0", or "1.1.0+1.2.0" (T5 first).</summary>
    public string IntentModelVersion { get; }

    /// <summary>Intent with a real probability. With the n-gram model: softmax over the labels of
    /// t5_weight × max(log P_T5, floor) + ngram_weight × log P_ngram + the ensemble's label bias (a weighted
    /// product of the two distributions; the floor is config.json's ensemble.t5_log_prob_floor, none when
    /// absent); without it: the T5's label scores plus its own bias.</summary>
    public IntentPrediction[] ClassifyIntent(IReadOnlyList<string> texts)
    {
        if (IntentNgram is null) return T5.ClassifyIntent(texts);
        var t5 = T5.IntentLabelScores(texts);
        var ngram = IntentNgram.LogProbs(texts);
        var result = new IntentPrediction[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            var t5Log = IntentScoring.LogSoftmax(t5[i]);
            var combined = t5Log.Select((s, l) => IntentNgram.T5Weight * Math.Max(s, IntentNgram.T5LogProbFloor) + IntentNgram.NgramWeight * ngram[i][l]).ToArray();
            result[i] = IntentScoring.Predict(T5.Labels, combined, IntentNgram.EnsembleLabelBias);
        }
        return result;
    }

    public Entity[][] ExtractEntities(IReadOnlyList<string> texts, IReadOnlyList<DateOnly> nows) => Ner.Extract(texts, nows);

    public GenerationResult[] Generate(IReadOnlyList<string> inputs, int? maxTokens = null) => T5.Generate(inputs, maxTokens);

    public NluPrediction[] Predict(IReadOnlyList<string> texts, IReadOnlyList<DateOnly> nows)
    {
        var intents = ClassifyIntent(texts);
        var entities = ExtractEntities(texts, nows);
        return intents.Select((p, i) => new NluPrediction(p.Intent, p.Confidence, entities[i])).ToArray();
    }

    public void Dispose()
    {
        // Also called by the constructor when a model fails to load: what was not built yet is null.
        T5?.Dispose();
        Ner?.Dispose();
        IntentNgram?.Dispose();
    }
}
