"""Compositional template families (round 2, added on top of templates.py).

A family here is one question FRAME crossed with one OBJECT GROUP: `<O>` in a frame is replaced by
the alternation of the group (`[a|b|c]`), so held-out families are unseen frame × object-group
combinations (frames and objects may each be seen elsewhere): this measures composition, not recall.
Frames without `<O>` give one family each. Politeness, prefixes/suffixes and noise are added by
generate.py as for every family.

Rule for entity consistency (the NER is trained on the same rows): entity words are only written
through slots ({P} {PO} {PF} {PY} {PB} {M} {D} {F} {A}); literal text never contains a deduction
surface (retención, cotizaciones, withholding…), a profile-field word (puesto, área, cargo…) or
a month name.

(Round 2. Until the rounds became data this was `corpus/compose.py` (tables `C`, `OOS_EXTRA`, function
`families`); it is wired in `rounds/__init__.py`: no OOS prefix, split rng seed + 3, `tasks_requests` held
out whole.)
"""
from __future__ import annotations

from ..families import by_language, expand_frames

C = {"es": {}, "en": {}}

# ------------------------------------------------------------------------------------ Spanish
C["es"]["net_pay"] = (
    [["mi sueldo neto", "mi salario neto", "el neto", "mi neto", "lo que cobré limpio"],
     ["el líquido", "el importe líquido", "lo que me llegó a la cuenta", "lo que me ingresaron", "el neto a percibir"]],
    ["¿[cuánto|cuanto] [fue|era|es] <O> {P}?",
     "[dime|decime|dígame|muéstrame|enséñame|quiero saber|necesito saber] <O> {P}",
     "[consulta|consultar|ver|revisar|checar] <O> {PO}",
     "¿me [dices|podés decir|puedes decir|podrías decir|podrías indicar] <O> {P}?",
     "<O> {P}, [por favor|porfa|xfa]",
     "¿[a cuánto|a cuanto] [ascendió|asciende|llegó] <O> {P}?",
     "¿[qué|que] [cantidad|importe|monto] [neto|líquido|limpio] [cobré|recibí|me pagaron|me dieron] {P}?",
     "¿[con cuánto|con cuanto] me [quedé|quedo] [limpio|en mano|después de impuestos|tras los descuentos] {P}?",
     "¿[cuánto|cuanto] [me pagaron|cobré|recibí] [ya descontado todo|descontando impuestos|quitando los descuentos|libre de impuestos] {P}?",
     "[necesito|quiero] [saber|conocer|confirmar] [cuánto|cuanto] [me entró|ingresé|cobré|me cayó] [limpio|neto|en la cuenta] {P}"],
)
C["es"]["gross_pay"] = (
    [["mi salario bruto", "mi sueldo bruto", "el bruto", "mi bruto"],
     ["mi sueldo base", "mi salario base", "el total devengado", "mi remuneración bruta"]],
    ["¿[cuánto|cuanto] [es|fue|era] <O> {PO}?",
     "[dime|decime|muéstrame|quiero saber|necesito saber|consultar] <O> {PO}",
     "¿me [dices|podés decir|puedes decir|confirmas|recuerdas] <O> {PO}?",
     "¿[a cuánto|a cuanto] [asciende|ascendió|llega] <O> {PO}?",
     "¿[cuánto|cuanto] [gano|cobro|gané|cobré] [antes de impuestos|antes de descuentos|sin quitar nada|en bruto|brutos] {PO}?",
     "¿[qué|que] [sueldo|salario] [bruto|base] tengo [asignado|según contrato|ahora|actualmente|]?",
     "¿[cuánto|cuanto] [me pagan|gano|cobro] [al mes|al año|anualmente|por mes] [sin descuentos|antes de deducciones|en bruto]?",
     "<O> {PO} [por favor|porfa|]",
     "¿[sigue siendo|es todavía|cambió] <O> {PO}?"],
)
C["es"]["deductions"] = (
    [["las deducciones", "los descuentos", "mis deducciones"],
     ["lo que me quitaron", "lo que me descontaron", "lo que me restaron"]],
    ["[muéstrame|dime|decime|quiero ver|enséñame|detállame] <O> {P}",
     "¿[cuáles|cuales|qué|que] [fueron|son] <O> {PO}?",
     "¿[cuánto|cuanto] [sumaron|suman|fueron|dieron] <O> {P}?",
     "¿[cuánto|cuanto] [me quitaron|me descontaron|me restaron|se llevó] [de|por|en concepto de] {D} {PO}?",
     "[descuento|cargo|importe] de {D} {P}",
     "¿[cuánto|cuanto] [fue|es] [el descuento|el cargo|el aporte|lo] de {D} {PO}?",
     "¿[qué|que] [impuestos|cargas|conceptos] me [aplicaron|cobraron|descontaron] {P}?",
     "¿[cuánto|cuanto] [dinero|plata|lana] se [fue|me fue] en [impuestos|descuentos|{D}] {PO}?",
     "{D} [descontado|pagado|aplicado] {P}",
     "[explícame|detalla|desglosa] <O> de {DOC} {PO}"],
)
C["es"]["payment_date"] = (
    [["la nómina", "el sueldo", "mi salario", "el pago"],
     ["el depósito", "la transferencia", "mi paga", "el ingreso de la nómina"]],
    ["¿[cuándo|cuando|qué día|que dia|en qué fecha] [llega|cae|se paga|se ingresa|entra] <O> {PF}?",
     "¿[cuándo|cuando|qué día|en qué fecha] [llegó|cayó|se pagó|se ingresó|entró] <O> {P}?",
     "[fecha|día] en [que|la que|el que] [llega|se paga|cae|entra] <O> {PF}",
     "¿[ya|] [llegó|cayó|entró|se hizo] <O> {PO}?",
     "¿para [cuándo|cuando] [está|estará|va a estar] <O> {PF}?",
     "¿[qué|que] día [cobro|me pagan|cobramos|depositan|nos pagan] {PF}?",
     "¿[cuánto|cuanto] falta para que [llegue|caiga|entre|se pague] <O>?",
     "¿[me pueden decir|sabes|me dices] [cuándo|cuando|qué día] [llega|cae|entra] <O> {PF}?"],
)
C["es"]["pay_comparison"] = (
    [["mi nómina", "mi sueldo", "mi neto"], ["mi salario", "lo que cobré", "mi pago"]],
    ["[compara|compárame|contrasta|pon lado a lado] <O> [de|del] {PB} con [la|el|lo] de {PB}",
     "¿[qué|que] diferencia hay entre <O> [de|del] {PB} y [la|el|lo] de {PB}?",
     "¿[por qué|por que|xq|pq] <O> [es|fue|salió|vino] [más bajo|más alto|menor|mayor|diferente|distinto] {P}?",
     "¿[subió|bajó|aumentó|disminuyó|cambió] <O> {P} [respecto a|frente a|en comparación con] {PB}?",
     "[comparativa|comparación|variación|diferencia] de <O>: {PB} [vs|contra|frente a] {PB}",
     "¿[cuánto|cuanto] [más|menos] [cobré|gané|me pagaron] {P} [que|comparado con|frente a] {PB}?",
     "¿[es|fue] <O> {P} [igual|más alto|más bajo|mayor|menor] que [el|la|lo] de {PB}?",
     "[explícame|dime|decime] [por qué|xq] [cambió|varió|bajó|subió] <O> {PO}",
     "¿[cómo|como] [evolucionó|varió|cambió] <O> entre {PB} y {PB}?"],
)
C["es"]["ytd_summary"] = (
    [["lo que llevo cobrado", "lo que he ganado", "lo que he cobrado"],
     ["mis ingresos acumulados", "el acumulado", "el total cobrado"]],
    ["[dime|muéstrame|quiero ver|enséñame|dame] <O> {PY}",
     "¿[cuánto|cuanto] [es|suma|da] <O> {PY}?",
     "¿[cuánto|cuanto] [he cobrado|he ganado|llevo cobrado|he recibido] [en total|sumando todo|entre todas las nóminas] {PY}?",
     "[total|suma|acumulado] de [mis nóminas|mis sueldos|mis pagos|lo cobrado] {PY}",
     "¿[cuánto|cuanto] [llevo|voy] [ganado|cobrado|ingresado] [en lo que va de año|hasta hoy|este ejercicio|hasta la fecha]?",
     "[resumen|balance|totales] [del año|anual|del ejercicio] [de mi sueldo|de mis nóminas|] {PY}",
     "¿[cuánto|cuanto] [bruto|neto] [llevo|acumulo|tengo acumulado] {PY}?",
     "[suma|súmame|calcula] [todas mis nóminas|todo lo cobrado|mis sueldos] {PY}"],
)
C["es"]["payslip_summary"] = (
    [["{DOC}"], ["el resumen de {DOC}", "el detalle de {DOC}", "el desglose de {DOC}"]],
    ["[muéstrame|enséñame|ábreme|abrime|pásame|mándame|descárgame] <O> {P}",
     "¿[puedo ver|me dejas ver|se puede ver|dónde descargo|cómo descargo] <O> {P}?",
     "[necesito|quiero|quisiera|me gustaría ver] <O> {P}",
     "[ver|consultar|revisar|abrir|descargar|imprimir] <O> {P}",
     "¿[está|ya está|sigue] disponible <O> {P}?",
     "[un resumen|una vista general|un vistazo|el pdf] de {DOC} {P}",
     "¿[cómo|como] [es|fue|quedó] <O> {P}?",
     "[todo|todos los datos|la info completa|toda la información] de {DOC} {P}"],
)
C["es"]["profile_info"] = (
    [],
    ["¿[me dices|me recuerdas|me confirmas|me podrías decir|sabes] [cuál es|] mi {F}?",
     "[quiero|necesito|quisiera] [saber|consultar|confirmar|revisar] mi {F}",
     "¿[qué|que] {F} [tengo|figura|aparece|consta] [en mi ficha|en el sistema|en RRHH|]?",
     "¿[cuál|cual] [es|fue] mi {F} [actual|oficial|registrada|]?",
     "[mostrar|ver|consultar] [mi|la] {F}",
     "¿[hace cuánto|hace cuanto|desde cuándo|desde cuando] [trabajo|estoy|formo parte de la plantilla] [en la empresa|aquí|acá|con ustedes]?",
     "¿[en qué|en que] {F:department} [estoy|trabajo|me tienen asignado|figuro]?",
     "¿[qué|que] {F:position} [ocupo|tengo asignado|desempeño]?",
     "[mis datos laborales|mi ficha de empleado|mi perfil de empleado|mis datos de RRHH]"],
)
C["es"]["greeting"] = ([], [
    "[hola|buenas|buen día|buenas tardes|buenas noches], [asistente|bot|amigo|equipo|qué tal todo|¿cómo va todo?]",
    "[muy buenas|buenas buenas|holis|hola qué tal|qué hay|buenass]",
    "[buenos días|buenas tardes|buenas noches] [a todos|por aquí|desde la oficina|]",
    "[hola|hey|ey|buenas], [¿hay alguien?|¿estás ahí?|¿me lees?|¿funciona esto?]"])
