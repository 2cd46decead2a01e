using System.Diagnostics;

namespace ChatNomina.Inference;

public sealed record NluPrediction(string Intent, double Confidence, IReadOnlyList<Entity> Entities);

/// <summary>Loads both model folders (integrity-checked) and serves batched intent, entities and generation.</summary>
public sealed class NluEngine : IDisposable
{
    public T5Model T5 { get; }
    public NerModel Ner { get; }
    public InferenceOptions Options { get; }

    public NluEngine(InferenceOptions options, Action<string>? log = null)
    {
        log ??= _ => { };
        Options = options;
        var root = options.ResolveModelsPath();
        var sw = Stopwatch.StartNew();
        var t5Folder = ModelFolder.Open(Path.Combine(root, options.T5Folder));
        var nerFolder = ModelFolder.Open(Path.Combine(root, options.NerFolder));
        log($"inference: sha256 of {t5Folder.Id} {t5Folder.Version} and {nerFolder.Id} {nerFolder.Version} verified in {sw.ElapsedMilliseconds} ms ({root})");
        T5 = new T5Model(t5Folder, options, log);
        Ner = new NerModel(nerFolder, options, log);
    }

    public IntentPrediction[] ClassifyIntent(IReadOnlyList<string> texts) => T5.ClassifyIntent(texts);

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
        T5.Dispose();
        Ner.Dispose();
    }
}
