"""What the held-out realistic case scripts (realistic_cases_heldout*.py beside this file) share:
loading the shared evaluation (realistic_eval.py, realistic_cases_dev.py from ../../../shared/eval,
or /work/shared/eval), the dev set's period specs and expectation helpers, a few shorthands, the
sanity checks on the data, the writing of the JSONL with the expected values read from the
payroll/users API of the running stack (read-only: no chat message is sent), the summary, and the
self-check that scores a synthetic perfect answer per turn.

A script keeps only its cases and what is its own:
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from heldout_common import *
    NOW = "2026-12-07"
    CASES, C = case_set(NOW)
    C("x01", "ana", "es", S, [...], ("texto", A("net_pay", P(2025, 5), ["net"])))
    if __name__ == "__main__":
        main(CASES, NOW, "x", os.path.join(HERE, "realistic-x.jsonl"))

What main does for every script: besides the exact-repeat check, check_near_paraphrases compares
every text with every text of the earlier sets it names (dev + the earlier held-out sets): a difflib
ratio of 0.80 or more stops the script. The default OUT is realistic-heldoutN.jsonl beside the
script, and the stack must be running. After writing, every turn is scored against a synthetic
perfect answer (built from the expected values) with realistic_eval.score_turn: all must pass, i.e.
every expectation is reachable (--no-selfcheck skips it). Follow-ups that point back from a
relative month are written relative too, so that a run in another month keeps a dialogue consistent.
"""
import datetime, difflib, importlib.util, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

def _shared_dir():
    for d in (os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "eval")), "/work/shared/eval"):
        if os.path.isfile(os.path.join(d, "realistic_eval.py")) and os.path.isfile(os.path.join(d, "realistic_cases_dev.py")):
            return d
    sys.exit("cannot find shared/eval (realistic_eval.py, realistic_cases_dev.py)")

def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod); return mod

SHARED = _shared_dir()
rev = _load("realistic_eval", os.path.join(SHARED, "realistic_eval.py"))
dev = _load("realistic_cases_dev", os.path.join(SHARED, "realistic_cases_dev.py"))  # fills dev.CASES, not a held-out set's

# helpers reused from the dev set
P, MO, REL, RYM = dev.P, dev.MO, dev.REL, dev.RYM
LATEST, NEXT, NONE = dev.LATEST, dev.NEXT, dev.NONE
YR, YREL, Q, QREL, RANGE, CMP = dev.YR, dev.YREL, dev.Q, dev.QREL, dev.RANGE, dev.CMP
A, B = dev.A, dev.B
SUM, EXTRA, OVERTIME, BONUS, SENIORITY, RAISE, SMALLTALK = dev.SUM, dev.EXTRA, dev.OVERTIME, dev.BONUS, dev.SENIORITY, dev.RAISE, dev.SMALLTALK

# shorthands of the held-out sets
EACH_OR_SUM = lambda f: [["sum:" + f], ["each:" + f]]
DIFF_OR_BOTH = lambda f: [["diff:" + f], [f]]
RANGE_OK = ["ytd_summary", "payslip_summary"]
MAXMIN_OK = ["ytd_summary", "pay_comparison"]
ANA_DED = ["ded:income_tax", "ded:social_security", "ded:unemployment", "ded:professional_training", "ded:pension", "ded:health_insurance"]
JOHN_DED = ["ded:income_tax", "ded:social_security", "ded:unemployment", "ded:professional_training", "ded:union_dues"]
GENERAL = ["out_of_scope", "help"]
DATE_OK = ["payment_date", "payslip_summary"]
GROSS_NET_DED = ["gross_pay", "net_pay", "deductions"]
DED_RANGE_OK = ["ytd_summary", "payslip_summary"]
S, E, M, O = "single_es", "single_en", "multi_turn", "oos_tricky"  # categories

__all__ = ["check_and_write", "DATE_OK", "GROSS_NET_DED", "DED_RANGE_OK", "HERE", "SHARED", "rev", "dev", "P", "MO", "REL", "RYM", "LATEST", "NEXT", "NONE", "YR", "YREL", "Q", "QREL",
           "RANGE", "CMP", "A", "B", "SUM", "EXTRA", "OVERTIME", "BONUS", "SENIORITY", "RAISE", "SMALLTALK",
           "EACH_OR_SUM", "DIFF_OR_BOTH", "RANGE_OK", "MAXMIN_OK", "ANA_DED", "JOHN_DED", "GENERAL", "S", "E", "M", "O",
           "case_set", "main", "NEAR", "check_near_paraphrases"]

NEAR = 0.80  # difflib ratio on folded text without punctuation

def _norm(s):
    return re.sub(r"\s+", " ", re.sub(r"[^\w@ ]", " ", rev.fold(s))).strip()

