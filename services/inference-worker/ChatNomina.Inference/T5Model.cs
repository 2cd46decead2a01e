using Microsoft.ML.OnnxRuntime;

namespace ChatNomina.Inference;

public sealed record IntentPrediction(string Intent, double Confidence, IReadOnlyDictionary<string, double> Probabilities);

public sealed record GenerationResult(string Text, IReadOnlyList<int> Ids);

/// <summary>T5 encoder–decoder exported in the Hugging Face Optimum layout (encoder_model.onnx,
/// decoder_model.onnx, decoder_with_past_model.onnx). Dimensions come from config.json and the
/// sessions' metadata, so a bigger standard export loads with the same code.</summary>
public sealed class T5Model : IDisposable
{
    private readonly InferenceSession _encoder, _decoder, _decoderWithPast;
    private readonly string[] _decoderOutputs, _withPastOutputs;
    private readonly string[] _pastInputs;
    private readonly int[][] _labelTargets;
    private readonly int _maxSource, _eos, _decoderStart;

    public PayrollTokenizer Tokenizer { get; }
    public ModelFolder Folder { get; }
    public IReadOnlyList<string> Labels { get; }
    public string Provider { get; }
    public int DModel { get; }
    public int DecoderLayers { get; }
    public int MaxGenerationTokens { get; }
    public string IntentPrefix { get; }
    public string GeneratePrefix { get; }
    /// <summary>config.json "intent_input_lowercase": the classifier input is lower-cased (ToLowerInvariant,
    /// = Python str.lower() on the scripts users write here); NER and generation keep the original text.</summary>
    public bool IntentLowercase { get; }
    /// <summary>config.json "intent_label_bias": a log-prior correction per label, added to the label's score
    /// before the softmax (labels not named get 0). Chosen on a calibration set by models/calibrate.py.</summary>
    public IReadOnlyList<double> IntentLabelBias { get; }

    public T5Model(ModelFolder folder, InferenceOptions options, Action<string> log)
    {
        Folder = folder;
        Tokenizer = new PayrollTokenizer(folder.File("spiece.model"));
        DModel = folder.ConfigInt("d_model");
        DecoderLayers = folder.ConfigInt("num_decoder_layers", folder.ConfigInt("num_layers"));
        _eos = folder.ConfigInt("eos_token_id", PayrollTokenizer.EosId);
        _decoderStart = folder.ConfigInt("decoder_start_token_id", PayrollTokenizer.PadId);
        _maxSource = folder.ConfigInt("max_source_length", 512);
        MaxGenerationTokens = Math.Min(options.MaxGenerationTokens, folder.ConfigInt("max_target_length", options.MaxGenerationTokens));
        Labels = folder.Config.TryGetProperty("intent_labels", out var labels)
            ? labels.EnumerateArray().Select(l => l.GetString()!).ToArray()
            : throw new InvalidDataException("config.json has no intent_labels.");
        var prefixes = folder.Config.GetProperty("task_prefixes");
        IntentPrefix = prefixes.GetProperty("intent").GetString()!;
        GeneratePrefix = prefixes.GetProperty("generate").GetString()!;
        IntentLowercase = folder.Config.TryGetProperty("intent_input_lowercase", out var lc) && lc.ValueKind == System.Text.Json.JsonValueKind.True;
        IntentLabelBias = IntentScoring.ReadLabelBias(folder, "intent_label_bias", Labels);

        (_encoder, Provider) = OnnxSessionFactory.Create(folder.File("encoder_model.onnx"), options, log);
        (_decoder, _) = OnnxSessionFactory.Create(folder.File("decoder_model.onnx"), options, log);
        (_decoderWithPast, _) = OnnxSessionFactory.Create(folder.File("decoder_with_past_model.onnx"), options, log);

        _decoderOutputs = _decoder.OutputMetadata.Keys.ToArray();
        _withPastOutputs = _decoderWithPast.OutputMetadata.Keys.ToArray();
        _pastInputs = _decoderWithPast.InputMetadata.Keys.Where(k => k.StartsWith("past_key_values.", StringComparison.Ordinal)).ToArray();
        if (_pastInputs.Length != 4 * DecoderLayers)
            throw new InvalidDataException($"decoder_with_past_model.onnx has {_pastInputs.Length} past inputs; config.json says {DecoderLayers} decoder layers (expected {4 * DecoderLayers}).");
        foreach (var p in _pastInputs)
            if (!_decoderOutputs.Contains(PresentName(p)))
                throw new InvalidDataException($"decoder_model.onnx has no output {PresentName(p)} for {p}.");

        _labelTargets = Labels.Select(l => Tokenizer.Encode(l).Append(_eos).ToArray()).ToArray();
    }

