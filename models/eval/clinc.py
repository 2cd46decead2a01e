"""CLINC150 (Larson et al. 2019, CC BY 3.0, github.com/clinc/oos-eval) mapped to our intents, as
shared/spec/nlu.md says: the outside check of what the assistant must answer and what it must refuse.

Mapping: `payday` → payment_date; `income` → net_pay, gross_pay or ytd_summary (any of them is right);
`taxes` → deductions; `greeting`, `goodbye`, `thank_you`, `what_can_i_ask_you` → greeting, goodbye, thanks,
help; the 143 other intents and the out-of-scope sentences → out_of_scope.

    python3 -m models.eval.clinc write val OUT.jsonl            # evaluation rows (the committed train/val copy)
    python3 -m models.eval.clinc write test OUT.jsonl --data data_full.json   # test split: never committed
    python3 -m models.eval.clinc score val PRED.jsonl           # in-scope recall, out-of-scope recall, misses

`train` and `val` (`models/corpus/clinc/train_val.jsonl.gz`, the two public splits of `data_full.json`) may
be used for training and tuning; `test` never is (the spec) and is read only from a copy of `data_full.json`
given with `--data`. PRED is the `predict` verb's output (`dotnet run --project
services/inference-worker/ChatNomina.InferenceWorker -c Release -- predict < OUT.jsonl > PRED.jsonl`).
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
TRAIN_VAL = os.path.join(HERE, "..", "corpus", "clinc", "train_val.jsonl.gz")
NOW = "2026-03-15"

IN_SCOPE = {"payday": ("payment_date",), "income": ("net_pay", "gross_pay", "ytd_summary"),
            "taxes": ("deductions",), "greeting": ("greeting",), "goodbye": ("goodbye",),
            "thank_you": ("thanks",), "what_can_i_ask_you": ("help",)}

_GROSS = re.compile(r"\b(gross|before (?:tax|taxes|deductions)|pre-?tax|salary|total income)\b")
_YTD = re.compile(r"\b(this year|so far|year to date|ytd|per year|a year|annual(?:ly)?|yearly)\b")


def accepted(clinc_intent: str) -> tuple[str, ...]:
    """The labels that count as right for a CLINC intent (out_of_scope for every unmapped one and for oos)."""
    return IN_SCOPE.get(clinc_intent, ("out_of_scope",))


def training_label(text: str, clinc_intent: str) -> str:
    """One label per sentence for training: `income` is split by its wording (gross/salary, the year, else
    net); every other intent has one label."""
    if clinc_intent == "income":
        t = text.lower()
        return "ytd_summary" if _YTD.search(t) else "gross_pay" if _GROSS.search(t) else "net_pay"
    return accepted(clinc_intent)[0]


def load_split(split: str, data: str | None = None) -> list[dict]:
    """[{"text", "clinc"}] of a split: train/val from the committed copy, test only from --data."""
    if split == "test":
        if not data:
            raise SystemExit("the test split is not committed: pass --data PATH/TO/data_full.json")
        d = json.load(open(data, encoding="utf-8"))
        return [{"text": t, "clinc": lab} for t, lab in d["test"]] + [{"text": t, "clinc": "oos"} for t, _ in d["oos_test"]]
    if data:
        d = json.load(open(data, encoding="utf-8"))
        return [{"text": t, "clinc": lab} for t, lab in d[split]] + [{"text": t, "clinc": "oos"} for t, _ in d[f"oos_{split}"]]
    with gzip.open(TRAIN_VAL, "rt", encoding="utf-8") as f:
        return [r for r in map(json.loads, f) if r["split"] == split]


def training_rows(split: str = "train") -> list[dict]:
    """CLINC rows in the corpus format (text, lang, intent, family) for the intent models."""
    return [{"text": r["text"], "lang": "en", "intent": training_label(r["text"], r["clinc"]),
             "family": f"clinc:{r['clinc']}"} for r in load_split(split)]


def cmd_write(split: str, out: str, data: str | None) -> None:
    rows = load_split(split, data)
    with open(out, "w", encoding="utf-8") as f:
        for i, r in enumerate(rows):
            f.write(json.dumps({"id": f"clinc-{split}-{i:05d}", "lang": "en", "now": NOW, "text": r["text"],
                                "intent": accepted(r["clinc"])[0], "clinc": r["clinc"], "entities": []},
                               ensure_ascii=False) + "\n")
    print(f"{len(rows)} rows -> {out}")


def score(rows: list[dict], predicted: dict[str, str]) -> dict:
    """In-scope recall (the 7 mapped intents, right label) and out-of-scope recall, with the misses."""
    ins = [r for r in rows if r["clinc"] in IN_SCOPE]
    oos = [r for r in rows if r["clinc"] not in IN_SCOPE]
    miss_in = [(r["clinc"], r["text"], predicted[r["id"]]) for r in ins if predicted[r["id"]] not in accepted(r["clinc"])]
    miss_oos = [(r["clinc"], r["text"], predicted[r["id"]]) for r in oos if predicted[r["id"]] != "out_of_scope"]
    per = {k: round(1 - sum(m[0] == k for m in miss_in) / max(1, sum(r["clinc"] == k for r in ins)), 4) for k in IN_SCOPE}
    return {"in_scope": len(ins), "in_scope_recall": round(1 - len(miss_in) / len(ins), 4),
            "out_of_scope": len(oos), "out_of_scope_recall": round(1 - len(miss_oos) / len(oos), 4),
            "in_scope_recall_per_intent": per, "in_scope_misses": miss_in, "out_of_scope_misses": miss_oos}


def cmd_score(split: str, pred: str, data: str | None, show: int) -> None:
    rows = [{"id": f"clinc-{split}-{i:05d}", **r} for i, r in enumerate(load_split(split, data))]
    predicted = {p["id"]: p["intent"] for p in map(json.loads, open(pred, encoding="utf-8"))}
    s = score(rows, predicted)
    print(f"CLINC150 {split}: in-scope recall {s['in_scope_recall']:.4f} ({s['in_scope']}), "
          f"out-of-scope recall {s['out_of_scope_recall']:.4f} ({s['out_of_scope']})")
    print("per intent: " + ", ".join(f"{k} {v:.3f}" for k, v in s["in_scope_recall_per_intent"].items()))
    for title, misses in (("in-scope misses", s["in_scope_misses"]), ("out-of-scope misses", s["out_of_scope_misses"])):
        print(f"{title} ({len(misses)}):")
        for c, t, p in misses[:show]:
            print(f"  [{c} -> {p}] {t}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cmd", choices=("write", "score"))
    ap.add_argument("split", choices=("train", "val", "test"))
    ap.add_argument("path")
    ap.add_argument("--data", help="data_full.json of clinc/oos-eval (required for test)")
    ap.add_argument("--show", type=int, default=40, help="misses printed per kind")
    a = ap.parse_args()
    if a.cmd == "write":
        cmd_write(a.split, a.path, a.data)
    else:
        cmd_score(a.split, a.path, a.data, a.show)


if __name__ == "__main__":
    main()