C["es"]["goodbye"] = ([], [
    "[bueno|listo|vale], [eso sería todo|ya no necesito nada más|me despido|hasta la vista]",
    "[me despido|me retiro|me desconecto|chau chau|adiosito|bye bye]",
    "[nos vemos|hasta luego|hasta mañana] [entonces|pues|!|]"])
C["es"]["thanks"] = ([], [
    "[gracias|muchas gracias] [por todo|por tu tiempo|por la paciencia|por resolverlo]",
    "[genial|perfecto|buenísimo|súper], [te lo agradezco|se agradece|muy amable]",
    "[gracias|grcias|graciass|mil gracias] [!|!!|:)|🙏]"])
C["es"]["help"] = ([], [
    "¿[qué|que] [preguntas|consultas|cosas] [puedo hacerte|te puedo hacer|admites|sabes responder]?",
    "[necesito|quiero] [saber|entender] [qué|que] [puedes hacer|haces|ofreces]",
    "¿[cómo|como] [te pregunto|funciona el asistente|empiezo|uso el chat]?",
    "[muéstrame|dime|enséñame] [las opciones|lo que puedes hacer|tus funciones|el menú]"])

# ------------------------------------------------------------------------------------ English
C["en"]["net_pay"] = (
    [["my net pay", "my net salary", "my take-home pay", "my take home"],
     ["the net amount", "what I took home", "what hit my account", "my net income"]],
    ["what [was|is] <O> {P}?",
     "[tell me|show me|give me|I need|I'd like to know|can you tell me] <O> {P}",
     "[check|see|look up] <O> {PO}",
     "how much [did I take home|did I actually get|landed in my account|did I receive after tax|was deposited to me] {P}?",
     "<O> {P} [please|pls|]",
     "how much [money |]did I [net|clear|pocket] {P}?",
     "what did I [get paid|receive] [after taxes|after deductions|net|in hand] {P}?",
     "[could|can] you [tell me|check] how much I [took home|netted|got after deductions] {P}?"],
)
C["en"]["gross_pay"] = (
    [["my gross pay", "my gross salary", "my gross"], ["my base salary", "my base pay", "my salary before tax", "my pre-tax pay"]],
    ["what [is|was] <O> {PO}?",
     "[tell me|show me|give me|I'd like to know|can you tell me] <O> {PO}",
     "how much [do I make|did I make|do I earn|did I earn] [before taxes|before deductions|gross|pre-tax] {PO}?",
     "what's my [annual|yearly|monthly] [salary|pay] [before tax|gross|]?",
     "how much [am I paid|do they pay me] [per year|a month|annually] [before deductions|gross|on paper]?",
     "<O> {PO} [please|pls|]",
     "[check|confirm|verify] <O> {PO}",
     "[is|was] <O> still {A}?"],
)
C["en"]["deductions"] = (
    [["my deductions", "the deductions", "my payroll deductions"], ["what was taken out", "what they took out", "what came off my pay"]],
    ["[show me|list|tell me|give me|break down] <O> {P}",
     "what [were|are] <O> {PO}?",
     "how much [was|were] <O> {P}?",
     "how much {D} [was taken out|did they take out|got taken out|came out] {PO}?",
     "how much did I [pay|contribute] [in|to|for] {D} {PO}?",
     "{D} [deducted|taken out|paid|charged] {P}",
     "what [taxes|charges|amounts] [were applied|came off|did they deduct] {P}?",
     "how much [money |]went to {D} {PO}?",
     "why [is|was] {D} so high {PO}?",
     "[explain|itemize] <O> on {DOC} {PO}"],
)
C["en"]["payment_date"] = (
    [["my salary", "my paycheck", "my pay"], ["the deposit", "the transfer", "payroll", "my wages"]],
    ["when [will|does] <O> [arrive|land|come in|hit my account] {PF}?",
     "when was <O> [paid|deposited|sent|transferred] {P}?",
     "what [day|date] [will|does] <O> [arrive|come in|hit my account|go out] {PF}?",
     "[has|did] <O> [come in|arrive|land|go through] [yet|already|] {PO}?",
     "how [many days|long] until <O> [comes in|lands|arrives|is paid]?",
     "what date do we get paid {PF}?",
     "which day [is payday|do I get paid|are we paid] {PF}?",
     "[do you know|can you tell me] when <O> [arrives|comes in|is paid] {PF}?"],
)
C["en"]["pay_comparison"] = (
    [["my pay", "my net pay", "my paycheck"], ["my salary", "my take-home", "what I got paid"]],
    ["[compare|contrast|put side by side] <O> [for|in|from] {PB} [with|against|to] {PB}",
     "what's the difference between <O> [in|for] {PB} and {PB}?",
     "why [is|was] <O> [lower|higher|smaller|bigger|different] {P} [than|compared to|vs] {PB}?",
     "[did|has] <O> [go up|go down|change|drop|increase] {P} [compared to|versus|from] {PB}?",
     "how much [more|less] did I [get|make|take home] {P} [than|vs|compared to] {PB}?",
     "{PB} [vs|versus|compared to|against] {PB} [pay|net pay|paycheck|salary]",
     "[explain|tell me] why <O> [changed|dropped|went up|went down] {PO}",
     "[is|was] <O> {P} [the same as|higher than|lower than] {PB}?",
     "how did <O> [change|evolve|move] between {PB} and {PB}?"],
)
C["en"]["ytd_summary"] = (
    [["my year-to-date earnings", "my YTD pay", "my ytd totals"], ["my total earnings", "my cumulative pay", "everything I've earned"]],
    ["[show me|tell me|give me|what are] <O> {PY}",
     "how much [have I earned|have I made|have I been paid|did I earn in total|did I make altogether] {PY}?",
     "[total|sum of|cumulative] [pay|earnings|income|net pay|gross pay] {PY}",
     "how much [money |]have I [made|earned|taken home] [so far|to date|this year|year to date]?",
     "[what's|what is] my [total|cumulative|year to date|ytd] [gross|net|pay|income] {PY}?",
     "add up [all my paychecks|my payslips|everything I was paid] {PY}",
     "[annual|yearly] [summary|totals|overview] [of my pay|of my earnings|] {PY}"],
)
C["en"]["payslip_summary"] = (
    [["{DOC}"], ["a summary of {DOC}", "the details of {DOC}", "the breakdown of {DOC}"]],
    ["[show me|open|pull up|send me|download|get me] <O> {P}",
     "[can|could] I [see|view|get|download] <O> {P}?",
     "[I need|I want|I'd like] <O> {P}",
     "[view|check|open|print|download] <O> {P}",
     "is <O> {P} [available|ready|up|out] [yet|already|]?",
     "[an overview|a quick look|a summary|the pdf] of {DOC} {P}",
     "what does <O> {P} [say|show|look like]?",
     "[everything|all the info|all the details] [on|in|from] {DOC} {P}"],
)
C["en"]["profile_info"] = (
    [],
    ["[can you|could you] [tell me|remind me|confirm] my {F}?",
     "[I'd like to|I need to|I want to] [know|check|confirm|verify] my {F}",
     "what {F} [do I have|am I listed with|is on my record|is in the system]?",
     "[show|display|look up] my {F} [on file|in HR|in the system|]",
     "how long have I [been here|worked here|been with the company|been employed here]?",
     "which {F:department} [am I in|do I belong to|do I work in|am I assigned to]?",
     "when [was I hired|did I start|did I join|did I get hired] [here|at the company|]?",
     "[my employee profile|my HR record|my employee record|my work details]"],
)
C["en"]["greeting"] = ([], [
    "[good morning|good afternoon|good evening|morning|evening], [bot|assistant|there|everyone|team]",
    "[hiya|howdy|yo|sup|what's up|heya|hi hi]",
    "[hello|hi|hey], [is anyone there?|are you there?|can you hear me?|anybody home?]",
    "[hey|hi|hello] [how's it going|how are you doing|how's your day|what's new]?"])
