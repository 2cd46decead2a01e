"""Choose the out_of_scope log-prior correction (config.json "intent_label_bias") on a calibration set
and report it on a test set that played no part in the choice.

    /usr/bin/python3 -m models.calibrate [CKPT] [--calibrate valid_r2] [--test valid,valid_r3,dev] [--target 0.95]

CKPT defaults to work/t5.pt. Scores every row once with the raw label scores (infer.label_log_probs, no
bias), then sweeps the out_of_scope bias in steps of 0.25 and picks the smallest value at which the
out-of-scope recall on the calibration set reaches --target in both languages. Prints the sweep for
every set (accuracy / OOS recall / in-scope recall, all and per language) and the choice; the value
goes into infer.INTENT_LABEL_BIAS by hand (it is a reviewed setting, not a side effect)."""
from __future__ import annotations

import argparse
import os

import numpy as np
import torch

from . import tokenizer as tk
from .infer import label_log_probs, load_t5
from .jsonl import read_jsonl
from .labels import INTENTS, OUT_OF_SCOPE
from .paths import EVAL_SET_PATHS, T5_DIR, WORK

SETS = EVAL_SET_PATHS
OOS = INTENTS.index(OUT_OF_SCOPE)


def raw_log_probs(model, sp, rows):
    """(N, 13) label log-probabilities with no bias (infer.label_log_probs)."""
    return label_log_probs(model, sp, [r["text"] for r in rows])


def scores_at(rows, logp, bias):
    """{"all"|"es"|"en": (accuracy, OOS recall, in-scope recall)} of argmax(logp + bias on out_of_scope)."""
    s = np.array(logp, dtype=np.float64)
    s[:, OOS] += bias
    pred = s.argmax(1)
    gold = np.array([INTENTS.index(r["intent"]) for r in rows])
    langs = np.array([r["lang"] for r in rows])
    res = {}
    for lang in ("all", "es", "en"):
        m = np.ones(len(rows), bool) if lang == "all" else langs == lang
        p, g = pred[m], gold[m]
        oos = g == OOS
        res[lang] = (float((p == g).sum()) / max(1, m.sum()), float((p[oos] == OOS).sum()) / max(1, oos.sum()),
                     float((p[~oos] != OOS).sum()) / max(1, (~oos).sum()))
    return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("ckpt", nargs="?", default=os.path.join(WORK, "t5.pt"))
    ap.add_argument("--calibrate", default="valid_r2")
    ap.add_argument("--test", default="valid,valid_r3,dev")
    ap.add_argument("--target", type=float, default=0.95)
    ap.add_argument("--threads", type=int, default=2)
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    model = load_t5(a.ckpt)
    sp = tk.load(os.path.join(T5_DIR, "spiece.model"))
    names = [a.calibrate] + [n for n in a.test.split(",") if n and n != a.calibrate]
    data = {n: read_jsonl(SETS[n]) for n in names if os.path.exists(SETS[n])}
    logp = {n: raw_log_probs(model, sp, rows) for n, rows in data.items()}
    grid = [round(0.25 * i, 2) for i in range(0, 17)]
    chosen = None
    for b in grid:
        line = []
        for n in data:
            s = scores_at(data[n], logp[n], b)
            line.append(f"{n}: " + " ".join(f"{lang} {v[0]:.4f}/{v[1]:.4f}/{v[2]:.4f}" for lang, v in s.items()))
            if n == a.calibrate and chosen is None and min(s["es"][1], s["en"][1]) >= a.target:
                chosen = b
        print(f"bias {b:5.2f} | " + " | ".join(line), flush=True)
    print(f"chosen on {a.calibrate}: out_of_scope bias {chosen} (acc/oos_recall/in_scope_recall above)")


if __name__ == "__main__":
    main()
