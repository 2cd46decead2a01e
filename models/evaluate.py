"""Evaluation on held-out template families (corpus/out/valid.jsonl) and on the public dev set
(/work/shared/eval/dev.jsonl; measured only, never trained on). Writes models/reports/eval.json,
updates metadata.json of both model folders."""
from __future__ import annotations

import json
import os
import re
import time
from collections import Counter, defaultdict

import torch

from . import tokenizer as tk
from .infer import classify, extract, generate, load_ner, load_t5
from .jsonl import read_jsonl
from .labels import INTENTS
from .paths import DEV, OUT, REPORTS, WORK


def gold_spans(row):
    """entities with offsets; dev rows have no offsets: locate text left to right."""
    out, used = [], []
    for e in row["entities"]:
        if "start" in e:
            out.append((e["type"], e["start"], e["end"], e["value"]))
            continue
        pos = -1
        start = 0
        while True:
            pos = row["text"].find(e["text"], start)
            if pos < 0 or all(not (pos < u[1] and pos + len(e["text"]) > u[0]) for u in used):
                break
            start = pos + 1
        if pos < 0:
            pos = row["text"].lower().find(e["text"].lower())
        used.append((pos, pos + len(e["text"])))
        out.append((e["type"], pos, pos + len(e["text"]), e["value"]))
    return out


def prf(tp, np_, ng):
    p = tp / np_ if np_ else 1.0
    r = tp / ng if ng else 1.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def score(rows, preds, ents):
    res = {}
    for lang in ("all", "es", "en"):
        idx = [i for i, r in enumerate(rows) if lang == "all" or r["lang"] == lang]
        if not idx:
            continue
        gold = [rows[i]["intent"] for i in idx]
        pred = [preds[i][0] for i in idx]
        acc = sum(g == p for g, p in zip(gold, pred)) / len(idx)
        f1s = []
        for lab in INTENTS:
            tp = sum(g == lab and p == lab for g, p in zip(gold, pred))
            npred = sum(p == lab for p in pred)
            ngold = sum(g == lab for g in gold)
            if ngold:
                f1s.append(prf(tp, npred, ngold)["f1"])
        oos = [i for i, g in enumerate(gold) if g == "out_of_scope"]
        ins = [i for i, g in enumerate(gold) if g != "out_of_scope"]
        oos_rec = sum(pred[i] == "out_of_scope" for i in oos) / len(oos) if oos else None
        in_rec = sum(pred[i] != "out_of_scope" for i in ins) / len(ins) if ins else None
        # entities
        ng = np_ = tp_strict = tp_overlap = tp_found = val_ok = 0
        for i in idx:
            g = gold_spans(rows[i])
            p = [(e["type"], e["start"], e["end"], e["value"]) for e in ents[i]]
            ng += len(g)
            np_ += len(p)
            tp_strict += len(set((a, b, c) for a, b, c, _ in g) & set((a, b, c) for a, b, c, _ in p))
            used = set()
            for gt, gs, ge, gv in g:
                for k, (pt, ps, pe, pv) in enumerate(p):
                    if k in used or pt != gt or not (ps < ge and pe > gs):
                        continue
                    used.add(k)
                    tp_overlap += 1
                    if pv == gv:
                        val_ok += 1
                        tp_found += 1
                    break
        res[lang] = {
            "n": len(idx), "intent_accuracy": round(acc, 4), "intent_macro_f1": round(sum(f1s) / len(f1s), 4),
            "oos_recall": None if oos_rec is None else round(oos_rec, 4),
            "in_scope_recall": None if in_rec is None else round(in_rec, 4),
            "entity_strict": prf(tp_strict, np_, ng), "entity_overlap": prf(tp_overlap, np_, ng),
            "entity_found_type_overlap_value": prf(tp_found, np_, ng),
            "value_accuracy": round(val_ok / tp_overlap, 4) if tp_overlap else None,
            "entities_gold": ng, "entities_pred": np_}
    return res


def run(t5, ner, sp, rows, bs=64):
    preds, ents = [], []
    t0 = time.time()
    for k in range(0, len(rows), bs):
        chunk = rows[k:k + bs]
        preds += classify(t5, sp, [r["text"] for r in chunk])
        ents += extract(ner, sp, [r["text"] for r in chunk], [r["now"] for r in chunk])
    return preds, ents, (time.time() - t0) / max(1, len(rows))


def confusion(rows, preds):
    m = defaultdict(Counter)
    for r, p in zip(rows, preds):
        m[r["intent"]][p[0]] += 1
    return {g: dict(c) for g, c in m.items()}


PH = re.compile(r"\{([a-z_]+)\}")


def eval_generation(t5, sp, gen_rows):
    by_input = defaultdict(set)
    meta = {}
    for g in gen_rows:
        by_input[g["input"]].add(g["target"])
        meta[g["input"]] = g
    inputs = sorted(by_input)
    outs = []
    for k in range(0, len(inputs), 32):
        outs += generate(t5, sp, inputs[k:k + 32])
    exact = ph_ok = lang_ok = 0
    for i, o in zip(inputs, outs):
        g = meta[i]
        exact += o in by_input[i]
        ph_ok += set(PH.findall(o)) == set(g["fields"])
        es_markers = bool(re.search(r"[áéíóúñ¿¡]|\b(tu|de|en|el|la|que)\b", o))
        lang_ok += es_markers == (g["lang"] == "es")
    n = len(inputs)
    return {"inputs": n, "exact_match_any_reference": round(exact / n, 4),
            "placeholder_set_exact": round(ph_ok / n, 4), "language_ok": round(lang_ok / n, 4),
            "examples": [{"input": i, "output": o} for i, o in list(zip(inputs, outs))[:8]]}


