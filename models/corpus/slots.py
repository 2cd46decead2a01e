"""Slot fillers: entity surfaces (with gold values) and non-entity fillers, es/en."""
from __future__ import annotations

import datetime as dt

from ..labels import DEDUCTION_TYPES, PROFILE_FIELDS
from ..normalize import add_months
from .grammar import ent

# ------------------------------------------------------------------ months
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]
ABBR_ES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
ABBR_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
NUM_ES = {1: "un", 2: "dos", 3: "tres", 4: "cuatro", 5: "cinco", 6: "seis"}
NUM_EN = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


def month_surface(rng, lang, m):
    r = rng.random()
    if lang == "es":
        if r < 0.78:
            s = MONTHS_ES[m - 1]
            if m == 9 and rng.random() < 0.2:
                s = "setiembre"
        else:
            s = ABBR_ES[m - 1]
            if m == 9 and rng.random() < 0.5:
                s = "sep"
            if rng.random() < 0.5:
                s += "."
        if rng.random() < 0.12:
            s = s.capitalize()
    else:
        if r < 0.78 or m == 5:
            s = MONTHS_EN[m - 1]
        else:
            s = ABBR_EN[m - 1]
            if m == 9 and rng.random() < 0.5:
                s = "Sep"
            if rng.random() < 0.4:
                s += "."
        if rng.random() < 0.15 and m != 5:
            s = s.lower()
    return s


def pick_month(rng, ctx):
    """A month whose value differs from the ones already used in this example."""
    used = ctx.setdefault("used_months", set())
    m = rng.choice([x for x in range(1, 13) if x not in used])
    used.add(m)
    return m


def year_segments(rng, ctx, lang, prep_ok=True):
    now = ctx["now"]
    y = rng.choice([now.year, now.year, now.year - 1, now.year - 1, now.year - 2, now.year - 3])
    ctx.setdefault("used_years", set()).add(y)
    r = rng.random()
    if r < 0.8:
        return [ent(str(y), "YEAR", y)]
    if r < 0.92:
        return [ent("'" + str(y)[2:], "YEAR", y)]
    return [ent(str(y)[2:], "YEAR", y)]  # caller puts "del"/"de" before it


# ------------------------------------------------------------------ relative periods
# (surface, article/prep options, unit, offset); spans exclude the leading article/preposition
def rel_month_options(lang, future=False):
    if lang == "es":
        opts = [
            ("mes pasado", ["el", "del", "en el", "de", ""], -1),
            ("mes anterior", ["el", "del", "en el"], -1),
            ("este mes", ["", "de", "en", "para"], 0),
            ("mes actual", ["el", "del", "en el"], 0),
            ("mes en curso", ["el", "del", "en el"], 0),
            ("mes antepasado", ["el", "del", "en el"], -2),
            ("hace {n} meses", ["", "de", "de"], "n"),
            ("hace un mes", ["", "de"], -1),
        ]
        fut = [("mes que viene", ["el", "del", "para el"], 1), ("próximo mes", ["el", "del", "para el"], 1),
               ("mes siguiente", ["el", "del"], 1), ("proximo mes", ["el"], 1)]
    else:
        opts = [
            ("last month", ["", "for", "from", "in", "of"], -1),
            ("previous month", ["the", "for the", "in the", "from the"], -1),
            ("this month", ["", "for", "from"], 0),
            ("current month", ["the", "for the", "in the"], 0),
            ("month before last", ["the", "for the"], -2),
            ("{n} months ago", ["", "from"], "n"),
            ("a month ago", ["", "from"], -1),
            ("past month", ["the", "for the", "over the"], -1),
        ]
        fut = [("next month", ["", "for"], 1), ("coming month", ["the", "for the"], 1),
               ("upcoming month", ["the"], 1)]
    return (opts + fut * 3) if future else opts


def rel_year_options(lang):
    if lang == "es":
        return [
            ("este año", ["", "en", "de", "durante"], 0), ("este ano", ["", "en"], 0),
            ("año pasado", ["el", "del", "en el", "durante el"], -1),
            ("año anterior", ["el", "del", "en el"], -1),
            ("año en curso", ["el", "del", "en el"], 0), ("año actual", ["el", "del", "en el"], 0),
            ("hace {n} años", ["", "de"], "n"),
        ]
    return [
        ("this year", ["", "for", "in", "so far", "so far in"], 0),
        ("last year", ["", "for", "in", "during"], -1), ("previous year", ["the", "for the", "in the"], -1),
        ("current year", ["the", "for the", "in the"], 0), ("{n} years ago", ["", "from"], "n"),
        ("past year", ["the", "over the", "in the"], -1),
    ]


