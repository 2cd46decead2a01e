"""Tiny template grammar with entity-aware rendering.

Template syntax:
  [a|b|c]    choose one alternative (alternatives may be empty: [a|] = optional "a")
  {SLOT}     a slot filled by a python function returning segments
  other text literal

A rendered example is a list of segments (text, ent) where ent is None or a dict
{"type", "value"}; `assemble` joins them, cleans whitespace and returns (text, entities with
exact char offsets).
"""
from __future__ import annotations

import re


def parse(tpl: str):
    """Parse a template into a tree: list of items; item = str | ("slot", name) | ("alt", [tree...])."""
    pos = 0

    def seq(stop):
        nonlocal pos
        items, buf = [], []
        while pos < len(tpl):
            c = tpl[pos]
            if c in stop:
                break
            if c == "[":
                if buf:
                    items.append("".join(buf)); buf = []
                pos += 1
                alts = [seq("|]")]
                while pos < len(tpl) and tpl[pos] == "|":
                    pos += 1
                    alts.append(seq("|]"))
                assert pos < len(tpl) and tpl[pos] == "]", f"unclosed [ in {tpl!r}"
                pos += 1
                items.append(("alt", alts))
            elif c == "{":
                if buf:
                    items.append("".join(buf)); buf = []
                end = tpl.index("}", pos)
                items.append(("slot", tpl[pos + 1:end]))
                pos = end + 1
            else:
                buf.append(c)
                pos += 1
        if buf:
            items.append("".join(buf))
        return items

    tree = seq("")
    assert pos == len(tpl), f"unbalanced template {tpl!r}"
    return tree


_CACHE = {}


def render(tpl: str, rng, slots, ctx):
    tree = _CACHE.get(tpl)
    if tree is None:
        tree = _CACHE[tpl] = parse(tpl)
    out = []

    def walk(items):
        for it in items:
            if isinstance(it, str):
                out.append((it, None))
            elif it[0] == "alt":
                walk(rng.choice(it[1]))
            else:
                name = it[1]
                fn = slots[name.split(":")[0]]
                out.extend(fn(rng, ctx, name))
    walk(tree)
    return out


_PUNCT_NO_SPACE_BEFORE = set("?!.,;:)")


def assemble(segments):
    """Join segments, collapse whitespace, drop spaces before punctuation, strip.
    Returns (text, [{"type","value","start","end","text"}])."""
    chars = []  # (char, ent_index)
    ents = []
    for text, ent in segments:
        idx = None
        if ent is not None:
            idx = len(ents)
            ents.append(ent)
        for ch in text:
            chars.append((ch, idx))
    kept = []
    for i, (ch, idx) in enumerate(chars):
        if ch.isspace():
            ch = " "
            if not kept or kept[-1][0] == " " or kept[-1][0] in "¿¡(":
                continue
            # look ahead: drop a space before closing punctuation
            j = i + 1
            while j < len(chars) and chars[j][0].isspace():
                j += 1
            if j >= len(chars) or (chars[j][0] in _PUNCT_NO_SPACE_BEFORE and chars[j][1] is None):
                continue
            idx = None
        kept.append((ch, idx))
    while kept and kept[-1][0] == " ":
        kept.pop()
    text = "".join(c for c, _ in kept)
    spans = {}
    for pos, (_, idx) in enumerate(kept):
        if idx is None:
            continue
        s, e = spans.get(idx, (pos, pos))
        spans[idx] = (min(s, pos), pos + 1)
    out = []
    for idx, (s, e) in sorted(spans.items(), key=lambda kv: kv[1][0]):
        ent = dict(ents[idx])
        ent["start"], ent["end"], ent["text"] = s, e, text[s:e]
        out.append(ent)
    return text, out


def ent(text, etype, value):
    return (text, {"type": etype, "value": value})
