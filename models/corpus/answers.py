"""Answer-generation pairs: input = "generate: intent=<i> lang=<l> fields=<a,b,c>[ flag=v...]",
target = a sentence with typed placeholders only ({net_salary}, {month_name}, ...). The chat fills
the placeholders from payroll data, so the model never copies a figure.
"""
from __future__ import annotations

import itertools

# placeholders per intent (documented in models/README.md)
PLACEHOLDERS = {
    "greeting": ["employee_name"],
    "goodbye": ["employee_name"],
    "thanks": [],
    "help": [],
    "out_of_scope": [],
    "payslip_summary": ["month_name", "year", "gross_salary", "net_salary", "total_deductions", "payment_date"],
    "net_pay": ["month_name", "year", "net_salary", "payment_date"],
    "gross_pay": ["month_name", "year", "gross_salary", "base_salary"],
    "deductions": ["month_name", "year", "total_deductions", "deduction_label", "deduction_amount", "deductions_list"],
    "payment_date": ["month_name", "year", "payment_date"],
    "pay_comparison": ["period_a", "period_b", "net_a", "net_b", "net_diff", "diff_reason"],
    "ytd_summary": ["year", "ytd_gross", "ytd_net", "ytd_deductions", "months_count"],
    "profile_info": ["department", "position", "hire_date", "seniority_years", "employee_name"],
}
FLAGS = {"pay_comparison": {"trend": ["up", "down", "same"]}, "payment_date": {"tense": ["past", "future"]}}

