using Xunit.Abstractions;

using System.Text.Json;

namespace ChatNomina.Inference.Tests;

[Collection(ModelsCollection.Name)]
public sealed class TokenizerParityTests(ModelsFixture models, ITestOutputHelper output)
{
    [Fact]
    public void Ids_and_offsets_equal_python_sentencepiece_on_the_whole_parity_file()
    {
        var tok = models.Engine.Ner.Tokenizer;
        var lines = File.ReadAllLines(Path.Combine(models.ModelsPath, "ner-payroll", "fixtures", "tokenizer_parity.jsonl"));
        Assert.True(lines.Length >= 4000, $"only {lines.Length} lines");
        var idFailures = new List<string>();
        var offsetFailures = new List<string>();
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            var text = doc.RootElement.GetProperty("text").GetString()!;
            var expected = doc.RootElement.GetProperty("ids").Ints();
            var ids = tok.Encode(text);
            if (!expected.SequenceEqual(ids))
            {
                idFailures.Add($"{JsonSerializer.Serialize(text)}: [{string.Join(",", ids)}] vs [{string.Join(",", expected)}]");
                continue;
            }
            var offs = tok.Offsets(text, ids)
                .Select(o => (PayrollTokenizer.ToCodePointIndex(text, o.Start), PayrollTokenizer.ToCodePointIndex(text, o.End)));
            var expOffs = doc.RootElement.GetProperty("offsets").EnumerateArray().Select(o => (o[0].GetInt32(), o[1].GetInt32()));
            if (!expOffs.SequenceEqual(offs))
                offsetFailures.Add(JsonSerializer.Serialize(text));
        }
        output.WriteLine($"{lines.Length} lines: {idFailures.Count} id mismatches, {offsetFailures.Count} offset mismatches");
        Assert.True(idFailures.Count == 0, string.Join("\n", idFailures.Take(10)));
        Assert.True(offsetFailures.Count == 0, string.Join("\n", offsetFailures.Take(10)));
    }

    [Fact]
    public void The_reference_leftmost_bpe_loop_equals_python_on_every_parity_line()
    {
        // Encode() takes this loop only for texts with a run of 3+ identical characters (where
        // Microsoft.ML.Tokenizers breaks merge ties differently); here it is checked on every line.
        var tok = models.Engine.Ner.Tokenizer;
        var failures = new List<string>();
        foreach (var line in File.ReadLines(Path.Combine(models.ModelsPath, "ner-payroll", "fixtures", "tokenizer_parity.jsonl")))
        {
            using var doc = JsonDocument.Parse(line);
            var text = doc.RootElement.GetProperty("text").GetString()!;
            if (text.Length == 0) continue;
            if (!doc.RootElement.GetProperty("ids").Ints().SequenceEqual(tok.EncodeLeftmostBpe(text)))
                failures.Add(JsonSerializer.Serialize(text));
        }
        Assert.True(failures.Count == 0, $"{failures.Count} mismatches: " + string.Join("\n", failures.Take(10)));
    }

    [Theory]
    [InlineData("¿Cuánto cobré en marzo? 💸🙏")]
    [InlineData("what's my net pay for last month")]
    [InlineData("ñandú pingüino ÁÉÍÓÚ")]
    public void Decode_round_trips_the_text(string text)
    {
        var tok = models.Engine.T5.Tokenizer;
        Assert.Equal(text, tok.Decode(tok.Encode(text)));
    }

    [Fact]
    public void Offsets_of_a_character_outside_the_bmp_cover_both_utf16_units()
    {
        var tok = models.Engine.Ner.Tokenizer;
        const string text = "neto 𝄞 marzo";
        var ids = tok.Encode(text);
        var offs = tok.Offsets(text, ids);
        var spans = offs.Where(o => o.End > o.Start).Select(o => text[o.Start..o.End]).ToList();
        Assert.Contains("𝄞", spans);
        Assert.Contains("marzo", spans.Select(s => s.Trim()));
    }
}
