namespace ChatNomina.Inference.Tests;

public sealed class IntegrityTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("chatnomina-model-").FullName;
    private static string ModelsPath => new InferenceOptions().ResolveModelsPath();

    private string CopyNer() => ModelCopy.Of(ModelsPath, "ner-payroll", _temp);

    [Fact]
    public void An_untouched_copy_opens()
    {
        var folder = ModelFolder.Open(CopyNer());
        Assert.Equal("ner-payroll", folder.Id);
    }

    [Fact]
    public void A_model_file_with_one_flipped_byte_is_refused()
    {
        var dir = CopyNer();
        var onnx = Path.Combine(dir, "model.onnx");
        var bytes = File.ReadAllBytes(onnx);
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(onnx, bytes);
        var e = Assert.Throws<ModelIntegrityException>(() => ModelFolder.Open(dir));
        Assert.Contains("model.onnx", e.Message);
        Assert.Contains("refusing", e.Message);
    }

    [Fact]
    public void A_missing_file_is_refused()
    {
        var dir = CopyNer();
        File.Delete(Path.Combine(dir, "spiece.model"));
        var e = Assert.Throws<ModelIntegrityException>(() => ModelFolder.Open(dir));
        Assert.Contains("spiece.model: missing", e.Message);
    }

    [Fact]
    public void The_engine_refuses_a_models_folder_with_a_tampered_file()
    {
        var dir = CopyNer();
        File.AppendAllText(Path.Combine(dir, "config.json"), " ");
        // T5 from the repository, NER from the tampered copy: loading must fail before any session exists.
        Directory.CreateSymbolicLink(Path.Combine(_temp, "t5-payroll"), Path.Combine(ModelsPath, "t5-payroll"));
        Assert.Throws<ModelIntegrityException>(() => new NluEngine(new InferenceOptions { ModelsPath = _temp }));
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);
}
