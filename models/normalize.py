"""Deterministic normalization of entity values (the rules the C# side reimplements).

normalize(entity_type, span_text, now) -> value (int for MONTH/YEAR, str otherwise) or None.
`now` is a datetime.date (the message time). The rules are documented in models/README.md
("Entity value normalization"); keep both in sync.
"""
from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from decimal import Decimal, ROUND_HALF_UP

from .labels import DEDUCTION_TYPES, ENTITY_TYPES, PROFILE_FIELDS  # noqa: F401 (ENTITY_TYPES: re-exported)

# ---------------------------------------------------------------- folding
def fold(s: str) -> str:
    """lowercase, remove accents/diacritics (NFD + drop combining marks), map typographic
    apostrophes to "'", collapse whitespace, strip."""
    s = unicodedata.normalize("NFD", s.lower())
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u00b4", "'").replace("`", "'")
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- MONTH
MONTHS = {
    # Spanish
    "enero": 1, "ene": 1, "febrero": 2, "feb": 2, "marzo": 3, "mar": 3, "abril": 4, "abr": 4,
    "mayo": 5, "may": 5, "junio": 6, "jun": 6, "julio": 7, "jul": 7, "agosto": 8, "ago": 8,
    "septiembre": 9, "setiembre": 9, "sep": 9, "sept": 9, "set": 9, "octubre": 10, "oct": 10,
    "noviembre": 11, "nov": 11, "diciembre": 12, "dic": 12,
    # English
    "january": 1, "jan": 1, "february": 2, "march": 3, "april": 4, "apr": 4, "june": 6,
    "july": 7, "august": 8, "aug": 8, "september": 9, "october": 10, "november": 11,
    "december": 12, "dec": 12,
}
FULL_MONTH_NAMES = [k for k in MONTHS if len(k) > 4]


