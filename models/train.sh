#!/bin/sh
# Retrain everything from scratch (corpus -> tokenizer -> T5 -> NER -> ONNX export -> eval -> plots).
# Usage: models/train.sh [step ...]   (steps: corpus tokenizer t5 t5more ner export eval plots; default: all)
set -e
cd "$(dirname "$0")/.."
export OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 PYTHONHASHSEED=0
exec /usr/bin/python3 -m models.train "$@"