    private static string PresentName(string pastName) => "present." + pastName["past_key_values.".Length..];

    public IReadOnlyList<int[]> LabelTargets => _labelTargets;

    /// <summary>Encoder input ids: ids(prefix + text) truncated to max_source_length - 1, then EOS.</summary>
    public int[] SourceIds(string fullInput) => Tokenizer.Encode(fullInput).Take(_maxSource - 1).Append(_eos).ToArray();

    /// <summary>Encoder ids of the intent input of one message: prefix + text (lower-cased if config says so).</summary>
    public int[] IntentSourceIds(string text) => SourceIds(IntentPrefix + (IntentLowercase ? text.ToLowerInvariant() : text));

    // ------------------------------------------------------------ low-level (also used by parity tests)

    /// <summary>Runs the encoder; returns last_hidden_state [batch, seq, d_model] with its mask.</summary>
    public (OrtValue Hidden, OrtValue Mask, long[] MaskData, int SeqLen) Encode(IReadOnlyList<IReadOnlyList<int>> sources)
    {
        var (ids, len) = Tensors.Pad(sources);
        var mask = new long[ids.Length];
        for (var i = 0; i < sources.Count; i++)
            for (var j = 0; j < sources[i].Count && j < len; j++) mask[i * len + j] = 1;
        using var idsV = Tensors.Long(ids, sources.Count, len);
        var maskV = Tensors.Long(mask, sources.Count, len);
        using var outs = SessionRunner.Run(_encoder, new Dictionary<string, OrtValue> { ["input_ids"] = idsV, ["attention_mask"] = maskV }, ["last_hidden_state"]);
        var hidden = outs[0].GetTensorDataAsSpan<float>().ToArray();
        return (Tensors.Float(hidden, sources.Count, len, hidden.Length / (sources.Count * len)), maskV, mask, len);
    }

    /// <summary>decoder_model.onnx on the given decoder inputs; returns the requested outputs (logits first).</summary>
    public IDisposableReadOnlyCollection<OrtValue> Decode(long[] decoderIds, int rows, int decLen, OrtValue encoderHidden, OrtValue encoderMask, bool withPresents)
    {
        using var ids = Tensors.Long(decoderIds, rows, decLen);
        string[] outputs = withPresents ? _decoderOutputs : ["logits"];
        return SessionRunner.Run(_decoder, new Dictionary<string, OrtValue>
        {
            ["input_ids"] = ids,
            ["encoder_attention_mask"] = encoderMask,
            ["encoder_hidden_states"] = encoderHidden,
        }, outputs);
    }

    /// <summary>One cached step of decoder_with_past_model.onnx. <paramref name="past"/> maps
    /// past_key_values.* names to values (decoder self-attention cache + constant encoder cache).</summary>
    public IDisposableReadOnlyCollection<OrtValue> DecodeStep(long[] tokens, OrtValue encoderMask, IReadOnlyDictionary<string, OrtValue> past)
    {
        using var ids = Tensors.Long(tokens, tokens.Length, 1);
        var feeds = new Dictionary<string, OrtValue>(past) { ["input_ids"] = ids, ["encoder_attention_mask"] = encoderMask };
        return SessionRunner.Run(_decoderWithPast, feeds, _withPastOutputs);
    }

