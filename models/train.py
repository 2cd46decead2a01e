"""One entry command:  /usr/bin/python3 -m models.train all
Steps (each can be run alone): corpus, tokenizer, t5, t5more, t5ft, ner, export, ngram, eval, plots;
export_t5 / eval_t5 = export / eval that leave ner-payroll/ untouched (T5-only retrain).
Training uses 1 CPU thread, fixed seeds, progress bars."""
from __future__ import annotations

import json
import math
import os
import random
import sys
import time

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402
from tqdm import tqdm  # noqa: E402

from . import tokenizer as tk  # noqa: E402
from .infer import pad  # noqa: E402
from .jsonl import read_jsonl  # noqa: E402
from .labels import INTENTS  # noqa: E402
from .ner import NER_LABELS, NerModel  # noqa: E402
from .paths import OUT, ROOT, WORK  # noqa: E402
from .t5 import T5, T5Config, shift_right  # noqa: E402
from .train_common import (NER_CFG, NER_TRAIN, SEED, T5_CFG, T5_FT, T5_FT2, T5_MORE, T5_TRAIN,  # noqa: E402
                           lr_at, ner_examples, seed_all, word_dropout)

# Names other code imports from here (`from .train import INTENTS, OUT, ROOT, WORK, read_jsonl`, the configs):
# they are defined in labels.py, paths.py, jsonl.py and train_common.py and only re-exported by this module.
__all__ = ["INTENTS", "OUT", "ROOT", "WORK", "read_jsonl", "pad", "SEED", "T5_CFG", "T5_TRAIN", "T5_MORE", "T5_FT",
           "T5_FT2", "NER_CFG", "NER_TRAIN", "lr_at", "ner_examples", "seed_all", "main"]


# ------------------------------------------------------------------------------------------- steps
def step_corpus():
    from .corpus.generate import main
    return main(SEED)


def step_tokenizer():
    rows = read_jsonl(os.path.join(OUT, "train.jsonl"))
    gen = read_jsonl(os.path.join(OUT, "gen_train.jsonl"))
    texts = [r["text"] for r in rows] + ["intent: " + r["text"] for r in rows[:2000]] + \
        [g["input"] for g in gen] + [g["target"] for g in gen] + INTENTS * 50
    os.makedirs(WORK, exist_ok=True)
    sp = tk.train_tokenizer(texts, os.path.join(WORK, "spiece"))
    print("tokenizer vocab", sp.get_piece_size())


def t5_examples(sp, rows, gen):
    ex_i = [(sp.encode("intent: " + r["text"])[:T5_TRAIN["max_src"] - 1] + [tk.EOS],
             sp.encode(r["intent"]) + [tk.EOS]) for r in rows]
    ex_g = [(sp.encode(g["input"])[:T5_TRAIN["max_src"] - 1] + [tk.EOS],
             sp.encode(g["target"])[:T5_TRAIN["max_tgt"] - 1] + [tk.EOS]) for g in gen]
    return ex_i, ex_g


INTENT_PREFIX_LEN = None


def word_dropout_rows(exs, rng, p):
    """(src, tgt) intent examples -> copies with pieces after the "intent: " prefix dropped/unk'd."""
    return [(word_dropout(src, rng, p, INTENT_PREFIX_LEN), tgt) for src, tgt in exs]


def make_batch(exs):
    src = pad([e[0] for e in exs])
    lab = pad([e[1] for e in exs], -100)
    return src, (src != 0).long(), lab


def t5_loss(model, batch, smoothing=0.0):
    src, mask, lab = batch
    logits = model(src, mask, shift_right(lab))
    return F.cross_entropy(logits.reshape(-1, logits.shape[-1]), lab.reshape(-1), ignore_index=-100,
                           label_smoothing=smoothing)


