using Microsoft.ML.OnnxRuntime;

namespace ChatNomina.Inference;

/// <summary>Creates ONNX Runtime sessions: CUDA execution provider first when asked for and
/// available, CPU otherwise, with one clear log line saying which one each session got.</summary>
public static class OnnxSessionFactory
{
    public const string Cuda = "CUDAExecutionProvider";
    public const string Cpu = "CPUExecutionProvider";

    public static (InferenceSession Session, string Provider) Create(string modelPath, InferenceOptions options, Action<string> log)
    {
        // "ner-payroll/model.onnx": the folder tells apart the models whose file is called model.onnx
        var name = $"{Path.GetFileName(Path.GetDirectoryName(modelPath))}/{Path.GetFileName(modelPath)}";
        string? cudaError = null;
        if (options.PreferCuda)
        {
            var available = OrtEnv.Instance().GetAvailableProviders();
            if (available.Contains(Cuda))
            {
                var so = NewOptions(options);
                try
                {
                    so.AppendExecutionProvider_CUDA(options.CudaDeviceId);
                    var session = new InferenceSession(modelPath, so);
                    log($"inference: {name} runs on {Cuda} (device {options.CudaDeviceId})");
                    return (session, Cuda);
                }
                catch (Exception e) when (e is OnnxRuntimeException or EntryPointNotFoundException or DllNotFoundException)
                {
                    cudaError = e.Message.Split('\n')[0];
                    so.Dispose();
                }
            }
            else
            {
                cudaError = $"{Cuda} is not in this ONNX Runtime build (available: {string.Join(", ", available)})";
            }
        }
        // The options stay alive with the session (released by the GC with it).
        var cpuOptions = NewOptions(options);
        {
            var cpu = new InferenceSession(modelPath, cpuOptions);
            log(options.PreferCuda
                ? $"inference: {name} falls back to {Cpu} ({cudaError}); intra-op threads {options.IntraOpThreads}, inter-op {options.InterOpThreads}"
                : $"inference: {name} runs on {Cpu} (CUDA not requested); intra-op threads {options.IntraOpThreads}, inter-op {options.InterOpThreads}");
            return (cpu, Cpu);
        }
    }

    private static SessionOptions NewOptions(InferenceOptions options) => new()
    {
        GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        ExecutionMode = options.InterOpThreads > 1 ? ExecutionMode.ORT_PARALLEL : ExecutionMode.ORT_SEQUENTIAL,
        IntraOpNumThreads = Math.Max(1, options.IntraOpThreads),
        InterOpNumThreads = Math.Max(1, options.InterOpThreads),
    };
}
