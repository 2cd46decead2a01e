"""Out-of-scope material: domain template families (es/en), near-misses about pay in
general (not the employee's own payroll), and sentences from Debian's fortunes packages."""
from __future__ import annotations

import glob
import os
import re

# family name -> {"es": [templates], "en": [templates]}
OOS = {
    "weather": {
        "es": ["¿[qué|que] tiempo [hará|hace|va a hacer] [mañana|hoy|el fin de semana|esta tarde] en [Madrid|Buenos Aires|Monterrey|Sevilla|Bogotá|CDMX|Valencia|Rosario]?",
               "¿va a llover [mañana|hoy|esta noche|el sábado][?|]", "[pronóstico|clima|temperatura] [de mañana|para hoy|en Guadalajara|en Bilbao]"],
        "en": ["what's the weather [like|going to be] [tomorrow|today|this weekend] in [London|Boston|Madrid|Chicago|Seattle][?|]",
               "will it rain [tomorrow|today|tonight|on Saturday][?|]", "[forecast|temperature|weather] [for tomorrow|today|in Denver]"],
    },
    "travel": {
        "es": ["[reserva|resérvame|busca|búscame] un [vuelo|hotel|tren|billete] [a|para] [Barcelona|Cancún|París|Lima|Roma|Mendoza]",
               "¿[cuánto cuesta|cuánto sale] un [vuelo|billete de avión|pasaje] a [Nueva York|Londres|Tokio|Miami][?|]",
               "[necesito|quiero] [alquilar un coche|rentar un carro|un taxi|un Uber] [para mañana|al aeropuerto|]"],
        "en": ["[book|find|get] me a [flight|hotel|train ticket|room] to [Paris|Tokyo|Barcelona|Rome|Cancun]",
               "how much [is|does] a [flight|ticket|plane ticket] to [New York|London|Lisbon] [cost|][?|]",
               "I need [to rent a car|a taxi|an Uber|a ride] [to the airport|tomorrow|tonight]"],
    },
    "cooking": {
        "es": ["[recomiéndame|dame|pásame] una receta de [paella|tortilla de patatas|tacos al pastor|empanadas|lentejas|gazpacho]",
               "¿[cómo|como] se [hace|prepara|cocina] [el guacamole|una pizza|el arroz|un flan|el asado][?|]",
               "¿[qué|que] [hago|puedo hacer|preparo] de [cena|comida|postre] [hoy|esta noche|]?"],
        "en": ["[give me|recommend|suggest] a recipe for [lasagna|pancakes|chili|banana bread|curry]",
               "how do I [make|cook|bake] [a cake|pasta|rice|cookies|a steak][?|]",
               "what should I [cook|make|eat] for [dinner|lunch|breakfast] [tonight|today|][?|]"],
    },
    "sports": {
        "es": ["¿[quién|quien] ganó el [partido|clásico|derbi|mundial|superclásico] [ayer|anoche|el domingo|]?",
               "¿a [qué|que] hora juega [el Madrid|el Barça|Boca|River|el América|la selección][?|]",
               "[resultados|resultado|marcador] [de la liga|del fútbol|de la Champions|de la NBA] [de hoy|de ayer|]"],
        "en": ["who won the [game|match|Super Bowl|World Series|final] [last night|yesterday|on Sunday|][?|]",
               "when [do|does] [the Lakers|the Yankees|Manchester United|the Patriots] play [next|tonight|][?|]",
               "[scores|score|results] [of the game|for the NBA|for the Premier League] [today|last night|]"],
    },
    "jokes": {
        "es": ["[cuéntame|contame|dime|decime] un chiste", "[hazme reír|dime algo gracioso|cuéntame algo divertido]",
               "¿[sabes|te sabes] algún chiste [bueno|de programadores|de Jaimito|]?"],
        "en": ["tell me a joke", "[make me laugh|say something funny|tell me something funny]",
               "do you know any [good|funny|dad|programming] jokes[?|]"],
    },
    "trivia": {
        "es": ["¿[cuál|cual] es la capital de [Australia|Canadá|Perú|Noruega|Mongolia][?|]",
               "¿[quién|quien] [escribió|pintó|inventó|descubrió] [el Quijote|la Gioconda|la bombilla|América|la penicilina][?|]",
               "¿[cuántos|cuantos] [habitantes tiene|kilómetros mide|años tiene] [México|el Amazonas|la Tierra|España][?|]"],
        "en": ["what's the capital of [Australia|Canada|Peru|Norway|Mongolia][?|]",
               "who [wrote|painted|invented|discovered] [Hamlet|the Mona Lisa|the telephone|penicillin][?|]",
               "how [tall is|old is|big is|far is] [Mount Everest|the universe|the moon|Texas][?|]"],
    },
    "tech_support": {
        "es": ["mi [portátil|ordenador|computadora|compu|impresora|móvil|celular] no [enciende|funciona|arranca|imprime]",
               "¿[cómo|como] [reseteo|cambio|recupero] mi contraseña del [wifi|correo|Windows|Outlook][?|]",
               "no me [funciona|anda|carga] [el correo|la VPN|Teams|el Excel|internet]"],
        "en": ["my [laptop|computer|printer|phone|monitor] [won't turn on|is not working|keeps crashing|won't print][, can you help|]",
               "how do I [reset|change|recover] my [wifi|email|Windows|VPN] password[?|]",
               "[the VPN|Outlook|Teams|the printer|my keyboard] [is down|doesn't work|keeps freezing]"],
    },
    "music_movies": {
        "es": ["[pon|ponme|reproduce] [música|una canción de Shakira|reggaetón|algo de rock|la radio]",
               "[recomiéndame|dime] una [película|serie|peli|canción] [de miedo|de acción|para ver hoy|]",
               "¿[quién|quien] canta [esta canción|Despacito|La Bamba][?|]"],
        "en": ["[play|put on] [some music|a song by Taylor Swift|jazz|something relaxing]",
               "[recommend|suggest] a [movie|series|show|song|podcast] [to watch tonight|for the weekend|]",
               "who sings [this song|Bohemian Rhapsody|Yesterday][?|]"],
    },
    "math": {
        "es": ["¿[cuánto es|cuanto es|calcula] [15 por 23|la raíz cuadrada de 144|el 20% de 350|2 más 2][?|]",
               "[resuelve|ayúdame con] [esta ecuación|este problema de matemáticas|una integral]",
               "¿[cuántos|cuantos] [centímetros|gramos|litros] hay en [un metro|un kilo|un galón][?|]"],
        "en": ["what is [15 times 23|the square root of 144|20% of 350|2 plus 2][?|]",
               "[solve|help me with] [this equation|my math homework|an integral]",
               "how many [inches|ounces|cups|feet] [are in|in] a [foot|pound|gallon|mile][?|]"],
    },
    "shopping": {
        "es": ["[quiero comprar|cómprame|busca|búscame] [unas zapatillas|un móvil nuevo|un regalo|una tele|un sofá]",
               "¿[dónde|donde] [puedo comprar|venden|consigo] [un iPhone barato|ropa de segunda mano|muebles][?|]",
               "¿[a qué hora|cuándo] [cierra|abre] el [supermercado|centro comercial|Mercadona|Oxxo][?|]"],
        "en": ["[I want to buy|order me|find me|buy] [new sneakers|a phone|a gift for my mom|a TV|a couch]",
               "where can I [buy|find|get] [cheap headphones|a used car|furniture][?|]",
               "what time does [the supermarket|the mall|Walmart|Target] [close|open][?|]"],
    },
    "health": {
        "es": ["me duele [la cabeza|la espalda|el estómago|la muela], ¿[qué tomo|qué hago]?",
               "[pide|pídeme|reserva] cita con el [médico|dentista|dermatólogo|fisio]",
               "¿[es bueno|es malo] [tomar café|correr todos los días|dormir poco][?|]"],
        "en": ["I have a [headache|backache|sore throat|fever], what should I [take|do][?|]",
               "[book|make] an appointment with [the doctor|a dentist|my therapist]",
               "is it [bad|good|healthy] to [drink coffee|run every day|sleep late][?|]"],
    },
    "news_politics": {
        "es": ["[¿qué hay de nuevo|últimas noticias|noticias de hoy|titulares] [en España|en Argentina|del mundo|]",
               "¿[quién|quien] [ganó las elecciones|es el presidente de Francia|es el alcalde de Madrid][?|]",
               "[qué opinas de|dime algo sobre] [la política|el gobierno|las elecciones|la guerra]"],
        "en": ["[what's in the news|latest news|today's headlines|news] [today|in the US|worldwide|]",
               "who [won the election|is the president of France|is the mayor of London][?|]",
               "what do you think about [politics|the government|the election|climate change][?|]"],
    },
    "translation_language": {
        "es": ["¿[cómo|como] se dice [mariposa|ordenador|buenos días|te quiero] en [inglés|francés|alemán|japonés][?|]",
               "[traduce|tradúceme] [esta frase|este texto|'hello world'] al [inglés|portugués|italiano]",
               "¿[qué|que] significa [la palabra|] [serendipia|efímero|procrastinar][?|]"],
        "en": ["how do you say [butterfly|good morning|I love you|computer] in [Spanish|French|German|Japanese][?|]",
               "[translate|can you translate] [this sentence|this text|'hola amigo'] [to|into] [Spanish|Portuguese|Italian]",
               "what does [the word|] [serendipity|ephemeral|procrastinate] mean[?|]"],
    },
    "programming": {
        "es": ["¿[cómo|como] [hago|escribo|ordeno] [un bucle for|una lista|un diccionario] en [Python|JavaScript|C#|Java][?|]",
               "[escríbeme|hazme] un [script|programa|código] [que ordene números|en Python|para un CSV]",
               "tengo un error de [compilación|null pointer|sintaxis] en mi código"],
        "en": ["how do I [write|sort|reverse] [a for loop|a list|a string] in [Python|JavaScript|C#|Rust][?|]",
               "[write me|generate] a [script|program|function] [that sorts numbers|in Python|to parse JSON]",
               "I'm getting a [compile error|null reference exception|syntax error] in my code"],
    },
    "personal_finance": {
        "es": ["¿[cuál|cual] es el saldo de mi [cuenta bancaria|tarjeta de crédito|cuenta corriente][?|]",
               "[hazme|haz] una transferencia de [100 euros|500 pesos|dinero] a [mi madre|Juan|mi cuenta de ahorro]",
               "¿[me conviene|es buena idea] [pedir una hipoteca|invertir en bitcoin|comprar acciones de Tesla][?|]",
               "¿a cuánto está el [dólar|euro|bitcoin] [hoy|ahora|]?"],
        "en": ["what's my [bank account|credit card|checking account] balance[?|]",
               "[send|transfer] [$100|50 euros|money] to [my mom|John|my savings account]",
               "should I [get a mortgage|invest in bitcoin|buy Tesla stock|refinance my loan][?|]",
               "what's the [dollar|euro|bitcoin] exchange rate [today|right now|][?|]"],
    },
    "general_tax_law": {
        "es": ["¿[cuándo|cuando] [empieza|termina] la [campaña de la renta|declaración anual|declaración de impuestos] [este año|]?",
               "¿[cómo|como] [hago|presento] la declaración de la renta[?|]",
               "¿[cuántos|cuantos] días de [vacaciones|permiso de paternidad|baja por maternidad] [da la ley|marca la ley|corresponden por ley][?|]"],
        "en": ["when is the [tax filing deadline|deadline to file taxes|tax return due] [this year|][?|]",
               "how do I [file|submit] my tax return[?|]",
               "how many [vacation days|weeks of parental leave|sick days] does the law [give|require][?|]"],
    },
    "salary_market_near_miss": {
        "es": ["¿[cuánto|cuanto] gana un [ingeniero|médico|profesor|programador|enfermero|abogado] en [Alemania|España|México|Argentina|Suiza|Chile][?|]",
               "¿[cuál|cual] es el salario mínimo en [España|México|Argentina|Colombia|Francia] [en 2025|este año|][?|]",
               "¿[cuánto|cuanto] cobra un [futbolista|presidente|diputado|youtuber|piloto] [al mes|al año|]?",
               "¿[cuál|cual] es el sueldo medio [en España|de un informático|en Madrid|en Latinoamérica][?|]",
               "¿[cuánto|cuanto] gana [Messi|Elon Musk|Shakira|el presidente del gobierno][ al año| al mes|]?",
               "[sueldo|salario] promedio de un [camarero|arquitecto|contador|diseñador] en [Barcelona|Monterrey|Córdoba]",
               "¿[qué|que] carreras [pagan mejor|tienen mejor sueldo][?|]"],
        "en": ["how much does a [software engineer|nurse|teacher|doctor|lawyer|pilot] make in [Germany|Spain|Texas|Canada|the UK][?|]",
               "what is the minimum wage in [Spain|Mexico|California|the US|France] [in 2025|this year|][?|]",
               "what's the average salary [for a data scientist|in London|of a plumber|in tech][?|]",
               "how much does [Elon Musk|LeBron James|Taylor Swift|the president] earn[ a year| per month|][?|]",
               "which [jobs|careers|degrees] pay the most[?|]", "average [salary|pay] of a [waiter|architect|accountant] in [Boston|Chicago|Madrid]",
               "is [100k|$80,000|a six figure salary] a good salary in [New York|Austin|San Francisco][?|]"],
    },
    "hr_non_payroll": {
        "es": ["¿[cuántos|cuantos] días de vacaciones me quedan[?|]", "[quiero|necesito] pedir [vacaciones|un día libre|una excusa médica] [para el viernes|la semana que viene|]",
               "¿[cuál|cual] es el [menú del comedor|horario de la oficina|wifi de la oficina] [hoy|]?",
               "[busco|quiero] [trabajo|empleo|otro trabajo] [de programador|en Madrid|remoto]"],
        "en": ["how many vacation days do I have left[?|]", "I [want|need] to request [time off|a day off|PTO] [for Friday|next week|]",
               "what's [the cafeteria menu|the office wifi password|the office schedule] [today|][?|]",
               "[find me|I'm looking for] a [new job|remote job|job as a developer]"],
    },
    "chitchat_personal": {
        "es": ["¿[cuántos años tienes|de dónde eres|tienes novia|eres humano|te gusta el fútbol][?|]",
               "[estoy aburrido|tengo sueño|estoy cansado|tengo hambre|me siento solo]",
               "¿[cuál|cual] es [tu color favorito|el sentido de la vida|tu comida favorita][?|]",
               "[cántame una canción|escribe un poema|dime un refrán|cuéntame un cuento]"],
        "en": ["[how old are you|where are you from|are you human|do you have feelings|do you like music][?|]",
               "[I'm bored|I'm tired|I'm hungry|I feel lonely|I can't sleep]",
               "what's [your favorite color|the meaning of life|your favorite food][?|]",
               "[sing me a song|write a poem|tell me a story|tell me a riddle]"],
    },
    "home_pets_cars": {
        "es": ["¿[qué|que] [come|necesita] un [gato|perro|hámster|loro][?|]", "mi coche hace un ruido raro, ¿[qué|que] puede ser?",
               "¿[cómo|como] [quito|limpio] una mancha de [vino|aceite|café] [de la alfombra|del sofá|de la camisa][?|]",
               "[recomiéndame|dime] [plantas de interior|un taller mecánico|un veterinario] [cerca|en mi zona|]"],
        "en": ["what do [cats|dogs|hamsters|parrots] [eat|need][?|]", "my car is making a weird noise, what could it be[?|]",
               "how do I [remove|clean] a [wine|grease|coffee] stain [from the carpet|from a shirt|][?|]",
               "[recommend|suggest] [some indoor plants|a mechanic|a vet] [near me|nearby|]"],
    },
    "education_misc": {
        "es": ["[explícame|explica] [la fotosíntesis|la relatividad|la revolución francesa|el teorema de Pitágoras]",
               "[ayúdame con|hazme] [los deberes|un resumen del libro|mi tarea de historia]",
               "¿[qué|que] [hora es|día es hoy|fecha es hoy][?|]", "[pon|ponme] una alarma [a las 7|para mañana|en 10 minutos]"],
        "en": ["explain [photosynthesis|relativity|the French revolution|the Pythagorean theorem]",
               "help me with [my homework|a book report|my history essay]",
               "what [time is it|day is it today|is today's date][?|]", "set an alarm [for 7am|for tomorrow|in 10 minutes]"],
    },
    "gibberish": {
        "es": ["[asdf|qwerty|jajaja|jeje|xd|ok|mmm|eh|...|???|nada|prueba|test|hmm|ajá|sí|no|quizás]",
               "[asdfgh jkl|blablabla|sdfsdf|lalala|123456|aaa|ññññ]"],
        "en": ["[lol|haha|ok|hmm|test|testing|...|???|yes|no|maybe|k|whatever|nvm]",
               "[asdf jkl|blah blah|qwerty|zzz|12345|aaaa|lorem ipsum]"],
    },
}