def check_near_paraphrases(cases, paths, limit=NEAR):
    """Stops when a text of this set is (nearly) a text of an earlier set; prints the closest ones."""
    old = []
    for p in paths:
        assert os.path.isfile(p), ("earlier set missing", p)
        for line in open(p, encoding="utf-8"):
            if line.strip():
                old += [_norm(t["text"]) for t in json.loads(line)["turns"]]
    bad = []; closest = []
    for c in cases:
        for t in c["turns"]:
            n = _norm(t["text"])
            best = max(old, key=lambda o: difflib.SequenceMatcher(None, n, o).ratio())
            r = difflib.SequenceMatcher(None, n, best).ratio()
            closest.append((r, c["id"], n, best))
            if r >= limit: bad.append((r, c["id"], t["text"], best))
    closest.sort(reverse=True)
    print(f"near-paraphrase check: {sum(len(c['turns']) for c in cases)} texts against {len(old)} earlier texts, "
          f"highest ratio {closest[0][0]:.2f} (limit {limit})")
    for r, cid, t, o in bad: print(f"  NEAR {cid} {r:.2f} {t!r} ~ {o!r}", file=sys.stderr)
    if bad: sys.exit("texts too close to an earlier set's")

def case_set(now):
    """(CASES, C): a new list of cases and the function that appends one case to it (the dev set's C)."""
    cases = []
    def C(cid, user, lang, cat, tags, *turns):
        cases.append({"id": cid, "user": user, "lang": lang, "category": cat, "tags": list(tags), "now": now,
                      "turns": [{"text": t, "expected": e} for t, e in turns]})
    return cases, C

# ---------------------------------------------------------------- sanity checks on the data
def check_case(c, T):
    """Assertions beyond 'every expected value exists'."""
    for t in c["turns"]:
        e = t["expected"]; beh = e["behaviour"]
        r = rev.resolve(e.get("period", NONE), T)
        months = rev.months_of(r)
        if beh == "answer" and r["kind"] != "none":
            # every month the question is about has a payslip (not only one of them)
            missing = sorted(k for k in months if k not in T.slips)
            assert not missing, (c["id"], t["text"], "no payslip for", missing)
            for sp in e.get("also", []):
                assert rev.months_of(rev.resolve(sp, T)) <= set(T.slips), (c["id"], t["text"], "also without payslip")
        if beh.startswith("none:"):  # the user really has no such deduction in the period
            assert months and months <= set(T.slips), (c["id"], t["text"], "none: period without payslip")
            for k in months:
                assert T.field(k, "ded:" + beh[5:]) is None, (c["id"], t["text"], k, "has " + beh[5:])
        if beh == "no_data":  # the month/year asked about really has no payslip
            if r["kind"] != "none":
                assert months and not (months & set(T.slips)), (c["id"], t["text"], "data exists")
            else:
                years = {int(y) for y in re.findall(r"20\d\d", t["text"])}
                assert years and not any(k[0] in years for k in T.slips), (c["id"], t["text"], "data exists")

def texts_of(paths):
    """The folded texts of every turn in these JSONL files (those that exist)."""
    out = set()
    for p in paths:
        if os.path.isfile(p):
            for line in open(p, encoding="utf-8"):
                if line.strip():
                    out |= {rev.fold(t["text"]).strip() for t in json.loads(line)["turns"]}
    return out

def fill_expected(c, T, texts, old):
    """Checks the turns of case c and writes into each expectation its resolved period and values."""
    for t in c["turns"]:
        assert t["text"] not in texts, (c["id"], t["text"], "duplicate text"); texts.add(t["text"])
        assert rev.fold(t["text"]).strip() not in old, (c["id"], t["text"], "text of an earlier set")
        e = t["expected"]
        r, vals = rev.expected_values(e, T)
        if r["kind"] == "month" and len(r["alts"]) == 1:
            e["year"], e["month"] = r["alts"][0][0]
        elif r["kind"] == "month":
            e["periods_any"] = [list(a[0]) for a in r["alts"]]
        elif r["kind"] == "range":
            e["months_any"] = [[list(k) for k in a] for a in r["alts"]]
        elif r["kind"] == "compare":
            e["compare"] = [[list(a[0]) for a in r["a"]["alts"]], [list(a[0]) for a in r["b"]["alts"]]]
        if e["behaviour"] == "answer":
            wanted = list(e.get("fields", [])) + [f for alt in e.get("any_of", []) for f in alt]
            assert set(wanted) <= set(vals), (c["id"], t["text"], "unresolved fields")
            assert wanted or e.get("mention"), (c["id"], t["text"], "nothing to check")
        if vals: e["values"] = vals
        for f, v in vals.items():
            flat = [x for g in v for x in (g if isinstance(g, list) else [g])]
            assert flat and all(x is not None for x in flat), (c["id"], t["text"], f, "no value")

