namespace ChatNomina.Inference.Tests;

/// <summary>Where the T5 parity fixtures come from: the committed models/t5-payroll/fixtures/ (written by
/// models/export.py together with the ONNX files, from the same checkpoint in eval mode);
/// CHATNOMINA_T5_FIXTURES=&lt;folder with fixtures/&gt; overrides it. (The stale-1.0.0 workaround copies that
/// lived in Fixtures/t5-payroll-1.0.0/ are gone: the committed fixtures are regenerated with every export.)</summary>
public static class T5Fixtures
{
    private static string Committed => Path.Combine(new InferenceOptions().ResolveModelsPath(), "t5-payroll");

    public static (string? Path, string? SkipReason) Resolve(string file)
    {
        if (Environment.GetEnvironmentVariable("CHATNOMINA_T5_FIXTURES") is { Length: > 0 } dir)
            return (System.IO.Path.Combine(dir, "fixtures", file), null);
        var committed = System.IO.Path.Combine(Committed, "fixtures", file);
        return File.Exists(committed) ? (committed, null) : (null, $"{committed} is missing");
    }
}

public sealed class T5FixtureFactAttribute : FactAttribute
{
    public T5FixtureFactAttribute(string file)
    {
        if (T5Fixtures.Resolve(file).SkipReason is { } reason) Skip = reason;
    }
}
