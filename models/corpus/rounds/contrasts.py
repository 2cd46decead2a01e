"""Contrast families (round 3), added on top of templates.py and compositional.py.

Aimed at the confusions left by the previous models, without copying any evaluation sentence:
comparison vs single-period questions (two periods, "why less/more", "what changed"), payment
DATE vs payment AMOUNT ("when", "what day", "has it arrived"), a named deduction vs the net
("how much did X take", "what went to X"), greetings vs goodbyes vs thanks (short forms, with
names/emoji/time of day), help requests phrased as questions about the assistant, and
out-of-scope near-misses (proverbs, everyday requests, date/time questions, questions about
the bot, money/work talk that is not the user's own payroll).

Same syntax and the same entity rule as compositional.py (entity words only through slots). Held-out
split: these families get their own rng (seed + 5, 20% per intent/language), plus the whole
OOS domain `everyday_requests`; the held-out families of the earlier corpora stay held out.

(Until the rounds became data this was `corpus/compose2.py`, table `F2`; it is wired in `rounds/__init__.py` as
round 3: OOS prefix `r3_`, split rng seed + 5, `everyday_requests` held out whole.)
"""
from __future__ import annotations

F = {"es": {}, "en": {}}

# ------------------------------------------------------------------------------------ Spanish
F["es"]["pay_comparison"] = [
    "¿[por qué|por que|xq|pq] [cobré|me pagaron|me ingresaron|recibí] [menos|más|mas|distinto] {P}?",
    "¿[por qué|xq|pq] [esta vez|ahora|últimamente] [cobré|me pagaron|me llegó] [menos|más|otra cantidad] que [antes|la vez anterior|el otro mes]?",
    "[me pagaron|cobré|me llegó] [menos|más] {P} [que|que en] {PB}, ¿[por qué|qué pasó|a qué se debe]?",
    "¿[a qué se debe|qué explica|cuál es el motivo de] la [diferencia|bajada|subida|variación] [de mi sueldo|de mi nómina|del neto|en mi pago] {PO}?",
    "[quiero|necesito|me gustaría] [comparar|contrastar|ver la diferencia entre] {PB} y {PB}",
    "[pon|ponme|muéstrame] {PB} [al lado de|junto a|frente a|y] {PB}",
    "¿[en qué|en que] se [diferencian|distinguen] [mis nóminas|mis recibos|mis pagos] [de|del] {PB} y [de|del] {PB}?",
    "¿[gané|cobré|recibí] [igual|lo mismo|más|menos] {P} que {PB}?",
    "[no entiendo|no me cuadra|no me explico] [por qué|xq] [cobré|me pagaron] [menos|más|distinto] {PO}",
    "¿[qué|que] [cambió|varió|es distinto] en mi [nómina|sueldo|recibo] {P} [respecto a|con respecto a|frente a|comparado con] {PB}?",
    "[comparar|comparación|comparativa] [nóminas|sueldos|pagos|recibos] {PB} [y|vs|con] {PB}",
    "¿[cuánta|cuanta] diferencia hay [entre lo que cobré|entre mi sueldo] {P} y {PB}?",
    "[mi sueldo|mi neto|la nómina] [bajó|subió|cambió] {P}, ¿[por qué|xq|cómo es eso]?",
]
F["es"]["payment_date"] = [
    "¿[qué|que] día [me depositan|me ingresan|me pagan|pagan|llega el pago] {PF}?",
    "¿[cuándo|cuando] [se cobra|cobramos|se deposita|se ingresa] {PF}?",
    "¿[en qué|en que] fecha [me pagaron|cobré|se pagó|se depositó] {P}?",
    "¿[ya me pagaron|ya cobré|ya se pagó|ya depositaron] {P}?",
    "¿[ya|] [salió|se hizo|entró] el [pago|depósito|ingreso] {PO}?",
    "[dime|decime|necesito saber|quiero saber] [cuándo|cuando|qué día] [me pagan|cobro|me depositan|me pagaron] {PO}",
    "¿[cuál|cual] es [la fecha de pago|el día de pago|la fecha de depósito|el día de cobro] {PO}?",
    "¿[me pagan|pagan|depositan] [a principios|a finales|a mitad|el último día|el primer día] de mes?",
    "¿[qué|que] día [cae|es] [el cobro|el pago|la paga|el depósito] {PF}?",
    "¿[para cuándo|para cuando] [está previsto|está programado|se espera] el [pago|depósito|ingreso] {PF}?",
    "¿[hoy|mañana|esta semana|el viernes] [pagan|cobramos|nos pagan|depositan]?",
]
F["es"]["deductions"] = [
    "¿[cuánto|cuanto] [se llevó|me quitó|me descontó|me retuvo] {D} {PO}?",
    "¿[cuánto|cuanto] [fue|es|era] {D} {P}?",
    "¿[cuánto|cuanto] [pagué|pago|aporté|aporto|cotizo|cotice] [en|de|por|para] {D}?",
    "¿[qué|que] [porcentaje|parte|cantidad] [se va|se fue|me quitan] [en|de|para] {D} {PO}?",
    "[importe|monto|cantidad|total] [de|del] {D} {P}",
    "{D} [de|del] {PB}",
    "[quiero|necesito] [saber|ver|revisar] [cuánto|cuanto] [me descontaron|me retuvieron|pagué] [de|por] {D} {PO}",
    "¿[me|] [descontaron|retuvieron|cobraron|aplicaron] {D} {P}?",
    "¿[por qué|xq|pq] [me retienen|me descuentan|me cobran] [tanto|tan poco|más|menos] [de|por] {D}?",
    "¿[cuánto|cuanto] [me descuentan|me quitan|me retienen] [en total|en descuentos|de impuestos|entre todo] {PO}?",
    "¿[qué|que] [conceptos|descuentos|cargos] [aparecen|salen|figuran] en {DOC} {PO}?",
]
F["es"]["net_pay"] = [
    "¿[cuánto|cuanto] [cobré|cobre|me pagaron|me pagan|cobro] {P}?",
    "¿[cuánto|cuanto] [dinero|plata|lana|pasta] [cobré|me pagaron|recibí] {P}?",
    "¿[cuánto|cuanto] [me llegó|me entró|me cayó|me depositaron] [en la cuenta|al banco|a la cuenta|] {P}?",
    "[lo que cobré|lo que me pagaron|lo que recibí] {P}",
    "¿[cuánto|cuanto] [fue|es] [mi paga|mi pago|lo que cobré] {P}?",
]
F["es"]["payslip_summary"] = [
    "[quiero|necesito|dame|pásame] {DOC} {P} [completa|completo|entera|en pdf|]",
    "[la nómina|el recibo|mi nómina|mi recibo] [más reciente|última|] [completa|completo|entera|por favor]",
    "¿[me enseñas|me mostrás|me enseñás|me pasas] {DOC} {P}?",
    "[revisa|revisá|mira|chequea] {DOC} {P}",
]
F["es"]["ytd_summary"] = [
    "¿[cuánto|cuanto] [gané|cobré|ingresé] [en todo el año|en el año|durante el año] {PY}?",
    "[total de lo que|todo lo que] [gané|cobré|he cobrado|he ganado] {PY}",
    "[suma|total] [anual|del año] {PY}",
    "¿[cuánto|cuanto] [dinero|plata] [gané|saqué|cobré] [en total|en conjunto|sumando todo] {PY}?",
]
F["es"]["profile_info"] = [
    "¿[cuál|cual] es mi {F} [en la empresa|aquí|acá|]?",
    "¿[me puedes|podés|puedes] [decir|indicar|confirmar] mi {F}?",
    "¿[sabes|sabés] [cuál es|] mi {F}?",
]
F["es"]["gross_pay"] = [
    "¿[cuánto|cuanto] [es|era|fue] mi [salario|sueldo] [bruto|base] {PO}?",
    "¿[cuánto|cuanto] [gano|cobro] [en bruto|bruto|de base] [al mes|al año|anual|mensual|]?",
]
F["es"]["greeting"] = [
    "[hola|buenas|buenos días|buenas tardes], [qué tal|cómo estás|cómo va|todo bien][?|!|]",
    "[hola|buenas|holaa|ola] [!|!!|:)|👋|😊|]",
    "[holi|holaaa|buenass|buen día|hola hola] [a todos|equipo|gente|]",
    "[hola|buenas], [aquí|acá] [de nuevo|otra vez|estoy]",
    "[buenas tardes|buenos días|buenas noches] [,|] [asistente|ChatNomina|bot]",
]
F["es"]["goodbye"] = [
    "[adiós|adios|chao|chau|hasta luego|hasta pronto] [!|!!|👋|:)|]",
    "[bueno|vale|ok|listo|perfecto], [me voy|me piro|me desconecto|cierro|hasta mañana]",
    "[hasta luego|hasta mañana|nos vemos|chao], [que vaya bien|buen finde|buen fin de semana|buena jornada|cuídate]",
    "[ya está|nada más|eso es todo|listo], [hasta luego|adiós|chao|gracias y adiós]",
    "[buenas noches|que descanses|hasta la próxima], [adiós|chao|bye|]",
]
F["es"]["thanks"] = [
    "[gracias|muchas gracias|mil gracias|muchísimas gracias] [!|!!|🙏|:)|]",
    "[ok|vale|perfecto|genial|entendido], [gracias|muchas gracias|mil gracias] [por la info|por todo|por la ayuda|]",
    "[te lo agradezco|muy agradecido|muy agradecida|agradecido|agradecida] [mucho|de verdad|]",
    "[gracias|muchas gracias], [me has ayudado mucho|me sirvió|era lo que necesitaba|justo lo que buscaba]",
]
F["es"]["help"] = [
    "¿[qué|que] [cosas|preguntas|consultas] [me puedes responder|me podés responder|puedo hacerte|me contestas]?",
    "¿[qué|que] [sabes|sabés|puedes|podés] [hacer|responder|contestar] [tú|vos|]?",
    "¿[en qué|en que|con qué|con que] [me ayudas|me podés ayudar|me puedes ayudar|puedes ayudarme]?",
    "¿[para qué|para que] [estás|existes|te crearon|sirves]?",
    "[no sé|no se] [cómo|como] [usar esto|funciona esto|preguntarte], ¿[me ayudas|me explicas]?",
    "[ayuda|ayuda por favor|necesito ayuda con el chat|ayudame con esto]",
]
F["es"]["out_of_scope"] = {
    "proverbs_sayings": [
        "[más vale pájaro en mano que ciento volando|a quien madruga Dios le ayuda|no por mucho madrugar amanece más temprano|en casa de herrero, cuchillo de palo|al mal tiempo, buena cara]",
        "[dime con quién andas y te diré quién eres|camarón que se duerme se lo lleva la corriente|ojos que no ven, corazón que no siente|perro ladrador, poco mordedor|cada loco con su tema]",
        "[la vida es bella|todo pasa por algo|mañana será otro día|el tiempo lo cura todo|lo bueno se hace esperar|hoy es un gran día]",
        "[no hay mal que por bien no venga|a caballo regalado no se le mira el diente|el que busca encuentra|quien ríe último ríe mejor]",
    ],
    "everyday_requests": [
        "¿[qué|que] [hora es|día es hoy|fecha es hoy|día es mañana][?|]",
        "¿[cuántos días|cuánto] [faltan|falta] para [navidad|mi cumpleaños|las vacaciones|el verano|el fin de semana][?|]",
        "[pon|ponme|programa] [una alarma|un temporizador|un recordatorio] [a las 8|para mañana|en 5 minutos]",
        "¿[dónde|donde] [hay|queda] [una farmacia|un cajero|un restaurante|una gasolinera] [cerca|por aquí][?|]",
        "[abre|abrime|ábreme] [Spotify|YouTube|el navegador|WhatsApp|la calculadora]",
        "¿[cómo|como] [llego|voy] a [la estación|el aeropuerto|el centro][?|]",
    ],
    "about_bot": [
        "¿[quién|quien] te [creó|hizo|programó|entrenó][?|]",
        "¿[cómo|como] te llamas[?|]",
        "¿[eres|sos] [una inteligencia artificial|una persona|real|ChatGPT|humano][?|]",
        "[me caes bien|eres muy listo|eres tonto|no me entiendes|eres un robot]",
        "¿[tienes|tenés] [sentimientos|amigos|familia|hambre][?|]",
    ],
    "money_other": [
        "¿[cuánto|cuanto] [cuesta|vale|sale] [un café|una casa|la gasolina|el alquiler|un móvil nuevo][?|]",
        "¿[cómo|como] [ahorro|invierto|gano] más [dinero|plata|lana][?|]",
        "¿[cuánto|cuanto] [gana|cobra] [un médico|un futbolista|un profesor|un programador] [en España|en México|en Argentina|][?|]",
        "¿[cuándo|cuando] [pagan|cobran] [los autónomos|la beca|las ayudas|el bono social][?|]",
        "¿[cómo|como] [hago|presento|relleno] la declaración de impuestos[?|]",
        "[quiero|necesito] [un préstamo|una tarjeta de crédito|abrir una cuenta|cambiar dólares]",
    ],
    "work_other": [
        "¿[cuántos días de vacaciones|cuántas vacaciones] me quedan[?|]",
        "[quiero|necesito] [pedir|solicitar] [vacaciones|un día libre|una baja|teletrabajo]",
        "¿[cuál|cual] es el [horario|calendario laboral|protocolo] de [la oficina|la empresa|verano][?|]",
        "[necesito|quiero] [un certificado de empresa|cambiar de turno|hablar con RRHH|un justificante de asistencia]",
    ],
}