def write_set(cases, out, prefix, truth, old=frozenset()):
    """Checks every case, fills in its expected values and writes the JSONL to out."""
    ids = set(); texts = set()
    with open(out, "w", encoding="utf-8") as fh:
        for c in cases:
            assert c["id"] not in ids, c["id"]; ids.add(c["id"])
            assert c["id"].startswith(prefix), c["id"]
            assert c["user"] in rev.USERS and c["lang"] in ("es", "en"), c["id"]
            T = truth[c["user"]]
            check_case(c, T)
            fill_expected(c, T, texts, old)
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")

def print_summary(cases, per_category=True):
    n = Counter(c["category"] for c in cases); turns = sum(len(c["turns"]) for c in cases)
    nt = Counter(); [nt.update({c["category"]: len(c["turns"])}) for c in cases]
    tags = Counter(x for c in cases for x in c["tags"])
    print(f"{len(cases)} cases, {turns} messages: {dict(n)}" + (f"; messages per category: {dict(nt)}" if per_category else ""))
    print("tags: " + ", ".join(f"{k} {v}" for k, v in sorted(tags.items())))

# ---------------------------------------------------------------- reachability: a perfect answer per turn
M_ES, M_EN = rev.M_ES, rev.M_EN
LBL = {"es": {"ded:income_tax": "IRPF", "ded:social_security": "seguridad social", "ded:unemployment": "desempleo",
              "ded:professional_training": "formación profesional", "ded:pension": "plan de pensiones",
              "ded:health_insurance": "seguro médico", "ded:union_dues": "cuota sindical"},
       "en": {"ded:income_tax": "income tax", "ded:social_security": "social security", "ded:unemployment": "unemployment",
              "ded:professional_training": "professional training", "ded:pension": "pension",
              "ded:health_insurance": "health insurance", "ded:union_dues": "union dues"}}

def _money(v, lang):
    s = f"{v:,.2f}"
    return ("€" + s) if lang == "en" else s.replace(",", "X").replace(".", ",").replace("X", ".") + " €"

def _date(iso, lang):
    d = datetime.date.fromisoformat(iso)
    return f"{d.day} de {M_ES[d.month - 1]} de {d.year}" if lang == "es" else f"{M_EN[d.month - 1]} {d.day}, {d.year}"

def _mention_word(rx, lang):
    alts = [a.replace(r"\b", "") for a in rx.split("|")]
    en_like = [a for a in alts if re.fullmatch(r"[a-z ]+", a) and a in ("overtime", "bonus", "commission", "seniority", "raise",
                                                                         "base salary", "base pay", "extra", "mei") or a in [m.lower() for m in M_EN]]
    if lang == "en" and en_like: return en_like[0]
    return alts[0]

def perfect_answer(exp, T, lang):
    """An answer that a flawless assistant could give: (answer dict, http status)."""
    beh = exp["behaviour"]; r, vals = rev.expected_values(exp, T)
    if beh == "refuse_third_party":
        t = "Lo siento, solo puedo consultar tus propios datos de nómina." if lang == "es" else "Sorry, I can only show your own payroll data."
        return {"text": t, "intent": "out_of_scope", "sources": [], "language": lang}, 200
    if beh in ("out_of_scope", "no_figures"):
        t = "Lo siento, solo puedo ayudarte con consultas sobre tu nómina." if lang == "es" else "Sorry, I can only help with questions about your own payslips."
        return {"text": t, "intent": (exp.get("accept") or ["out_of_scope"])[0], "sources": [], "language": lang}, 200
    if beh in ("greeting", "thanks", "goodbye", "help"):
        t = {"es": "¡Hola! Puedo consultar tu nómina, el neto, el bruto y las deducciones de cada mes.",
             "en": "Hello! I can help you with your payslip: net, gross and the deductions of each month."}[lang if lang in ("es", "en") else "es"]
        return {"text": t, "intent": beh, "sources": [], "language": lang}, 200
    if beh == "no_data":
        t = "Lo siento, no hay ninguna nómina para ese periodo." if lang == "es" else "Sorry, there is no payslip for that period."
        return {"text": t, "intent": exp.get("intent"), "sources": [], "language": lang}, 200
    if beh.startswith("none:"):
        lab = LBL[lang]["ded:" + beh[5:]]
        t = f"No, en esa nómina no tienes ninguna deducción de {lab}." if lang == "es" else f"No, there is no {lab} deduction on that payslip."
        return {"text": t, "intent": exp.get("intent", "deductions"), "sources": [], "language": lang}, 200
    assert beh == "answer", beh
    if r["kind"] == "month": keys = [r["alts"][0][0]]
    elif r["kind"] == "range": keys = list(r["alts"][0])
    elif r["kind"] == "compare": keys = [r["a"]["alts"][0][0], r["b"]["alts"][0][0]]
    else: keys = []
    names = [(f"{M_ES[m - 1]} de {y}" if lang == "es" else f"{M_EN[m - 1]} {y}") for y, m in keys]
    parts = []
    if names:
        parts.append(("Según tus nóminas de " if lang == "es" else "According to your payslips for ") + ", ".join(names) + ":")
    else:
        parts.append("Según tus datos en el sistema:" if lang == "es" else "According to your data in the system:")
    wanted = list(exp.get("fields", [])) + [f for alt in exp.get("any_of", []) for f in alt if f not in exp.get("fields", [])]
    for f in wanted:
        vs = vals[f]
        groups = vs if (vs and isinstance(vs[0], list)) else [vs]
        base = f.split(":", 1)[1] if f.split(":")[0] in ("sum", "min", "max", "each", "diff") else f
        if f.startswith("prof:"):
            v = vs[0]
            if f == "prof:hire_date": shown = _date(v, lang)
            elif f == "prof:seniority": shown = f"{v} años" if lang == "es" else f"{v} years"
            else: shown = str(v)
            parts.append(("el dato es " if lang == "es" else "the value is ") + shown + ".")
            continue
        if base.endswith("pay_date"):
            parts.append(("la fecha de pago es el " if lang == "es" else "the payment date is ") + ", ".join(_date(g[0], lang) for g in groups) + ".")
            continue
        lab = LBL[lang].get(base, "importe" if lang == "es" else "amount")
        parts.append(f"{lab}: " + " y ".join(_money(g[0], lang) for g in groups) + ".")
    for rx in exp.get("mention", []):
        parts.append(("El motivo es: " if lang == "es" else "The reason is the ") + _mention_word(rx, lang) + ".")
    text = " ".join(parts)
    srcs = [{"year": y, "month": m} for y, m in keys]
    return {"text": text, "intent": exp["intent"], "sources": srcs, "language": lang, "context": {}}, 200

