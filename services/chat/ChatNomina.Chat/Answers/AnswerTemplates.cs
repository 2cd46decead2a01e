namespace ChatNomina.Chat.Answers;

/// <summary>
/// The deterministic answers, es and en, with the same <c>{placeholder}</c> slots the model
/// writes. They are what the user gets whenever a generated text is missing, malformed or
/// fails the figure check, so every one of them states only the plan's data. No template holds
/// a literal number or month name (the figure check would refuse it).
/// </summary>
public static class AnswerTemplates
{
    private static readonly Dictionary<string, (string Es, string En)> Texts = new(StringComparer.Ordinal)
    {
        ["greeting"] = ("¡Hola! Soy el asistente de nóminas. Pregúntame por tu salario neto o bruto, tus deducciones, la fecha de pago o tu perfil.",
            "Hi! I'm the payroll assistant. Ask me about your net or gross pay, your deductions, payment dates or your profile."),
        ["greeting_named"] = ("¡Hola, {employee_name}! Soy el asistente de nóminas. Pregúntame por tu salario neto o bruto, tus deducciones, la fecha de pago o tu perfil.",
            "Hi {employee_name}! I'm the payroll assistant. Ask me about your net or gross pay, your deductions, payment dates or your profile."),
        ["goodbye"] = ("¡Hasta luego! Aquí estaré si necesitas algo de tu nómina.", "Goodbye! I'm here whenever you need anything about your pay."),
        ["goodbye_named"] = ("¡Hasta luego, {employee_name}! Aquí estaré si necesitas algo de tu nómina.",
            "Goodbye, {employee_name}! I'm here whenever you need anything about your pay."),
        ["thanks"] = ("¡De nada! ¿Quieres saber algo más de tu nómina?", "You're welcome! Is there anything else about your pay?"),
        ["help"] = ("Puedo responder sobre tus nóminas: salario neto y bruto, deducciones (IRPF, Seguridad Social, desempleo…), fecha de pago, comparaciones entre meses, acumulado del año y los datos de tu perfil. Por ejemplo: «¿cuánto cobré neto el mes pasado?».",
            "I can answer questions about your own payslips: net and gross pay, deductions (income tax, social security, unemployment…), payment dates, comparisons between months, year-to-date totals and your profile. For example: \"how much did I take home last month?\""),
        ["out_of_scope"] = ("Lo siento, solo puedo ayudarte con tus nóminas y tu perfil de empleado.",
            "Sorry, I can only help with your payslips and your employee profile."),
        ["forbidden"] = ("Solo puedo mostrarte tus propios datos de nómina; no puedo dar información de otras personas.",
            "I can only show you your own payroll data, not anyone else's."),
        ["clarify"] = ("No estoy seguro de qué necesitas. ¿Quieres saber tu salario neto, el bruto, tus deducciones o la fecha de pago?",
            "I'm not sure what you need. Do you want your net pay, gross pay, deductions or payment date?"),
        ["language_switch"] = ("De acuerdo, te respondo en español. ¿Qué quieres saber de tu nómina?",
            "Sure, I'll answer in English. What would you like to know about your pay?"),
        ["busy"] = ("El asistente está muy ocupado ahora mismo. Inténtalo de nuevo en unos segundos; mientras tanto puedes ver tus nóminas directamente en la sección Nóminas.",
            "The assistant is busy right now. Please try again in a few seconds; meanwhile you can see your payslips directly in the Payslips section."),
        ["data_unavailable"] = ("Ahora mismo no puedo consultar tus datos. Inténtalo de nuevo en unos minutos.",
            "I can't reach your payroll data right now. Please try again in a few minutes."),
        ["no_data_month"] = ("No tengo ninguna nómina tuya de {month_name} de {year}.", "I don't have a payslip of yours for {month_name} {year}."),
        ["no_data_year"] = ("No tengo nóminas tuyas de {year}.", "I don't have any payslips of yours for {year}."),
        ["no_data_any"] = ("Todavía no tengo ninguna nómina tuya.", "I don't have any payslips of yours yet."),
        ["payslip_summary"] = ("Tu nómina de {month_name} de {year}: bruto {gross_salary}, deducciones {total_deductions} y neto {net_salary}, pagada el {payment_date}.",
            "Your {month_name} {year} payslip: gross {gross_salary}, deductions {total_deductions} and net {net_salary}, paid on {payment_date}."),
        ["payslip_summary_future"] = ("Tu nómina de {month_name} de {year}: bruto {gross_salary}, deducciones {total_deductions} y neto {net_salary}; se pagará el {payment_date}.",
            "Your {month_name} {year} payslip: gross {gross_salary}, deductions {total_deductions} and net {net_salary}, to be paid on {payment_date}."),
        ["net_pay"] = ("En {month_name} de {year} cobraste {net_salary} netos (pagados el {payment_date}).",
            "Your net pay for {month_name} {year} was {net_salary} (paid on {payment_date})."),
        ["net_pay_future"] = ("En {month_name} de {year} cobrarás {net_salary} netos; se pagarán el {payment_date}.",
            "Your net pay for {month_name} {year} is {net_salary}, to be paid on {payment_date}."),
        ["gross_pay"] = ("Tu salario bruto de {month_name} de {year} fue de {gross_salary}, con un salario base de {base_salary}.",
            "Your gross pay for {month_name} {year} was {gross_salary}, with a base salary of {base_salary}."),
        ["gross_pay_nobase"] = ("Tu salario bruto de {month_name} de {year} fue de {gross_salary}.",
            "Your gross pay for {month_name} {year} was {gross_salary}."),
        ["deductions_all"] = ("En {month_name} de {year} te dedujeron {total_deductions} en total: {deductions_list}.",
            "Your deductions for {month_name} {year} came to {total_deductions}: {deductions_list}."),
        ["deductions_type"] = ("En {month_name} de {year} te retuvieron {deduction_amount} de {deduction_label}.",
            "In {month_name} {year} your {deduction_label} deduction was {deduction_amount}."),
        ["deductions_type_absent"] = ("Tu nómina de {month_name} de {year} no tiene deducción de {deduction_label}.",
            "Your {month_name} {year} payslip has no {deduction_label} deduction."),
        ["payment_date"] = ("La nómina de {month_name} de {year} se pagó el {payment_date}.",
            "Your {month_name} {year} pay was paid on {payment_date}."),
        ["payment_date_future"] = ("La nómina de {month_name} de {year} se pagará el {payment_date}.",
            "Your {month_name} {year} pay will be paid on {payment_date}."),
        ["pay_comparison_up"] = ("En {period_b} cobraste {net_b} netos, {net_diff} más que en {period_a} ({net_a}).",
            "In {period_b} your net pay was {net_b}, {net_diff} more than in {period_a} ({net_a})."),
        ["pay_comparison_down"] = ("En {period_b} cobraste {net_b} netos, {net_diff} menos que en {period_a} ({net_a}).",
            "In {period_b} your net pay was {net_b}, {net_diff} less than in {period_a} ({net_a})."),
        ["pay_comparison_same"] = ("En {period_b} cobraste lo mismo que en {period_a}: {net_b} netos.",
            "Your net pay was the same in {period_b} and {period_a}: {net_b}."),
        ["ytd_summary"] = ("En {year} llevas cobrados {ytd_net} netos ({ytd_gross} brutos y {ytd_deductions} de deducciones) en {months_count} nóminas.",
            "So far in {year} you have earned {ytd_net} net ({ytd_gross} gross and {ytd_deductions} in deductions) over {months_count} payslips."),
    };

    private static readonly Dictionary<string, (string Es, string En)> ProfileSentences = new(StringComparer.Ordinal)
    {
        ["department"] = ("Trabajas en el departamento de {department}.", "You work in the {department} department."),
        ["position"] = ("Tu puesto es {position}.", "Your position is {position}."),
        ["hire_date"] = ("Entraste en la empresa el {hire_date}.", "You joined the company on {hire_date}."),
        ["seniority_years"] = ("Llevas {seniority_years} años en la empresa.", "You have been with the company for {seniority_years} years."),
    };

    public const string ProfileKey = "profile_info";

    public static IEnumerable<string> Keys => Texts.Keys.Append(ProfileKey);

    /// <summary>The template text of a plan, with its slots still in place.</summary>
    public static string For(AnswerPlan plan)
    {
        var spanish = Formats.IsSpanish(plan.Language);
        if (plan.TemplateKey == ProfileKey)
        {
            return string.Join(" ", plan.Fields
                .Where(f => ProfileSentences.ContainsKey(f.Key))
                .Select(f => spanish ? ProfileSentences[f.Key].Es : ProfileSentences[f.Key].En));
        }
        var (es, en) = Texts[plan.TemplateKey];
        return spanish ? es : en;
    }
}
