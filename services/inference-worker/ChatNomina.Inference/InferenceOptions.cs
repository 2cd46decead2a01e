namespace ChatNomina.Inference;

/// <summary>Settings of the inference library (configuration section "Inference").</summary>
public sealed class InferenceOptions
{
    public const string SectionName = "Inference";

    /// <summary>Folder holding the model folders (t5-payroll/, ner-payroll/). Null: the repository's
    /// models/ folder found upwards from the executable or the working directory.</summary>
    public string? ModelsPath { get; set; }

    public string T5Folder { get; set; } = "t5-payroll";
    public string NerFolder { get; set; } = "ner-payroll";

    /// <summary>The n-gram intent model combined with the T5's label scores (models/intent-ngram/).
    /// Empty: intent from the T5 alone (with the T5's own label bias).</summary>
    public string IntentNgramFolder { get; set; } = "intent-ngram";

    /// <summary>Threads used inside one operator (ONNX Runtime intra-op pool).</summary>
    public int IntraOpThreads { get; set; } = 1;

    /// <summary>Threads used to run independent operators in parallel (inter-op pool).</summary>
    public int InterOpThreads { get; set; } = 1;

    /// <summary>Ask for the CUDA execution provider first (falls back to CPU when unavailable).</summary>
    public bool PreferCuda { get; set; } = true;

    public int CudaDeviceId { get; set; }

    /// <summary>Maximum generated tokens (EOS included).</summary>
    public int MaxGenerationTokens { get; set; } = 64;

    /// <summary>Resolves <see cref="ModelsPath"/> or searches upwards for models/t5-payroll/metadata.json.</summary>
    public string ResolveModelsPath()
    {
        if (!string.IsNullOrWhiteSpace(ModelsPath))
        {
            var full = Path.GetFullPath(ModelsPath);
            if (!Directory.Exists(full))
                throw new DirectoryNotFoundException($"Inference:ModelsPath '{full}' does not exist.");
            return full;
        }
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "models");
                if (File.Exists(Path.Combine(candidate, T5Folder, "metadata.json")))
                    return candidate;
            }
        }
        throw new DirectoryNotFoundException(
            "No models folder found upwards from the executable or the working directory; set Inference:ModelsPath.");
    }
}
