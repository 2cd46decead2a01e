"""What the CPU steps (train.py) and the GPU/long-run trainer (train_gpu.py) share: model sizes, the CPU
schedules (recorded in metadata.json by evaluate.py), seeds, the lr schedule, NER examples and word dropout.
Imports only lower modules (tokenizer, ner)."""
from __future__ import annotations

import math
import random

import torch

from . import tokenizer as tk
from .ner import bio_labels

SEED = 13
T5_CFG = dict(d_model=192, d_kv=32, num_heads=6, d_ff=512, num_layers=3, num_decoder_layers=2, vocab_size=tk.VOCAB_SIZE)
T5_TRAIN = dict(steps=1700, intent_batch=64, gen_batch=32, gen_share=0.25, lr=2e-3, warmup=100, max_src=64,
                max_tgt=64, weight_decay=0.01)
T5_MORE = dict(steps=1200, lr=1e-3, warmup=50, gen_share=0.12)  # second phase ("t5more")
# third phase ("t5ft"): continues from work/t5.pt on the compositional corpus, intent-heavy, with
# regularization against memorizing template families: word dropout on the intent input (each
# piece after the prefix deleted or replaced by <unk> with probability word_drop), label
# smoothing on the intent targets, and a wall-clock cap (training budget 25 min on 1 thread).
# "t5ft2": short follow-up of t5ft with out_of_scope rows repeated oos_repeat times (the extra in-scope
# families of the compositional round shifted the prior away from out_of_scope).
T5_FT2 = dict(steps=600, lr=4e-4, warmup=20, gen_share=0.08, word_drop=0.12, label_smoothing=0.1, max_seconds=330,
              oos_repeat=3)
T5_FT = dict(steps=1700, lr=1e-3, warmup=50, gen_share=0.1, word_drop=0.12, label_smoothing=0.1, max_seconds=1320)
NER_CFG = dict(d_model=192, d_kv=32, num_heads=6, d_ff=512, num_layers=3, vocab_size=tk.VOCAB_SIZE)
NER_TRAIN = dict(steps=900, batch=64, lr=2e-3, warmup=60, max_len=96, weight_decay=0.01)


def seed_all(s=SEED):
    random.seed(s)
    torch.manual_seed(s)


def lr_at(step, total, base, warmup):
    if step < warmup:
        return base * (step + 1) / warmup
    return base * 0.5 * (1 + math.cos(math.pi * (step - warmup) / max(1, total - warmup)))


def ner_examples(sp, rows, max_len):
    out = []
    for r in rows:
        ids = sp.encode(r["text"])[:max_len]
        offs = tk.piece_offsets(sp, r["text"], ids)
        out.append((ids, bio_labels(offs, r["entities"])))
    return out


def word_dropout(src, rng, p, prefix_len):
    """An intent source (prefix + pieces + EOS) with each piece after the prefix deleted (probability p/2) or
    replaced by <unk> (p/2); all pieces are kept if every one was deleted."""
    body = src[prefix_len:-1]
    new = []
    for t in body:
        r = rng.random()
        if r < p / 2:
            continue
        new.append(tk.UNK if r < p else t)
    return src[:prefix_len] + (new or body) + [tk.EOS]
