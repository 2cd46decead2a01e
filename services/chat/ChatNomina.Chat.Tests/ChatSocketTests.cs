using ChatNomina.Chat.Apis;

namespace ChatNomina.Chat.Tests;

public class ChatSocketTests
{
    [Theory]
    [InlineData("En marzo de 2025 cobraste 2.456,78 € netos.")]
    [InlineData("Your net pay for March 2025 was €2,456.78 (paid on March 31, 2025).")]
    [InlineData("  leading and trailing spaces  ")]
    [InlineData("line\nbreaks\r\nand\ttabs")]
    [InlineData("one")]
    [InlineData(" ")]
    [InlineData("¡Hola, Lucía! 👍 👨‍👩‍👧")]
    [InlineData("a  b   c")]
    public void Chunks_concatenate_to_the_text_and_none_is_empty(string text)
    {
        var chunks = ChatSocket.Chunks(text).ToList();

        Assert.Equal(text, string.Concat(chunks));
        Assert.All(chunks, c => Assert.NotEmpty(c));
    }

    [Fact]
    public void Chunks_are_words_with_their_following_spaces()
    {
        Assert.Equal(["Hola, ", "¿qué ", "tal?"], ChatSocket.Chunks("Hola, ¿qué tal?"));
        Assert.Equal(["  ", "hi ", "there"], ChatSocket.Chunks("  hi there"));
    }

    [Fact]
    public void An_empty_text_has_no_chunks() => Assert.Empty(ChatSocket.Chunks(""));

    [Fact]
    public void A_long_answer_arrives_in_many_chunks()
    {
        var text = string.Join(" ", Enumerable.Repeat("palabra", 50));

        var chunks = ChatSocket.Chunks(text).ToList();

        Assert.Equal(50, chunks.Count);
        Assert.Equal(text, string.Concat(chunks));
    }
}
