using ChatNomina.Chat.Pipeline;

namespace ChatNomina.Chat.Tests;

public class LanguageDetectorTests
{
    [Theory]
    [InlineData("¿Cuánto cobré en marzo?")]
    [InlineData("cuanto cobre en marzo")]
    [InlineData("cuanto me pagaron el mes pasado")]
    [InlineData("hola")]
    [InlineData("muestrame mi nomina de febrero")]
    [InlineData("que deducciones tuve")]
    [InlineData("¿en qué departamento estoy?")]
    [InlineData("gracias")]
    [InlineData("¿y en febrero?")]
    [InlineData("Mi sueldo neto de mayo")]
    public void Spanish_is_detected_with_or_without_accents(string text) =>
        Assert.Equal("es", LanguageDetector.Detect(text, "en"));

    [Theory]
    [InlineData("How much did I take home in March?")]
    [InlineData("what's my gross salary")]
    [InlineData("show me my last payslip")]
    [InlineData("hi")]
    [InlineData("thanks a lot")]
    [InlineData("when was March's payroll paid?")]
    [InlineData("what about last year?")]
    [InlineData("WHAT WERE MY DEDUCTIONS")]
    public void English_is_detected(string text) =>
        Assert.Equal("en", LanguageDetector.Detect(text, "es"));

    [Theory]
    [InlineData("what is mi salario neto del mes pasado", "es")]
    [InlineData("cuanto is my net pay for this month", "en")]
    public void Mixed_messages_go_to_the_language_with_more_evidence(string text, string expected)
    {
        Assert.Equal(expected, LanguageDetector.Detect(text, "es"));
        Assert.Equal(expected, LanguageDetector.Detect(text, "en"));
    }

    [Theory]
    [InlineData("mi payslip")]
    [InlineData("salario gross")]
    [InlineData("ok")]
    [InlineData("👍")]
    [InlineData("2025")]
    [InlineData("IRPF")]
    public void A_tie_keeps_the_fallback_language(string text)
    {
        Assert.Equal("en", LanguageDetector.Detect(text, "en"));
        Assert.Equal("es", LanguageDetector.Detect(text, "es"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("fr")]
    [InlineData("")]
    public void A_tie_without_a_usable_fallback_is_spanish(string? fallback) =>
        Assert.Equal("es", LanguageDetector.Detect("ok", fallback));

    [Fact]
    public void Spanish_punctuation_alone_weighs_towards_spanish() =>
        Assert.Equal("es", LanguageDetector.Detect("¿payslip?", "en"));
}
