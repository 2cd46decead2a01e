"""Intent-only comparison of T5 checkpoints on the same sets, with evaluate.score (the eval code):
    /usr/bin/python3 -m models.compare_intent work/t5_committed.pt work/t5.pt [--sets valid,valid_old,dev]
Sets: valid = corpus/out/valid.jsonl (held-out families of the current corpus), valid_old =
work/valid_old.jsonl (held-out families of the previous corpus, if kept), dev = shared dev set.
Prints intent accuracy / OOS recall / in-scope recall per language; writes work/compare_intent.json."""
from __future__ import annotations

import json
import os
import sys

import torch

from . import tokenizer as tk
from .evaluate import score
from .infer import classify, load_t5
from .jsonl import read_jsonl
from .paths import DEV, OUT, WORK


def load_rows(name):
    p = {"valid": os.path.join(OUT, "valid.jsonl"), "valid_old": os.path.join(WORK, "valid_old.jsonl"), "dev": DEV}[name]
    return read_jsonl(p) if os.path.exists(p) else None


def main(argv):
    torch.set_num_threads(1)
    sets = ["valid", "valid_old", "dev"]
    if "--sets" in argv:
        sets = argv[argv.index("--sets") + 1].split(",")
        argv = argv[:argv.index("--sets")]
    sp = tk.load(os.path.join(WORK, "spiece.model"))
    out = {}
    for ck in argv[1:]:
        t5 = load_t5(ck)
        for s in sets:
            rows = load_rows(s)
            if rows is None:
                continue
            preds = []
            for k in range(0, len(rows), 64):
                preds += classify(t5, sp, [r["text"] for r in rows[k:k + 64]])
            sc = score(rows, preds, [[] for _ in rows])
            out[f"{ck}|{s}"] = {lang: {m: v[m] for m in ("n", "intent_accuracy", "intent_macro_f1", "oos_recall", "in_scope_recall")}
                                for lang, v in sc.items()}
            for lang, v in sc.items():
                print(f"{os.path.basename(ck):18s} {s:9s} {lang:3s} n={v['n']:5d} acc={v['intent_accuracy']:.4f} "
                      f"mF1={v['intent_macro_f1']:.4f} oos_rec={v['oos_recall']} in_rec={v['in_scope_recall']}", flush=True)
    json.dump(out, open(os.path.join(WORK, "compare_intent.json"), "w"), indent=1)


if __name__ == "__main__":
    main(sys.argv)