def step_t5(resume=False, phase="more"):
    """resume=True (step "t5more"): continue from work/t5.pt with T5_MORE (intent-heavier, lower lr);
    phase="ft" (step "t5ft"): continue from work/t5.pt with T5_FT (word dropout, label smoothing)."""
    global INTENT_PREFIX_LEN
    torch.set_num_threads(1)
    seed_all(SEED + (1 if resume else 0) + (1 if phase == "ft" else 0))
    sp = tk.load(os.path.join(WORK, "spiece.model"))
    INTENT_PREFIX_LEN = len(sp.encode("intent: "))
    tr_rows = read_jsonl(os.path.join(OUT, "train.jsonl"))
    if phase == "ft2":
        tr_rows += [r for r in tr_rows if r["intent"] == "out_of_scope"] * (T5_FT2["oos_repeat"] - 1)
    tr_i, tr_g = t5_examples(sp, tr_rows, read_jsonl(os.path.join(OUT, "gen_train.jsonl")))
    va_rows = read_jsonl(os.path.join(OUT, "valid.jsonl"))
    rng = random.Random(SEED)
    va_i, va_g = t5_examples(sp, rng.sample(va_rows, 512), read_jsonl(os.path.join(OUT, "gen_valid.jsonl"))[:256])
    cfg = T5Config(**T5_CFG)
    model = T5(cfg)
    sched = dict(T5_TRAIN)
    hist = {"step": [], "train_loss": [], "valid_step": [], "valid_intent_loss": [], "valid_gen_loss": []}
    offset = 0
    if resume:
        model.load_state_dict(torch.load(os.path.join(WORK, "t5.pt"))["state"])
        hist = json.load(open(os.path.join(WORK, "t5_history.json")))
        offset = hist["step"][-1] + 10
        sched.update({"more": T5_MORE, "ft": T5_FT, "ft2": T5_FT2}[phase])
    opt = torch.optim.AdamW(model.parameters(), lr=sched["lr"], weight_decay=sched["weight_decay"])
    S = sched["steps"]
    # length-bucketed batches: sort shuffled chunks by length
    def batches(exs, bs):
        while True:
            idx = list(range(len(exs)))
            rng.shuffle(idx)
            for c in range(0, len(idx), bs * 20):
                chunk = sorted(idx[c:c + bs * 20], key=lambda i: len(exs[i][0]))
                bl = [chunk[k:k + bs] for k in range(0, len(chunk), bs)]
                rng.shuffle(bl)
                for b in bl:
                    yield [exs[i] for i in b]
    it_i, it_g = batches(tr_i, T5_TRAIN["intent_batch"]), batches(tr_g, T5_TRAIN["gen_batch"])
    t0 = time.time()
    ema = None
    bar = tqdm(range(S), desc="t5", mininterval=5)
    for step in bar:
        if sched.get("max_seconds") and time.time() - t0 > sched["max_seconds"]:
            tqdm.write(f"wall-clock cap reached at step {step}")
            break
        model.train()
        prog = step
        if sched.get("max_seconds"):  # time-based cosine: anneal fully by the wall-clock cap
            prog = max(step, int(S * (time.time() - t0) / sched["max_seconds"]))
        for g in opt.param_groups:
            g["lr"] = lr_at(min(prog, S - 1), S, sched["lr"], sched["warmup"])
        if rng.random() < sched["gen_share"]:
            loss = t5_loss(model, make_batch(next(it_g)))
        elif sched.get("word_drop"):
            loss = t5_loss(model, make_batch(word_dropout_rows(next(it_i), rng, sched["word_drop"])),
                           sched.get("label_smoothing", 0.0))
        else:
            loss = t5_loss(model, make_batch(next(it_i)))
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        ema = loss.item() if ema is None else 0.98 * ema + 0.02 * loss.item()
        if step % 10 == 0:
            hist["step"].append(step + offset)
            hist["train_loss"].append(ema)
            bar.set_postfix(loss=f"{ema:.3f}")
        if step % 200 == 0 or step == S - 1:
            model.eval()
            with torch.no_grad():
                vi = sum(t5_loss(model, make_batch(va_i[k:k + 128])).item() for k in range(0, len(va_i), 128)) / math.ceil(len(va_i) / 128)
                vg = sum(t5_loss(model, make_batch(va_g[k:k + 128])).item() for k in range(0, len(va_g), 128)) / math.ceil(len(va_g) / 128)
            hist["valid_step"].append(step + offset)
            hist["valid_intent_loss"].append(vi)
            hist["valid_gen_loss"].append(vg)
            tqdm.write(f"step {step} train {ema:.4f} valid intent {vi:.4f} gen {vg:.4f}")
    hist.setdefault("phases", []).append({"phase": phase if resume else "t5", "steps": step + 1,
                                          "seconds": round(time.time() - t0, 1), "schedule": sched})
    hist["seconds"] = time.time() - t0 + (hist.get("seconds", 0) if resume else 0)
    torch.save({"cfg": T5_CFG, "state": model.state_dict()}, os.path.join(WORK, "t5.pt"))
    json.dump(hist, open(os.path.join(WORK, "t5_history.json"), "w"))
    print(f"t5 trained in {hist['seconds']:.0f}s")


