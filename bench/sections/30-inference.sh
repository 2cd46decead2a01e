#!/usr/bin/env bash
# Inference on CPU: per-message latency (p50/p99) of intent, NER and generation at batch 1,
# throughput at batch 1, 4, 16, 32 with the ratio to batch 1, and the process RSS holding both
# models. Runs the worker's `bench` verb in its own process (no server needed); the messages are
# the public dev set when ../shared is beside the repository.
set -Eeuo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(dirname "$BENCH")"
source "$BENCH/lib.sh"

PROJECT="$ROOT/services/inference-worker/ChatNomina.InferenceWorker"
BIN="$PROJECT/bin/Release/net10.0"
dotnet build "$PROJECT" -c Release --nologo -v q >/dev/null || { echo "inference bench: build failed"; exit 1; }

DEV="$ROOT/../shared/eval/dev.jsonl"
ARGS=(--Inference:IntraOpThreads="${INFERENCE_THREADS:-1}" --Inference:InterOpThreads=1 --Bench:Count="${INFERENCE_BENCH_COUNT:-300}")
[ -f "$DEV" ] && ARGS+=(--Bench:Messages="$DEV")
(cd "$BIN" && dotnet ChatNomina.InferenceWorker.dll bench "${ARGS[@]}" 2>/dev/null) || { echo "inference bench: failed"; exit 1; }
