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
        foreach (var f in idFailures) output.WriteLine(f);
        // Known difference of Microsoft.ML.Tokenizers 2.0.1: on a run of 3+ identical punctuation marks
        // ("!!!!!", "???") its BPE breaks score ties from the right ("!","!!","!!") where SentencePiece
        // merges the leftmost pair first ("!!","!!","!"). 4 of the 4000 lines; every other line is identical.
        var unexplained = idFailures.Where(f => !System.Text.RegularExpressions.Regex.IsMatch(f.Split("\": [")[0], @"([^\w\s])\1\1")).ToList();
        Assert.True(unexplained.Count == 0, string.Join("\n", unexplained.Take(10)));
        Assert.True(idFailures.Count <= lines.Length / 500, $"{idFailures.Count} mismatches");
        Assert.True(offsetFailures.Count == 0, string.Join("\n", offsetFailures.Take(10)));
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