def step_ner():
    torch.set_num_threads(1)
    seed_all()
    sp = tk.load(os.path.join(WORK, "spiece.model"))
    rows = read_jsonl(os.path.join(OUT, "train.jsonl"))
    rng = random.Random(SEED)
    tr = ner_examples(sp, rows, NER_TRAIN["max_len"])
    va = ner_examples(sp, rng.sample(read_jsonl(os.path.join(OUT, "valid.jsonl")), 512), NER_TRAIN["max_len"])
    model = NerModel(T5Config(**NER_CFG), len(NER_LABELS))
    opt = torch.optim.AdamW(model.parameters(), lr=NER_TRAIN["lr"], weight_decay=NER_TRAIN["weight_decay"])
    hist = {"step": [], "train_loss": [], "valid_step": [], "valid_loss": []}

    def mk(exs):
        ids = pad([e[0] for e in exs])
        lab = pad([e[1] for e in exs], -100)
        return ids, (ids != 0).long(), lab

    def loss_of(b):
        ids, mask, lab = b
        logits = model(ids, mask)
        return F.cross_entropy(logits.reshape(-1, logits.shape[-1]), lab.reshape(-1), ignore_index=-100)
    S, bs = NER_TRAIN["steps"], NER_TRAIN["batch"]
    order = []
    t0 = time.time()
    ema = None
    bar = tqdm(range(S), desc="ner", mininterval=5)
    for step in bar:
        if len(order) < bs:
            idx = list(range(len(tr)))
            rng.shuffle(idx)
            order += idx
        b, order = order[:bs], order[bs:]
        model.train()
        for g in opt.param_groups:
            g["lr"] = lr_at(step, S, NER_TRAIN["lr"], NER_TRAIN["warmup"])
        loss = loss_of(mk([tr[i] for i in b]))
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        ema = loss.item() if ema is None else 0.98 * ema + 0.02 * loss.item()
        if step % 10 == 0:
            hist["step"].append(step)
            hist["train_loss"].append(ema)
            bar.set_postfix(loss=f"{ema:.4f}")
        if step % 150 == 0 or step == S - 1:
            model.eval()
            with torch.no_grad():
                vl = sum(loss_of(mk(va[k:k + 128])).item() for k in range(0, len(va), 128)) / math.ceil(len(va) / 128)
            hist["valid_step"].append(step)
            hist["valid_loss"].append(vl)
            tqdm.write(f"ner step {step} train {ema:.4f} valid {vl:.4f}")
    hist["seconds"] = time.time() - t0
    torch.save({"cfg": NER_CFG, "state": model.state_dict()}, os.path.join(WORK, "ner.pt"))
    json.dump(hist, open(os.path.join(WORK, "ner_history.json"), "w"))
    print(f"ner trained in {hist['seconds']:.0f}s")


def main(argv):
    steps = argv[1:] or ["all"]
    if steps == ["all"]:
        steps = ["corpus", "tokenizer", "t5", "t5more", "ner", "export", "ngram", "eval", "plots"]
    timings = {}
    tpath = os.path.join(WORK, "timings.json")
    os.makedirs(WORK, exist_ok=True)
    if os.path.exists(tpath):
        timings = json.load(open(tpath))
    for s in steps:
        t = time.time()
        print(f"=== {s}", flush=True)
        if s == "corpus":
            step_corpus()
        elif s == "tokenizer":
            step_tokenizer()
        elif s == "t5":
            step_t5()
        elif s == "t5more":
            step_t5(resume=True)
        elif s == "t5ft":
            step_t5(resume=True, phase="ft")
        elif s == "t5ft2":
            step_t5(resume=True, phase="ft2")
        elif s == "ner":
            step_ner()
        elif s == "export":
            from .export import export_all
            export_all()
        elif s == "ngram":  # the n-gram intent model and its ensemble weights (docs/nlu-ensemble.md)
            from .intent_ngram import main as ngram_main
            ngram_main(["all"])
        elif s == "export_t5":
            from .export import export_t5_only
            export_t5_only()
        elif s == "eval_t5":
            from .evaluate import evaluate_all
            evaluate_all(only_t5=True)
        elif s == "eval":
            from .evaluate import evaluate_all
            evaluate_all()
        elif s == "plots":
            from .plots import make_plots
            make_plots()
        else:
            raise SystemExit(f"unknown step {s}")
        timings[s] = round(time.time() - t, 1)
        json.dump(timings, open(tpath, "w"), indent=1)
    print("timings (s):", timings)


if __name__ == "__main__":
    main(sys.argv)
