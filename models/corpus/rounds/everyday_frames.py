"""Round-5 families (CPU fine-tune, no GPU lent), on top of templates.py and the earlier rounds.

The round-4 model still generalised worst where a held-out family used *everyday verbs* for an
intent that training only showed with its textbook nouns ("how much came in", "what salary does X
get", "dime tus funciones", "is anyone there"). This round widens every intent with colloquial and
indirect frames (requests, statements of need, complaints, questions about a document rather than an
amount) in both languages and adds out-of-scope domains where payroll words appear in talk that is
not a question about the employee's own pay (banking, the company's other services, emotions and
opinions about work, general knowledge).

Same syntax and entity rule as compositional.py. Held-out split: own rng (seed + 9, 20% per intent and
language) plus the whole OOS domain `r5_science_nature`; every earlier held-out family and domain
stays held out (reported as "held-out families r5"; the round-4 held-out sentences are kept as
`valid_r4.jsonl`).

(Until the rounds became data this was `corpus/compose4.py`, table `F4`; it is wired in `rounds/__init__.py` as
round 5: OOS prefix `r5_`, split rng seed + 9, `science_nature` held out whole.)
"""
from __future__ import annotations

F = {"es": {}, "en": {}}

# ------------------------------------------------------------------------------------ Spanish
F["es"]["greeting"] = [
    "[hola|buenas|buenos días|buenas tardes|buenas noches] [a todos|equipo|bot|asistente|]",
    "¿[hay alguien|hay alguien ahí|me lees|me escuchas|estás ahí|sigues ahí]?",
    "[qué onda|qué tal|cómo va|qué pasa|cómo andás|qué hubo|quiubo|qué cuentas]",
    "[hola|hey|ey|buenas] [otra vez|de nuevo|], [¿cómo estás?|¿qué tal?|¿cómo te va?]",
    "[saludos|un saludo|muy buenas] [desde Madrid|desde la oficina|desde México|a todos|]",
]
F["es"]["goodbye"] = [
    "[me voy|me tengo que ir|ya me voy|me piro], [adiós|chao|hasta luego|nos vemos]",
    "[eso es todo|nada más|ya está|listo], [adiós|hasta otra|chau|hasta luego]",
    "[hablamos|nos hablamos|nos vemos|seguimos] [mañana|luego|otro día|pronto|la semana que viene]",
    "[cierro|termino|dejo] [la conversación|el chat|esto] [por hoy|aquí|ya]",
    "[que tengas|que pases] [un buen día|buena tarde|buen finde|buena noche]",
]
F["es"]["thanks"] = [
    "[te lo agradezco|se agradece|muy amable|qué amable] [mucho|de verdad|de corazón|]",
    "[genial|perfecto|estupendo|buenísimo|de lujo], [gracias|muchas gracias|mil gracias]",
    "[me has ayudado mucho|me sirvió mucho|me salvaste|me aclaraste todo], gracias",
    "[gracias por|te agradezco] [la info|la información|la ayuda|responder tan rápido|tu tiempo]",
]
F["es"]["help"] = [
    "¿[para qué sirves|para qué estás|qué sabes hacer|qué funciones tienes|qué haces]?",
    "[dime|enséñame|muéstrame|explícame] [qué puedo preguntarte|qué puedes hacer|cómo funcionas|las opciones|lo que sabes hacer]",
    "[no sé cómo funciona esto|no sé qué preguntarte|¿cómo te uso?|¿cómo funciona esto?|¿cómo se usa esto?]",
    "[ayuda|ayúdame|necesito ayuda|socorro|una ayudita] [por favor|con esto|que no me aclaro|]",
    "¿[qué tipo de|qué] [preguntas|consultas|cosas] [puedo hacerte|respondes|contestas|resuelves]?",
]
F["es"]["payslip_summary"] = [
    "[quiero ver|enséñame|mándame|ábreme|necesito|búscame] {DOC} {PO}",
    "¿[me das|me pasas|me puedes dar|me enseñas] el [detalle|desglose] de {DOC} {PO}?",
    "[resumen|desglose completo|detalle|todo lo] de {DOC} {PO}",
    "¿[qué|que] [trae|incluye|viene en|aparece en] {DOC} {P}?",
    "[descarga|bájame|imprime|exporta] {DOC} {PO}",
    "[no encuentro|he perdido|no me llegó] {DOC} {PO}, ¿me la [enseñas|muestras|pasas]?",
]
F["es"]["net_pay"] = [
    "¿[cuánto|cuanto] [me entró|me llegó|me cayó|entró] en [la cuenta|el banco|mi cuenta] {P}?",
    "¿[con cuánto|con cuanto] me [quedé|quedo] [limpio|libre|al final|después de impuestos] {PO}?",
    "[lo que me llegó|lo que me quedó|lo que cobré al final] {P}",
    "¿[cuánta plata|cuánta lana|cuánta pasta|cuánto dinero] [me llegó|me cayó|recibí] {P}?",
    "[necesito saber|quiero saber] [cuánto me ingresaron|lo que me depositaron|mi neto] {PO}",
    "¿[cuál fue|cuál es] [la cantidad|el importe|el monto] [que me ingresaron|que me depositaron|que recibí] {P}?",
]
F["es"]["gross_pay"] = [
    "¿[cuánto|cuanto] [gano|cobro] [antes de impuestos|sin descuentos|en bruto|de base]?",
    "[mi salario|mi sueldo] [anual|bruto anual|base|de convenio] [cuál es|cuánto es|]",
    "¿[de cuánto|de cuanto] es mi [sueldo|salario] [bruto|base|antes de descuentos] {PO}?",
    "[necesito|quiero] [saber|confirmar] mi [bruto|salario bruto|sueldo base] [para el banco|para un préstamo|para el alquiler|]",
    "¿[cuánto|cuanto] [pone|figura|aparece] como [bruto|salario base|devengado] {P}?",
]
F["es"]["deductions"] = [
    "¿[cuánto|cuanto] [se llevó|se quedó|me quitó] [Hacienda|el SAT|el fisco] {PO}?",
    "¿[por qué|porque|xq] me [quitan|descuentan|retienen] tanto {PO}?",
    "[lo que me quitaron|lo que me descontaron|lo que me retuvieron] {P}",
    "¿[cuánto|cuanto] [pagué|pago] de {D} [al mes|{P}]?",
    "[ver|quiero ver|enséñame] [los descuentos|las deducciones] {PO}",
]
F["es"]["payment_date"] = [
    "¿[para cuándo|para cuando|pa cuando] [el sueldo|la nómina|el pago|el depósito] {PF}?",
    "¿[hoy|mañana|esta semana|este viernes] [pagan|cobramos|depositan|cae la nómina]?",
    "[todavía no|aún no] me [han pagado|ha llegado la nómina|depositaron], ¿[cuándo|cuando] [llega|será]?",
    "¿[qué día|que dia|cuándo] [entra|llega|se ingresa] [la nómina|el sueldo|el dinero] {PF}?",
    "[necesito saber|dime] [el día|la fecha] [en que|que] [cobro|me pagan|me depositan] {PF}",
]
F["es"]["pay_comparison"] = [
    "¿[por qué|porque|xq] {P} [cobré|me pagaron|me llegó] [distinto|otra cantidad|menos|más]?",
    "[no entiendo|no me cuadra|me extraña] [la diferencia|el cambio|la bajada|la subida] [de mi nómina|del sueldo|] {PO}",
    "¿[ha cambiado|cambió|varió] mi [sueldo|neto|nómina] [respecto a|desde|frente a] {PB}?",
    "[pon|ponme|muéstrame] [lado a lado|juntas|en paralelo] [la nómina|el neto|el sueldo] de {PB} y {PB}",
    "¿[cobro|gano] [igual|lo mismo|más|menos] que {PB}?",
]
F["es"]["ytd_summary"] = [
    "¿[cuánto|cuanto] [llevo|he] [ganado|cobrado|recibido] [en total|en suma|acumulado] {PY}?",
    "[el acumulado|el total acumulado|lo acumulado|el resumen anual] {PY}",
    "¿[cuánto|cuanto] [me han pagado|me han ingresado|he ingresado] {PY}?",
    "[suma|súmame|total de] [todas mis nóminas|lo que cobré|mis pagos] {PY}",
    "[necesito|quiero] el [total|acumulado] [del año|anual] [para la declaración|para Hacienda|para el banco|]",
]
F["es"]["profile_info"] = [
    "¿[desde cuándo|desde cuando] [trabajo aquí|estoy en la empresa|estoy contratado]?",
    "¿[cuál es|qué es] mi {F} [en la empresa|aquí|]?",
    "[mis datos|mi ficha|mi perfil] [de empleado|laboral|]",
    "¿[cuántos años|cuánto tiempo] [llevo|tengo] [en la empresa|trabajando aquí]?",
    "¿[a qué|en qué] [{F:department}|equipo] [pertenezco|estoy asignado]?",
]
F["es"]["out_of_scope"] = {
    "banking_other": [
        "¿[cuál es|cuánto hay en] el saldo de mi [tarjeta|cuenta de ahorro|tarjeta de crédito]?",
        "[quiero|necesito] [pedir|solicitar] un [préstamo|crédito|adelanto al banco] de {A}",
        "¿[cómo|dónde] [cambio|actualizo|pongo] mi [pin|contraseña del banco|tarjeta]?",
        "¿[qué|cuánto] interés [da|cobra] [el banco|mi hipoteca|un plazo fijo]?",
        "[me cobraron|me han cobrado] una comisión [de {A}|] en el [cajero|banco]",
    ],
    "company_services": [
        "¿[cuál es|me das] la [contraseña del wifi|clave del wifi|dirección de la oficina]?",
        "[reserva|resérvame|quiero reservar] una sala [para mañana|a las diez|para la reunión|]",
        "¿[qué hay|qué dan] de [comer|menú] en [el comedor|la cafetería] [hoy|mañana|]?",
        "¿[dónde|cómo] [aparco|se aparca|pido plaza de parking] en la oficina?",
        "[mi portátil|la impresora|el teclado|mi pantalla] no [funciona|enciende|imprime]",
    ],
    "feelings_opinions": [
        "[estoy|me siento] [cansado|aburrido|agobiado|triste|contento] [hoy|con el trabajo|]",
        "¿[cuál es tu|tienes] [color|comida|película] favorit[o|a]?",
        "[odio|me encantan|no soporto] los lunes",
        "¿[eres|sos] [una persona|un robot|humano|real]?",
        "[mi jefe|mi compañero|la oficina] me [cae mal|estresa|aburre]",
    ],
    "science_nature": [
        "¿[por qué|porque] el cielo es azul?",
        "¿[cuántos|cuantos] [planetas|huesos|países] hay [en el sistema solar|en el cuerpo humano|en el mundo]?",
        "¿[cómo|por qué] [llueve|nieva|hay terremotos|cambian las estaciones]?",
        "¿[qué|cuál] es el animal más [rápido|grande|longevo] del mundo?",
        "¿a cuántos grados [hierve|se congela] el agua?",
    ],
}