def selfcheck(cases, truth):
    """Scores a perfect answer per turn with realistic_eval.score_turn; True when all pass."""
    bad = 0; n = 0
    for c in cases:
        T = truth[c["user"]]
        for i, t in enumerate(c["turns"]):
            lang = t["expected"].get("lang", c["lang"])
            if lang == "mixed": lang = c["lang"]
            ans, st = perfect_answer(t["expected"], T, lang)
            sc = rev.score_turn(t, ans, st, T, c["lang"]); n += 1
            if not sc["pass"]:
                bad += 1
                print(f"UNREACHABLE {c['id']}#{i} {t['text']!r}: {sc} :: {ans['text']!r}", file=sys.stderr)
    print(f"self-check: {n - bad}/{n} turns pass with a perfect answer")
    return bad == 0

# ---------------------------------------------------------------- command line
def main(cases, now, prefix, default_out, *, earlier=(), per_category=True, selfcheck_flag=False):
    """usage: SCRIPT [OUT] (and [--no-selfcheck] where selfcheck_flag): writes the set to OUT (default_out).
    earlier: JSONL files whose texts the set may not repeat; per_category: also count messages per category
    in the summary; selfcheck_flag: after writing, re-read OUT and score a perfect answer per turn, unless
    --no-selfcheck is given."""
    argv = sys.argv[1:]
    args = [a for a in argv if a != "--no-selfcheck"] if selfcheck_flag else argv
    out = args[0] if args else default_out
    today = datetime.date.today()
    if today.isoformat() != now: print(f"note: today is {today}, cases were written for {now}; resolving against today", file=sys.stderr)
    truth = {u: rev.Truth(rev.Session(e), today) for u, e in rev.USERS.items()}
    write_set(cases, out, prefix, truth, texts_of(earlier))
    print_summary(cases, per_category)
    if selfcheck_flag and "--no-selfcheck" not in argv:
        # re-read what was written (the JSONL must load) and score a perfect answer per turn
        written = [json.loads(l) for l in open(out, encoding="utf-8") if l.strip()]
        assert [c["id"] for c in written] == [c["id"] for c in cases]
        if not selfcheck(cases, truth): sys.exit("some expectations cannot be met by any answer")


def check_and_write(cases, now, prefix, number, *, last_earlier):
    """Checks a set against the dev set and held-out 1..last_earlier (no repeat, no near-paraphrase), then writes
    realistic-heldout<number>.jsonl (or the path given on the command line) after the self-check."""
    earlier = [os.path.join(SHARED, "realistic-dev.jsonl")] + [
        os.path.join(HERE, f"realistic-heldout{s}.jsonl") for s in [""] + [str(i) for i in range(2, last_earlier + 1)]]
    check_near_paraphrases(cases, earlier)
    main(cases, now, prefix, os.path.join(HERE, f"realistic-heldout{number}.jsonl"), earlier=earlier, selfcheck_flag=True)
