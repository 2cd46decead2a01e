"""GPU training (optional; the CPU path in train.py stays the reference "one command" retrain).

    python3 -m models.train_gpu t5 --name A --seconds 400 [--arch '{"num_layers": 6}'] [--init CKPT]
    python3 -m models.train_gpu ner --name N --seconds 400

Same model code (t5.py / ner.py), same tokenizer (t5-payroll/spiece.model), same corpus files as
train.py. Differences from the CPU phases:

* intent objective = cross-entropy over the 13 label-scoring scores (the exact quantity inference
  uses: s(l) = sum of the label's token log-probs, P = softmax_l s(l)), label smoothing `ls`,
  plus `tok_w` x the usual token cross-entropy of the gold label sequence, plus the generation
  loss on a generation batch every step (`gen_w`);
* intent batches are drawn with per-intent weights proportional to sqrt(count) (small-talk intents
  have ~1/5 of the rows of a payroll intent), `oos_w` = class weight of out_of_scope in the label
  CE (held-out OOS domains are the hardest part); word dropout on the intent input (as t5ft);
* `--case_aug p`: an intent input is sentence-cased (first letter upper-case) with probability p;
* `--outside_repeat N`: also train on other people's wording (models/outside.py: CLINC150 train mapped to our labels
  and the hand-written small talk, in-scope rows repeated N times); CLINC150 val texts are then never trained on;
* `--init CKPT` continues from a checkpoint (its cfg wins over --arch);
* training rows whose text (lower-cased) occurs in a validation set or in the shared dev set are
  dropped, so every number measured afterwards is on unseen sentences;
* cosine learning rate annealed against a wall-clock budget (`--seconds`), on one GPU.

Writes WORK/<name>.pt ({"cfg", "state"}, fp32, loadable by infer.load_t5 / load_ner) and
WORK/<name>.json (schedule, curves, intent scores on valid / valid_r2 / dev at the end)."""
from __future__ import annotations

import argparse
import json
import math
import os
import random
import time

import torch
import torch.nn.functional as F

from . import tokenizer as tk
from .infer import MAX_SRC, intent_source_ids, label_targets, pad
from .jsonl import read_jsonl
from .labels import INTENTS
from .ner import NER_LABELS, NerModel
from .outside import clinc_val_texts, outside_rows
from .paths import EVAL_SET_PATHS, OUT, T5_DIR
from .paths import WORK as _WORK
from .t5 import T5, T5Config, shift_right
from .train_common import NER_CFG, T5_CFG, ner_examples, word_dropout

WORK = os.environ.get("GPU_WORK", _WORK)


def eval_sets(full=False):
    out = {k: read_jsonl(p) for k, p in EVAL_SET_PATHS.items() if os.path.exists(p)}
    if not full and (os.environ.get("SMOKE") or os.environ.get("EVAL_SUBSET")):
        n = int(os.environ.get("EVAL_SUBSET", "200"))
        out = {k: v[:n] for k, v in out.items()}
    return out


def src_ids(sp, text):
    """Intent input exactly as inference builds it (lower-cased when config says so)."""
    return intent_source_ids(sp, text)


def label_tensors(sp, dev):
    """(label target ids K,T, real-token mask K,T) of the 13 labels, as infer.classify builds them."""
    tg = label_targets(sp)
    return pad(tg).to(dev), pad([[1] * len(t) for t in tg]).to(dev)


def label_scores(model, src, mask, lab):
    """(B, 13) label-scoring scores, exactly as infer.classify (with dropout if model.train())."""
    return model.score_labels(src, mask, *lab)


@torch.no_grad()
def intent_eval(model, sp, rows, lab, dev, bs=512):
    model.eval()
    preds = []
    for k in range(0, len(rows), bs):
        src = pad([src_ids(sp, r["text"]) for r in rows[k:k + bs]]).to(dev)
        preds += label_scores(model, src, (src != 0).long(), lab).argmax(-1).tolist()
    res = {}
    for lang in ("all", "es", "en"):
        idx = [i for i, r in enumerate(rows) if lang == "all" or r["lang"] == lang]
        g = [rows[i]["intent"] for i in idx]
        p = [INTENTS[preds[i]] for i in idx]
        oos = [j for j, x in enumerate(g) if x == "out_of_scope"]
        ins = [j for j, x in enumerate(g) if x != "out_of_scope"]
        res[lang] = {"n": len(idx), "acc": round(sum(a == b for a, b in zip(g, p)) / max(1, len(idx)), 4),
                     "oos_recall": round(sum(p[j] == "out_of_scope" for j in oos) / max(1, len(oos)), 4),
                     "in_scope_recall": round(sum(p[j] != "out_of_scope" for j in ins) / max(1, len(ins)), 4)}
    return res