# --------------------------------------------------------------------------- phrase banks
# Each entry: (required-field-set, [variants]); the answer = one main sentence + extras.
ES = {
    "greeting": {(): ["¡Hola! Soy tu asistente de nómina. ¿En qué te puedo ayudar?",
                      "¡Hola! ¿Qué quieres consultar de tu nómina hoy?",
                      "Hola, ¿en qué puedo ayudarte con tu nómina?"],
                 ("employee_name",): ["¡Hola, {employee_name}! ¿En qué te puedo ayudar con tu nómina?",
                                      "Hola, {employee_name}. ¿Qué quieres consultar hoy?"]},
    "goodbye": {(): ["¡Hasta luego! Aquí estaré si necesitas algo más de tu nómina.", "¡Adiós! Que tengas un buen día.",
                     "Hasta pronto. Vuelve cuando quieras."],
                ("employee_name",): ["¡Hasta luego, {employee_name}! Que tengas un buen día.",
                                     "Adiós, {employee_name}. Aquí estaré si necesitas algo."]},
    "thanks": {(): ["¡De nada! ¿Necesitas algo más?", "Con gusto. ¿Te ayudo con algo más?", "¡A ti! Aquí estoy para lo que necesites."]},
    "help": {(): ["Puedo ayudarte con tu nómina: neto y bruto de un mes, deducciones como el IRPF o la Seguridad Social, fechas de pago, comparaciones entre meses, el acumulado del año y tus datos de perfil.",
                  "Pregúntame por tu nómina de un mes, lo que cobraste neto o bruto, tus deducciones, cuándo te pagan, por qué cambió tu sueldo, lo que llevas cobrado este año o tu departamento y puesto."]},
    "out_of_scope": {(): ["Lo siento, solo puedo ayudarte con consultas sobre tu nómina.",
                          "Eso queda fuera de lo que sé hacer: solo respondo preguntas sobre tu nómina y tus datos laborales.",
                          "Perdona, no puedo ayudarte con eso. Pregúntame por tu nómina, tus deducciones o tus fechas de pago."]},
    "payslip_summary": {("month_name", "year"): ["Este es el resumen de tu nómina de {month_name} de {year}.",
                                                  "Tu nómina de {month_name} de {year}:",
                                                  "Aquí tienes tu nómina de {month_name} de {year}."]},
    "net_pay": {("month_name", "net_salary", "year"): ["En {month_name} de {year} cobraste {net_salary} netos.",
                                                       "Tu sueldo neto de {month_name} de {year} fue de {net_salary}.",
                                                       "El neto de tu nómina de {month_name} de {year} es {net_salary}."]},
    "gross_pay": {("gross_salary", "month_name", "year"): ["Tu salario bruto de {month_name} de {year} fue de {gross_salary}.",
                                                           "En {month_name} de {year} tu bruto fue de {gross_salary}."],
                  ("gross_salary",): ["Tu salario bruto es de {gross_salary}.", "Cobras {gross_salary} brutos."]},
    "deductions": {("month_name", "total_deductions", "year"): ["En {month_name} de {year} te descontaron {total_deductions} en total.",
                                                                "Las deducciones de tu nómina de {month_name} de {year} suman {total_deductions}."],
                   ("deduction_amount", "deduction_label", "month_name", "year"): [
                       "En {month_name} de {year} te retuvieron {deduction_amount} de {deduction_label}.",
                       "Tu deducción de {deduction_label} en {month_name} de {year} fue de {deduction_amount}."]},
    "payment_date": {("month_name", "payment_date", "year", "tense=past"): ["Tu nómina de {month_name} de {year} se pagó el {payment_date}.",
                                                                            "La nómina de {month_name} de {year} te la ingresamos el {payment_date}."],
                     ("month_name", "payment_date", "year", "tense=future"): ["Tu nómina de {month_name} de {year} se pagará el {payment_date}.",
                                                                              "Cobrarás la nómina de {month_name} de {year} el {payment_date}."]},
    "pay_comparison": {("net_a", "net_b", "net_diff", "period_a", "period_b", "trend=down"): [
                           "En {period_b} cobraste {net_b} netos, {net_diff} menos que en {period_a} ({net_a}).",
                           "Tu neto bajó {net_diff}: de {net_a} en {period_a} a {net_b} en {period_b}."],
                       ("net_a", "net_b", "net_diff", "period_a", "period_b", "trend=up"): [
                           "En {period_b} cobraste {net_b} netos, {net_diff} más que en {period_a} ({net_a}).",
                           "Tu neto subió {net_diff}: de {net_a} en {period_a} a {net_b} en {period_b}."],
                       ("net_a", "net_b", "period_a", "period_b", "trend=same"): [
                           "Cobraste lo mismo en {period_a} y en {period_b}: {net_a} netos.",
                           "No hay diferencia: en {period_a} y en {period_b} tu neto fue de {net_a}."]},
    "ytd_summary": {("months_count", "year", "ytd_gross", "ytd_net"): [
                        "En {year} llevas cobrados {ytd_net} netos ({ytd_gross} brutos) en {months_count} nóminas.",
                        "Acumulado de {year}: {ytd_gross} brutos y {ytd_net} netos en {months_count} nóminas."]},
    "profile_info": {("department",): ["Estás en el departamento de {department}.", "Perteneces al departamento de {department}."],
                     ("position",): ["Tu puesto es {position}.", "Figuras como {position}."],
                     ("hire_date",): ["Tu fecha de alta en la empresa es el {hire_date}.", "Entraste en la empresa el {hire_date}."],
                     ("seniority_years",): ["Tienes una antigüedad de {seniority_years} años.", "Llevas {seniority_years} años en la empresa."]},
}
ES_EXTRA = {
    "gross_salary": ["Bruto: {gross_salary}.", "El bruto fue de {gross_salary}."],
    "net_salary": ["Neto: {net_salary}.", "Cobraste {net_salary} netos."],
    "total_deductions": ["Deducciones: {total_deductions}.", "Te descontaron {total_deductions}."],
    "payment_date": ["Se pagó el {payment_date}.", "Fecha de pago: {payment_date}."],
    "base_salary": ["Tu salario base es de {base_salary}.", "De ese importe, {base_salary} corresponden al salario base."],
    "deductions_list": ["Detalle: {deductions_list}.", "Desglose: {deductions_list}."],
    "diff_reason": ["El motivo principal: {diff_reason}.", "La diferencia se debe sobre todo a {diff_reason}."],
    "ytd_deductions": ["Las deducciones acumuladas suman {ytd_deductions}.", "Deducciones del año: {ytd_deductions}."],
    "department": ["Departamento: {department}."], "position": ["Puesto: {position}."],
    "hire_date": ["Fecha de alta: {hire_date}."], "seniority_years": ["Antigüedad: {seniority_years} años."],
    "employee_name": ["Saludos, {employee_name}."],
}
EN = {
    "greeting": {(): ["Hi! I'm your payroll assistant. How can I help you?", "Hello! What would you like to know about your pay today?",
                      "Hi there, how can I help you with your payroll?"],
                 ("employee_name",): ["Hi, {employee_name}! How can I help you with your payroll?",
                                      "Hello, {employee_name}. What would you like to check today?"]},
    "goodbye": {(): ["Goodbye! I'm here if you need anything else about your pay.", "Bye! Have a great day.",
                     "See you soon. Come back any time."],
                ("employee_name",): ["Goodbye, {employee_name}! Have a great day.", "Bye, {employee_name}. I'm here if you need anything."]},
    "thanks": {(): ["You're welcome! Anything else?", "Happy to help. Do you need anything else?", "Any time! I'm here if you need more."]},
    "help": {(): ["I can help with your payroll: net and gross pay for a month, deductions such as income tax or social security, payment dates, comparisons between months, year-to-date totals and your profile details.",
                  "Ask me about a payslip, your net or gross pay, your deductions, when you get paid, why your pay changed, what you have earned this year, or your department and position."]},
    "out_of_scope": {(): ["Sorry, I can only help with questions about your payroll.",
                          "That is outside what I can do: I only answer questions about your pay and employment details.",
                          "Sorry, I can't help with that. Ask me about your payslip, deductions or payment dates."]},
    "payslip_summary": {("month_name", "year"): ["Here is the summary of your {month_name} {year} payslip.",
                                                  "Your payslip for {month_name} {year}:", "This is your {month_name} {year} payslip."]},
    "net_pay": {("month_name", "net_salary", "year"): ["In {month_name} {year} you took home {net_salary}.",
                                                       "Your net pay for {month_name} {year} was {net_salary}.",
                                                       "The net amount of your {month_name} {year} payslip is {net_salary}."]},
    "gross_pay": {("gross_salary", "month_name", "year"): ["Your gross pay for {month_name} {year} was {gross_salary}.",
                                                           "In {month_name} {year} your gross salary was {gross_salary}."],
                  ("gross_salary",): ["Your gross salary is {gross_salary}.", "You earn {gross_salary} gross."]},
    "deductions": {("month_name", "total_deductions", "year"): ["In {month_name} {year} your deductions totalled {total_deductions}.",
                                                                "The deductions on your {month_name} {year} payslip add up to {total_deductions}."],
                   ("deduction_amount", "deduction_label", "month_name", "year"): [
                       "In {month_name} {year}, {deduction_amount} was withheld for {deduction_label}.",
                       "Your {deduction_label} deduction for {month_name} {year} was {deduction_amount}."]},
    "payment_date": {("month_name", "payment_date", "year", "tense=past"): ["Your {month_name} {year} payroll was paid on {payment_date}.",
                                                                            "We paid your {month_name} {year} salary on {payment_date}."],
                     ("month_name", "payment_date", "year", "tense=future"): ["Your {month_name} {year} payroll will be paid on {payment_date}.",
                                                                              "You will get your {month_name} {year} pay on {payment_date}."]},
    "pay_comparison": {("net_a", "net_b", "net_diff", "period_a", "period_b", "trend=down"): [
                           "In {period_b} you took home {net_b}, {net_diff} less than in {period_a} ({net_a}).",
                           "Your net pay went down by {net_diff}: from {net_a} in {period_a} to {net_b} in {period_b}."],
                       ("net_a", "net_b", "net_diff", "period_a", "period_b", "trend=up"): [
                           "In {period_b} you took home {net_b}, {net_diff} more than in {period_a} ({net_a}).",
                           "Your net pay went up by {net_diff}: from {net_a} in {period_a} to {net_b} in {period_b}."],
                       ("net_a", "net_b", "period_a", "period_b", "trend=same"): [
                           "You took home the same in {period_a} and {period_b}: {net_a}.",
                           "There is no difference: your net pay was {net_a} in both {period_a} and {period_b}."]},
    "ytd_summary": {("months_count", "year", "ytd_gross", "ytd_net"): [
                        "So far in {year} you have earned {ytd_gross} gross and {ytd_net} net over {months_count} payslips.",
                        "Year to date {year}: {ytd_gross} gross, {ytd_net} net, {months_count} payslips."]},
    "profile_info": {("department",): ["You are in the {department} department.", "You belong to the {department} department."],
                     ("position",): ["Your position is {position}.", "Your job title is {position}."],
                     ("hire_date",): ["Your hire date is {hire_date}.", "You joined the company on {hire_date}."],
                     ("seniority_years",): ["You have {seniority_years} years of seniority.", "You have been with the company for {seniority_years} years."]},
}
EN_EXTRA = {
    "gross_salary": ["Gross: {gross_salary}.", "Gross pay was {gross_salary}."],
    "net_salary": ["Net: {net_salary}.", "You took home {net_salary}."],
    "total_deductions": ["Deductions: {total_deductions}.", "Total deductions were {total_deductions}."],
    "payment_date": ["It was paid on {payment_date}.", "Payment date: {payment_date}."],
    "base_salary": ["Your base salary is {base_salary}.", "Of that, {base_salary} is base salary."],
    "deductions_list": ["Breakdown: {deductions_list}.", "Details: {deductions_list}."],
    "diff_reason": ["The main reason: {diff_reason}.", "The difference comes mainly from {diff_reason}."],
    "ytd_deductions": ["Deductions so far add up to {ytd_deductions}.", "Year-to-date deductions: {ytd_deductions}."],
    "department": ["Department: {department}."], "position": ["Position: {position}."],
    "hire_date": ["Hire date: {hire_date}."], "seniority_years": ["Seniority: {seniority_years} years."],
    "employee_name": ["Good to see you, {employee_name}."],
}
STATUS = {
    "es": {"no_data": ["No encuentro ninguna nómina de {month_name} de {year}.", "No tengo datos de tu nómina de {month_name} de {year}."],
           "forbidden": ["Solo puedo mostrarte tus propios datos de nómina.", "Lo siento, no puedo darte información de nómina de otras personas."]},
    "en": {"no_data": ["I can't find any payslip for {month_name} {year}.", "I have no payroll data for {month_name} {year}."],
           "forbidden": ["I can only show you your own payroll data.", "Sorry, I can't share payroll information about other people."]},
}
OPTIONAL = {  # optional extra fields that may be added to the main set
    "payslip_summary": ["gross_salary", "net_salary", "total_deductions", "payment_date"],
    "net_pay": ["payment_date"], "gross_pay": ["base_salary"], "deductions": ["deductions_list"],
    "payment_date": [], "pay_comparison": ["diff_reason"], "ytd_summary": ["ytd_deductions"],
    "profile_info": ["department", "position", "hire_date", "seniority_years"],
}