C["en"]["goodbye"] = ([], [
    "[that's all|that's everything|I'm done|nothing else], [bye|goodbye|see you|take care]",
    "[gotta go|I have to go|I'm leaving|signing off|logging off][, bye|, see ya|]",
    "[see you later|see ya|catch you later|talk to you later|talk soon|later|ttyl|cya]",
    "[have a good one|have a nice day|have a great weekend][, bye|]"])
C["en"]["thanks"] = ([], [
    "[thanks|thank you|many thanks|thanks a lot|thanks so much|thx|ty|tysm] [for the help|for your help|for that|for the info]",
    "[great|perfect|awesome|cool|nice|got it], [thanks|thank you|cheers|appreciate it]",
    "[much appreciated|appreciate it|I appreciate it|you're a lifesaver|you rock]"])
C["en"]["help"] = ([], [
    "what [can|could] I ask [you|here|this bot]?",
    "what [are you able to|can you|do you] do?",
    "[show me|list|tell me] [your features|the options|what you can do|the commands]",
    "what [kind of|type of|sorts of] [questions|things|requests] [can you answer|do you handle|do you support]?"])

# ------------------------------------------------------------------ out of scope (new domains)
# near-misses: money, work and pay talk that is not the employee's own payroll.
OOS_EXTRA = {
    "money_near_miss": {
        "es": ["¿[cómo|como] [abro|cierro] una cuenta [bancaria|en el banco|de ahorro][?|]",
               "¿a [cuánto|cuanto] está el [dólar|euro|cambio del peso] [hoy|ahora|][?|]",
               "¿[cómo|como] pido un [préstamo|crédito|aumento de límite de tarjeta][?|]",
               "¿[conviene|vale la pena] [invertir en bolsa|comprar bitcoin|un plan de ahorro|una hipoteca fija][?|]",
               "[quiero|necesito] pagar [la luz|el alquiler|la tarjeta|una multa]",
               "¿[cuánto|cuanto] cuesta [una niñera|un abogado|un alquiler en Madrid|un coche nuevo][?|]",
               "¿[cómo|como] negocio [un aumento|mi sueldo en una entrevista|una subida salarial][?|]"],
        "en": ["how do I [open|close] a [bank account|savings account|checking account][?|]",
               "what's the [dollar|euro|exchange rate] [today|right now|][?|]",
               "how do I [apply for|get] a [loan|credit card|mortgage][?|]",
               "is it [worth|a good idea] [investing in stocks|buying bitcoin|refinancing my mortgage][?|]",
               "I [want|need] to pay [my electricity bill|the rent|my credit card|a parking ticket]",
               "how much does [a nanny|a lawyer|a new car|rent in Boston] cost[?|]",
               "how do I [negotiate a raise|ask for a raise|negotiate salary in an interview][?|]"],
    },
    "workplace_non_payroll": {
        "es": ["¿[dónde|donde] [está|queda] [la sala de reuniones|el comedor|la oficina de Madrid|el parking][?|]",
               "[resérvame|reserva] una sala [para las 10|mañana|para el lunes]",
               "¿[cuál|cual] es la [contraseña|clave] del [wifi|portal|correo][?|]",
               "[no me funciona|se me rompió|no arranca] [el portátil|la impresora|el correo|la VPN]",
               "¿[cuándo|cuando] es la [cena de empresa|reunión general|fiesta de navidad][?|]"],
        "en": ["where is [the meeting room|the cafeteria|the Madrid office|parking][?|]",
               "[book me|reserve] a room [for 10am|tomorrow|for Monday]",
               "what's the [password|login] for [the wifi|the portal|email][?|]",
               "[my laptop|the printer|email|the VPN] [isn't working|is broken|won't start]",
               "when is the [company dinner|all-hands meeting|holiday party][?|]"],
    },
    "tasks_requests": {
        "es": ["[escríbeme|redacta|hazme] un [correo|email|mensaje] para [mi jefe|un cliente|mi casero]",
               "[resume|resúmeme] este [texto|artículo|documento]",
               "[pon|ponme] música [relajante|de los 80|de salsa]",
               "[llama|llámame] a [mi madre|un taxi|la pizzería]",
               "[recuérdame|apunta que tengo que] [comprar pan|ir al médico|llamar a Juan] [mañana|el viernes|]"],
        "en": ["[write|draft] an [email|message|note] to [my boss|a client|my landlord]",
               "[summarize|sum up] this [text|article|document]",
               "play [some relaxing music|80s music|jazz]",
               "call [my mom|a taxi|the pizza place]",
               "remind me to [buy bread|see the doctor|call John] [tomorrow|on Friday|]"],
    },
}

# the round's table in the shape of every round: one family per frame × object group, OOS domains by language
F = {lang: {**{intent: expand_frames(groups, frames) for intent, (groups, frames) in C[lang].items()},
            "out_of_scope": by_language(OOS_EXTRA)[lang]} for lang in C}
