"""A hand-written probe set: messages typed the way employees write, by a person, not by the generator.

Neither the corpus generator nor training reads this file (train_gpu drops any row whose text is in an
evaluation set, and this one is listed there). It is small and written once (no tuning against it),
so it is a second, human-written check beside shared/eval/dev.jsonl. `python3 -m models.eval.probe`
writes `models/eval/probe.jsonl` in the evaluation format of nlu.md (message date 2026-03-15).
"""
from __future__ import annotations

from ..jsonl import write_jsonl
from ..labels import ENTITY_TYPES, INTENTS
from ..paths import PROBE

NOW = "2026-03-15"

# (lang, text, intent, [(type, text, value), ...])
CASES = [
    # greeting / goodbye / thanks / help
    ("es", "Buenas! qué tal?", "greeting", []),
    ("es", "hola hola", "greeting", []),
    ("es", "Hola, ¿hay alguien?", "greeting", []),
    ("en", "Hello!", "greeting", []),
    ("en", "good morning :)", "greeting", []),
    ("en", "hey, you there?", "greeting", []),
    ("es", "Nada más, hasta luego", "goodbye", []),
    ("es", "chao, buen finde", "goodbye", []),
    ("en", "ok that's all, bye", "goodbye", []),
    ("en", "See you tomorrow", "goodbye", []),
    ("es", "Genial, gracias!!", "thanks", []),
    ("es", "muchisimas gracias, me has ayudado", "thanks", []),
    ("en", "thank you so much", "thanks", []),
    ("en", "cheers, that helps", "thanks", []),
    ("es", "¿Para qué sirve este chat?", "help", []),
    ("es", "qué tipo de preguntas puedo hacerte", "help", []),
    ("en", "What do you do?", "help", []),
    ("en", "how does this bot work?", "help", []),
    # payslip_summary
    ("es", "Quiero mi nómina de febrero", "payslip_summary", [("MONTH", "febrero", 2)]),
    ("es", "me enseñas el recibo del mes pasado?", "payslip_summary", [("REL_PERIOD", "mes pasado", "2026-02")]),
    ("es", "Necesito el resumen de la nómina de diciembre 2025", "payslip_summary",
     [("MONTH", "diciembre", 12), ("YEAR", "2025", 2025)]),
    ("es", "mi ultima nomina", "payslip_summary", []),
    ("en", "Can you pull up my January payslip?", "payslip_summary", [("MONTH", "January", 1)]),
    ("en", "show me last month's pay slip", "payslip_summary", [("REL_PERIOD", "last month", "2026-02")]),
    ("en", "I'd like to see my most recent paystub", "payslip_summary", []),
    ("en", "payslip summary for october 2025 please", "payslip_summary",
     [("MONTH", "october", 10), ("YEAR", "2025", 2025)]),
    # net_pay
    ("es", "¿Cuánto me pagaron en enero?", "net_pay", [("MONTH", "enero", 1)]),
    ("es", "cuanto cobre limpio el mes pasado", "net_pay", [("REL_PERIOD", "mes pasado", "2026-02")]),
    ("es", "¿Qué neto tuve en noviembre de 2025?", "net_pay", [("MONTH", "noviembre", 11), ("YEAR", "2025", 2025)]),
    ("es", "¿cuánto me depositaron este mes?", "net_pay", [("REL_PERIOD", "este mes", "2026-03")]),
    ("en", "What did I take home in February?", "net_pay", [("MONTH", "February", 2)]),
    ("en", "how much was deposited into my account last month", "net_pay", [("REL_PERIOD", "last month", "2026-02")]),
    ("en", "net pay for december 2025?", "net_pay", [("MONTH", "december", 12), ("YEAR", "2025", 2025)]),
    ("en", "What was my take-home pay in January?", "net_pay", [("MONTH", "January", 1)]),
    # gross_pay
    ("es", "¿Cuánto gano en bruto al año?", "gross_pay", []),
    ("es", "dime mi salario base", "gross_pay", []),
    ("es", "¿Cuál fue mi bruto en febrero?", "gross_pay", [("MONTH", "febrero", 2)]),
    ("es", "¿cuánto cobra mi jefe?", "gross_pay", []),
    ("en", "What's my salary before taxes?", "gross_pay", []),
    ("en", "gross pay last month", "gross_pay", [("REL_PERIOD", "last month", "2026-02")]),
    ("en", "How much does my manager earn?", "gross_pay", []),
    ("en", "what was my gross in January 2026", "gross_pay", [("MONTH", "January", 1), ("YEAR", "2026", 2026)]),
    # deductions
    ("es", "¿Cuánto me descontaron de IRPF el mes pasado?", "deductions",
     [("DEDUCTION_TYPE", "IRPF", "income_tax"), ("REL_PERIOD", "mes pasado", "2026-02")]),
    ("es", "¿qué me quitaron en la nómina de enero?", "deductions", [("MONTH", "enero", 1)]),
    ("es", "cuánto pago de seguridad social", "deductions", [("DEDUCTION_TYPE", "seguridad social", "social_security")]),
    ("es", "¿Cuánto fue el ISR de febrero?", "deductions", [("DEDUCTION_TYPE", "ISR", "income_tax"), ("MONTH", "febrero", 2)]),
    ("es", "¿Me cobraron la cuota sindical este mes?", "deductions",
     [("DEDUCTION_TYPE", "cuota sindical", "union_dues"), ("REL_PERIOD", "este mes", "2026-03")]),
    ("en", "How much tax did I pay last month?", "deductions", [("REL_PERIOD", "last month", "2026-02")]),
    ("en", "what got deducted from my pay in February", "deductions", [("MONTH", "February", 2)]),
    ("en", "pension contribution in january?", "deductions", [("DEDUCTION_TYPE", "pension", "pension"), ("MONTH", "january", 1)]),
    ("en", "How much went to social security this year?", "deductions",
     [("DEDUCTION_TYPE", "social security", "social_security"), ("REL_PERIOD", "this year", "2026")]),
    ("en", "list my deductions for december 2025", "deductions", [("MONTH", "december", 12), ("YEAR", "2025", 2025)]),
    # payment_date
    ("es", "¿Cuándo cobro?", "payment_date", []),
    ("es", "¿qué día me pagan el mes que viene?", "payment_date", [("REL_PERIOD", "mes que viene", "2026-04")]),
    ("es", "¿Cuándo se pagó la nómina de febrero?", "payment_date", [("MONTH", "febrero", 2)]),
    ("es", "¿ya pagaron la nómina de marzo?", "payment_date", [("MONTH", "marzo", 3)]),
    ("en", "When will I get paid this month?", "payment_date", [("REL_PERIOD", "this month", "2026-03")]),
    ("en", "what date was my january salary paid", "payment_date", [("MONTH", "january", 1)]),
    ("en", "next payday?", "payment_date", []),
    ("en", "When do we get paid?", "payment_date", []),
    # pay_comparison
    ("es", "¿Por qué este mes cobré menos?", "pay_comparison", [("REL_PERIOD", "este mes", "2026-03")]),
    ("es", "compara enero y febrero", "pay_comparison", [("MONTH", "enero", 1), ("MONTH", "febrero", 2)]),
    ("es", "¿Por qué mi neto de febrero es más alto que el de enero?", "pay_comparison",
     [("MONTH", "febrero", 2), ("MONTH", "enero", 1)]),
    ("es", "¿cobré más en diciembre que en noviembre?", "pay_comparison",
     [("MONTH", "diciembre", 12), ("MONTH", "noviembre", 11)]),
    ("en", "Why did my pay go down?", "pay_comparison", []),
    ("en", "compare my last two payslips", "pay_comparison", []),
    ("en", "Did I earn more in February than in January?", "pay_comparison",
     [("MONTH", "February", 2), ("MONTH", "January", 1)]),
    ("en", "why is this month's paycheck different from last month", "pay_comparison",
     [("REL_PERIOD", "this month", "2026-03"), ("REL_PERIOD", "last month", "2026-02")]),
    # ytd_summary
    ("es", "¿Cuánto he cobrado en lo que va de año?", "ytd_summary", []),
    ("es", "total ganado en 2025", "ytd_summary", [("YEAR", "2025", 2025)]),
    ("es", "resumen de lo cobrado este año", "ytd_summary", [("REL_PERIOD", "este año", "2026")]),
    ("es", "¿Cuánto gané el año pasado en total?", "ytd_summary", [("REL_PERIOD", "año pasado", "2025")]),
    ("en", "year to date earnings", "ytd_summary", []),
    ("en", "How much did I make in total last year?", "ytd_summary", [("REL_PERIOD", "last year", "2025")]),
    ("en", "total pay so far in 2026", "ytd_summary", [("YEAR", "2026", 2026)]),
    ("en", "what have I earned this year", "ytd_summary", [("REL_PERIOD", "this year", "2026")]),
    # profile_info
    ("es", "¿Qué cargo tengo?", "profile_info", [("PROFILE_FIELD", "cargo", "position")]),
    ("es", "¿cuál es mi fecha de alta?", "profile_info", [("PROFILE_FIELD", "fecha de alta", "hire_date")]),
    ("es", "¿Cuánta antigüedad tengo?", "profile_info", [("PROFILE_FIELD", "antigüedad", "seniority")]),
    ("es", "¿a qué departamento pertenezco?", "profile_info", [("PROFILE_FIELD", "departamento", "department")]),
    ("en", "Which department am I in?", "profile_info", [("PROFILE_FIELD", "department", "department")]),
    ("en", "what's my position?", "profile_info", [("PROFILE_FIELD", "position", "position")]),
    ("en", "How long have I worked here?", "profile_info", []),
    ("en", "what is my seniority", "profile_info", [("PROFILE_FIELD", "seniority", "seniority")]),
    # out_of_scope
    ("es", "¿Va a llover el sábado?", "out_of_scope", []),
    ("es", "pon música", "out_of_scope", []),
    ("es", "¿Cuál es el salario mínimo en España?", "out_of_scope", []),
    ("es", "quiero pedir vacaciones en agosto", "out_of_scope", [("MONTH", "agosto", 8)]),
    ("es", "¿Me recomiendas una película?", "out_of_scope", []),
    ("es", "¿cómo se calcula el IRPF en general?", "out_of_scope", [("DEDUCTION_TYPE", "IRPF", "income_tax")]),
    ("es", "traduce 'nómina' al inglés", "out_of_scope", []),
    ("es", "¿Dónde está la sala de reuniones?", "out_of_scope", []),
    ("es", "cuéntame un chiste", "out_of_scope", []),
    ("es", "¿cuánto cuesta un iPhone?", "out_of_scope", []),
    ("en", "What's the weather like in London?", "out_of_scope", []),
    ("en", "Order me a pizza", "out_of_scope", []),
    ("en", "What's the average salary of a nurse in the US?", "out_of_scope", []),
    ("en", "How do I reset my email password?", "out_of_scope", []),
    ("en", "who won the world cup in 2022", "out_of_scope", [("YEAR", "2022", 2022)]),
    ("en", "Write me a poem about cats", "out_of_scope", []),
    ("en", "Can I work from home on Fridays?", "out_of_scope", []),
    ("en", "what's 15 times 23", "out_of_scope", []),
    ("en", "How many vacation days do I have left?", "out_of_scope", []),
    ("en", "recommend a good book", "out_of_scope", []),
]


def rows():
    out = []
    for i, (lang, text, intent, ents) in enumerate(CASES, 1):
        assert intent in INTENTS, (text, intent)
        for ty, t, _ in ents:
            assert t in text and ty in ENTITY_TYPES, (text, ty, t)
        out.append({"id": f"probe-{i:03d}", "lang": lang, "now": NOW, "text": text, "intent": intent,
                    "entities": [{"type": ty, "text": t, "value": v} for ty, t, v in ents]})
    return out


if __name__ == "__main__":
    write_jsonl(PROBE, rows())
    print(f"{len(CASES)} cases -> {PROBE}")