# ------------------------------------------------------------------------------------ English
F["en"]["greeting"] = [
    "[good morning|good afternoon|good evening|morning|evening] [everyone|bot|assistant|there|]",
    "[anyone|anybody|somebody|is anyone] [there|here|around|awake|online][?|]",
    "[what's up|sup|how's it going|how are things|howdy|yo|what's good]",
    "[hi|hello|hey] [again|once more|], [how are you?|how's it going?|how have you been?]",
    "[greetings|hiya|hey hey|hi hi] [from London|from the office|everyone|]",
]
F["en"]["goodbye"] = [
    "[I have to go|gotta go|I'm off|I'm leaving now|heading out], [bye|see you|later|goodbye]",
    "[that's all|that's it|nothing else|I'm done], [bye|goodbye|see ya|take care]",
    "[talk|speak|chat] [to you|with you|] [later|tomorrow|soon|next week]",
    "[ending|closing|leaving] [the chat|this conversation|here] [now|for today|]",
    "[have a good|have a nice|enjoy your] [day|evening|weekend|night]",
]
F["en"]["thanks"] = [
    "[I appreciate it|much appreciated|appreciate the help|that's very kind of you|I owe you one]",
    "[great|perfect|awesome|brilliant|excellent], [thanks|thank you|thx|cheers] [a lot|so much|]",
    "[you've been|you were] [very helpful|a great help|super helpful|a lifesaver][, thanks|]",
    "[thanks|thank you] for [the info|the help|answering so fast|your time|sorting that out]",
]
F["en"]["help"] = [
    "what [are you for|do you do|are your features|can you help me with|are you able to do][?|]",
    "[show|tell] me [what I can ask|your options|the menu|what you can do|your commands]",
    "how [do I use this|does this work|do I use you|should I ask you things][?|]",
    "[help|help me|I need help|I'm lost|I'm stuck][ please| here|]",
    "what [kind of|sort of|] [questions|things|stuff] [can I ask|do you answer|can you handle][?|]",
]
F["en"]["payslip_summary"] = [
    "[I want to see|let me see|open|pull up|bring up|find] {DOC} {PO}",
    "[can I|could I] [get|have|see] {DOC} {PO}[?|]",
    "[summary|full breakdown|overview|details|everything] [of|on] {DOC} {PO}",
    "what['s| is] on {DOC} {P}[?|]",
    "[download|print|export|email me] {DOC} {PO}",
    "I [can't find|lost|never got] {DOC} {PO}, can you show it[?|]",
]
F["en"]["net_pay"] = [
    "how much [hit my account|went into my account|landed in my bank|did I actually get] {P}[?|]",
    "what did I [end up with|clear|actually receive|walk away with] {PO}[?|]",
    "[the amount|what] [I actually got|that was deposited|that hit my bank] {P}",
    "how much money [did I get|came through|was sent to me] {P}[?|]",
    "I [need|want] to know [my take-home|how much was deposited|what I netted] {PO}",
    "what was [the amount|the deposit|my payout] {P}[?|]",
]
F["en"]["gross_pay"] = [
    "how much do I [earn|make] [before tax|before taxes|before deductions|gross][?|]",
    "my [annual|yearly|base|contract] [salary|pay][, what is it|?|]",
    "what is my [salary|pay] [before deductions|pre-tax] {PO}[?|]",
    "I [need|want] to [know|confirm] my [gross|gross salary|base pay] [for the bank|for a loan|for my lease|]",
    "what [does|did] {DOC} [show|list|say] as [gross|base salary|total earnings] {P}[?|]",
]
F["en"]["deductions"] = [
    "how much did [the IRS|the government|the taxman] take {PO}[?|]",
    "why [are they taking|do they take|is so much taken] [so much|out of my pay] {PO}[?|]",
    "[what got taken out|what was withheld|what they took] {P}",
    "how much [did I pay|do I pay] in {D} [a month|{P}][?|]",
    "[show me|let me see|list] [my deductions|what was deducted] {PO}",
]
F["en"]["payment_date"] = [
    "[is payday|do we get paid|is the deposit] [today|tomorrow|this week|this Friday][?|]",
    "I [still haven't been paid|haven't got my salary yet|didn't get my paycheck], when [will it come|is it coming][?|]",
    "[what day|which date|when] [does|will] [my salary|the money|my pay] [come in|go in|arrive] {PF}[?|]",
    "[tell me|I need to know] the date [I get paid|my pay arrives|of my next deposit] {PF}",
    "by when [will I be paid|does payroll run|do I get my money] {PF}[?|]",
]
F["en"]["pay_comparison"] = [
    "why did I get [a different amount|less|more] {P}[?|]",
    "[I don't get|I don't understand|I'm confused about] [the difference|the change|the drop|the increase] in my pay {PO}",
    "has my [salary|net pay|paycheck] changed [since|compared to|from] {PB}[?|]",
    "[put|show] {PB} and {PB} side by side",
    "am I [getting|earning|making] [the same as|more than|less than] {PB}[?|]",
]
F["en"]["ytd_summary"] = [
    "how much have I [earned|made|been paid|received] [in total|altogether|overall] {PY}[?|]",
    "[my cumulative|my total|the annual] [earnings|pay|income] {PY}",
    "how much [have I been paid|has been deposited] {PY}[?|]",
    "[add up|sum up|total] [all my paychecks|everything I got paid|my payments] {PY}",
    "I [need|want] the [yearly total|year-to-date total|annual total] [for my taxes|for the bank|for my records|]",
]
F["en"]["profile_info"] = [
    "since when [have I worked here|am I employed here|have I been with the company][?|]",
    "what [is my|'s my] {F} [here|at the company|][?|]",
    "[my employee details|my profile|my HR record|my employee record]",
    "how [many years|long] have I been [at the company|working here|employed][?|]",
    "[which|what] [team|{F:department}] [do I belong to|am I assigned to|am I on][?|]",
]
F["en"]["out_of_scope"] = {
    "banking_other": [
        "what's the balance on my [credit card|savings account|debit card][?|]",
        "I [want|need] to [apply for|get] a [loan|mortgage|credit line] of {A}",
        "how do I [change|reset|update] my [bank PIN|card PIN|online banking password][?|]",
        "what interest [does the bank pay|is on my mortgage|does a savings account give][?|]",
        "the [ATM|bank] charged me a fee [of {A}|]",
    ],
    "company_services": [
        "what's the [wifi password|office address|reception phone number][?|]",
        "[book|reserve] a meeting room [for tomorrow|at ten|for the standup|]",
        "what's [for lunch|on the menu] in the [cafeteria|canteen] [today|tomorrow|][?|]",
        "where [can I park|do I get a parking spot] at the office[?|]",
        "[my laptop|the printer|my keyboard|my monitor] [isn't working|won't turn on|won't print]",
    ],
    "feelings_opinions": [
        "I['m| am] [tired|bored|stressed|sad|happy] [today|with work|]",
        "what's your favorite [color|food|movie|song][?|]",
        "I [hate|love|can't stand] Mondays",
        "are you [a person|a robot|human|real][?|]",
        "[my boss|my coworker|the office] [annoys me|stresses me out|bores me]",
    ],
    "science_nature": [
        "why is the sky blue[?|]",
        "how many [planets|bones|countries] are there [in the solar system|in the human body|in the world][?|]",
        "[how|why] does it [rain|snow|thunder][?|]",
        "what is the [fastest|biggest|longest-living] animal in the world[?|]",
        "at what temperature does water [boil|freeze][?|]",
    ],
}
