"""Round-8 families (CPU fine-tune, no GPU lent), on top of templates.py and the earlier rounds.

The round-7 ensemble's errors on its held-out families (docs/nlu-ensemble.md, models/README "CPU round 8")
fell into kinds again: presence checks and terse hellos ("¿me recibes?", "wassup", "ola") read as
out_of_scope; "how does this tool work" read as out_of_scope; a year-to-date total named as "yearly total
as of today" or "total compensation" read as gross; "what comes out of my pay" read as a payment date;
another person's pay or tax ("cuánto le pagamos a mi compañero", "how much tax did Priya pay") read as net
or gross; "I can't figure out why I got less" and "¿por qué me ingresaron X en lugar de Y?" read as
out_of_scope or net; "how much came in", "how much am I getting" read as deductions or gross; "how long
before I get paid" read as gross; going through a payslip "line by line" read as net; "buenas noches,
chao" read as a greeting; and, the other way round, calendar questions (leap years, "how many weeks until
…", "what is the date today") read as payment dates, proverbs read as payroll intents, and "what can I
make for dinner" read as help.

This round adds new frames for each of those kinds, written fresh (the kinds were read from the error
list; no held-out sentence or family of an earlier round is copied), in both languages, plus three
out-of-scope domains built on the same kinds. Because the kinds were chosen from the round-7 errors, the
round-7 held-out set (`valid_r7.jsonl`) partly measures frames that are now trained; the unbiased figures
are this round's own held-out families, dev and the hand-written probe.

Same syntax and entity rule as compositional.py (months, deductions and profile words only via slots).
Held-out split: own rng (seed + 15, 20% per intent and language) plus the whole OOS domain
`device_checks`; every earlier held-out family and domain stays held out.

Wired in round 8 (corpus 9ed7c0bf…, 53 576 train / 15 653 valid; the round-7 held-out sentences kept as
`corpus/out/valid_r7.jsonl`, remade by corpus/previous_heldout.sh). The T5 (W) and the n-gram model were
trained on it; commands and scores in models/README, "CPU round 8".

(Until the rounds became data this was `corpus/compose7.py`, table `F7`; it is wired in `rounds/__init__.py` as
round 8: OOS prefix `r8_`, split rng seed + 15, `device_checks` held out whole.)
"""
from __future__ import annotations

F = {"es": {}, "en": {}}

_MATE_ES = "[mi compañero de mesa|la nueva del equipo|mi jefe directo|el becario|Lucía Romero|el de compras|mi coordinadora]"
_MATE_EN = "[my desk mate|the new girl on the team|my line manager|the intern|Emma Wilson|the buyer|my coordinator]"

