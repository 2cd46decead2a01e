using ChatNomina.Chat.Pipeline;

namespace ChatNomina.Chat.Tests;

public class ThirdPartyDetectorTests
{
    [Theory]
    [InlineData("¿cuánto cobra mi jefe?")]
    [InlineData("¿Cuánto gana mi compañera de equipo?")]
    [InlineData("el sueldo del director")]
    [InlineData("what's my manager's salary")]
    [InlineData("How much does my boss make?")]
    [InlineData("show me my coworker's payslip")]
    [InlineData("what does everyone earn")]
    [InlineData("someone else's net pay")]
    [InlineData("John's payslip")]
    [InlineData("what is Maria's net pay?")]
    [InlineData("la nómina de Pedro")]
    [InlineData("Nómina de Pedro")]
    [InlineData("¿El IRPF de Lucía?")]
    [InlineData("Maria’s salary")]
    [InlineData("el sueldo de María")]
    [InlineData("¿cuánto cobra Pedro?")]
    [InlineData("¿cuánto cobra juan.perez@empresa.com?")]
    [InlineData("payslip of ana+rrhh@example.co.uk")]
    [InlineData("nómina de 3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
    [InlineData("net pay of employee 1234")]
    [InlineData("nómina del empleado nº 5521")]
    [InlineData("employee #77 gross")]
    [InlineData("¿cuánto cobra otro empleado?")]
    [InlineData("la nómina de otra persona")]
    [InlineData("what do other employees earn?")]
    [InlineData("el IRPF de alguien más")]
    public void Questions_about_someone_else_are_recognized(string text) =>
        Assert.True(ThirdPartyDetector.AsksAboutSomeoneElse(text), text);

    [Theory]
    [InlineData("¿cuánto cobré en marzo?")]
    [InlineData("my payslip")]
    [InlineData("what is my employee profile")]
    [InlineData("mi nómina de marzo")]
    [InlineData("la nómina de Marzo")]
    [InlineData("el sueldo de Enero de 2025")]
    [InlineData("Nómina de Septiembre")]
    [InlineData("¿Cuánto me retuvieron de IRPF en enero?")]
    [InlineData("what's my net pay")]
    [InlineData("show me my last payslip")]
    [InlineData("when was March's payroll paid?")]
    [InlineData("What was March's net pay?")]
    [InlineData("What was March’s net pay?")]
    [InlineData("Nómina de Diciembre")]
    [InlineData("mi recibo de Nómina de marzo")]
    [InlineData("las deducciones de Seguridad Social")]
    [InlineData("show me December's payslip")]
    [InlineData("compare my net pay in January and February")]
    [InlineData("¿en qué departamento estoy?")]
    [InlineData("my employee id")]
    [InlineData("total earnings so far in 2025")]
    [InlineData("the 2025 payslips")]
    [InlineData("¿cuánto cobro el 30?")]
    public void Questions_about_ones_own_pay_are_not_flagged(string text) =>
        Assert.False(ThirdPartyDetector.AsksAboutSomeoneElse(text), text);
}