def make_input(intent, lang, fields, flags):
    s = f"generate: intent={intent} lang={lang} fields={','.join(fields)}"
    for k, v in flags:
        s += f" {k}={v}"
    return s


def enumerate_specs():
    """All (intent, lang, fields tuple, flags tuple, [targets]) combinations."""
    specs = []
    for lang, bank, extra in (("es", ES, ES_EXTRA), ("en", EN, EN_EXTRA)):
        for intent, mains in bank.items():
            for key, variants in mains.items():
                flags = tuple(tuple(k.split("=")) for k in key if "=" in k)
                base = [k for k in key if "=" not in k]
                opts = [o for o in OPTIONAL.get(intent, []) if o not in base]
                maxk = 2 if intent == "profile_info" else len(opts)
                for r in range(0, maxk + 1):
                    for combo in itertools.combinations(opts, r):
                        fields = [f for f in PLACEHOLDERS[intent] if f in set(base) | set(combo)]
                        specs.append((intent, lang, tuple(fields), flags, variants, [extra[c] for c in combo]))
        for intent in ["payslip_summary", "net_pay", "gross_pay", "deductions", "payment_date"]:
            specs.append((intent, lang, ("month_name", "year"), (("status", "no_data"),), STATUS[lang]["no_data"], []))
        for intent in ["payslip_summary", "net_pay", "gross_pay", "deductions", "payment_date", "ytd_summary", "profile_info"]:
            specs.append((intent, lang, (), (("status", "forbidden"),), STATUS[lang]["forbidden"], []))
    return specs


def sample_pairs(rng, specs, n_per_spec):
    out = []
    for spec_id, (intent, lang, fields, flags, variants, extras) in enumerate(specs):
        inp = make_input(intent, lang, fields, flags)
        for _ in range(n_per_spec):
            parts = [rng.choice(variants)] + [rng.choice(e) for e in extras]
            out.append({"task": "generate", "input": inp, "target": " ".join(parts), "intent": intent, "lang": lang,
                        "fields": list(fields), "flags": dict(flags), "spec": spec_id})
    return out