def rel_segments(rng, ctx, lang, unit, future=False):
    now = ctx["now"]
    opts = rel_month_options(lang, future) if unit == "month" else rel_year_options(lang)
    used = ctx.setdefault("used_rel", set())
    for _ in range(20):
        surf, preps, off = rng.choice(opts)
        if off == "n":
            n = rng.choice([2, 2, 3, 3, 4, 5, 6] if unit == "month" else [2, 3])
            words = NUM_ES if lang == "es" else NUM_EN
            num = words[n] if rng.random() < 0.6 else str(n)
            surf = surf.replace("{n}", num)
            off = -n
        if (unit, off) not in used:
            break
    used.add((unit, off))
    if unit == "month":
        y, m = add_months(now.year, now.month, off)
        val = f"{y:04d}-{m:02d}"
        ctx.setdefault("used_months_rel", set()).add(val)
    else:
        val = f"{now.year + off:04d}"
    prep = rng.choice(preps)
    return [(prep + " ", None), ent(surf, "REL_PERIOD", val)]


# ------------------------------------------------------------------ period phrases
def month_phrase(rng, ctx, lang, with_prep=True, allow_year=True):
    m = pick_month(rng, ctx)
    ms = month_surface(rng, lang, m)
    if lang == "es":
        prep = rng.choice(["en", "de", "de", "del mes de", "en el mes de", "correspondiente a", "para",
                           "", "durante", "de"]) if with_prep else ""
    else:
        prep = rng.choice(["in", "for", "for", "from", "of", "during", "", "in the month of"]) if with_prep else ""
    segs = [(prep + " ", None), ent(ms, "MONTH", m)]
    if allow_year and rng.random() < 0.35:
        yseg = year_segments(rng, ctx, lang)
        ytxt = yseg[0][0]
        if lang == "es":
            if ytxt.startswith("'"):
                sep = " "
            elif len(ytxt) == 2:
                sep = rng.choice([" del ", " de "])
            else:
                sep = rng.choice([" de ", " del ", " ", " de ", ", "])
        else:
            if ytxt.startswith("'"):
                sep = " "
            elif len(ytxt) == 2:
                sep = " of "  # rare in English, still clearly a year
                yseg = [ent("'" + ytxt, "YEAR", yseg[0][1]["value"])]
            else:
                sep = rng.choice([" ", " ", ", ", " of "])
        segs += [(sep, None)] + yseg
    elif allow_year and rng.random() < 0.06:
        # "marzo del año pasado" / "March of last year"
        segs += [(" del " if lang == "es" else rng.choice([" of ", " "]), None)]
        segs += rel_segments(rng, ctx, lang, "year")[1:]
    return segs


def year_phrase(rng, ctx, lang):
    yseg = year_segments(rng, ctx, lang)
    ytxt = yseg[0][0]
    if lang == "es":
        if len(ytxt) == 2:
            prep = rng.choice(["del", "en el", "el"])
        else:
            prep = rng.choice(["en", "de", "del", "del año", "en el año", "durante", "para", ""])
    else:
        if len(ytxt) == 2:
            yseg = [ent("'" + ytxt, "YEAR", yseg[0][1]["value"])]
        prep = rng.choice(["in", "for", "during", "", "of", "in the year", "for fiscal year"])
    return [(prep + " ", None)] + yseg


def slot_P(rng, ctx, name):
    """month-ish period (month / month+year / relative month), sometimes a year."""
    lang = ctx["lang"]
    r = rng.random()
    if r < 0.6:
        return month_phrase(rng, ctx, lang)
    if r < 0.92:
        return rel_segments(rng, ctx, lang, "month")
    return year_phrase(rng, ctx, lang)


def slot_PO(rng, ctx, name):
    """optional period (45% empty)."""
    if rng.random() < 0.45:
        return []
    return slot_P(rng, ctx, name)


