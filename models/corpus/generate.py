"""Deterministic corpus generator.  /usr/bin/python3 -m models.corpus.generate [--seed 13]

Writes models/corpus/out/{train,valid}.jsonl (intent + entities),
gen_{train,valid}.jsonl (answer generation) and manifest.json (counts + corpus hash).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
from collections import Counter

from ..jsonl import write_jsonl
from ..labels import INTENTS
from ..normalize import normalize
from ..paths import OUT
from . import answers, oos
from .grammar import assemble, render
from .noise import apply_noise
from .rounds import ROUNDS
from .slots import SLOTS, random_now

PAYROLL = ["payslip_summary", "net_pay", "gross_pay", "deductions", "payment_date", "pay_comparison",
           "ytd_summary", "profile_info"]
SMALLTALK = ["greeting", "goodbye", "thanks", "help"]
assert sorted(PAYROLL + SMALLTALK + ["out_of_scope"]) == sorted(INTENTS)
N_PAYROLL, N_SMALL, N_OOS_TPL, N_FORTUNE = 3000, 900, 2800, 4000  # per language (train+valid)
HOLDOUT_FRAC = 0.2
PREV_FORTUNE_HOLDOUT = {"fortune-art", "fortune-disclaimer", "fortune-fortunes", "fortune-law", "fortune-medicine",
                        "fortune-people", "fortune-riddles", "fortune-translate-me", "fortune-amistad", "fortune-familia",
                        "fortune-libertad", "fortune-refranes", "fortune-verdad"}
# The family tables of every round and how they are wired (OOS prefix, OOS domains held out whole, split-rng
# seed offset) are data: corpus/rounds/__init__.py. Each round splits its own families with its own rng, so
# adding a round never moves the held-out families of the earlier ones.


def _oos_domains(rounds):
    out = {}
    for r in rounds:
        for d, tpls in r.oos_domains().items():
            assert d not in out, f"OOS domain {d} of round {r.name} is already defined"
            out[d] = tpls
    return out


OOS_DOMAINS = _oos_domains(ROUNDS)
OOS_HOLDOUT = set().union(*(r.held_out_domains() for r in ROUNDS))

PREFIX = {
    "es": ["hola, ", "buenas, ", "oye, ", "disculpa, ", "una pregunta: ", "perdona, ", "hola de nuevo. ",
           "Buenos días, tengo una duda: ", "Hola, buenas tardes. Quisiera saber una cosa: ", "gracias. otra cosa: ",
           "y ", "ok, y ", "vale. ", "oiga, ", "Consulta: ", "che, ", "a ver, ", "una duda, "],
    "en": ["hi, ", "hey, ", "quick question: ", "hello. ", "sorry to bother you, ", "thanks. also, ", "and ",
           "ok, ", "Good morning, I have a question: ", "hey there. ", "one more thing: ", "question - "],
}
SUFFIX = {
    "es": [" por favor", " porfa", " xfa", ", gracias", ". Gracias de antemano.", " 🙏", ". Un saludo.", " please",
           " plis", ", ¿vale?", " ya"],
    "en": [" please", " pls", ", thanks", ". Thanks in advance!", " thx", ". Cheers.", " asap", " real quick"],
}
POLITE = {
    "es": [("Buenos días, disculpe la molestia. ", ". Muchas gracias de antemano y un saludo cordial."),
           ("Hola, buenas tardes. Le escribo porque ", ". Quedo atento a su respuesta, gracias."),
           ("Estimado asistente: ", ". Atentamente, gracias."),
           ("Perdona que te moleste, pero ", ". ¡Gracias!")],
    "en": [("Good morning, sorry to bother you. ", ". Many thanks in advance, kind regards."),
           ("Hello, I hope you are well. I would like to know: ", ". Thank you very much."),
           ("Dear assistant, ", ". Best regards."), ("Hi, sorry for the trouble, but ", ". Thanks!")],
}


def wrap(segs, rng, lang, intent):
    r = rng.random()
    if intent in PAYROLL or intent == "help":
        if r < 0.12:
            segs = [(rng.choice(PREFIX[lang]), None)] + segs
        elif r < 0.2:
            segs = segs + [(rng.choice(SUFFIX[lang]), None)]
        elif r < 0.25:
            pre, post = rng.choice(POLITE[lang])
            last = segs[-1]
            if last[1] is None:
                segs = segs[:-1] + [(last[0].rstrip("?!. "), None)]
            segs = [(pre, None)] + segs + [(post, None)]
    return segs


def make_example(rng, lang, intent, tpl, family, now=None):
    ctx = {"lang": lang, "now": now or random_now(rng), "intent": intent}
    segs = render(tpl, rng, SLOTS, ctx)
    segs = wrap(segs, rng, lang, intent)
    level = rng.choice([0.0, 0.5, 1.0, 1.0, 1.5])
    segs = apply_noise(segs, rng, lang, level)
    text, ents = assemble(segs)
    ents = [{"type": e["type"], "start": e["start"], "end": e["end"], "text": e["text"], "value": e["value"]} for e in ents]
    return {"lang": lang, "now": ctx["now"].isoformat(), "text": text, "intent": intent, "entities": ents, "family": family}


def split_families(rng, n):
    k = max(1, round(n * HOLDOUT_FRAC)) if n >= 4 else 0
    idx = list(range(n))
    rng.shuffle(idx)
    return set(idx[:k])


def build(seed=13, sentence_seed=None):
    """sentence_seed (default: seed) draws the sentences; the held-out template families and OOS domains depend
    on seed only, so another sentence_seed gives new sentences of the same families (fortune files sampled
    differently: callers keep only rows of families that seed's training split has)."""
    rng = random.Random(seed if sentence_seed is None else sentence_seed)
    round_rngs = [random.Random(seed + r.seed_offset) for r in ROUNDS]  # round 1 (templates.py): seed + 1
    rows = []
    holdout = {}
    for lang in ("es", "en"):
        for intent in PAYROLL + SMALLTALK:
            fams, held = [], set()
            for rnd, round_rng in zip(ROUNDS, round_rngs):  # family ids: round 1's first, then round 2's…
                new = rnd.families(lang, intent)
                held |= {len(fams) + i for i in split_families(round_rng, len(new))}
                fams = fams + new
            holdout[f"{lang}/{intent}"] = sorted(held)
            n = N_PAYROLL if intent in PAYROLL else N_SMALL
            seen = set()
            for i in range(n * 3):
                if len(seen) >= n:
                    break
                fi = rng.randrange(len(fams))
                ex = make_example(rng, lang, intent, fams[fi], f"{lang}/{intent}/{fi}")
                key = ex["text"].lower()
                if key in seen:
                    continue
                seen.add(key)
                ex["split"] = "valid" if fi in held else "train"
                rows.append(ex)
        # out of scope: domain templates
        doms = sorted(OOS_DOMAINS)
        seen = set()
        for i in range(N_OOS_TPL * 3):
            if len(seen) >= N_OOS_TPL:
                break
            d = rng.choice(doms)
            tpls = OOS_DOMAINS[d][lang]
            ti = rng.randrange(len(tpls))
            ex = make_example(rng, lang, "out_of_scope", tpls[ti], f"{lang}/oos/{d}/{ti}")
            if ex["text"].lower() in seen:
                continue
            seen.add(ex["text"].lower())
            ex["split"] = "valid" if d in OOS_HOLDOUT else "train"
            rows.append(ex)
        # out of scope: fortunes (whole fortune files held out)
        fort = oos.fortunes(lang, rng, N_FORTUNE)
        fams = sorted({f for f, _ in fort})
        # the fortune files held out by the previous corpora stay held out (the sample drawn from
        # them depends on the rng, so fams[::5] alone would move with every corpus change)
        held = set(fams[::5]) | PREV_FORTUNE_HOLDOUT
        for fam, s in fort:
            segs = apply_noise([(s, None)], rng, lang, rng.choice([0.0, 0.5, 1.0]))
            text, _ = assemble(segs)
            rows.append({"lang": lang, "now": random_now(rng).isoformat(), "text": text, "intent": "out_of_scope",
                         "entities": [], "family": f"{lang}/{fam}", "split": "valid" if fam in held else "train"})
        # out of scope: dictionary word salad (wamerican / wspanish)
        dpath = "/usr/share/dict/spanish" if lang == "es" else "/usr/share/dict/american-english"
        if os.path.exists(dpath):
            words = [w.strip() for w in open(dpath, encoding="utf-8", errors="ignore") if w.strip().isalpha()]
            words = [w for w in words if not oos.PAY_WORDS.search(w)]
            for i in range(600):
                k = rng.randint(1, 6)
                text = " ".join(rng.choice(words) for _ in range(k))
                rows.append({"lang": lang, "now": random_now(rng).isoformat(), "text": text, "intent": "out_of_scope",
                             "entities": [], "family": f"{lang}/oos/dict", "split": "valid" if i % 5 == 0 else "train"})
    for i, r in enumerate(rows):
        r["id"] = f"c{seed}-{i:06d}"
    rng.shuffle(rows)

    # generation pairs
    specs = answers.enumerate_specs()
    gen = answers.sample_pairs(rng, specs, 30)
    # hold out whole field combinations: ~15% of specs that have optional extras
    extras_specs = [i for i, s in enumerate(specs) if s[5]]
    grng = random.Random(seed + 2)
    held_specs = set(grng.sample(extras_specs, max(1, len(extras_specs) * 15 // 100)))
    for g in gen:
        g["split"] = "valid" if g["spec"] in held_specs else "train"
    rng.shuffle(gen)
    return rows, gen, holdout, specs


def check_values(rows):
    bad = []
    for r in rows:
        for e in r["entities"]:
            assert r["text"][e["start"]:e["end"]] == e["text"]
            v = normalize(e["type"], e["text"], r["now"])
            if v != e["value"]:
                bad.append((r["text"], e))
    return bad


def main(seed=13):
    os.makedirs(OUT, exist_ok=True)
    rows, gen, holdout, specs = build(seed)
    bad = check_values(rows)
    if bad:
        for t, e in bad[:30]:
            print("VALUE MISMATCH", t, e, normalize(e["type"], e["text"], "2026-01-01"))
        raise SystemExit(f"{len(bad)} entity values disagree with models/normalize.py")
    files = {
        "train.jsonl": [r for r in rows if r["split"] == "train"],
        "valid.jsonl": [r for r in rows if r["split"] == "valid"],
        "gen_train.jsonl": [g for g in gen if g["split"] == "train"],
        "gen_valid.jsonl": [g for g in gen if g["split"] == "valid"],
    }
    h = hashlib.sha256()
    for name, rs in files.items():
        write_jsonl(os.path.join(OUT, name), rs, sort_keys=True)
        h.update(open(os.path.join(OUT, name), "rb").read())
    # small committed samples so reviewers can read the corpus without regenerating it
    write_jsonl(os.path.join(OUT, "sample-train.jsonl"), files["train.jsonl"][:300], sort_keys=True)
    write_jsonl(os.path.join(OUT, "sample-gen.jsonl"), files["gen_train.jsonl"][:100], sort_keys=True)
    counts = {name: len(rs) for name, rs in files.items()}
    per_intent = {k: dict(sorted(Counter(f"{r['lang']}/{r['split']}" for r in rows if r["intent"] == k).items()))
                  for k in INTENTS}
    ent_counts = dict(Counter(e["type"] for r in rows for e in r["entities"]))
    manifest = {"seed": seed, "corpus_sha256": h.hexdigest(), "counts": counts, "per_intent": per_intent,
                "entity_counts": ent_counts, "holdout_families": holdout,
                "oos_holdout_domains": sorted(OOS_HOLDOUT), "generation_specs": len(specs),
                "text_resources": oos.used_resources()}
    with open(os.path.join(OUT, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1, ensure_ascii=False)
    print(json.dumps({"counts": counts, "entities": ent_counts, "sha256": manifest["corpus_sha256"]}, indent=1))
    return manifest


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=13)
    main(ap.parse_args().seed)
