using Microsoft.ML.OnnxRuntime;

namespace ChatNomina.Inference;

public sealed record Entity(string Type, string Text, int Start, int End, object? Value);

/// <summary>Token-classification NER (BIO over the six entity types); spans map back to character
/// offsets of the original text (UTF-16 indices into the .NET string).</summary>
public sealed class NerModel : IDisposable
{
    private readonly InferenceSession _session;
    private readonly string[] _labels;
    private readonly int _maxLength;

    public PayrollTokenizer Tokenizer { get; }
    public ModelFolder Folder { get; }
    public string Provider { get; }
    public IReadOnlyList<string> Labels => _labels;

    public NerModel(ModelFolder folder, InferenceOptions options, Action<string> log)
    {
        Folder = folder;
        Tokenizer = new PayrollTokenizer(folder.File("spiece.model"));
        var id2label = folder.Config.GetProperty("id2label");
        _labels = new string[id2label.EnumerateObject().Count()];
        foreach (var p in id2label.EnumerateObject()) _labels[int.Parse(p.Name)] = p.Value.GetString()!;
        _maxLength = folder.ConfigInt("max_length", 512);
        (_session, Provider) = OnnxSessionFactory.Create(folder.File("model.onnx"), options, log);
    }

    /// <summary>NER input ids: ids(text) truncated to max_length (no prefix, no EOS).</summary>
    public int[] InputIds(string text) => Tokenizer.Encode(text).Take(_maxLength).ToArray();

    /// <summary>Raw logits [batch, seq, labels] for id rows (an empty row becomes one pad token).</summary>
    public (float[] Logits, int SeqLen, int NumLabels) Logits(IReadOnlyList<IReadOnlyList<int>> rows)
    {
        var fixedRows = rows.Select(r => r.Count == 0 ? (IReadOnlyList<int>)[PayrollTokenizer.PadId] : r).ToList();
        var (ids, len) = Tensors.Pad(fixedRows);
        var mask = ids.Select(i => i != PayrollTokenizer.PadId ? 1L : 0L).ToArray();
        using var idsV = Tensors.Long(ids, rows.Count, len);
        using var maskV = Tensors.Long(mask, rows.Count, len);
        using var outs = SessionRunner.Run(_session, new Dictionary<string, OrtValue> { ["input_ids"] = idsV, ["attention_mask"] = maskV }, ["logits"]);
        var logits = outs[0].GetTensorDataAsSpan<float>().ToArray();
        return (logits, len, logits.Length / (rows.Count * len));
    }

    public Entity[][] Extract(IReadOnlyList<string> texts, IReadOnlyList<DateOnly> nows)
    {
        if (texts.Count == 0) return [];
        var ids = texts.Select(InputIds).ToArray();
        var (logits, len, n) = Logits(ids);
        var result = new Entity[texts.Count][];
        for (var b = 0; b < texts.Count; b++)
        {
            var offsets = Tokenizer.Offsets(texts[b], ids[b]);
            var labels = new int[ids[b].Length];
            for (var t = 0; t < labels.Length; t++)
            {
                var row = logits.AsSpan((b * len + t) * n, n);
                var best = 0;
                for (var k = 1; k < n; k++) if (row[k] > row[best]) best = k;
                labels[t] = best;
            }
            result[b] = DecodeSpans(offsets, labels)
                .Select(s =>
                {
                    var text = texts[b][s.Start..s.End];
                    return new Entity(s.Type, text, s.Start, s.End, EntityNormalizer.Normalize(s.Type, text, nows[b]));
                }).ToArray();
        }
        return result;
    }

    /// <summary>BIO → spans; empty-span tokens skipped; an I- that does not continue an entity of the
    /// same type starts a new one.</summary>
    public List<(string Type, int Start, int End)> DecodeSpans(IReadOnlyList<(int Start, int End)> offsets, IReadOnlyList<int> labelIds)
    {
        var spans = new List<(string, int, int)>();
        (string Type, int Start, int End)? cur = null;
        for (var i = 0; i < offsets.Count && i < labelIds.Count; i++)
        {
            var (s, e) = offsets[i];
            if (s >= e) continue;
            var lab = _labels[labelIds[i]];
            if (lab == "O")
            {
                if (cur is not null) spans.Add(cur.Value);
                cur = null;
                continue;
            }
            var dash = lab.IndexOf('-');
            var prefix = lab[..dash];
            var type = lab[(dash + 1)..];
            if (prefix == "B" || cur is null || cur.Value.Type != type)
            {
                if (cur is not null) spans.Add(cur.Value);
                cur = (type, s, e);
            }
            else
            {
                cur = (type, cur.Value.Start, e);
            }
        }
        if (cur is not null) spans.Add(cur.Value);
        return spans;
    }

    public void Dispose() => _session.Dispose();
}
