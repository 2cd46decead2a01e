"""Round-7 families (CPU fine-tune, no GPU lent), on top of templates.py and the earlier rounds.

The round-6 model's errors on its held-out families (models/README, "CPU round 6") fell into
kinds again: a payslip wanted as a whole document ("everything on it", "what appears on it", "I lost
it, show it", "line by line") read as deductions or a comparison; the net pay named by the money's
movement ("the transfer/deposit from payroll", "la cantidad que me depositaron") read as a payment
date; plain "how much do I get" read as gross; "how much was the deductions" read as gross; a
year-to-date total named as "accumulated"/"running" read as gross; a pay difference described by
two amounts or as a puzzle read as net or deductions; "is anybody awake/online?", "¿me escuchas?"
read as out_of_scope; "first time here, how do I begin" read as out_of_scope; "¿pagan a principios
de mes?" read as out_of_scope; another person's pay ("cuánto gana Lucía") read as out_of_scope;
and, the other way round, calendar countdowns and holiday dates ("how many days until…",
"¿qué día es el Día de la Madre?") read as payment_date and "where did I put my…" read as a
comparison.

This round adds new frames for each of those kinds, written fresh (the kinds were read from the
error list; no held-out sentence or family of an earlier round is copied), in both languages, plus
four out-of-scope domains built on the same frames. Because the kinds were chosen from the round-6
errors, the round-6 held-out set (`valid_r6.jsonl`) partly measures frames that are now trained; the
unbiased figures are this round's own held-out families, dev and the hand-written probe.

Same syntax and entity rule as compositional.py (months, deductions and profile words only via slots).
Held-out split: own rng (seed + 13, 20% per intent and language) plus the whole OOS domain
`countdowns`; every earlier held-out family and domain stays held out.

(Until the rounds became data this was `corpus/compose6.py`, table `F6`; it is wired in `rounds/__init__.py` as
round 7: OOS prefix `r7_`, split rng seed + 13, `countdowns` held out whole.)
"""
from __future__ import annotations

F = {"es": {}, "en": {}}

_WHO_ES = ("[Marta|Jorge|la chica de recepción|mi vecino de mesa|el director|la jefa de equipo|mi socio|"
           "el chico nuevo|Raúl Díaz|Elena Vidal|el de sistemas|la de contabilidad]")
_WHO_EN = ("[Sarah|Kevin|the receptionist|the guy at the next desk|the director|our team lead|my partner at work|"
           "the new hire|Daniel White|Laura King|the IT guy|the accountant]")

