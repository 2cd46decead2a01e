"""Round-4 families (CPU fine-tune, no GPU lent), on top of templates.py, compositional.py and contrasts.py.

Two kinds of errors were left by the GPU-round model, and both are about *which words decide* the
intent rather than about any one phrasing:

* questions about another employee's pay (nlu.md: a payroll intent that authorization refuses) were
  read as out_of_scope, because the only other "how much does X make" sentences in training were the
  out-of-scope salary-market ones ("how much does a teacher make"). New families ask about a named
  person or a relation ("my boss", "Laura") for every payroll intent, in new frames; the salary-market
  contrast stays in contrasts.py.
* a month, a year or an amount pulled an out-of-scope sentence into a payroll intent ("Agua de agosto…",
  "what day is it today"), because in training months and amounts only ever appeared in payroll
  questions. New out-of-scope domains put periods and amounts in talk that is not about pay: weather and
  seasons, birthdays and plans, prices, shopping and sums, statements about months.

Same syntax and entity rule as compositional.py: entity words only through slots (a month in an out-of-scope
sentence is still a MONTH entity; the intent is what differs). Held-out split: own rng (seed + 7, 20% per
intent/language) and the whole OOS domain `r4_calendar_facts`, so every earlier held-out set stays held out
and this round adds its own (reported as "held-out families r4").

(Until the rounds became data this was `corpus/compose3.py`, table `F3`; it is wired in `rounds/__init__.py` as
round 4: OOS prefix `r4_`, split rng seed + 7, `calendar_facts` held out whole.)
"""
from __future__ import annotations

F = {"es": {}, "en": {}}

# ------------------------------------------------------------------------ Spanish: another person's pay
F["es"]["gross_pay"] = [
    "¿[qué|cuál] [sueldo|salario] [bruto|base|] [tiene|cobra|gana] {NAME}?",
    "¿[cuánto|cuanto] [le pagan|le pagamos|cobra|gana] a {NAME} [al mes|al año|en bruto|]?",
    "[dime|decime|quiero saber] [el sueldo|el salario|lo que gana] [bruto|] de {NAME}",
    "¿[sabes|sabés] [cuánto|cuanto] [gana|cobra] {NAME}?",
]
F["es"]["net_pay"] = [
    "¿[cuánto|cuanto] [neto|líquido|limpio] [cobró|se llevó|recibió] {NAME} {P}?",
    "¿[cuánto|cuanto] le [ingresaron|depositaron|llegó] a {NAME} {P}?",
    "[dime|decime] el neto de {NAME} {P}",
]
F["es"]["payslip_summary"] = [
    "[pásame|mándame|dame] [la nómina|el recibo|el recibo de sueldo] de {NAME} {PO}",
    "¿[qué|que] [pone|dice] [la nómina|el recibo] de {NAME} {P}?",
]
F["es"]["deductions"] = [
    "¿[cuánto|cuanto] [paga|pagó] {NAME} de {D} {PO}?",
    "¿[qué|que] [descuentos|retenciones] [tiene|tuvo] {NAME} {PO}?",
]
F["es"]["ytd_summary"] = [
    "¿[cuánto|cuanto] [lleva cobrado|lleva ganado|ha cobrado] {NAME} {PY}?",
    "[el total|lo acumulado] de {NAME} {PY}",
]
F["es"]["payment_date"] = [
    "¿[qué|que] día [cobra|le pagan a|le depositan a] {NAME} {PO}?",
]
F["es"]["pay_comparison"] = [
    "¿[cobra|gana] {NAME} más [que yo|o menos que yo]?",
    "[compara|comparame] mi [sueldo|nómina] con [el|la] de {NAME}",
]
F["es"]["profile_info"] = [
    "¿[en qué|en que] {F} [está|trabaja] {NAME}?",
]

# ------------------------------------------------------------------------ English: another person's pay
F["en"]["gross_pay"] = [
    "what [salary|base salary|gross pay] does {NAME} [have|get|earn][?|]",
    "what's {NAME}'s [salary|gross salary|base pay|pay][?|]",
    "how much [is|was] {NAME} [paid|earning|making] [a month|a year|gross|][?|]",
    "do you know how much {NAME} [makes|earns|gets paid][?|]",
]
F["en"]["net_pay"] = [
    "how much [did|does] {NAME} [take home|net|receive] {P}[?|]",
    "what [landed|arrived] in {NAME}'s [account|bank] {P}[?|]",
    "[tell me|show me] {NAME}'s net pay {P}",
]
F["en"]["payslip_summary"] = [
    "[send me|give me|pull up] {NAME}'s [payslip|pay stub|paycheck details] {PO}",
    "what [does|did] {NAME}'s [payslip|pay stub] say {P}[?|]",
]
F["en"]["deductions"] = [
    "how much {D} [does|did] {NAME} pay {PO}[?|]",
    "what [deductions|withholdings] [does|did] {NAME} have {PO}[?|]",
]
F["en"]["ytd_summary"] = [
    "how much has {NAME} [earned|made|been paid] {PY}[?|]",
    "{NAME}'s [total|year-to-date] [earnings|pay] {PY}",
]
F["en"]["payment_date"] = [
    "what day does {NAME} get paid {PO}[?|]",
]
F["en"]["pay_comparison"] = [
    "does {NAME} [make|earn|get paid] more than [me|I do][?|]",
    "compare my [pay|salary|payslip] with {NAME}'s",
]
F["en"]["profile_info"] = [
    "which {F} is {NAME} in[?|]",
]

