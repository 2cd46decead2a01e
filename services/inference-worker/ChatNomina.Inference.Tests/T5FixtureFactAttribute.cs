using System.Security.Cryptography;
using System.Text.Json;

namespace ChatNomina.Inference.Tests;

/// <summary>Where the T5 parity fixtures come from. The committed models/t5-payroll/fixtures/{t5_parity,
/// intent_scoring,generation}.json of model version 1.0.0 were written from another checkpoint than the
/// committed ONNX files (PyTorch of the ONNX weights is 2.81 away from the encoder fixture). When the committed
/// files are those stale ones (known sha256), the tests use Fixtures/t5-payroll-1.0.0/ here: the same fixtures
/// written by the models' own export code from the checkpoint the ONNX weights come from, valid only while the
/// ONNX files have the sha256 recorded in its provenance.json. Any regenerated committed fixture is used as is;
/// CHATNOMINA_T5_FIXTURES=&lt;folder with fixtures/&gt; overrides both.</summary>
public static class T5Fixtures
{
    private static readonly HashSet<string> Stale =
    [
        "c783e60a47c355eb330456cbfdd254209281fd2d8610a01d955f38f085dce9af", // t5_parity.json
        "64caeb8950ec144f0883edd8f6d8351fee057a67685986ab761a8c4b5c105612", // intent_scoring.json
        "8b4cae659c80abfa79b7fec9e72413eaee0ced9b4b984f124ef9f981a11f894f", // generation.json
    ];

    private static string Committed => Path.Combine(new InferenceOptions().ResolveModelsPath(), "t5-payroll");
    private static string Local => Path.Combine(AppContext.BaseDirectory, "Fixtures", "t5-payroll-1.0.0");

    public static (string? Path, string? SkipReason) Resolve(string file)
    {
        if (Environment.GetEnvironmentVariable("CHATNOMINA_T5_FIXTURES") is { Length: > 0 } dir)
            return (System.IO.Path.Combine(dir, "fixtures", file), null);
        var committed = System.IO.Path.Combine(Committed, "fixtures", file);
        if (!Stale.Contains(Sha(committed)))
            return (committed, null);
        using var prov = JsonDocument.Parse(File.ReadAllBytes(System.IO.Path.Combine(Local, "provenance.json")));
        foreach (var f in prov.RootElement.GetProperty("onnx_sha256").EnumerateObject())
            if (Sha(System.IO.Path.Combine(Committed, f.Name)) != f.Value.GetString())
                return (null, $"committed {file} is stale and the local copy was written for other ONNX files ({f.Name} changed)");
        return (System.IO.Path.Combine(Local, "fixtures", file), null);
    }

    private static string Sha(string path)
    {
        using var s = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(s));
    }
}

public sealed class T5FixtureFactAttribute : FactAttribute
{
    public T5FixtureFactAttribute(string file)
    {
        if (T5Fixtures.Resolve(file).SkipReason is { } reason) Skip = reason;
    }
}
