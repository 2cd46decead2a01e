"""Scores of the COMMITTED ONNX models as the C# worker runs them, in the report layout of evaluate.py:

    dotnet run --project services/inference-worker/ChatNomina.InferenceWorker -c Release -- predict < SET > PRED
    /usr/bin/python3 -m models.report_cs --t5-info work/gpu3/K.json --t5-ckpt work/t5.pt \
        heldout_families=corpus/out/valid.jsonl:PRED1 heldout_r2=corpus/out/valid_r2.jsonl:PRED2 dev=DEV:PRED3

The predictions come from `predict` (ONNX Runtime, batch 1, C# tokenizer/normalizer); the scoring is
evaluate.score (the same function the C# `eval` reproduces). Generation is scored in PyTorch from the
checkpoint that was exported. Writes reports/eval.json and both metadata.json files (with sha256 of every
file), like `train.py eval`, with the GPU-round training records."""
from __future__ import annotations

import argparse
import json
import os

import torch

from . import tokenizer as tk
from .evaluate import confusion, eval_generation, score
from .infer import load_t5
from .jsonl import read_jsonl as rd
from .labels import INTENTS, NER_LABELS
from .paths import EVAL_SETS, NER_DIR, OUT, REPORTS, T5_DIR, WORK


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sets", nargs="+", help="name=rows.jsonl:predictions.jsonl")
    ap.add_argument("--t5-ckpt", default=os.path.join(WORK, "t5.pt"))
    ap.add_argument("--t5-info", nargs="+", default=[], help="train_gpu JSON records of the T5 (phases, in order)")
    ap.add_argument("--ner-info", default="", help="train_gpu JSON record of the NER")
    ap.add_argument("--latency", default="", help="JSON with the C# bench numbers to record")
    a = ap.parse_args()
    torch.set_num_threads(1)
    report = {}
    for spec in a.sets:
        name, paths = spec.split("=", 1)
        rows_p, pred_p = paths.split(":")
        rows = rd(rows_p)
        preds = {p["id"]: p for p in rd(pred_p)}
        pr = [(preds[r["id"]]["intent"], preds[r["id"]]["confidence"]) for r in rows]
        ents = [[e for e in preds[r["id"]]["entities"]] for r in rows]
        report[name] = score(rows, pr, ents)
        ms = sorted(preds[r["id"]]["ms"] for r in rows)
        report[name]["all"]["cs_ms_per_message_p50"] = round(ms[len(ms) // 2], 3)
        report[name + "_confusion"] = confusion(rows, pr)
        report[name + "_errors"] = [
            {"text": r["text"], "gold": r["intent"], "pred": p[0], "conf": round(p[1], 3),
             "gold_entities": [(e["type"], e["text"], e["value"]) for e in r["entities"]],
             "pred_entities": [(e["type"], e["text"], e["value"]) for e in en]}
            for r, p, en in zip(rows, pr, ents)
            if p[0] != r["intent"] or sorted((e["type"], e["text"], str(e["value"])) for e in r["entities"]) !=
            sorted((e["type"], e["text"], str(e["value"])) for e in en)][:300]
        for lang, s in report[name].items():
            print(f"{name:17s} {lang:3s} n={s['n']:5d} acc={s['intent_accuracy']:.4f} mF1={s['intent_macro_f1']:.4f} "
                  f"oos_rec={s['oos_recall']} in_rec={s['in_scope_recall']} entF1(strict)={s['entity_strict']['f1']} "
                  f"entF1(overlap)={s['entity_overlap']['f1']} value_acc={s['value_accuracy']}", flush=True)
    sp = tk.load(os.path.join(T5_DIR, "spiece.model"))
    t5 = load_t5(a.t5_ckpt)
    report["generation_heldout_field_combos"] = eval_generation(t5, sp, rd(os.path.join(OUT, "gen_valid.jsonl")))
    report["generation_train_combos"] = eval_generation(t5, sp, rd(os.path.join(OUT, "gen_train.jsonl")))
    print("generation held-out combos:", {k: v for k, v in report["generation_heldout_field_combos"].items() if k != "examples"})
    print("generation train combos:", {k: v for k, v in report["generation_train_combos"].items() if k != "examples"})
    report["source"] = "C# worker `predict` (ONNX Runtime, CPU, batch 1) scored with models/evaluate.score; generation in PyTorch"
    os.makedirs(REPORTS, exist_ok=True)
    with open(os.path.join(REPORTS, "eval.json"), "w", encoding="utf-8") as f:
        json.dump(report, f, ensure_ascii=False, indent=1)
    write_metadata_files(report, a)


def write_metadata_files(report, a):
    from .export import VERSIONS, common_metadata, sha256, write_metadata
    common = common_metadata()
    ev = {k: report[k] for k in report if k in {s.report for s in EVAL_SETS}}  # in the order given
    ev["sets"] = {s.report: s.about for s in EVAL_SETS}
    ev["intent_label_bias"] = json.load(open(os.path.join(T5_DIR, "config.json"))).get("intent_label_bias")
    ev["source"] = report["source"]
    lat = json.load(open(a.latency)) if a.latency else None
    t5_phases = [json.load(open(p)) for p in a.t5_info]
    phases = [{"name": d["name"], "init": d["args"].get("init") or None, "args": d["args"], "steps": d["steps"],
               "seconds": d["seconds"], "train_rows": d.get("train_rows"), "final_loss": d["hist"]["loss"][-1] if d["hist"]["loss"] else None}
              for d in t5_phases]
    write_metadata(T5_DIR, dict(
        id="t5-payroll", version=VERSIONS["t5-payroll"], task="text2text-generation-with-past: intent classification (label scoring) + answer generation",
        labels=INTENTS, **common,
        trained_on="phases on 1 GPU (NVIDIA H100) and/or CPU with models/train_gpu.py (see training.phases)",
        training={"config": t5_phases[-1]["cfg"] if t5_phases else None, "script": "models/train_gpu.py (driver models/train_gpu.sh)",
                  "objective": "CE over the 13 label-scoring scores (label smoothing ls, out_of_scope class weight oos_w) + "
                               "tok_w x gold-label token NLL + gen_w x generation token CE; sqrt-balanced intent sampling; "
                               "word dropout; case_aug = sentence-casing of intent inputs",
                  "phases": phases, "seconds": round(sum(p["seconds"] for p in phases))},
        evaluation={"intent_and_entities": ev, "latency_cs": lat,
                    "generation": {k: v for k, v in report["generation_heldout_field_combos"].items() if k != "examples"},
                    "generation_train_combos": {k: v for k, v in report["generation_train_combos"].items() if k != "examples"}}))
    ner = json.load(open(a.ner_info)) if a.ner_info else None
    # A NER that was not retrained keeps the corpus it was trained on (its model file is unchanged).
    prev = json.load(open(os.path.join(NER_DIR, "metadata.json")))
    if ner is None and prev.get("files", {}).get("model.onnx") == sha256(os.path.join(NER_DIR, "model.onnx")):
        common = {**common, **{k: prev[k] for k in ("corpus_sha256", "corpus_seed", "corpus_counts", "text_resources") if k in prev}}
        ner_training, ner_trained_on = prev.get("training"), prev.get("trained_on")
    else:
        ner_training = None if ner is None else {"config": ner["cfg"], "args": ner["args"], "steps": ner["steps"],
                                                 "seconds": ner["seconds"], "final_loss": ner["hist"]["loss"][-1],
                                                 "valid_entity_token_acc": ner["valid_entity_token_acc"]}
        ner_trained_on = "1 GPU (NVIDIA H100) with models/train_gpu.py ner"
    write_metadata(NER_DIR, dict(
        id="ner-payroll", version=VERSIONS["ner-payroll"], task="token-classification (BIO)", labels=NER_LABELS, **common,
        trained_on=ner_trained_on, training=ner_training,
        evaluation={"intent_and_entities": ev, "latency_cs": lat}))


if __name__ == "__main__":
    main()
