"""Training curves and intent confusion matrices (matplotlib, Agg backend) -> models/reports/."""
from __future__ import annotations

import json
import os

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from .labels import INTENTS  # noqa: E402
from .paths import REPORTS, WORK  # noqa: E402


def confusion_pngs(names, source="eval.json", prefix="confusion_", title="Intent confusion"):
    """reports/<prefix><name>.png for every named set of reports/<source> that has a confusion table."""
    ev = json.load(open(os.path.join(REPORTS, source)))
    for name in names:
        if name + "_confusion" not in ev:
            continue
        conf = ev[name + "_confusion"]
        M = np.zeros((len(INTENTS), len(INTENTS)))
        for g, row in conf.items():
            for p, c in row.items():
                M[INTENTS.index(g), INTENTS.index(p)] = c
        Mn = M / np.maximum(M.sum(1, keepdims=True), 1)
        fig, ax = plt.subplots(figsize=(9, 8))
        ax.imshow(Mn, cmap="Blues", vmin=0, vmax=1)
        ax.set_xticks(range(len(INTENTS))); ax.set_xticklabels(INTENTS, rotation=60, ha="right")
        ax.set_yticks(range(len(INTENTS))); ax.set_yticklabels(INTENTS)
        for i in range(len(INTENTS)):
            for j in range(len(INTENTS)):
                if M[i, j]:
                    ax.text(j, i, int(M[i, j]), ha="center", va="center", fontsize=7,
                            color="white" if Mn[i, j] > 0.5 else "black")
        ax.set_xlabel("predicted"); ax.set_ylabel("gold")
        ax.set_title(f"{title} ({name}, accuracy {ev[name]['all']['intent_accuracy']:.3f})")
        fig.tight_layout()
        fig.savefig(os.path.join(REPORTS, f"{prefix}{name}.png"), dpi=110)
        plt.close(fig)


def make_plots():
    os.makedirs(REPORTS, exist_ok=True)
    t5 = json.load(open(os.path.join(WORK, "t5_history.json")))
    ner = json.load(open(os.path.join(WORK, "ner_history.json")))
    fig, ax = plt.subplots(1, 2, figsize=(12, 4.5))
    ax[0].plot(t5["step"], t5["train_loss"], label="train (EMA, mixed tasks)")
    ax[0].plot(t5["valid_step"], t5["valid_intent_loss"], "o-", label="held-out families: intent")
    ax[0].plot(t5["valid_step"], t5["valid_gen_loss"], "s-", label="held-out combos: generation")
    ax[0].set_yscale("log"); ax[0].set_title("T5 (t5-payroll)"); ax[0].set_xlabel("step"); ax[0].set_ylabel("cross-entropy")
    ax[0].legend()
    ax[1].plot(ner["step"], ner["train_loss"], label="train (EMA)")
    ax[1].plot(ner["valid_step"], ner["valid_loss"], "o-", label="held-out families")
    ax[1].set_yscale("log"); ax[1].set_title("NER (ner-payroll)"); ax[1].set_xlabel("step"); ax[1].legend()
    fig.tight_layout()
    fig.savefig(os.path.join(REPORTS, "training_curves.png"), dpi=110)
    plt.close(fig)
    confusion_pngs(("heldout_families", "dev"))
    print("plots written to", REPORTS)


def make_plots_gpu(t5_records, ner_record):
    """Curves of a models/train_gpu.py round (its JSON records: loss EMA and periodic intent accuracy on the
    held-out sets) + the confusion matrices of reports/eval.json:
        /usr/bin/python3 -c "from models.plots import make_plots_gpu; make_plots_gpu(['models/work/gpu3/K.json'], 'models/work/gpu1/NER.json')" """
    t5s = [json.load(open(p)) for p in t5_records]
    ner = json.load(open(ner_record))
    fig, ax = plt.subplots(1, 3, figsize=(17, 4.5))
    off = 0
    for d in t5s:
        ax[0].plot([s + off for s in d["hist"]["step"]], d["hist"]["loss"], label=f"{d['name']}: train loss (EMA)")
        for k, st in (("valid", "o-"), ("valid_r2", "s-"), ("dev", "^-")):
            pts = [(e["step"] + off, e[k]["acc"]) for e in d["hist"]["eval"] if k in e]
            if pts:
                ax[1].plot(*zip(*pts), st, label=f"{d['name']}: {k}")
        off += d["steps"]
    ax[0].set_yscale("log"); ax[0].set_title("T5: label-CE + token + generation loss"); ax[0].set_xlabel("step"); ax[0].legend()
    ax[1].set_title("T5: intent accuracy (held-out families / previous held-out / dev)"); ax[1].set_xlabel("step")
    ax[1].set_ylim(0.8, 1.0); ax[1].legend(fontsize=7)
    ax[2].plot(ner["hist"]["step"], ner["hist"]["loss"], label="train (EMA)")
    ev_pts = [(e["step"], 1 - e["valid_entity_token_acc"]) for e in ner["hist"]["eval"]]
    if ev_pts:
        ax[2].plot(*zip(*ev_pts), "o-", label="held-out families: entity-token error")
    ax[2].set_yscale("log"); ax[2].set_title("NER (ner-payroll)"); ax[2].set_xlabel("step"); ax[2].legend()
    fig.tight_layout()
    fig.savefig(os.path.join(REPORTS, "training_curves.png"), dpi=110)
    plt.close(fig)
    confusion_pngs(("heldout_families", "heldout_r2", "heldout_r3", "dev"))
    print("plots written to", REPORTS)