# ------------------------------------------------------------------ out of scope with periods and amounts
F["es"]["out_of_scope"] = {
    "period_talk": [
        "¿[qué tiempo hace|hace frío|llueve mucho|hace calor] en {M} en [Madrid|Sevilla|Buenos Aires|México|Bilbao]?",
        "mi cumpleaños es en {M}",
        "[me voy|nos vamos|quiero ir] de [vacaciones|viaje] en {M}",
        "¿[qué se celebra|qué fiestas hay|qué pasa] en {M}?",
        "[el concierto|la boda|la mudanza|el partido|el examen] es {PF}",
        "¿[cuántos días tiene|cuántos fines de semana tiene] {M}?",
        "[¿qué puedo plantar|¿qué fruta hay|¿qué verduras hay] en {M}?",
    ],
    "amount_talk": [
        "¿[cuánto es|me calculas] el [10|15|20|21]% de {A}?",
        "[convierte|pasa] {A} a [dólares|euros|pesos|libras]",
        "¿[es caro|es mucho|está bien de precio] {A} por [un móvil|un coche usado|una bici|un sofá]?",
        "[gasté|me gasté|pagué] {A} en [el súper|la compra|gasolina|la cena|el alquiler]",
        "¿[cómo reparto|cómo divido] {A} entre [tres|cuatro|cinco] personas?",
        "[quiero|necesito] [ahorrar|juntar] {A} para [un viaje|un coche|las vacaciones]",
    ],
    "month_statements": [
        "[me encanta|odio|no me gusta] {M}",
        "{M} es [mi mes favorito|el mejor mes|un mes muy largo|muy frío|muy caluroso]",
        "en {M} [siempre llueve|hace mucho calor|empiezan las clases|cierra la oficina|vamos a la playa]",
        "[qué rápido|qué lento] [pasó|está pasando] {M}",
    ],
    "calendar_facts": [
        "¿[qué día de la semana|en qué día] [cae|es] [Navidad|mi cumpleaños|Nochevieja|Nochebuena] [este año|]?",
        "¿[cuándo es|qué día es] [Semana Santa|el Día de la Madre|el Black Friday|Halloween] {PO}?",
        "¿[es bisiesto|fue bisiesto] {Y}?",
        "¿[cuántas semanas|cuántos días] [quedan|faltan] para {M}?",
    ],
}
F["en"]["out_of_scope"] = {
    "period_talk": [
        "what's the weather like in {M} in [London|Madrid|New York|Mexico City|Chicago][?|]",
        "my birthday is in {M}",
        "[we're going|I want to go|I'm planning to go] on [vacation|a trip|holiday] in {M}",
        "what [holidays|festivals|events] are there in {M}[?|]",
        "[the concert|the wedding|the move|the game|my exam] is {PF}",
        "how many [days|weekends] [are there|does it have] in {M}[?|]",
        "what [fruit|vegetables] [are in season|can I plant] in {M}[?|]",
    ],
    "amount_talk": [
        "what is [10|15|20|25]% of {A}[?|]",
        "[convert|change] {A} to [dollars|euros|pesos|pounds]",
        "is {A} [expensive|a lot|a good price] for [a phone|a used car|a bike|a couch][?|]",
        "I [spent|paid] {A} [on groceries|for gas|for dinner|on rent]",
        "how do I split {A} between [three|four|five] people[?|]",
        "I [want|need] to save {A} for [a trip|a car|the holidays]",
    ],
    "month_statements": [
        "I [love|hate|don't like] {M}",
        "{M} is [my favorite month|the best month|a long month|so cold|so hot]",
        "in {M} it [always rains|gets really hot|snows a lot] [here|]",
        "{M} [went by so fast|is dragging on|flew by]",
    ],
    "calendar_facts": [
        "what day of the week is [Christmas|New Year's Day|my birthday|Halloween] [this year|][?|]",
        "when is [Easter|Mother's Day|Black Friday|Thanksgiving] {PO}[?|]",
        "[is|was] {Y} a leap year[?|]",
        "how many [weeks|days] [are left until|until] {M}[?|]",
    ],
}