# ------------------------------------------------------------------------------------ Spanish
F["es"]["greeting"] = [
    "¿[funciona|va] esto[?|??|]",
    "[probando|prueba, prueba|test], ¿[alguien me atiende|hay alguien|me contestas]?",
    "[buenas|hola|holaa] [a todos|por aquí|de nuevo][!|]",
    "¿[estás activo|estás operativo|sigues funcionando][?|]",
    "[qué hubo|qué onda|qué pasa], [bot|asistente|amigo]",
]
F["es"]["goodbye"] = [
    "[buenas noches|feliz noche|que descanses], [me despido|me retiro|hasta mañana]",
    "[listo|ok|perfecto], [me desconecto|cierro el chat|me salgo]. [adiós|chao|]",
    "[nos leemos|hablamos otro día|otro día sigo]",
]
F["es"]["thanks"] = [
    "[me sirvió mucho|me ha servido|me fue muy útil] [esto|tu respuesta|la info][, gracias|]",
    "[mil gracias|muchísimas gracias|gracias de corazón] [por la paciencia|por resolverlo|]",
    "[qué útil|muy útil|de lujo], [gracias|te agradezco]",
]
F["es"]["help"] = [
    "¿[cómo va|cómo se maneja|de qué va] [esto|este asistente|el chat]?",
    "[explícame|cuéntame] [cómo te uso|el funcionamiento|qué haces]",
    "[instrucciones|guía rápida|ayuda para empezar] [de uso|por favor|]",
    "[no me aclaro|estoy perdido|estoy perdida] con [esto|el asistente|este chat], ¿me [guías|explicas]?",
    "¿[qué preguntas|qué consultas] [admites|puedo hacerte|entiendes]?",
]
F["es"]["payslip_summary"] = [
    "[repasa|revisa|recórreme] {DOC} {PO} [línea a línea|concepto por concepto|renglón por renglón]",
    "[desglose completo|detalle entero|resumen completo] de {DOC} {PO}",
    "¿[me haces|me das] un resumen de {DOC} {PO}?",
]
F["es"]["net_pay"] = [
    "¿[cuánto|cuanto] [entró|me entró|me cayó] [en la cuenta|en el banco|] {P}?",
    "¿[cuánto|cuanto] [me toca cobrar|voy a cobrar|me van a ingresar] {PO}?",
    "¿[cuánto|cuanto] [es|fue] mi [ingreso|cobro|depósito] {P}?",
    "[el neto|lo que me quedó|lo que recibí] {P}, [¿cuánto fue?|dímelo|porfa]",
]
F["es"]["gross_pay"] = [
    "¿[cuánto|cuanto] le [pagan|pagamos|paga la empresa] a " + _MATE_ES + " [al mes|al año|en bruto|]?",
    "¿[cuánto|cuanto] [cobra|gana] " + _MATE_ES + " [antes de impuestos|en bruto|de sueldo]?",
    "[mi bruto|el total antes de descuentos|lo que gano antes de descuentos] {PO}",
]
F["es"]["deductions"] = [
    "¿[cuánto|cuanto] [dinero|plata|lana] se me [fue|va|marchó] en {D} {PO}?",
    "¿[qué|cuánto] me [sale|sacan|restan] de [la nómina|el sueldo] {PO}?",
    "¿[cuánto|cuanto] [pagó|pagaba|paga] de {D} " + _MATE_ES + "?",
    "[lo que me restan|lo que me descuentan|lo retenido] {P}, ¿cuánto es?",
]
F["es"]["payment_date"] = [
    "¿[cuántos días|cuánto] [faltan|quedan|me queda] para [cobrar|el día de pago|que me paguen]?",
    "¿[sale|llega|entra] mi [sueldo|nómina|pago] [antes|después] del [día 15|día 20|fin de mes] {PO}?",
    "¿[falta mucho|queda mucho] para [la nómina|el pago|cobrar]?",
]
F["es"]["pay_comparison"] = [
    "¿[por qué|porque] me [llegó|entró|ingresaron] {A} en [lugar|vez] de {A} {PO}?",
    "[no entiendo|no me explico] [por qué|la razón de que] [cobré|recibí] [distinto|menos|otra cantidad] {P}",
    "[mi nómina|mi sueldo] {P} [bajó|subió|cambió] [respecto a|frente a] {PB}, ¿[qué pasó|por qué]?",
]
F["es"]["ytd_summary"] = [
    "¿[cuál es|cuánto es] mi [total anual|total del año|acumulado anual] [a día de hoy|hasta hoy|por ahora]?",
    "[retribución total|compensación total|ingresos totales] {PY}",
    "¿[cuánto|cuanto] [llevo|he ganado|he cobrado] [en total|acumulado] {PY}?",
]
F["es"]["profile_info"] = [
    "¿[cuál|qué] {F} [tienen registrado|hay guardado|consta] [para mí|a mi nombre]?",
    "[necesito|quiero] [comprobar|confirmar] mi {F}",
]
F["es"]["out_of_scope"] = {
    "calendar_questions": [
        "¿[en qué semana del año|a qué día|a cuántos] estamos [hoy|]?",
        "¿[cuándo|qué día] [cambia la hora|empieza la primavera|acaba el verano]?",
        "¿[es|fue|será] [bisiesto|año bisiesto] [este año|el año que viene|el año pasado]?",
        "¿[cuántos días|cuántas semanas] [tiene|le quedan a] [este año|esta estación|el trimestre]?",
    ],
    "sayings": [
        "[más vale tarde que nunca|a quien madruga Dios le ayuda|no hay mal que por bien no venga|en boca cerrada no entran moscas]",
        "[dime con quién andas y te diré quién eres|cada loco con su tema|al mal tiempo, buena cara|donde las dan las toman]",
        "[ya lo dice el refrán|como dice mi abuela|como decía mi padre]: [el que la sigue la consigue|poco a poco se anda lejos|camarón que se duerme se lo lleva la corriente]",
    ],
    "device_checks": [
        "¿[funciona|va bien|está caído] [el wifi|la impresora|el proyector|el correo]?",
        "¿[me oyes|se oye|se me escucha] [bien|] en la [videollamada|reunión|llamada]?",
        "¿[está encendido|está conectado|va] [el micro|el altavoz|el portátil]?",
    ],
}