def slot_PF(rng, ctx, name):
    """period for a future-ish question (payment date): next month etc; 40% empty."""
    lang = ctx["lang"]
    r = rng.random()
    if r < 0.4:
        return []
    if r < 0.75:
        return rel_segments(rng, ctx, lang, "month", future=True)
    return month_phrase(rng, ctx, lang)


def slot_PY(rng, ctx, name):
    """year-ish period for year-to-date questions."""
    lang = ctx["lang"]
    r = rng.random()
    if r < 0.45:
        return rel_segments(rng, ctx, lang, "year")
    if r < 0.85:
        return year_phrase(rng, ctx, lang)
    if lang == "es":
        return [(rng.choice(["en lo que va de año", "en lo que va del año", "hasta ahora", "hasta la fecha",
                             "desde enero", "a la fecha"]), None)]
    return [(rng.choice(["so far", "to date", "year to date", "ytd", "YTD", "up to now"]), None)]


def slot_M(rng, ctx, name):
    """bare month entity (no preposition)."""
    m = pick_month(rng, ctx)
    return [ent(month_surface(rng, ctx["lang"], m), "MONTH", m)]


def slot_Y(rng, ctx, name):
    return year_segments(rng, ctx, ctx["lang"])


def slot_PB(rng, ctx, name):
    """bare period for comparisons: month, month+year or relative month without preposition."""
    lang = ctx["lang"]
    if rng.random() < 0.7:
        return month_phrase(rng, ctx, lang, with_prep=False)
    segs = rel_segments(rng, ctx, lang, "month")
    surf = segs[1][0]
    if surf.startswith(("este", "this", "hace", "last", "next")) or surf[0].isdigit() or surf.endswith("ago"):
        art = ""
    else:
        art = "el " if lang == "es" else "the "
    return [(art, None), segs[1]]


# ------------------------------------------------------------------ deductions
DEDUCTIONS = {
    "es": {
        "income_tax": ["IRPF", "irpf", "IRPF", "ISR", "isr", "ISR", "retención", "retención de impuestos",
                       "impuesto sobre la renta", "I.R.P.F.", "retenciones"],
        "social_security": ["Seguridad Social", "seguridad social", "la seguridad social", "cotizaciones",
                            "cotización", "IMSS", "imss", "cuotas del IMSS", "cotizaciones a la Seguridad Social",
                            "SS"],
        "unemployment": ["desempleo", "cuota de desempleo", "seguro de desempleo", "paro", "cotización por desempleo"],
        "professional_training": ["formación profesional", "formacion profesional", "cuota de formación profesional"],
        "pension": ["plan de pensiones", "pensión", "aportación al plan de pensiones", "AFORE", "afore",
                    "jubilación", "aportes jubilatorios"],
        "health_insurance": ["seguro médico", "seguro de salud", "seguro medico", "seguro de gastos médicos",
                             "seguro de gastos médicos mayores"],
        "union_dues": ["cuota sindical", "sindicato", "cuota del sindicato", "afiliación sindical"],
    },
    "en": {
        "income_tax": ["income tax", "income taxes", "federal income tax", "tax withholding", "withholding",
                       "IRPF", "ISR", "income-tax", "federal withholding"],
        "social_security": ["social security", "Social Security", "FICA", "social security contributions",
                            "SS contributions", "IMSS"],
        "unemployment": ["unemployment", "unemployment insurance", "unemployment contribution"],
        "professional_training": ["professional training", "vocational training", "training levy",
                                  "professional training contribution"],
        "pension": ["pension", "401k", "401(k)", "pension plan", "401k contribution", "retirement plan",
                    "retirement contributions", "pension contributions"],
        "health_insurance": ["health insurance", "medical insurance", "health plan", "health insurance premium"],
        "union_dues": ["union dues", "union fees", "union membership fee"],
    },
}

# one surface list per value of labels.json, in its order (the order is part of the rng draws: keep it)
assert all(list(DEDUCTIONS[lang]) == DEDUCTION_TYPES for lang in DEDUCTIONS), "DEDUCTIONS vs labels.json"