# ------------------------------------------------------------------------------------ Spanish
F["es"]["greeting"] = [
    "¿[hay alguien|alguien] [despierto|conectado|al otro lado|disponible][?|??|]",
    "¿[me lees|me oyes|me recibes|me copias][?|??|]",
    "[holi|holis|holaaa|ey], ¿[sigues ahí|andas por ahí|estás por ahí]?",
    "[hola|buenas], [vengo a saludar|solo paso a saludar|qué tal todo]",
]
F["es"]["goodbye"] = [
    "[eso es todo|ya está|nada más], [adiós|chao|hasta luego|nos vemos]",
    "[me tengo que ir|me voy corriendo|se me hace tarde], [adiós|chao|hasta otra]",
]
F["es"]["thanks"] = [
    "[te lo agradezco|se agradece|agradecido|agradecida] [un montón|mucho|de verdad|]",
    "[genial|estupendo|buenísimo], [gracias por la info|gracias por todo|gracias por ayudarme]",
]
F["es"]["help"] = [
    "¿[cómo funciona|cómo se usa|para qué vale] [esto|este chat|esta herramienta]?",
    "¿[qué tengo que|qué debo|qué puedo] [escribir|poner|preguntar] [aquí|en este chat|]?",
    "[es la primera vez que entro|acabo de llegar|soy nuevo en esto], ¿[por dónde empiezo|qué se puede hacer|me orientas]?",
    "¿[qué sabes hacer|en qué me puedes echar una mano|qué clase de cosas respondes]?",
]
F["es"]["payslip_summary"] = [
    "[enséñame|muéstrame|ponme] todo lo que [sale|aparece|viene] en {DOC} {PO}",
    "¿[qué viene|qué trae|qué lleva] {DOC} {P}?",
    "[se me perdió|extravié|borré sin querer] {DOC} {PO}, ¿[me la vuelves a mostrar|la puedes sacar|me la recuperas]?",
    "[quiero|necesito] [ver|leer] {DOC} {PO} [de arriba abajo|completa|con todo el detalle|punto por punto]",
    "[el contenido|la información completa|los datos completos] de {DOC} {PO}",
    "¿[puedo ver|me dejas ver|podría consultar] {DOC} {PO} [entera|completa|]?",
]
F["es"]["net_pay"] = [
    "¿[cuánto dinero|cuánta plata|cuánta lana|cuánta pasta] [entró en mi cuenta|me ingresó la empresa|me transfirieron] {P}?",
    "¿[de cuánto|cuánto] [era|fue] [el importe|la suma|el monto] [que me transfirieron|que me llegó|ingresado] {P}?",
    "[importe líquido|líquido a percibir|lo que percibí en limpio|sueldo limpio] {PO}",
    "¿[cuánto|cuanto] [me dan|me llega|percibo] [realmente|de verdad|en limpio] {PO}?",
    "[lo que me pagaron|el pago que recibí|lo depositado] {P}, ¿[a cuánto ascendió|qué cantidad fue|cuánto era]?",
]
F["es"]["gross_pay"] = [
    "¿[cuánto|cuanto] [gana|cobra|se lleva de bruto] " + _WHO_ES + " [al mes|al año|]?",
    "¿[qué|cuánto] [sueldo|salario] [tiene|le pagan a] " + _WHO_ES + "?",
    "¿[cuál es|cuánto es] mi [sueldo|salario|pago] [antes de descuentos|sin quitar nada|íntegro] {PO}?",
    "¿[cuánto|cuanto] [genero|devengo|me corresponde de bruto] {PO}?",
]
F["es"]["deductions"] = [
    "¿[cuánto|cuanto] [me quitaron|me retuvieron|me restaron] [en total|en descuentos|de la nómina] {P}?",
    "¿[qué|cuáles] [descuentos|retenciones|cargos] [lleva|tiene|aparecen en] mi [nómina|recibo] {PO}?",
    "¿[cuánto|cuanto] [fue|fueron|suman] [mis descuentos|las deducciones|lo descontado] {P}?",
    "¿[qué parte|cuánto] de mi [sueldo|salario|pago] se [queda|lleva|come] {D} {PO}?",
    "¿[por qué|porque] me [descuentan|quitan|cobran] {D} {PO}?",
]
F["es"]["payment_date"] = [
    "¿[se cobra|pagan|ingresan la nómina] a [principios|finales|mediados] de mes o a [principios|finales|mediados]?",
    "¿[qué día|cuándo] [suele caer|cae normalmente|entra normalmente] [la nómina|el sueldo|el pago] {PO}?",
    "¿[el pago|la nómina|el sueldo] [llega|cae|se hace] [antes|después] del [día 5|día 10|día 1|fin de semana] {PO}?",
    "¿[hoy|mañana|esta semana] [es día de pago|se cobra|pagan]?",
]
F["es"]["pay_comparison"] = [
    "¿[por qué|porque|cómo es que] [cobré|me pagaron|me ingresaron] {A} y no {A} {PO}?",
    "¿[cuánto|qué] [ha variado|cambió|se movió] mi [sueldo|nómina|pago] de {PB} a {PB}?",
    "[algo no cuadra|esto no me cuadra|no me salen las cuentas] con mi [nómina|pago|sueldo] {P} [respecto a|comparado con|frente a] {PB}",
    "¿[gané|cobré] [más|menos|lo mismo] {P} que {PB}?",
]
F["es"]["ytd_summary"] = [
    "¿[cuál es|cuánto es] [mi acumulado|el acumulado|lo acumulado] {PY}?",
    "¿[cuánto|cuanto] [llevo ganado|he cobrado en total|he sacado] {PY} [en total|sumando todo|]?",
    "[suma|total] de [todos mis pagos|todas mis nóminas|lo cobrado] {PY}",
    "¿[cuánto|cuanto] [he percibido|me han pagado] [en lo que va de año|desde que empezó el año|hasta la fecha]?",
]
F["es"]["profile_info"] = [
    "¿[qué|cuál] {F} [tengo|figura|consta] [en mi ficha|en el sistema|en mi perfil]?",
    "[mira|revisa|consulta] [mi ficha|mis datos|mi perfil] y dime [el|mi] {F}",
    "¿[me puedes decir|sabes] [el|cuál es el] {F} de " + _WHO_ES + "?",
]
F["es"]["out_of_scope"] = {
    "countdowns": [
        "¿[cuántos días|cuántas semanas|cuánto] [quedan|faltan] para [Navidad|el verano|mis vacaciones|el puente|fin de año]?",
        "¿[cuánto falta|cuánto queda] para [el partido|la boda|mi cumpleaños|que acabe la semana]?",
        "[cuenta atrás|cuenta regresiva] para [Nochevieja|las vacaciones|el viernes]",
    ],
    "holiday_dates": [
        "¿[qué día|cuándo] [cae|es] [Semana Santa|el Día del Padre|Halloween|el Carnaval|el Día de Reyes] {PO}?",
        "¿[es festivo|hay fiesta|se trabaja] [el lunes|mañana|el día 12|el puente]?",
        "¿[qué santo es hoy|qué se celebra hoy|qué día de la semana es hoy]?",
    ],
    "whereabouts": [
        "¿[dónde|donde] [está|queda] [la farmacia más cercana|el baño|la sala de reuniones|el parking]?",
        "¿[dónde|donde] [aparco|puedo aparcar|dejo la bici|como] [cerca de la oficina|hoy|]?",
        "[no sé dónde|no recuerdo dónde] [aparqué el coche|dejé la chaqueta|guardé el ticket]",
    ],
    "money_other": [
        "¿[por qué|porque] [me cobraron|me pasaron] {A} en [la tarjeta|la factura de la luz|el gimnasio]?",
        "¿[cuánto|cuanto] [me devuelve|me cuesta|pago de] [la hipoteca|el seguro del coche|la luz] {PO}?",
        "[la transferencia|el bizum|el giro] a mi [hermana|madre|casero] [no llegó|tardó|se devolvió], ¿[qué hago|por qué]?",
    ],
}

