"""Where things are: the one definition of the folders of models/ and of the evaluation sets.
Imports nothing from models/ (every other module may import it)."""
from __future__ import annotations

import os
from typing import NamedTuple

ROOT = os.path.dirname(os.path.abspath(__file__))  # models/
REPO = os.path.dirname(ROOT)
OUT = os.path.join(ROOT, "corpus", "out")  # the generated corpus (git-ignored except manifest.json + samples)
WORK = os.path.join(ROOT, "work")  # checkpoints, caches, timings (git-ignored); train_gpu: $GPU_WORK overrides
REPORTS = os.path.join(ROOT, "reports")
T5_DIR = os.path.join(ROOT, "t5-payroll")
NER_DIR = os.path.join(ROOT, "ner-payroll")
NGRAM_DIR = os.path.join(ROOT, "intent-ngram")
PROBE = os.path.join(ROOT, "eval", "probe.jsonl")  # written by models/eval/probe.py
# Hand-written English small talk and tax questions (people's wording, not the grammar's): n-gram training only
HANDWRITTEN = os.path.join(ROOT, "corpus", "handwritten", "smalltalk_en.jsonl")
LABELS = os.path.join(ROOT, "labels.json")  # read by labels.py; embedded by ChatNomina.Inference


def _dev_path():
    """The shared dev set: $CHATNOMINA_DEV, else shared/eval/dev.jsonl next to the checkout, inside it (the GPU
    machine's copy, train_gpu.sh) or at /work/shared."""
    env = os.environ.get("CHATNOMINA_DEV")
    if env and os.path.exists(env):
        return env
    for cand in (os.path.join(ROOT, "..", "..", "shared", "eval", "dev.jsonl"),
                 os.path.join(ROOT, "..", "shared", "eval", "dev.jsonl"), "/work/shared/eval/dev.jsonl"):
        if os.path.exists(cand):
            return cand
    return "/work/shared/eval/dev.jsonl"


DEV = _dev_path()


class EvalSet(NamedTuple):
    key: str  # file stem / the name train_gpu, calibrate and intent_ngram use
    report: str  # the name in reports/eval*.json and metadata.json (report_cs, eval_gpu, evaluate)
    path: str
    about: str  # recorded in metadata.json evaluation.intent_and_entities.sets


# Every evaluation set: this corpus's held-out families, the held-out sentences kept from earlier rounds
# (their families stay held out; corpus/previous_heldout.sh regenerates them), the shared dev set and the
# hand-written probe. Training (train_gpu, intent_ngram) drops every row whose text is in one of them.
EVAL_SETS = [
    EvalSet("valid", "heldout_families", os.path.join(OUT, "valid.jsonl"),
            "corpus/out/valid.jsonl: held-out template families of this corpus"),
    EvalSet("valid_r2", "heldout_r2", os.path.join(OUT, "valid_r2.jsonl"),
            "held-out families of the round-2 corpus (3be9d693…), still held out here; the "
            "calibration set of intent_label_bias (models/calibrate.py)"),
    EvalSet("valid_r3", "heldout_r3", os.path.join(OUT, "valid_r3.jsonl"),
            "corpus/out/valid_r3.jsonl: held-out sentences of the round-3 corpus (246ce1e), "
            "whose families are still held out here"),
    EvalSet("valid_r4", "heldout_r4", os.path.join(OUT, "valid_r4.jsonl"),
            "corpus/out/valid_r4.jsonl: held-out sentences of the round-4 corpus (eb1b272), "
            "whose families are still held out here"),
    EvalSet("valid_r5", "heldout_r5", os.path.join(OUT, "valid_r5.jsonl"),
            "corpus/out/valid_r5.jsonl: held-out sentences of the round-5 corpus (6031c78), "
            "whose families are still held out here; the round-6 families were written after "
            "reading its errors, so it partly measures frames that are now trained"),
    EvalSet("valid_r6", "heldout_r6", os.path.join(OUT, "valid_r6.jsonl"),
            "corpus/out/valid_r6.jsonl: held-out sentences of the round-6 corpus (bad801e^), "
            "whose families are still held out here; the round-7 families were written after "
            "reading its errors, so it partly measures frames that are now trained"),
    EvalSet("valid_r7", "heldout_r7", os.path.join(OUT, "valid_r7.jsonl"),
            "corpus/out/valid_r7.jsonl: held-out sentences of the round-7 corpus (b1b1acb), "
            "whose families are still held out here; the round-8 families were written after "
            "reading the round-7 ensemble's errors, so it partly measures frames that are now trained"),
    EvalSet("dev", "dev", DEV, "shared/eval/dev.jsonl"),
    EvalSet("probe", "probe", PROBE,
            "eval/probe.jsonl: 104 hand-written messages (models/eval/probe.py), never trained on"),
]
EVAL_SET_PATHS = {s.key: s.path for s in EVAL_SETS}  # key -> path, in the order above
EVAL_SET_REPORTS = {s.key: s.report for s in EVAL_SETS}  # key -> report name