def slot_D(rng, ctx, name):
    lang = ctx["lang"]
    codes = list(DEDUCTIONS[lang])
    used = ctx.setdefault("used_ded", set())
    code = name.split(":")[1] if ":" in name else rng.choice([c for c in codes if c not in used] or codes)
    used.add(code)
    surf = rng.choice(DEDUCTIONS[lang][code])
    if surf.startswith("la "):  # article is not part of the span
        return [("la ", None), ent(surf[3:], "DEDUCTION_TYPE", code)]
    return [ent(surf, "DEDUCTION_TYPE", code)]


# ------------------------------------------------------------------ profile fields
PROFILE = {
    "es": {
        "department": ["departamento", "depto", "área", "area", "sección", "división", "departamento"],
        "position": ["puesto", "cargo", "categoría profesional", "categoría", "puesto de trabajo", "rol", "puesto"],
        "hire_date": ["fecha de alta", "fecha de ingreso", "fecha de contratación", "fecha de incorporación",
                      "fecha de inicio", "fecha de alta en la empresa"],
        "seniority": ["antigüedad", "antiguedad", "antigüedad en la empresa", "años de servicio"],
    },
    "en": {
        "department": ["department", "dept", "division", "department", "business unit department"],
        "position": ["job title", "position", "role", "title", "job position", "job title"],
        "hire_date": ["hire date", "start date", "date of hire", "joining date", "hiring date", "start date"],
        "seniority": ["seniority", "tenure", "years of service", "seniority level"],
    },
}

assert all(sorted(PROFILE[lang]) == sorted(PROFILE_FIELDS) for lang in PROFILE), "PROFILE vs labels.json"


def slot_F(rng, ctx, name):
    lang = ctx["lang"]
    if name.startswith("FX"):  # code-switching: the field named in the other language
        lang = "en" if lang == "es" else "es"
    field = name.split(":")[1] if ":" in name else rng.choice(list(PROFILE[lang]))
    surf = rng.choice(PROFILE[lang][field])
    if surf == "business unit department":
        surf = "department"
    return [ent(surf, "PROFILE_FIELD", field)]


# ------------------------------------------------------------------ amounts
AMOUNT_WORDS_ES = [(1000, "mil"), (1200, "mil doscientos"), (1500, "mil quinientos"), (2000, "dos mil"),
                   (500, "quinientos"), (800, "ochocientos"), (2500, "dos mil quinientos"), (300, "trescientos"),
                   (100, "cien"), (1800, "mil ochocientos"), (3000, "tres mil"), (250, "doscientos cincuenta")]
AMOUNT_WORDS_EN = [(1000, "a thousand"), (1200, "twelve hundred"), (1500, "fifteen hundred"), (2000, "two thousand"),
                   (500, "five hundred"), (800, "eight hundred"), (2500, "two thousand five hundred"),
                   (300, "three hundred"), (100, "a hundred"), (3000, "three thousand"), (250, "two hundred fifty")]


def _fmt_num(x, style):
    """x: float with 2 decimals. style: 'es' (1.234,56) 'en' (1,234.56) 'plain' (1234.56)."""
    whole = int(x)
    cents = round((x - whole) * 100)
    if style == "plain":
        return f"{whole}" + (f".{cents:02d}" if cents else "")
    if style == "plain_comma":
        return f"{whole}" + (f",{cents:02d}" if cents else "")
    s = f"{whole:,}"
    if style == "es":
        s = s.replace(",", ".")
        return s + (f",{cents:02d}" if cents else "")
    return s + (f".{cents:02d}" if cents else "")