# ------------------------------------------------------------------------------------ English
F["en"]["pay_comparison"] = [
    "why did I [get|receive|take home|get paid] [less|more|a different amount] {P}[?|]",
    "why [is|was] my pay [lower|higher|different|smaller|bigger] [this time|now|lately] than [before|last time|usual][?|]",
    "I [got|was paid|received] [less|more] {P} than {PB}, [why|what happened|how come][?|]",
    "what [explains|caused|is behind] the [difference|drop|increase|change] in my [pay|paycheck|net pay] {PO}[?|]",
    "[I want to|I'd like to|I need to] [compare|contrast|see the difference between] {PB} and {PB}",
    "[put|show] {PB} [next to|side by side with|against|and] {PB}",
    "how [do|did] my [payslips|paychecks|pay stubs] [for|from] {PB} and {PB} differ[?|]",
    "did I [earn|get|make] [the same|more|less] {P} as {PB}[?|]",
    "[I don't understand|I can't figure out|no idea] why I [got|was paid|received] [less|more|a different amount] {PO}",
    "what [changed|was different] in my [pay|payslip|paycheck] {P} [compared to|versus|relative to] {PB}[?|]",
    "[compare|comparison of|diff] [payslips|paychecks|pay] {PB} [and|vs|with] {PB}",
    "how big [is|was] the difference between my pay {P} and {PB}[?|]",
    "my [pay|paycheck|net pay] [dropped|went up|changed|fell] {P}, [why|how come|what happened][?|]",
]
F["en"]["payment_date"] = [
    "what day [do I get paid|will I be paid|does my pay arrive|is the deposit] {PF}[?|]",
    "when [are we paid|does pay go out|is the pay run|is the deposit made] {PF}[?|]",
    "[on what date|what date|which day] [was I paid|did I get paid|was my pay deposited] {P}[?|]",
    "[was I paid|did I get paid|have I been paid|did my pay go through] {P}[?|]",
    "[tell me|I need to know|I want to know] [when|what day] [I get paid|I got paid|my pay arrives] {PO}",
    "what is the [pay date|payment date|deposit date] {PO}[?|]",
    "[do we|do I] get paid at the [start|end|middle] of the month[?|]",
    "[is payday|do we get paid|is the deposit] [today|tomorrow|this week|on Friday][?|]",
    "when [should I expect|can I expect|will I see] my [pay|paycheck|salary|deposit] {PF}[?|]",
    "[payday|pay day|pay date] [when|?|please]",
]
F["en"]["deductions"] = [
    "how much did {D} [take|cost me|eat up] {PO}[?|]",
    "how much [was|is] {D} {P}[?|]",
    "how much do I [pay|contribute] [in|for|to] {D}[?|]",
    "what [percentage|share|part] of my pay goes to {D}[?|]",
    "[amount|total] [of|for] {D} {P}",
    "{D} for {PB}",
    "[I want to|I need to] [know|check|see] how much [was withheld|was deducted|I paid] for {D} {PO}",
    "[was|did they take] {D} [deducted|withheld|out] {P}[?|]",
    "why [is|was] {D} [so high|so low|higher|lower] [on my paycheck|this time|]{PO}[?|]",
    "how much [do they take out|is deducted|gets withheld] [in total|altogether|overall] {PO}[?|]",
    "what [items|deductions|charges] [show up|appear|are listed] on {DOC} {PO}[?|]",
]
F["en"]["net_pay"] = [
    "how much [did I get paid|was I paid|did I get|did I receive] {P}[?|]",
    "how much [money|cash] did I [get|receive|make] {P}[?|]",
    "how much [landed|arrived|came in] [in my account|in my bank|] {P}[?|]",
    "[what I got paid|what I received|my pay] {P}",
    "what was my [pay|paycheck|paycheck amount] {P}[?|]",
]
F["en"]["payslip_summary"] = [
    "[I want|I need|give me|send me] {DOC} {P} [in full|as a pdf|please|]",
    "[my payslip|the payslip|my pay stub] [latest|most recent|] [please|in full|]",
    "[could you|can you] [show|pull up|get] {DOC} {P} for me[?|]",
    "[go over|look at|check] {DOC} {P}",
]
F["en"]["ytd_summary"] = [
    "how much did I [earn|make|get paid] [over the whole year|during the year|for the year] {PY}[?|]",
    "[total of what|everything] I [earned|made|was paid] {PY}",
    "[annual|yearly] [total|sum] {PY}",
    "how much [money|cash] did I [make|earn|bring in] [in total|altogether|overall] {PY}[?|]",
]
F["en"]["profile_info"] = [
    "what is my {F} [at the company|here|]?",
    "[can|could] you [tell me|confirm|look up] my {F}[?|]",
    "do you know my {F}[?|]",
]
F["en"]["gross_pay"] = [
    "how much [is|was] my [gross|base] [salary|pay] {PO}[?|]",
    "how much do I [make|earn] [gross|before tax|as base] [a month|a year|per month|per year|]?",
]
F["en"]["greeting"] = [
    "[hi|hello|hey|good morning], [how are you|how's it going|what's up|all good][?|!|]",
    "[hi|hello|hey|hiya] [!|!!|:)|👋|😊|]",
    "[hi there|hello there|hey there|hey hey|heya] [everyone|team|folks|]",
    "[hi|hello], [it's me|me again|I'm back]",
    "[good morning|good afternoon|good evening] [,|] [assistant|ChatNomina|bot]",
]
F["en"]["goodbye"] = [
    "[bye|goodbye|see ya|later|cya] [!|!!|👋|:)|]",
    "[ok|okay|alright|cool|great], [I'm off|signing off|logging off|see you tomorrow]",
    "[bye|see you|later], [have a good one|have a good weekend|have a nice evening|take care]",
    "[that's it|nothing else|that's all|done], [bye|goodbye|thanks and bye|see you]",
    "[good night|night night|until next time], [bye|see ya|]",
]
F["en"]["thanks"] = [
    "[thanks|thank you|many thanks|thanks a lot] [!|!!|🙏|:)|]",
    "[ok|okay|perfect|great|got it], [thanks|thank you|thanks a lot] [for the info|for everything|for the help|]",
    "[I'm grateful|really grateful|much obliged|very kind of you] [thanks|]",
    "[thanks|thank you], [that helped a lot|that's what I needed|exactly what I was looking for]",
]
F["en"]["help"] = [
    "what [things|questions|kinds of things] can you [answer|help with|tell me about][?|]",
    "what [do you know|can you do|are you able to answer][?|]",
    "[how|with what] can you help [me|][?|]",
    "what [are you for|is this chat for|is this bot for][?|]",
    "[I don't know|not sure] how to [use this|ask you things], [can you help|can you explain][?|]",
    "[help|help please|I need help with this chat|help me out]",
]
F["en"]["out_of_scope"] = {
    "proverbs_sayings": [
        "[the early bird catches the worm|don't count your chickens before they hatch|a penny saved is a penny earned|better late than never|actions speak louder than words]",
        "[every cloud has a silver lining|when in Rome, do as the Romans do|the grass is always greener on the other side|birds of a feather flock together]",
        "[life is good|everything happens for a reason|tomorrow is another day|time heals all wounds|good things come to those who wait|today is a great day]",
        "[no pain, no gain|practice makes perfect|honesty is the best policy|curiosity killed the cat]",
    ],
    "everyday_requests": [
        "what [time is it|day is it today|is the date today|day is tomorrow][?|]",
        "how many days [until|till] [Christmas|my birthday|the holidays|summer|the weekend][?|]",
        "[set|start] [an alarm|a timer|a reminder] [for 8am|for tomorrow|for 5 minutes]",
        "where is [a pharmacy|an ATM|a restaurant|a gas station] [near me|nearby|around here][?|]",
        "[open|launch] [Spotify|YouTube|the browser|WhatsApp|the calculator]",
        "how do I get to [the station|the airport|downtown][?|]",
    ],
    "about_bot": [
        "who [made|created|built|trained] you[?|]",
        "what's your name[?|]",
        "are you [an AI|a person|real|ChatGPT|human][?|]",
        "[I like you|you're smart|you're dumb|you don't understand me|you're a robot]",
        "do you have [feelings|friends|a family|a favorite movie][?|]",
    ],
    "money_other": [
        "how much [does|is] [a coffee|a house|gas|rent|a new phone] [cost|][?|]",
        "how do I [save|invest|make] more money[?|]",
        "how much does [a doctor|a football player|a teacher|a programmer] [make|earn] [in the US|in Spain|][?|]",
        "when [do student grants arrive|is the stimulus check coming|do benefits get paid][?|]",
        "how do I [file|do|submit] my tax return[?|]",
        "I [want|need] [a loan|a credit card|to open an account|to exchange dollars]",
    ],
    "work_other": [
        "how many [vacation days|days off|PTO days] do I have left[?|]",
        "I [want|need] to [request|book|ask for] [vacation|a day off|sick leave|remote work]",
        "what are the [office hours|holiday calendar|summer hours] [at the office|in summer|][?|]",
        "I need [an employment letter|to change shifts|to talk to HR|a proof of attendance]",
    ],
}
