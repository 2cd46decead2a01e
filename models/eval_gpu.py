"""Evaluation report of checkpoints with the code of evaluate.py (same scoring, same errors/confusion
layout), on any torch device, so the held-out sets can be scored on the GPU machine:

    python3 -m models.eval_gpu T5_CKPT NER_CKPT OUT_JSON

Sets: heldout_families = corpus/out/valid.jsonl, heldout_r2 = corpus/out/valid_r2.jsonl (held-out
families of the previous corpus, if present), dev = the shared dev set; generation on the held-out
and training field combinations. evaluate.report_to_files() turns OUT_JSON into reports/eval.json +
metadata locally."""
from __future__ import annotations

import json
import os
import sys

import torch

from . import tokenizer as tk
from .evaluate import confusion, eval_generation, run, score
from .infer import load_ner, load_t5
from .jsonl import read_jsonl
from .paths import EVAL_SET_PATHS, EVAL_SET_REPORTS, OUT, T5_DIR


def rd(p):
    rows = read_jsonl(p)
    return rows[:60] if os.environ.get("SMOKE") else rows


def main(t5p, nerp, outp):
    dev = "cuda" if torch.cuda.is_available() else "cpu"
    sp = tk.load(os.path.join(T5_DIR, "spiece.model"))
    t5, ner = load_t5(t5p).to(dev), load_ner(nerp).to(dev)
    sets = [(EVAL_SET_REPORTS[k], EVAL_SET_PATHS[k]) for k in ("valid", "valid_r2", "dev")]
    report = {}
    for name, p in sets:
        if not os.path.exists(p):
            continue
        rows = rd(p)
        preds, ents, sec = run(t5, ner, sp, rows, bs=256)
        report[name] = score(rows, preds, ents)
        report[name + "_confusion"] = confusion(rows, preds)
        report[name + "_errors"] = [
            {"text": r["text"], "gold": r["intent"], "pred": p_[0], "conf": round(p_[1], 3),
             "gold_entities": [(e["type"], e["text"], e["value"]) for e in r["entities"]],
             "pred_entities": [(e["type"], e["text"], e["value"]) for e in en]}
            for r, p_, en in zip(rows, preds, ents)
            if p_[0] != r["intent"] or sorted((e["type"], e["text"], str(e["value"])) for e in r["entities"]) !=
            sorted((e["type"], e["text"], str(e["value"])) for e in en)][:300]
        s = report[name]["all"]
        print(f"{os.path.basename(t5p)} {name} acc={s['intent_accuracy']} oos={s['oos_recall']} in={s['in_scope_recall']} "
              f"entF1={s['entity_strict']['f1']} val={s['value_accuracy']}", flush=True)
    report["generation_heldout_field_combos"] = eval_generation(t5, sp, rd(os.path.join(OUT, "gen_valid.jsonl")))
    report["generation_train_combos"] = eval_generation(t5, sp, rd(os.path.join(OUT, "gen_train.jsonl")))
    print("generation", {k: v for k, v in report["generation_heldout_field_combos"].items() if k != "examples"},
          {k: v for k, v in report["generation_train_combos"].items() if k != "examples"}, flush=True)
    json.dump(report, open(outp, "w", encoding="utf-8"), ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(*sys.argv[1:4])
