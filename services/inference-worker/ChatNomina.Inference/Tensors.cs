using Microsoft.ML.OnnxRuntime;

namespace ChatNomina.Inference;

internal static class Tensors
{
    /// <summary>Right-pads id rows with <paramref name="pad"/> into a [rows, maxLen] int64 tensor.</summary>
    public static (long[] Data, int Len) Pad(IReadOnlyList<IReadOnlyList<int>> rows, int pad = 0)
    {
        var len = Math.Max(1, rows.Max(r => r.Count));
        var data = new long[rows.Count * len];
        for (var i = 0; i < rows.Count; i++)
            for (var j = 0; j < len; j++)
                data[i * len + j] = j < rows[i].Count ? rows[i][j] : pad;
        return (data, len);
    }

    public static OrtValue Long(long[] data, params long[] shape) => OrtValue.CreateTensorValueFromMemory(data, shape);
    public static OrtValue Float(float[] data, params long[] shape) => OrtValue.CreateTensorValueFromMemory(data, shape);

    public static long[] Shape(OrtValue v) => v.GetTensorTypeAndShape().Shape;
}

/// <summary>Runs a session with inputs given by name; checks that every input the session declares is fed.</summary>
internal static class SessionRunner
{
    public static IDisposableReadOnlyCollection<OrtValue> Run(InferenceSession session, IReadOnlyDictionary<string, OrtValue> feeds, IReadOnlyCollection<string> outputs)
    {
        var names = new List<string>(session.InputMetadata.Count);
        var values = new List<OrtValue>(session.InputMetadata.Count);
        foreach (var name in session.InputMetadata.Keys)
        {
            if (!feeds.TryGetValue(name, out var v))
                throw new InvalidOperationException($"The model declares input '{name}', which this code does not know how to feed.");
            names.Add(name);
            values.Add(v);
        }
        using var ro = new RunOptions();
        return session.Run(ro, names, values, outputs);
    }
}
