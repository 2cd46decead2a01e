"""NER: small transformer encoder (T5-style encoder blocks, relative position bias, RMSNorm)
+ linear token classifier, BIO over the six entity types."""
from __future__ import annotations

import torch
import torch.nn as nn

from .labels import NER_LABELS
from .t5 import EncoderLayer, RMSNorm, T5Config, mask_to_bias

L2I = {l: i for i, l in enumerate(NER_LABELS)}


class NerModel(nn.Module):
    def __init__(self, c: T5Config, num_labels):
        super().__init__()
        self.c = c
        self.embed = nn.Embedding(c.vocab_size, c.d_model)
        nn.init.normal_(self.embed.weight, std=1.0)
        self.layers = nn.ModuleList([EncoderLayer(c, i == 0) for i in range(c.num_layers)])
        self.norm = RMSNorm(c.d_model, c.layer_norm_epsilon)
        self.drop = nn.Dropout(c.dropout_rate)
        self.head = nn.Linear(c.d_model, num_labels)

    def forward(self, input_ids, attention_mask):
        x = self.drop(self.embed(input_ids))
        L = input_ids.shape[1]
        pos = torch.arange(L, device=input_ids.device)
        bias = self.layers[0].attn.compute_bias(pos, pos) + mask_to_bias(attention_mask)
        for layer in self.layers:
            x = layer(x, bias)
        return self.head(self.drop(self.norm(x)))


def bio_labels(offsets, entities):
    """offsets: per-token (start, end) char spans; entities: [{type,start,end}].
    Token with an empty span -> -100 (ignored). Token overlapping an entity: B- if it is the
    first token overlapping it, else I-. Others O."""
    labels = []
    seen = set()
    for s, e in offsets:
        if s >= e:
            labels.append(-100)
            continue
        lab = L2I["O"]
        for k, ent in enumerate(entities):
            if s < ent["end"] and e > ent["start"]:
                lab = L2I[("I-" if k in seen else "B-") + ent["type"]]
                seen.add(k)
                break
        labels.append(lab)
    return labels


def decode_spans(offsets, label_ids, text):
    """BIO -> [(type, start, end)] with char offsets; empty-span tokens are skipped; an I- that
    does not continue an entity of the same type starts a new one."""
    spans = []
    cur = None
    for (s, e), li in zip(offsets, label_ids):
        if s >= e:
            continue
        lab = NER_LABELS[li]
        if lab == "O":
            if cur:
                spans.append(cur)
            cur = None
            continue
        p, t = lab.split("-", 1)
        if p == "B" or cur is None or cur[0] != t:
            if cur:
                spans.append(cur)
            cur = [t, s, e]
        else:
            cur[2] = e
    if cur:
        spans.append(cur)
    return [(t, s, e) for t, s, e in spans]
