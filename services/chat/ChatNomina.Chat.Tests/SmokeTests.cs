using ChatNomina.Chat.Answers;

namespace ChatNomina.Chat.Tests;

public class TemplateFigureTests
{
    [Fact]
    public void Money_is_written_per_language()
    {
        Assert.Equal("1.234,56 €", Formats.Money(1234.56m, "EUR", "es"));
        Assert.Equal("€1,234.56", Formats.Money(1234.56m, "EUR", "en"));
    }
}