    public IReadOnlyList<string> DecoderOutputNames => _decoderOutputs;
    public IReadOnlyList<string> WithPastOutputNames => _withPastOutputs;
    public IReadOnlyList<string> PastInputNames => _pastInputs;

    /// <summary>Feeds for the next cached step: decoder self-attention entries from <paramref name="latest"/>
    /// (outputs of the previous call), encoder entries from <paramref name="first"/> (decoder_model outputs).</summary>
    public Dictionary<string, OrtValue> PastFeeds(IReadOnlyList<string> firstNames, IReadOnlyList<OrtValue> first,
        IReadOnlyList<string> latestNames, IReadOnlyList<OrtValue> latest)
    {
        var feeds = new Dictionary<string, OrtValue>();
        foreach (var p in _pastInputs)
        {
            var present = PresentName(p);
            var isEncoder = p.Contains(".encoder.", StringComparison.Ordinal);
            var idx = isEncoder ? -1 : IndexOf(latestNames, present);
            feeds[p] = idx >= 0 ? latest[idx] : first[IndexOf(firstNames, present)];
        }
        return feeds;
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++) if (names[i] == name) return i;
        return -1;
    }

    // ------------------------------------------------------------ intent (label scoring)

    /// <summary>Intent with a real probability: softmax over the labels of each label sequence's
    /// summed teacher-forced log-probability plus config.json's label bias.</summary>
    public IntentPrediction[] ClassifyIntent(IReadOnlyList<string> texts) =>
        IntentLabelScores(texts).Select(s => IntentScoring.Predict(Labels, s, IntentLabelBias)).ToArray();

    /// <summary>Raw label scores [text][label]: the summed teacher-forced log-probability of each label
    /// sequence (label pieces + EOS), no bias (one decoder_model call for the whole batch).</summary>
    public double[][] IntentLabelScores(IReadOnlyList<string> texts)
    {
        if (texts.Count == 0) return [];
        var sources = texts.Select(t => (IReadOnlyList<int>)IntentSourceIds(t)).ToList();
        var (hidden, mask, maskData, seq) = Encode(sources);
        using var _h = hidden;
        using var _m = mask;
        int b = texts.Count, k = _labelTargets.Length, tLen = _labelTargets.Max(t => t.Length);
        var rows = b * k;
        var decIds = new long[rows * tLen];
        for (var i = 0; i < b; i++)
            for (var l = 0; l < k; l++)
            {
                var tgt = _labelTargets[l];
                var off = (i * k + l) * tLen;
                decIds[off] = _decoderStart;
                for (var j = 1; j < tgt.Length; j++) decIds[off + j] = tgt[j - 1];
            }
        var hid = hidden.GetTensorDataAsSpan<float>();
        var d = hid.Length / (b * seq);
        var hidRep = new float[rows * seq * d];
        var maskRep = new long[rows * seq];
        for (var i = 0; i < b; i++)
            for (var l = 0; l < k; l++)
            {
                hid.Slice(i * seq * d, seq * d).CopyTo(hidRep.AsSpan((i * k + l) * seq * d));
                maskData.AsSpan(i * seq, seq).CopyTo(maskRep.AsSpan((i * k + l) * seq));
            }
        using var hidV = Tensors.Float(hidRep, rows, seq, d);
        using var maskV = Tensors.Long(maskRep, rows, seq);
        using var outs = Decode(decIds, rows, tLen, hidV, maskV, withPresents: false);
        var logits = outs[0].GetTensorDataAsSpan<float>();
        var vocab = logits.Length / (rows * tLen);
        var result = new double[b][];
        for (var i = 0; i < b; i++)
        {
            var scores = result[i] = new double[k];
            for (var l = 0; l < k; l++)
            {
                var tgt = _labelTargets[l];
                double s = 0;
                for (var j = 0; j < tgt.Length; j++)
                {
                    var row = logits.Slice(((i * k + l) * tLen + j) * vocab, vocab);
                    s += LogSoftmaxAt(row, tgt[j]);
                }
                scores[l] = s;
            }
        }
        return result;
    }

    private static double LogSoftmaxAt(ReadOnlySpan<float> row, int index)
    {
        // log_softmax(row)[index] = row[index] - max - log(sum(exp(row - max))), vectorized.
        var max = System.Numerics.Tensors.TensorPrimitives.Max(row);
        var tmp = row.Length <= 16384 ? stackalloc float[row.Length] : new float[row.Length];
        System.Numerics.Tensors.TensorPrimitives.Subtract(row, max, tmp);
        System.Numerics.Tensors.TensorPrimitives.Exp(tmp, tmp);
        double sum = System.Numerics.Tensors.TensorPrimitives.Sum<float>(tmp);
        return (double)row[index] - max - Math.Log(sum);
    }

    // ------------------------------------------------------------ generation (greedy, KV cache)

    /// <summary>Greedy decoding with the KV cache: decoder_model for the first step from the
    /// decoder start token, then decoder_with_past_model; stops at EOS or the token limit.
    /// <paramref name="inputs"/> are whole generate inputs ("generate: intent=… lang=… fields=…").</summary>
    public GenerationResult[] Generate(IReadOnlyList<string> inputs, int? maxTokens = null)
    {
        if (inputs.Count == 0) return [];
        var limit = maxTokens ?? MaxGenerationTokens;
        var b = inputs.Count;
        var (hidden, mask, _, _) = Encode(inputs.Select(i => (IReadOnlyList<int>)SourceIds(i)).ToList());
        using var _h = hidden;
        using var _m = mask;
        var start = new long[b];
        Array.Fill(start, _decoderStart);
        var first = Decode(start, b, 1, hidden, mask, withPresents: true);
        IDisposableReadOnlyCollection<OrtValue>? latest = null;
        var outIds = Enumerable.Range(0, b).Select(_ => new List<int>()).ToArray();
        var done = new bool[b];
        try
        {
            var logits = first[IndexOf(_decoderOutputs, "logits")];
            for (var step = 0; step < limit; step++)
            {
                var span = logits.GetTensorDataAsSpan<float>();
                var vocab = span.Length / b;
                var next = new long[b];
                for (var i = 0; i < b; i++)
                {
                    if (done[i]) { next[i] = PayrollTokenizer.PadId; continue; }
                    var tok = ArgMax(span.Slice(i * vocab, vocab));
                    outIds[i].Add(tok);
                    next[i] = tok;
                    if (tok == _eos) done[i] = true;
                }
                if (done.All(x => x) || step == limit - 1) break;
                var feeds = latest is null
                    ? PastFeeds(_decoderOutputs, first, _decoderOutputs, first)
                    : PastFeeds(_decoderOutputs, first, _withPastOutputs, latest);
                var nextOuts = DecodeStep(next, mask, feeds);
                latest?.Dispose();
                latest = nextOuts;
                logits = latest[IndexOf(_withPastOutputs, "logits")];
            }
        }
        finally
        {
            latest?.Dispose();
            first.Dispose();
        }
        return outIds.Select(ids =>
        {
            var textIds = ids.TakeWhile(t => t != _eos && t != PayrollTokenizer.PadId);
            return new GenerationResult(Tokenizer.Decode(textIds), ids);
        }).ToArray();
    }

    private static int ArgMax(ReadOnlySpan<float> row)
    {
        var best = 0;
        for (var i = 1; i < row.Length; i++) if (row[i] > row[best]) best = i;
        return best;
    }

    public void Dispose()
    {
        _encoder.Dispose();
        _decoder.Dispose();
        _decoderWithPast.Dispose();
    }
}