# ------------------------------------------------------------------------------------ English
F["en"]["greeting"] = [
    "[is anybody|anyone|somebody] [around|out there|on the other end|listening][?|??|]",
    "[can you hear me|do you read me|are you receiving this|you there][?|??|]",
    "[yo|heya|hiya], [you around|still there|you up][?|]",
    "[hi|hello], [just saying hi|just dropping by|how's it going]",
]
F["en"]["goodbye"] = [
    "[that's all|that's it|nothing else], [bye|see you|later|goodbye]",
    "[gotta run|I have to go|got to dash], [bye|see ya|later]",
]
F["en"]["thanks"] = [
    "[much appreciated|I appreciate it|appreciated] [a lot|very much|]",
    "[great|awesome|brilliant], [thanks for the info|thanks for everything|thanks for helping]",
]
F["en"]["help"] = [
    "how does [this|this chat|this thing|this tool] work[?|]",
    "what am I [supposed to|meant to|able to] [type|ask|write] [here|in this chat|][?|]",
    "[it's my first time|I just got here|I'm new to this], [where do I start|what can I do here|can you guide me][?|]",
    "what [can you do|kind of things can you answer|can you help me with][?|]",
]
F["en"]["payslip_summary"] = [
    "show me everything [on|in] {DOC} {PO}",
    "what['s| is] [on|in] {DOC} {P}[?|]",
    "I [misplaced|deleted|can't locate] {DOC} {PO}, [could you pull it up|can you show it to me again|can I see it again][?|]",
    "I [want|need] to [see|read] {DOC} {PO} [top to bottom|in full|in detail|item by item]",
    "[the full contents|all the details|the whole thing] of {DOC} {PO}",
    "can I [see|view|look at] {DOC} {PO} [in full|completely|][?|]",
]
F["en"]["net_pay"] = [
    "how much money [hit my account|did the company pay in|did they wire me] {P}[?|]",
    "what [was|did] the [payroll transfer|payroll deposit|salary transfer] [come to|amount to|total] {P}[?|]",
    "[my take-home|take home amount|what I took home] {PO}",
    "how much do I [actually|really|end up] [get|receive|take home] {PO}[?|]",
    "[the payment I got|what was paid to me|what landed in my bank] {P}, [how much was that|what was the amount][?|]",
]
F["en"]["gross_pay"] = [
    "how much [does|do] " + _WHO_EN + " [earn|make|get paid] [a month|a year|per year|][?|]",
    "what [salary|pay] [does|is] " + _WHO_EN + " [on|get|earning][?|]",
    "what's my [pay|salary|wage] [before deductions|before anything is taken|in full] {PO}[?|]",
    "how much do I [earn|make] [before anything comes off|on paper|in total before taxes] {PO}[?|]",
]
F["en"]["deductions"] = [
    "how much [did they take|was taken|did they withhold] [in total|altogether|from my pay] {P}[?|]",
    "what [deductions|withholdings|charges] [are|were] on my [payslip|pay] {PO}[?|]",
    "how much [were|was|are] my [deductions|withholdings|total deductions] {P}[?|]",
    "what [share|part|portion] of my [pay|salary|check] [goes to|went to|is eaten by] {D} {PO}[?|]",
    "why [do they take|am I charged|is there] {D} {PO}[?|]",
]
F["en"]["payment_date"] = [
    "[do we|does payroll|do they] pay at the [start|end|middle] of the month or the [start|end|middle][?|]",
    "what day [does pay usually|do we normally|does salary usually] [land|get paid|arrive] {PO}[?|]",
    "[is|does] [pay|payroll|my salary] [go out|arrive|land] [before|after] the [5th|10th|1st|weekend] {PO}[?|]",
    "is [today|tomorrow|this week] [payday|a pay day|when we get paid][?|]",
]
F["en"]["pay_comparison"] = [
    "[why|how come] [did I get|was I paid|did I receive] {A} and not {A} {PO}[?|]",
    "how much [did my pay change|has my salary moved|did my paycheck shift] from {PB} to {PB}[?|]",
    "[something doesn't add up|the numbers don't match|this doesn't look right] with my [pay|paycheck] {P} [versus|compared to|against] {PB}",
    "did I [earn|get] [more|less|the same] {P} than {PB}[?|]",
]
F["en"]["ytd_summary"] = [
    "what's my [accumulated|cumulative|aggregate] [total|pay|earnings] {PY}[?|]",
    "how much have I [made|earned|been paid] {PY} [all together|combined|in total|][?|]",
    "[sum|total] of [all my pay|all my paychecks|everything paid to me] {PY}",
    "how much have I [received|been paid] [since the year started|so far this year|to this date][?|]",
]
F["en"]["profile_info"] = [
    "what {F} [do I have|is on file|is listed] [in my record|in the system|on my profile][?|]",
    "[check|look at|pull up] my [record|details|profile] and tell me my {F}",
    "[can you tell me|do you know] " + _WHO_EN + "'s {F}[?|]",
]
F["en"]["out_of_scope"] = {
    "countdowns": [
        "how [many days|many weeks|long] [until|till|left before] [Christmas|summer|my vacation|the long weekend|New Year][?|]",
        "how long [until|till] [the game|the wedding|my birthday|the weekend][?|]",
        "countdown to [New Year's Eve|the holidays|Friday]",
    ],
    "holiday_dates": [
        "[what day|when] is [Easter|Father's Day|Halloween|Thanksgiving|Labor Day] {PO}[?|]",
        "is [Monday|tomorrow|the 12th|Friday] a [holiday|public holiday|day off][?|]",
        "[what's today's date|what day of the week is it|what are we celebrating today][?|]",
    ],
    "whereabouts": [
        "where [is|'s] the [nearest pharmacy|bathroom|meeting room|parking lot][?|]",
        "where [can I park|do I leave my bike|can I eat] [near the office|today|][?|]",
        "I [don't remember|forgot] where I [parked|left my jacket|put the receipt]",
    ],
    "money_other": [
        "why was I charged {A} [on my card|on the electric bill|at the gym][?|]",
        "how much [is my mortgage|does my car insurance cost|is the power bill] {PO}[?|]",
        "my [transfer|payment|wire] to my [sister|mom|landlord] [didn't arrive|bounced|is late], [what do I do|why][?|]",
    ],
}
