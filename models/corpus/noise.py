"""Realistic noise on rendered segments. Entity segments only get case/accent changes
(which the normalizer folds); typos and abbreviations touch only non-entity text."""
from __future__ import annotations

import re
import unicodedata

KEYB = "qwertyuiopasdfghjklñzxcvbnm"
NEIGH = {}
rows = ["qwertyuiop", "asdfghjklñ", "zxcvbnm"]
for r, row in enumerate(rows):
    for i, c in enumerate(row):
        n = set()
        if i > 0:
            n.add(row[i - 1])
        if i < len(row) - 1:
            n.add(row[i + 1])
        for rr in (r - 1, r + 1):
            if 0 <= rr < len(rows) and i < len(rows[rr]):
                n.add(rows[rr][i])
        NEIGH[c] = sorted(n)

SMS_ES = [(r"\bque\b", ["q", "k", "ke"]), (r"\bqué\b", ["q", "ke", "k"]), (r"\bpor qué\b", ["xq", "pq", "porq", "x q"]),
          (r"\bporque\b", ["xq", "pq", "porq"]), (r"\bpor favor\b", ["xfa", "porfa", "pls", "x fa"]),
          (r"\bcuánto\b", ["cuanto", "cnt", "cuánto"]), (r"\btambién\b", ["tb", "tmb"]), (r"\bpara\b", ["pa", "p"]),
          (r"\bde\b", ["d"]), (r"\bmás\b", ["+", "mas"]), (r"\bestá\b", ["esta", "ta"]), (r"\bdía\b", ["dia"]),
          (r"\bnómina\b", ["nomina", "nom."]), (r"\bmuchas gracias\b", ["mxs gracias", "muchas grax"]),
          (r"\bcuándo\b", ["cuando", "qndo"]), (r"\bdónde\b", ["donde", "dnd"]), (r"\bpor\b", ["x"]),
          (r"\bmi\b", ["mi", "mí"]), (r"\bsalario\b", ["salario", "salrio"])]
SMS_EN = [(r"\byou\b", ["u", "ya"]), (r"\bplease\b", ["pls", "plz", "pleas"]), (r"\bwhat\b", ["wat", "wht", "whats"]),
          (r"\bare\b", ["r"]), (r"\bfor\b", ["4"]), (r"\bto\b", ["2"]), (r"\bthanks\b", ["thx", "thnx"]),
          (r"\bhow much\b", ["how much", "hw much", "howmuch"]), (r"\bwhat's\b", ["whats", "wats", "what is"]),
          (r"\bdid I\b", ["did i", "did I"]), (r"\bI\b", ["i"]), (r"\bmy\b", ["my", "mt"]), (r"\bwhy\b", ["y", "why"]),
          (r"\bbecause\b", ["cuz", "bc"]), (r"\bpayslip\b", ["pay slip", "payslp"])]


def strip_accents(s):
    """remove accents but keep ñ (tilde on n); the caller may also map ñ->n."""
    kept = "".join(ch for ch in unicodedata.normalize("NFD", s)
                   if unicodedata.category(ch) != "Mn" or ch == "\u0303")
    return unicodedata.normalize("NFC", kept)


def typo(word, rng):
    if len(word) < 4 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 1)
    op = rng.random()
    if op < 0.3:  # swap
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if op < 0.55:  # delete
        return word[:i] + word[i + 1:]
    if op < 0.75:  # duplicate
        return word[:i] + word[i] + word[i:]
    c = word[i].lower()
    if c in NEIGH:
        return word[:i] + rng.choice(NEIGH[c]) + word[i + 1:]
    return word


def noisy_text(text, rng, lang, p):
    """word-level noise on a non-entity chunk."""
    if rng.random() < p["sms"]:
        for pat, subs in (SMS_ES if lang == "es" else SMS_EN):
            if rng.random() < 0.5:
                text = re.sub(pat, lambda m: rng.choice(subs), text)
    if rng.random() < p["typo"]:
        words = re.split(r"(\s+)", text)
        for k in range(len(words)):
            if words[k].strip() and rng.random() < 0.25:
                words[k] = typo(words[k], rng)
        text = "".join(words)
    return text


def apply_noise(segments, rng, lang, level=1.0):
    """segments: [(text, ent|None)] -> noisy segments. Returns (segments, tags)."""
    p = {"sms": 0.18 * level, "typo": 0.22 * level}
    strip_acc = rng.random() < 0.35 * level
    lower = rng.random() < 0.3 * level
    upper = rng.random() < 0.02 * level
    drop_open = rng.random() < 0.5
    drop_end = rng.random() < 0.35
    out = []
    for text, e in segments:
        if e is None:
            text = noisy_text(text, rng, lang, p)
        if strip_acc:
            text = strip_accents(text)
            if rng.random() < 0.3:
                text = text.replace("ñ", "n")
        if lower:
            text = text.lower()
        if upper:
            text = text.upper()
        if e is None:
            if drop_open:
                text = text.replace("¿", "").replace("¡", "")
            out.append((text, e))
        else:
            out.append((text, e))
    if drop_end and out and out[-1][1] is None:
        t = out[-1][0].rstrip()
        if t.endswith(("?", "!", ".")) and not t.endswith("..."):
            out[-1] = (t[:-1], None)
    # occasional repeated question marks / trailing emoji
    r = rng.random()
    if r < 0.04 * level:
        out.append((rng.choice(["??", "???", "!!", " 🙏", " 😅", " :)", " 🤔", " 💸", " ..."]), None))
    return out