def slot_A(rng, ctx, name):
    lang = ctx["lang"]
    used = ctx.setdefault("used_amounts", set())
    r = rng.random()
    if r < 0.08:
        val, words = rng.choice(AMOUNT_WORDS_ES if lang == "es" else AMOUNT_WORDS_EN)
        cur = rng.choice(["euros", "pesos", "dólares"] if lang == "es" else ["dollars", "euros", "bucks"])
        text = f"{words} {cur}"
        value = f"{val:.2f}"
    else:
        big = rng.random()
        if big < 0.55:
            whole = rng.randint(800, 4800)
        elif big < 0.85:
            whole = rng.randint(40, 799)
        else:
            whole = rng.randint(5000, 95000)
        cents = rng.choice([0, 0, 0, rng.randint(1, 99)])
        if whole >= 1000 and rng.random() < 0.25:
            whole = (whole // 50) * 50
        x = whole + cents / 100
        value = f"{x:.2f}"
        if lang == "es":
            style = rng.choice(["es", "es", "plain", "plain_comma"]) if cents else rng.choice(["es", "plain"])
        else:
            style = rng.choice(["en", "en", "plain"])
        if whole < 1000 and style in ("es", "en"):
            style = "plain" if lang == "en" else rng.choice(["plain_comma", "plain"]) if cents else "plain"
        if whole >= 1000 and cents == 0 and style == "plain_comma":
            style = "plain"
        num = _fmt_num(x, style)
        if lang == "es":
            fmt = rng.choice(["{n} €", "{n}€", "{n} euros", "{n} pesos", "${n}", "$ {n}", "{n} EUR",
                              "{n} dólares", "€{n}", "{n} MXN", "{n} mil pesos"])
        else:
            fmt = rng.choice(["${n}", "$ {n}", "{n} dollars", "{n} USD", "€{n}", "{n} euros", "{n} EUR",
                              "£{n}", "${n}k", "{n} bucks"])
        if fmt in ("{n} mil pesos", "${n}k"):
            k = rng.randint(2, 45)
            num = str(k)
            value = f"{k * 1000:.2f}"
        text = fmt.replace("{n}", num)
    if value in used:
        return slot_A(rng, ctx, name)
    used.add(value)
    return [ent(text, "AMOUNT", value)]


# ------------------------------------------------------------------ non-entity fillers
DOCS_ES = [("mi", "nómina"), ("mi", "nomina"), ("mi", "recibo de nómina"), ("mi", "recibo de sueldo"),
           ("mi", "recibo"), ("mi", "liquidación de sueldo"), ("mi", "boleta de pago"), ("mi", "colilla de pago"),
           ("mi", "nómina"), ("mi", "recibo de pago"), ("mi", "hoja de salario"), ("mi", "payslip"),
           ("mi", "comprobante de pago"), ("mi", "recibo de nomina"), ("mi", "nómina")]


def slot_DOC(rng, ctx, name):
    """payslip noun phrase with possessive: 'mi nómina' / 'my payslip'."""
    if ctx["lang"] == "es":
        _, n = rng.choice(DOCS_ES)
        det = rng.choice(["mi", "mi", "la", "el"]) if name == "DOC" else ""
        if det in ("la", "el"):
            det = "el" if n.startswith(("recibo", "comprobante", "payslip")) else "la"
            if n.startswith(("recibo", "comprobante", "payslip")) is False and n.startswith(("liquid", "boleta", "colilla", "hoja", "nómina", "nomina")):
                det = "la"
        return [((det + " " if det else "") + n, None)]
    n = rng.choice(["payslip", "pay slip", "pay stub", "paystub", "paycheck", "salary slip", "pay statement",
                    "earnings statement", "wage slip", "payslip", "payroll", "nómina", "payslip"])
    det = rng.choice(["my", "my", "the", "my"]) if name == "DOC" else ""
    return [((det + " " if det else "") + n, None)]


NAMES_ES = ["mi compañero Juan", "mi compañera Ana", "mi jefe", "mi jefa", "Pedro García", "María López",
            "el director", "mi compañero de equipo", "Lucía", "Carlos Pérez", "el gerente", "mi supervisor",
            "la de recursos humanos", "Javier", "mi colega Marta"]
NAMES_EN = ["my coworker John", "my colleague Sarah", "my boss", "my manager", "Mike Johnson", "Emily",
            "the CEO", "my teammate", "David Smith", "Laura", "my supervisor", "the guy next to me", "Anna Brown"]


def slot_NAME(rng, ctx, name):
    return [(rng.choice(NAMES_ES if ctx["lang"] == "es" else NAMES_EN), None)]


SLOTS = {"P": slot_P, "PO": slot_PO, "PF": slot_PF, "PY": slot_PY, "M": slot_M, "Y": slot_Y, "PB": slot_PB,
         "D": slot_D, "F": slot_F, "FX": slot_F, "A": slot_A, "DOC": slot_DOC, "DOCN": slot_DOC, "NAME": slot_NAME}


def random_now(rng):
    start = dt.date(2023, 1, 1).toordinal()
    end = dt.date(2027, 12, 28).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))
