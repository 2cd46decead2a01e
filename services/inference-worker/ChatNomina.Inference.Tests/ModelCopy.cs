using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

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

    /// <summary>A copy whose config.json is edited and whose metadata.json is re-signed, so the integrity
    /// check passes and the config itself is what is tested.</summary>
    public static string WithConfig(string modelsPath, string model, string tempRoot, Action<JsonObject> edit)
    {
        var dst = Of(modelsPath, model, tempRoot);
        var configPath = Path.Combine(dst, "config.json");
        var config = JsonNode.Parse(File.ReadAllText(configPath))!.AsObject();
        edit(config);
        File.WriteAllText(configPath, config.ToJsonString());
        var metaPath = Path.Combine(dst, "metadata.json");
        var meta = JsonNode.Parse(File.ReadAllText(metaPath))!.AsObject();
        meta["files"]!["config.json"] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(configPath)));
        File.WriteAllText(metaPath, meta.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return dst;
    }
}