# ------------------------------------------------------------------------------------ English
F["en"]["greeting"] = [
    "[does this work|is this working|is this thing on][?|??|]",
    "[testing|test test|testing 1 2 3], [anyone there|can someone answer|you reading this][?|]",
    "[hey there|hi all|hello again][!|]",
    "[are you active|are you up and running|still working][?|]",
    "[what's good|sup|what's new], [bot|assistant|buddy]",
]
F["en"]["goodbye"] = [
    "[good night|have a good night|sleep well], [signing off|I'm off|talk tomorrow]",
    "[done|ok|perfect], [logging off|closing the chat|I'm out]. [bye|cya|]",
    "[talk later|catch you another day|I'll continue another time]",
]
F["en"]["thanks"] = [
    "[that helped a lot|this was really useful|your answer helped][, thanks|]",
    "[thanks a million|thank you so much|thanks from the heart] [for your patience|for sorting it|]",
    "[so useful|very handy|top notch], [thanks|appreciate it]",
]
F["en"]["help"] = [
    "[how do I use|how do I operate|what's the deal with] [this|this assistant|the chat][?|]",
    "[explain|tell me] [how to use you|how this works|what you do]",
    "[instructions|quick guide|help getting started] [please|for this|]",
    "I'm [lost|confused] with [this|the assistant|this chat], [can you guide me|can you explain][?|]",
    "what [questions|requests] [do you accept|can I ask you|do you understand][?|]",
]
F["en"]["payslip_summary"] = [
    "[walk me through|go over|take me through] {DOC} {PO} [line by line|item by item|row by row]",
    "[full breakdown|complete detail|complete summary] of {DOC} {PO}",
    "can you [give me|do] a summary of {DOC} {PO}[?|]",
]
F["en"]["net_pay"] = [
    "how much [came in|went into my account|landed] {P}[?|]",
    "how much [am I getting|will I get|will they pay me] {PO}[?|]",
    "what [was|is] my [deposit|income|paycheck amount] {P}[?|]",
    "[the net|what I kept|what I received] {P}, [how much was it|tell me|please]",
]
F["en"]["gross_pay"] = [
    "how much do [we|they|the company] pay " + _MATE_EN + " [a month|a year|gross|][?|]",
    "how much [does|is] " + _MATE_EN + " [earn|make] [before tax|gross|in salary][?|]",
    "[my gross|the total before deductions|what I earn before anything is deducted] {PO}",
]
F["en"]["deductions"] = [
    "how much [money|cash] [went|goes] to {D} {PO}[?|]",
    "what [comes out of|gets taken from|do they subtract from] my [pay|salary|check] {PO}[?|]",
    "how much {D} did " + _MATE_EN + " pay[?|]",
    "[what they take off|what gets deducted|the total deducted] {P}, how much is it[?|]",
]
F["en"]["payment_date"] = [
    "how many days [left until|to go before|until] [I get paid|payday|my salary comes][?|]",
    "does my [salary|paycheck|pay] [go out|arrive|come] [before|after] the [15th|20th|end of the month] {PO}[?|]",
    "[is it long|how much longer] [until payday|till I get paid|before pay comes][?|]",
]
F["en"]["pay_comparison"] = [
    "why did I [get|receive] {A} instead of {A} {PO}[?|]",
    "I [can't understand|don't get] why I [was paid|received] [a different amount|less|more] {P}",
    "my [pay|salary] {P} [went down|went up|changed] [compared to|versus] {PB}, [what happened|why][?|]",
]
F["en"]["ytd_summary"] = [
    "what's my [annual total|total for the year|yearly earnings] [as of now|up to today|so far][?|]",
    "[total compensation|total pay|overall earnings] {PY}",
    "how much have I [made|earned|collected] [in total|cumulatively] {PY}[?|]",
]
F["en"]["profile_info"] = [
    "what {F} [do you have on record|is stored|is registered] [for me|under my name][?|]",
    "I [need|want] to [check|confirm] my {F}",
]
F["en"]["out_of_scope"] = {
    "calendar_questions": [
        "[what week of the year|what date|what day] is it [today|now][?|]",
        "when [do the clocks change|does spring start|does summer end][?|]",
        "[is|was|will be] [this year|last year|next year] a leap year[?|]",
        "how many [days|weeks] [are in|are left in] [this year|this season|the quarter][?|]",
    ],
    "sayings": [
        "[better late than never|the early bird catches the worm|every cloud has a silver lining|silence is golden]",
        "[birds of a feather flock together|to each their own|keep your chin up|what goes around comes around]",
        "[as the saying goes|like my grandma says|as my dad used to say]: [slow and steady wins the race|practice makes perfect|you snooze, you lose]",
    ],
    "device_checks": [
        "[is|does] [the wifi|the printer|the projector|email] [working|down|work][?|]",
        "can you hear me [ok|fine|] on the [video call|meeting|call][?|]",
        "is [the mic|the speaker|my laptop] [on|connected|working][?|]",
    ],
}