def sentence_case(text):
    """First letter upper-case (after leading ¿ ¡ quotes/spaces), as phone keyboards write: the corpus
    templates mostly start in lower case, and "Adiós" / "Thanks!" were misread while "adiós" was not."""
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1:]
        if ch not in " ¿¡\"'(":
            return text
    return text


def optimizer_step(model, opt, loss, ema, hist, step, digits):
    """One clipped AdamW step; returns the loss EMA (recorded every 50 steps in hist)."""
    opt.zero_grad(set_to_none=True)
    loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    opt.step()
    ema = loss.item() if ema is None else 0.98 * ema + 0.02 * loss.item()
    if step % 50 == 0:
        hist["step"].append(step)
        hist["loss"].append(round(ema, digits))
    return ema


def excluded_texts(sets):
    return {r["text"].strip().lower() for rows in sets.values() for r in rows}


def train_t5(a, dev):
    rng = random.Random(a.seed)
    torch.manual_seed(a.seed)
    sp = tk.load(os.path.join(T5_DIR, "spiece.model"))
    prefix_len = len(sp.encode("intent: "))
    sets = eval_sets()
    excl = excluded_texts(eval_sets(full=True))
    rows = read_jsonl(os.path.join(OUT, "train.jsonl"))
    if a.outside_repeat:  # other people's wording (models/outside.py); CLINC150 val chooses the ensemble: never trained
        rows += outside_rows(a.outside_repeat)
        excl |= clinc_val_texts()
    rows = [r for r in rows if r["text"].strip().lower() not in excl]
    gen = read_jsonl(os.path.join(OUT, "gen_train.jsonl"))
    by_int = {k: [] for k in INTENTS}
    by_fam = {k: {} for k in INTENTS}
    for r in rows:
        ex = (src_ids(sp, r["text"]), INTENTS.index(r["intent"]), sp.encode(r["intent"]) + [tk.EOS],
              src_ids(sp, sentence_case(r["text"])) if a.case_aug else None)
        by_int[r["intent"]].append(ex)
        by_fam[r["intent"]].setdefault(r.get("family", ""), []).append(ex)
    fam_lists = {k: list(v.values()) for k, v in by_fam.items()}
    w = {k: len(v) ** a.balance for k, v in by_int.items()}
    tot = sum(w.values())
    intent_p = [w[k] / tot for k in INTENTS]
    ex_g = [(sp.encode(g["input"])[:MAX_SRC - 1] + [tk.EOS], sp.encode(g["target"])[:63] + [tk.EOS]) for g in gen]
    cfg_d = dict(T5_CFG)
    cfg_d.update(json.loads(a.arch))
    model = T5(T5Config(**cfg_d))
    if a.init:
        ck = torch.load(a.init, map_location="cpu")
        model.load_state_dict(ck["state"])
        cfg_d = ck["cfg"]
    model.to(dev)
    nparam = sum(p.numel() for p in model.parameters())
    print(f"[{a.name}] cfg {cfg_d} params {nparam} train rows {len(rows)} (excluded {len(excl)} texts)", flush=True)
    lab = label_tensors(sp, dev)
    cls_w = torch.ones(len(INTENTS), device=dev)
    cls_w[INTENTS.index("out_of_scope")] = a.oos_w
    opt = torch.optim.AdamW(model.parameters(), lr=a.lr, weight_decay=0.01)
    hist = {"step": [], "loss": [], "eval": []}
    t0 = time.time()
    S = a.max_steps
    ema = None
    step = 0
    last_eval = t0
    while True:
        el = time.time() - t0
        if el > a.seconds or step >= S:
            break
        prog = el / a.seconds
        lr = a.lr * min(1.0, (step + 1) / a.warmup) * 0.5 * (1 + math.cos(math.pi * min(1.0, prog)))
        for g in opt.param_groups:
            g["lr"] = lr
        model.train()
        # intent batch
        ints = rng.choices(range(len(INTENTS)), weights=intent_p, k=a.bs)
        # fam_mix: share of the batch drawn family-uniformly within the intent (a short family such as
        # "[adiós|chao|bye]" has few distinct sentences after de-duplication and is otherwise rarely seen)
        batch = [rng.choice(rng.choice(fam_lists[INTENTS[k]])) if rng.random() < a.fam_mix else rng.choice(by_int[INTENTS[k]])
                 for k in ints]
        srcs = [b[3] if a.case_aug and rng.random() < a.case_aug else b[0] for b in batch]
        srcs = [word_dropout(x, rng, a.word_drop, prefix_len) if a.word_drop else x for x in srcs]
        src = pad(srcs).to(dev)
        mask = (src != 0).long()
        y = torch.tensor([b[1] for b in batch], device=dev)
        sc = label_scores(model, src, mask, lab)
        loss_cls = F.cross_entropy(sc, y, weight=cls_w, label_smoothing=a.ls)
        loss_tok = -(sc.gather(1, y[:, None])[:, 0]).mean() / 4.0  # ~ per-token NLL of the gold label
        loss = loss_cls + a.tok_w * loss_tok
        if a.gen_w > 0:
            gb = rng.sample(ex_g, a.gen_bs)
            gsrc = pad([e[0] for e in gb]).to(dev)
            glab = pad([e[1] for e in gb], -100).to(dev)
            logits = model(gsrc, (gsrc != 0).long(), shift_right(glab))
            loss_gen = F.cross_entropy(logits.reshape(-1, logits.shape[-1]), glab.reshape(-1), ignore_index=-100)
            loss = loss + a.gen_w * loss_gen
        ema = optimizer_step(model, opt, loss, ema, hist, step, 4)
        if time.time() - last_eval > a.eval_every:
            last_eval = time.time()
            ev = {k: intent_eval(model, sp, v, lab, dev)["all"] for k, v in sets.items()}
            hist["eval"].append({"step": step, "t": round(time.time() - t0), **ev})
            print(f"[{a.name}] step {step} t {time.time() - t0:.0f}s loss {ema:.4f} lr {lr:.2e} " +
                  " ".join(f"{k}:{v['acc']:.3f}/{v['oos_recall']:.3f}/{v['in_scope_recall']:.3f}" for k, v in ev.items()), flush=True)
        step += 1
    model.eval()
    final = {k: intent_eval(model, sp, v, lab, dev) for k, v in sets.items()}
    print(f"[{a.name}] FINAL steps {step} " + json.dumps({k: v["all"] for k, v in final.items()}), flush=True)
    model.to("cpu")
    torch.save({"cfg": cfg_d, "state": model.state_dict()}, os.path.join(WORK, f"{a.name}.pt"))
    json.dump({"name": a.name, "args": vars(a), "cfg": cfg_d, "params": nparam, "steps": step,
               "seconds": round(time.time() - t0, 1), "train_rows": len(rows), "final": final, "hist": hist},
              open(os.path.join(WORK, f"{a.name}.json"), "w"), indent=1)


