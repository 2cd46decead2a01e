using System.Security.Cryptography;
using System.Text.Json;

namespace ChatNomina.Inference;

/// <summary>The model's files do not match the sha256 recorded in its metadata.json.</summary>
public sealed class ModelIntegrityException(string message) : Exception(message);

/// <summary>A model folder (ONNX files, tokenizer, config.json, metadata.json) whose files were
/// checked against the sha256 list in metadata.json, and whose labels against models/labels.json
/// (<see cref="ModelLabels"/>), before anything is loaded from it.</summary>
public sealed class ModelFolder
{
    public string Path { get; }
    public string Id { get; }
    public string Version { get; }
    public JsonElement Config { get; }
    public JsonElement Metadata { get; }

    private ModelFolder(string path, JsonElement metadata, JsonElement config)
    {
        Path = path;
        Metadata = metadata;
        Config = config;
        Id = metadata.TryGetProperty("id", out var id) ? id.GetString() ?? "" : System.IO.Path.GetFileName(path);
        Version = metadata.TryGetProperty("version", out var v) ? v.GetString() ?? "" : "";
    }

    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    /// <summary>Opens a model folder; throws <see cref="ModelIntegrityException"/> when a file listed in
    /// metadata.json is missing or its sha256 differs, or when metadata.json lists no files, and
    /// <see cref="InvalidDataException"/> when the labels of its config.json differ from models/labels.json.</summary>
    public static ModelFolder Open(string path)
    {
        path = System.IO.Path.GetFullPath(path);
        var metaPath = System.IO.Path.Combine(path, "metadata.json");
        if (!System.IO.File.Exists(metaPath))
            throw new ModelIntegrityException($"Model folder '{path}' has no metadata.json; refusing to load it.");
        using var metaDoc = JsonDocument.Parse(System.IO.File.ReadAllBytes(metaPath));
        var meta = metaDoc.RootElement.Clone();
        if (!meta.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Object || !files.EnumerateObject().Any())
            throw new ModelIntegrityException($"metadata.json of '{path}' lists no file hashes; refusing to load it.");

        var problems = new List<string>();
        foreach (var f in files.EnumerateObject())
        {
            var file = System.IO.Path.GetFullPath(System.IO.Path.Combine(path, f.Name));
            if (!file.StartsWith(path, StringComparison.Ordinal))
            {
                problems.Add($"{f.Name}: path outside the model folder");
                continue;
            }
            if (!System.IO.File.Exists(file))
            {
                problems.Add($"{f.Name}: missing");
                continue;
            }
            using var stream = System.IO.File.OpenRead(file);
            var actual = Convert.ToHexStringLower(SHA256.HashData(stream));
            var expected = f.Value.GetString()?.ToLowerInvariant();
            if (actual != expected)
                problems.Add($"{f.Name}: sha256 {actual} but metadata.json says {expected}");
        }
        if (problems.Count > 0)
            throw new ModelIntegrityException(
                $"Model folder '{path}' failed its integrity check; refusing to load it: {string.Join("; ", problems)}");

        var configPath = System.IO.Path.Combine(path, "config.json");
        using var cfgDoc = JsonDocument.Parse(System.IO.File.ReadAllBytes(configPath));
        var config = cfgDoc.RootElement.Clone();
        ModelLabels.Check(path, config);
        return new ModelFolder(path, meta, config);
    }

    public int ConfigInt(string name, int? fallback = null)
    {
        if (Config.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number)
            return v.GetInt32();
        return fallback ?? throw new InvalidDataException($"config.json of '{Path}' has no integer '{name}'.");
    }
}
