using System.Text.Json;

namespace ChatNomina.Inference.Tests;

/// <summary>Loads both committed models once for the whole test collection.</summary>
public sealed class ModelsFixture : IDisposable
{
    public NluEngine Engine { get; }
    public string ModelsPath { get; }

    public ModelsFixture()
    {
        var options = new InferenceOptions { IntraOpThreads = 1, InterOpThreads = 1 };
        ModelsPath = options.ResolveModelsPath();
        Engine = new NluEngine(options);
    }

    public JsonElement Fixture(string model, string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(ModelsPath, model, "fixtures", file)));
        return doc.RootElement.Clone();
    }

    public JsonElement T5Fixture(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(T5Fixtures.Resolve(file).Path!));
        return doc.RootElement.Clone();
    }

    public void Dispose() => Engine.Dispose();
}

[CollectionDefinition(Name)]
public sealed class ModelsCollection : ICollectionFixture<ModelsFixture>
{
    public const string Name = "models";
}

internal static class Json
{
    public static float[] Floats(this JsonElement e) => e.EnumerateArray().Select(x => (float)x.GetDouble()).ToArray();
    public static long[] Longs(this JsonElement e) =>
        e.EnumerateArray().SelectMany(x => x.ValueKind == JsonValueKind.Array ? x.Longs() : [x.GetInt64()]).ToArray();
    public static int[] Ints(this JsonElement e) => e.EnumerateArray().Select(x => x.GetInt32()).ToArray();
    public static List<IReadOnlyList<int>> IntRows(this JsonElement e) => e.EnumerateArray().Select(r => (IReadOnlyList<int>)r.Ints()).ToList();

    public static double MaxAbsDiff(ReadOnlySpan<float> a, float[] b)
    {
        Assert.Equal(b.Length, a.Length);
        double max = 0;
        for (var i = 0; i < a.Length; i++) max = Math.Max(max, Math.Abs(a[i] - b[i]));
        return max;
    }
}