def train_ner(a, dev):
    rng = random.Random(a.seed)
    torch.manual_seed(a.seed)
    sp = tk.load(os.path.join(T5_DIR, "spiece.model"))
    sets = eval_sets()
    excl = excluded_texts(sets)
    rows = [r for r in read_jsonl(os.path.join(OUT, "train.jsonl")) if r["text"].strip().lower() not in excl]
    tr = ner_examples(sp, rows, 96)
    va_rows = read_jsonl(os.path.join(OUT, "valid.jsonl"))
    va = ner_examples(sp, va_rows[:300] if os.environ.get("SMOKE") else va_rows, 96)
    cfg_d = dict(NER_CFG)
    cfg_d.update(json.loads(a.arch))
    model = NerModel(T5Config(**cfg_d), len(NER_LABELS)).to(dev)
    opt = torch.optim.AdamW(model.parameters(), lr=a.lr, weight_decay=0.01)

    def mk(exs):
        ids = pad([e[0] if e[0] else [0] for e in exs])
        lab = pad([e[1] if e[1] else [-100] for e in exs], -100)
        return ids.to(dev), (ids != 0).long().to(dev), lab.to(dev)

    def loss_of(b):
        ids, mask, lab = b
        logits = model(ids, mask)
        return F.cross_entropy(logits.reshape(-1, logits.shape[-1]), lab.reshape(-1), ignore_index=-100)

    @torch.no_grad()
    def token_acc():
        model.eval()
        ok = n = 0
        for k in range(0, len(va), 512):
            ids, mask, lab = mk(va[k:k + 512])
            p = model(ids, mask).argmax(-1)
            m = lab != -100
            ok += ((p == lab) & m & (lab != 0)).sum().item()
            n += (m & (lab != 0)).sum().item()
        return round(ok / max(1, n), 5)
    hist = {"step": [], "loss": [], "eval": []}
    t0 = time.time()
    step, ema, last_eval = 0, None, t0
    order = []
    while time.time() - t0 < a.seconds and step < a.max_steps:
        prog = (time.time() - t0) / a.seconds
        lr = a.lr * min(1.0, (step + 1) / a.warmup) * 0.5 * (1 + math.cos(math.pi * min(1.0, prog)))
        for g in opt.param_groups:
            g["lr"] = lr
        if len(order) < a.bs:
            idx = list(range(len(tr)))
            rng.shuffle(idx)
            order += idx
        b, order = order[:a.bs], order[a.bs:]
        model.train()
        loss = loss_of(mk([tr[i] for i in b]))
        ema = optimizer_step(model, opt, loss, ema, hist, step, 5)
        if time.time() - last_eval > a.eval_every:
            last_eval = time.time()
            ta = token_acc()
            hist["eval"].append({"step": step, "valid_entity_token_acc": ta})
            print(f"[{a.name}] step {step} loss {ema:.4f} valid entity-token acc {ta}", flush=True)
        step += 1
    ta = token_acc()
    print(f"[{a.name}] FINAL steps {step} valid entity-token acc {ta}", flush=True)
    model.to("cpu")
    torch.save({"cfg": cfg_d, "state": model.state_dict()}, os.path.join(WORK, f"{a.name}.pt"))
    json.dump({"name": a.name, "args": vars(a), "cfg": cfg_d, "steps": step, "seconds": round(time.time() - t0, 1),
               "valid_entity_token_acc": ta, "hist": hist}, open(os.path.join(WORK, f"{a.name}.json"), "w"), indent=1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("task", choices=["t5", "ner"])
    ap.add_argument("--name", required=True)
    ap.add_argument("--arch", default="{}")
    ap.add_argument("--init", default="")
    ap.add_argument("--seconds", type=float, default=400)
    ap.add_argument("--max_steps", type=int, default=10 ** 9)
    ap.add_argument("--bs", type=int, default=128)
    ap.add_argument("--gen_bs", type=int, default=48)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--warmup", type=int, default=400)
    ap.add_argument("--ls", type=float, default=0.05)
    ap.add_argument("--tok_w", type=float, default=0.5)
    ap.add_argument("--gen_w", type=float, default=0.5)
    ap.add_argument("--word_drop", type=float, default=0.1)
    ap.add_argument("--balance", type=float, default=0.5)
    ap.add_argument("--case_aug", type=float, default=0.0, help="probability of sentence-casing an intent input")
    ap.add_argument("--fam_mix", type=float, default=0.0, help="share of intent rows sampled family-uniformly")
    ap.add_argument("--outside_repeat", type=int, default=0,
                    help="add CLINC150's train split and the hand-written small talk (models/outside.py), their in-scope "
                         "rows repeated this many times (0: our corpus only)")
    ap.add_argument("--oos_w", type=float, default=1.0, help="class weight of out_of_scope in the label CE")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--eval_every", type=float, default=60)
    ap.add_argument("--threads", type=int, default=2)
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    torch.backends.cuda.matmul.allow_tf32 = False  # keep fp32 math (export/parity are fp32)
    dev = "cuda" if torch.cuda.is_available() else "cpu"
    os.makedirs(WORK, exist_ok=True)
    (train_t5 if a.task == "t5" else train_ner)(a, dev)


if __name__ == "__main__":
    main()