PAY_WORDS = re.compile(
    r"n[oó]mina|salari|sueld|pag[oa]|cobr|impuest|irpf|dinero|plata|sueldo|ganar|gana|dinero|banco|"
    r"payroll|salary|wage|pay|paid|tax|income|earn|money|cash|dollar|bonus|cheque|check|hola|hello|"
    r"gracias|thank|bye|adi[oó]s|help|ayuda", re.I)


def fortunes(lang, rng, limit):
    """Sentences from Debian fortunes (en: /usr/share/games/fortunes/*, es: .../es/*), filtered:
    single-paragraph, 3-30 words, no attribution lines, no pay/greeting words. Returns
    [(family, sentence)] with family = 'fortune-<file>'."""
    base = "/usr/share/games/fortunes"
    files = sorted(glob.glob(os.path.join(base, "es", "*.fortunes")) if lang == "es" else
                   [f for f in glob.glob(os.path.join(base, "*")) if os.path.isfile(f) and "." not in os.path.basename(f)])
    out = []
    for f in files:
        try:
            raw = open(f, encoding="utf-8", errors="strict").read()
        except (UnicodeDecodeError, OSError):
            continue
        fam = "fortune-" + os.path.basename(f).split(".")[0]
        for chunk in raw.split("\n%\n"):
            lines = [l.strip() for l in chunk.strip().split("\n") if l.strip()]
            lines = [l for l in lines if not l.startswith("--") and not l.startswith("—")]
            if not lines or len(lines) > 3:
                continue
            s = " ".join(lines)
            s = re.sub(r"\s+", " ", s).strip(" \"'")
            n = len(s.split())
            if n < 3 or n > 30 or len(s) > 180 or PAY_WORDS.search(s) or re.search(r"[\t<>|@#_]", s):
                continue
            if not re.match(r"^[\w¿¡\"'(]", s):
                continue
            out.append((fam, s))
    rng.shuffle(out)
    return out[:limit]


def used_resources():
    res = []
    if os.path.isdir("/usr/share/games/fortunes/es"):
        res.append("fortunes-es")
    if os.path.exists("/usr/share/games/fortunes/fortunes"):
        res.append("fortunes")
    if os.path.exists("/usr/share/dict/spanish"):
        res.append("wspanish")
    if os.path.exists("/usr/share/dict/american-english"):
        res.append("wamerican")
    return res
