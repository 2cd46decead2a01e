using ChatNomina.Chat.Pipeline;

namespace ChatNomina.Chat.Tests;

public class MessageValidationTests
{
    [Fact]
    public void A_nul_byte_is_refused_because_the_message_could_not_be_stored()
    {
        var (message, error) = MessageValidation.Validate("neto de\0 marzo", 1000);

        Assert.Null(message);
        Assert.Contains("NUL", error);
    }

    private const int Max = 1000;

    [Fact]
    public void A_normal_message_passes_unchanged()
    {
        var (message, error) = MessageValidation.Validate("¿Cuánto cobré en marzo?", Max);

        Assert.Null(error);
        Assert.Equal("¿Cuánto cobré en marzo?", message!.Text);
        Assert.Equal("¿Cuánto cobré en marzo?", message.Original);
        Assert.Equal(Enumerable.Range(0, message.Text.Length), message.OriginalIndex);
    }

    [Fact]
    public void A_missing_message_is_an_error()
    {
        var (message, error) = MessageValidation.Validate(null, Max);

        Assert.Null(message);
        Assert.Equal("The message is required.", error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\r\n")]
    [InlineData("\u0001\u0002\u200B")]
    [InlineData(" \u00A0 \u3000 ")]
    public void An_empty_or_blank_message_is_an_error(string text)
    {
        var (message, error) = MessageValidation.Validate(text, Max);

        Assert.Null(message);
        Assert.Equal("The message is empty.", error);
    }

    [Fact]
    public void A_message_at_the_limit_passes_and_one_past_it_is_refused()
    {
        Assert.NotNull(MessageValidation.Validate(new string('a', Max), Max).Message);

        var (message, error) = MessageValidation.Validate(new string('a', Max + 1), Max);

        Assert.Null(message);
        Assert.Equal($"The message is {Max + 1} characters long; at most {Max} are accepted.", error);
    }

    [Fact]
    public void The_length_is_counted_after_cleaning()
    {
        var text = "   " + new string('a', Max) + "\u0007\u0007   ";

        var (message, error) = MessageValidation.Validate(text, Max);

        Assert.Null(error);
        Assert.Equal(Max, message!.Text.Length);
    }

    [Theory]
    [InlineData("ho\u0007la", "hola")]
    [InlineData("ho\u0008la", "hola")]
    [InlineData("ho\u0007la\u001B", "hola")]
    [InlineData("ho\u007Fla", "hola")]
    [InlineData("ho\u200Bla\u202E", "hola")]
    [InlineData("\uFEFFhola", "hola")]
    public void Control_and_format_characters_are_removed(string text, string expected) =>
        Assert.Equal(expected, MessageValidation.Validate(text, Max).Message!.Text);

    [Theory]
    [InlineData("hola\tmundo", "hola mundo")]
    [InlineData("hola\nmundo", "hola mundo")]
    [InlineData("hola\r\nmundo", "hola  mundo")]
    [InlineData("\n\thola\n", "hola")]
    public void Tabs_and_line_breaks_become_spaces_and_the_ends_are_trimmed(string text, string expected) =>
        Assert.Equal(expected, MessageValidation.Validate(text, Max).Message!.Text);

    [Fact]
    public void A_lone_surrogate_is_an_error()
    {
        // Built here, not in InlineData: test-case serialization would replace lone surrogates with U+FFFD.
        string[] texts = ["hola \uD800", "\uD800hola", "hola \uDC00 mundo", "hola \uDBFF\uDBFF", "\uDC00\uD800", "👍\uDC00"];
        foreach (var text in texts)
        {
            var (message, error) = MessageValidation.Validate(text, Max);

            Assert.Null(message);
            Assert.Equal("The message is not valid UTF-8 text (a lone surrogate).", error);
        }
    }

    [Theory]
    [InlineData("gracias 👍")]
    [InlineData("👨‍👩‍👧 nómina")]
    [InlineData("🎉🎉")]
    public void Emoji_are_kept(string text) => Assert.Equal(text, MessageValidation.Validate(text, Max).Message!.Text);

    [Fact]
    public void Spans_map_back_to_the_original_after_leading_spaces_and_control_characters()
    {
        const string original = "  \u0001¿cuánto co\u0007bré en marzo?";
        var (message, _) = MessageValidation.Validate(original, Max);
        Assert.Equal("¿cuánto cobré en marzo?", message!.Text);

        var start = message.Text.IndexOf("marzo", StringComparison.Ordinal);
        var (s, e) = message.ToOriginal(start, start + 5);
        Assert.Equal("marzo", original[s..e]);

        var word = message.Text.IndexOf("cuánto", StringComparison.Ordinal);
        (s, e) = message.ToOriginal(word, word + 6);
        Assert.Equal("cuánto", original[s..e]);
    }

    [Fact]
    public void A_span_over_a_removed_character_covers_it_in_the_original()
    {
        const string original = "\tco\u0007bré";
        var (message, _) = MessageValidation.Validate(original, Max);

        var (s, e) = message!.ToOriginal(0, message.Text.Length);

        Assert.Equal("co\u0007bré", original[s..e]);
    }

    [Fact]
    public void Spans_after_an_emoji_map_back_to_the_original()
    {
        const string original = " 👍\u0007 marzo";
        var (message, _) = MessageValidation.Validate(original, Max);
        var start = message!.Text.IndexOf("marzo", StringComparison.Ordinal);

        var (s, e) = message.ToOriginal(start, start + 5);

        Assert.Equal("marzo", original[s..e]);
    }

    [Theory]
    [InlineData(3, 3)]
    [InlineData(5, 2)]
    public void An_empty_or_reversed_span_maps_to_nothing(int start, int end)
    {
        var (message, _) = MessageValidation.Validate("hola marzo", Max);
        Assert.Equal((0, 0), message!.ToOriginal(start, end));
    }

    [Fact]
    public void A_span_past_the_end_is_clamped_to_the_text()
    {
        const string original = "  hola";
        var (message, _) = MessageValidation.Validate(original, Max);

        Assert.Equal((2, 6), message!.ToOriginal(0, 50));
    }
}

public class MessageLengthTests
{
    [Fact]
    public void Length_counts_code_points_so_an_emoji_is_one_character()
    {
        var emojis = string.Concat(Enumerable.Repeat("😀", 1000));   // 2,000 UTF-16 units

        var (ok, error) = ChatNomina.Chat.Pipeline.MessageValidation.Validate(emojis, 1000);
        var (tooLong, tooLongError) = ChatNomina.Chat.Pipeline.MessageValidation.Validate(emojis + "😀", 1000);

        Assert.Null(error);
        Assert.Equal(emojis, ok!.Text);
        Assert.Null(tooLong);
        Assert.Contains("1001", tooLongError);
    }
}

public class RawLengthTests
{
    [Fact]
    public void A_short_message_padded_with_thousands_of_control_characters_is_refused()
    {
        var padded = "hola" + new string('\u0001', 5000);

        var (message, error) = ChatNomina.Chat.Pipeline.MessageValidation.Validate(padded, 1000);

        Assert.Null(message);
        Assert.Contains("too long", error);
    }
}