def evaluate_all(only_t5=False):
    """only_t5: the NER is unchanged (same ner.pt as its committed ONNX); rewrite only t5-payroll/metadata.json."""
    torch.set_num_threads(1)
    sp = tk.load(os.path.join(WORK, "spiece.model"))
    t5 = load_t5(os.path.join(WORK, "t5.pt"))
    ner = load_ner(os.path.join(WORK, "ner.pt"))
    report = {}
    valid = read_jsonl(os.path.join(OUT, "valid.jsonl"))
    dev = read_jsonl(DEV)
    for name, rows in (("heldout_families", valid), ("dev", dev)):
        preds, ents, sec = run(t5, ner, sp, rows)
        report[name] = score(rows, preds, ents)
        report[name]["all"]["python_seconds_per_message_batched"] = round(sec, 5)
        report[name + "_confusion"] = confusion(rows, preds)
        report[name + "_errors"] = [
            {"text": r["text"], "gold": r["intent"], "pred": p[0], "conf": round(p[1], 3),
             "gold_entities": [(e["type"], e["text"], e["value"]) for e in r["entities"]],
             "pred_entities": [(e["type"], e["text"], e["value"]) for e in en]}
            for r, p, en in zip(rows, preds, ents)
            if p[0] != r["intent"] or sorted((e["type"], e["text"], str(e["value"])) for e in r["entities"]) !=
            sorted((e["type"], e["text"], str(e["value"])) for e in en)][:300]
    gen_valid = read_jsonl(os.path.join(OUT, "gen_valid.jsonl"))
    gen_train = read_jsonl(os.path.join(OUT, "gen_train.jsonl"))
    report["generation_heldout_field_combos"] = eval_generation(t5, sp, gen_valid)
    report["generation_train_combos"] = eval_generation(t5, sp, gen_train)
    os.makedirs(REPORTS, exist_ok=True)
    with open(os.path.join(REPORTS, "eval.json"), "w", encoding="utf-8") as f:
        json.dump(report, f, ensure_ascii=False, indent=1)
    for name in ("heldout_families", "dev"):
        for lang, s in report[name].items():
            print(f"{name:17s} {lang:3s} n={s['n']:5d} acc={s['intent_accuracy']:.4f} mF1={s['intent_macro_f1']:.4f} "
                  f"oos_rec={s['oos_recall']} in_rec={s['in_scope_recall']} entF1(strict)={s['entity_strict']['f1']} "
                  f"entF1(overlap)={s['entity_overlap']['f1']} found={s['entity_found_type_overlap_value']['f1']} "
                  f"value_acc={s['value_accuracy']}")
    print("generation:", {k: v for k, v in report["generation_heldout_field_combos"].items() if k != "examples"})
    write_all_metadata(report, only_t5)
    return report


def _brief(rep):
    return {k: {lang: {m: v for m, v in s.items()} for lang, s in rep[k].items()} for k in ("heldout_families", "dev")}


def write_all_metadata(report, only_t5=False):
    from .export import VERSIONS, common_metadata, write_metadata
    from .labels import NER_LABELS
    from .paths import NER_DIR, T5_DIR
    from .train_common import NER_CFG, NER_TRAIN, T5_CFG, T5_FT, T5_MORE, T5_TRAIN
    hist_t5 = json.load(open(os.path.join(WORK, "t5_history.json")))
    hist_ner = json.load(open(os.path.join(WORK, "ner_history.json")))
    common = {**common_metadata(), "trained_on": "CPU, 1 thread"}
    ev = _brief(report)
    write_metadata(os.path.join(T5_DIR), dict(
        id="t5-payroll", version=VERSIONS["t5-payroll"], task="text2text-generation-with-past: intent classification (label scoring) + answer generation",
        labels=INTENTS, **common,
        training={"config": T5_CFG, "schedule": T5_TRAIN, "schedule_t5more": T5_MORE, "schedule_t5ft": T5_FT,
                  "phases": hist_t5.get("phases", []), "seconds": round(hist_t5["seconds"]),
                  "final_train_loss": round(hist_t5["train_loss"][-1], 4)},
        evaluation={"intent_and_entities": ev,
                    "generation": {k: v for k, v in report["generation_heldout_field_combos"].items() if k != "examples"}}))
    if only_t5:
        return
    write_metadata(os.path.join(NER_DIR), dict(
        id="ner-payroll", version=VERSIONS["ner-payroll"], task="token-classification (BIO)", labels=NER_LABELS, **common,
        training={"config": NER_CFG, "schedule": NER_TRAIN, "seconds": round(hist_ner["seconds"]),
                  "final_train_loss": round(hist_ner["train_loss"][-1], 4)},
        evaluation={"intent_and_entities": ev}))
