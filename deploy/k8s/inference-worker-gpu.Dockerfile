# GPU image of the inference worker (overlays/gpu). The CPU images come from
# `dotnet publish -t:PublishContainer` without a Dockerfile; this one needs CUDA and cuDNN in the
# base image, which no .NET base image has. Build context: the published worker
# (docs/kubernetes.md):
#   dotnet publish services/inference-worker/ChatNomina.InferenceWorker -c Release \
#       -p:OnnxRuntimeGpu=true --self-contained -r linux-x64 -o out/inference-worker-gpu
#   docker build -f deploy/k8s/inference-worker-gpu.Dockerfile -t <registry>/chatnomina/inference-worker-gpu:<tag> out/inference-worker-gpu
# ONNX Runtime 1.31's CUDA execution provider wants CUDA 12.x and cuDNN 9.
FROM nvidia/cuda:12.8.1-cudnn-runtime-ubuntu24.04
RUN apt-get update \
 && apt-get install -y --no-install-recommends libicu74 ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --uid 1654 --create-home app
WORKDIR /app
COPY --chown=root:root . .
USER 1654
ENV Urls=http://+:8080 Inference__ModelsPath=/app/models Inference__PreferCuda=true
EXPOSE 8080
ENTRYPOINT ["/app/ChatNomina.InferenceWorker"]