def _lev1(a: str, b: str) -> bool:
    """True when edit distance(a, b) <= 1 (insert, delete, substitute, or adjacent swap)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    if la > lb:
        a, b = b, a
    for i in range(len(b)):
        if b[:i] + b[i + 1:] == a:
            return True
    return False


def norm_month(text: str):
    t = fold(text).strip(".,;:!?¿¡ ")
    if t in MONTHS:
        return MONTHS[t]
    # unique prefix (>= 3 letters) of a full month name, e.g. "febr", "septiem"
    if len(t) >= 3:
        hits = {MONTHS[k] for k in FULL_MONTH_NAMES if k.startswith(t)}
        if len(hits) == 1:
            return hits.pop()
    # one typo in a full name (length >= 5), e.g. "febreo", "agsoto"
    if len(t) >= 5:
        hits = {MONTHS[k] for k in FULL_MONTH_NAMES if _lev1(t, k)}
        if len(hits) == 1:
            return hits.pop()
    return None


# ---------------------------------------------------------------- YEAR
def norm_year(text: str):
    t = fold(text)
    m = re.search(r"(\d{4}|\d{2})(?!\d)", t)
    if not m:
        return None
    d = m.group(1)
    return int(d) if len(d) == 4 else 2000 + int(d)


# ---------------------------------------------------------------- numbers in words
_UNITS = {
    # es
    "cero": 0, "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
    "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13,
    "catorce": 14, "quince": 15, "dieciseis": 16, "diecisiete": 17, "dieciocho": 18,
    "diecinueve": 19, "veinte": 20, "veintiun": 21, "veintiuno": 21, "veintiuna": 21, "veintidos": 22,
    "veintitres": 23, "veinticuatro": 24, "veinticinco": 25, "veintiseis": 26, "veintisiete": 27,
    "veintiocho": 28, "veintinueve": 29, "treinta": 30, "cuarenta": 40, "cincuenta": 50,
    "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100,
    "doscientos": 200, "doscientas": 200, "trescientos": 300, "trescientas": 300,
    "cuatrocientos": 400, "cuatrocientas": 400, "quinientos": 500, "quinientas": 500,
    "seiscientos": 600, "seiscientas": 600, "setecientos": 700, "setecientas": 700,
    "ochocientos": 800, "ochocientas": 800, "novecientos": 900, "novecientas": 900,
    # en
    "zero": 0, "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "couple": 2,
}
_SCALES = {"mil": 1000, "thousand": 1000, "k": 1000, "millon": 1_000_000, "millones": 1_000_000,
           "million": 1_000_000, "millions": 1_000_000}
_HUNDRED = {"hundred"}
_SKIP = {"y", "and", "of", "-"}


def words_to_int(text: str):
    """Parse es/en number words ("mil doscientos", "two thousand five hundred", "dos").
    Returns None when a word is not a number word."""
    toks = [w for w in re.split(r"[\s\-]+", fold(text)) if w]
    if not toks:
        return None
    total, cur, seen = 0, 0, False
    for w in toks:
        if w in _SKIP:
            continue
        if w in _UNITS:
            cur += _UNITS[w]
            seen = True
        elif w in _HUNDRED:
            cur = max(cur, 1) * 100
            seen = True
        elif w in _SCALES:
            total += max(cur, 1) * _SCALES[w]
            cur = 0
            seen = True
        else:
            return None
    return total + cur if seen else None


# ---------------------------------------------------------------- REL_PERIOD
_N_RE = re.compile(r"(?:hace|ago)")


def _rel_count(t: str) -> int:
    m = re.search(r"\d+", t)
    if m:
        return int(m.group(0))
    for w in re.split(r"\s+", t):
        if w in _UNITS and w not in ("a",) and _UNITS[w] > 0:
            return _UNITS[w]
    if re.search(r"\ba\b", t) or "un " in t + " ":
        return 1
    return 1


def add_months(y: int, m: int, k: int):
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def norm_rel_period(text: str, now: _dt.date):
    t = fold(text)
    t = re.sub(r"[^\w' ]", " ", t)
    t = re.sub(r"\s+", " ", t).strip()
    if re.search(r"\b(mes|meses|month|months)\b", t):
        unit = "month"
    elif re.search(r"\b(ano|anos|year|years)\b", t):
        unit = "year"
    else:
        return None
    if re.search(r"antepasado|before last", t):
        off = -2
    elif re.search(r"\bhace\b|\bago\b", t):
        off = -_rel_count(t)
    elif re.search(r"\b(pasado|anterior|ultimo|previo|last|previous|prior|past)\b", t):
        off = -1
    elif re.search(r"\b(proximo|que viene|siguiente|entrante|next|coming|upcoming|following)\b", t):
        off = 1
    else:  # este/esta/actual/en curso/corriente/this/current/present
        off = 0
    if unit == "month":
        y, m = add_months(now.year, now.month, off)
        return f"{y:04d}-{m:02d}"
    return f"{now.year + off:04d}"


# ---------------------------------------------------------------- DEDUCTION_TYPE
DEDUCTION_RULES = [  # first rule whose pattern is found (on the folded text) wins
    ("unemployment", r"desempleo|unemployment|\bparo\b"),
    ("professional_training", r"formacion|training"),
    ("union_dues", r"sindica|\bunion\b"),
    ("health_insurance", r"seguro (medico|de salud|de gastos medicos)|gastos medicos|health|medical"),
    ("pension", r"pensi|401|retirement|jubila|afore"),
    ("social_security", r"seguridad social|social security|imss|fica|cotizaci|\bss\b|\bseg soc\b"),
    ("income_tax", r"irpf|\bisr\b|retenci|income tax|withholding|withheld|impuesto sobre la renta|\brenta\b"),
]


def norm_deduction(text: str):
    t = re.sub(r"[.()\[\]]", "", fold(text)).replace("-", " ")
    t = re.sub(r"\s+", " ", t)
    for code, pat in DEDUCTION_RULES:
        if re.search(pat, t):
            return code
    return None


# ---------------------------------------------------------------- PROFILE_FIELD
PROFILE_RULES = [
    ("seniority", r"antig|seniority|tenure|years of service|anos de servicio|anos en la empresa"),
    ("hire_date", r"fecha|hire|hiring|start date|starting date|join|alta|ingreso|incorpora|contratacion"),
    ("department", r"depart|depto|dpto|\bdept\b|\barea\b|seccion|division|section"),
    ("position", r"puesto|cargo|categoria|\brol\b|position|title|\brole\b|\bjob\b"),
]


def norm_profile(text: str):
    t = fold(text)
    for code, pat in PROFILE_RULES:
        if re.search(pat, t):
            return code
    return None


# ---------------------------------------------------------------- AMOUNT
_NUM_RE = re.compile(r"\d[\d.,\s]*\d|\d")


def _parse_numeric(s: str) -> Decimal:
    s = re.sub(r"\s", "", s)
    has_dot, has_comma = "." in s, "," in s
    if has_dot and has_comma:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
        thou = "," if dec == "." else "."
        s = s.replace(thou, "").replace(dec, ".")
    elif has_dot or has_comma:
        c = "." if has_dot else ","
        parts = s.split(c)
        if len(parts) > 2:
            s = s.replace(c, "")
        elif len(parts[1]) == 3:
            s = s.replace(c, "")  # "1.200" / "1,200": thousands separator
        else:
            s = s.replace(c, ".")  # "1200,5" / "99.99": decimal separator
    return Decimal(s)


def norm_amount(text: str):
    t = fold(text)
    m = _NUM_RE.search(t)
    if m:
        val = _parse_numeric(m.group(0).strip())
        rest = t[m.end():].strip()
        w = re.match(r"(k|mil|thousand|millones|millon|million|millions)\b", rest)
        if w:
            val *= _SCALES[w.group(1)]
    else:
        words = re.sub(r"\b(euros?|eur|dolares|dollars?|usd|pesos?|mxn|ars|bucks|pavos|lucas)\b|[€$]", " ", t)
        n = words_to_int(words)
        if n is None:
            return None
        val = Decimal(n)
    return str(val.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


# ---------------------------------------------------------------- entry point
def normalize(etype: str, text: str, now):
    if isinstance(now, str):
        now = _dt.date.fromisoformat(now[:10])
    if etype == "MONTH":
        return norm_month(text)
    if etype == "YEAR":
        return norm_year(text)
    if etype == "REL_PERIOD":
        return norm_rel_period(text, now)
    if etype == "DEDUCTION_TYPE":
        return norm_deduction(text)
    if etype == "PROFILE_FIELD":
        return norm_profile(text)
    if etype == "AMOUNT":
        return norm_amount(text)
    return None


# the rules' codes are the value vocabularies of models/labels.json (ENTITY_TYPES is imported from there too)
assert sorted(c for c, _ in DEDUCTION_RULES) == sorted(DEDUCTION_TYPES), "DEDUCTION_RULES vs labels.json"
assert sorted(c for c, _ in PROFILE_RULES) == sorted(PROFILE_FIELDS), "PROFILE_RULES vs labels.json"
