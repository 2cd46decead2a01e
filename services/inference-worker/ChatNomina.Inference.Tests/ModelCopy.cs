namespace ChatNomina.Inference.Tests;

/// <summary>Copies one committed model folder into a temporary directory, for tests that tamper with it.</summary>
internal static class ModelCopy
{
    public static string Of(string modelsPath, string model, string tempRoot)
    {
        var src = Path.Combine(modelsPath, model);
        var dst = Path.Combine(tempRoot, model);
        foreach (var f in Directory.GetFiles(src, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(dst, Path.GetRelativePath(src, f));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(f, target);
        }
        return dst;
    }
}
