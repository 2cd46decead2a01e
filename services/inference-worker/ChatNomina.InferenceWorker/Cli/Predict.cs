using System.Diagnostics;
using System.Text.Json;
using ChatNomina.Inference;

namespace ChatNomina.InferenceWorker.Cli;

/// <summary>JSON Lines {"id","text","now"} on stdin → {"id","intent","confidence","entities":[{"type","text",
/// "start","end","value"}],"ms"} per line on stdout. Offsets are Unicode code points (Python string indices).</summary>
internal static class Predict
{
    public static async Task<int> RunAsync(NluEngine engine)
    {
        using var stdin = new StreamReader(Console.OpenStandardInput(), System.Text.Encoding.UTF8);
        await using var stdout = Console.OpenStandardOutput();
        engine.Predict(["hola"], [DateOnly.FromDateTime(DateTime.UtcNow)]); // warm-up: the first run allocates
        var lineNo = 0;
        var bad = 0;
        while (await stdin.ReadLineAsync() is { } line)
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            JsonElement row;
            try
            {
                using var doc = JsonDocument.Parse(line);
                row = doc.RootElement.Clone();
                if (row.ValueKind != JsonValueKind.Object || !row.TryGetProperty("text", out var t) || t.ValueKind != JsonValueKind.String)
                    throw new JsonException("expected an object with a string \"text\"");
            }
            catch (JsonException e)
            {
                bad++;
                await Console.Error.WriteLineAsync($"predict: line {lineNo} skipped: {e.Message}");
                continue;
            }
            var text = row.GetProperty("text").GetString()!;
            var now = InferenceCli.ParseNow(row);
            var sw = Stopwatch.StartNew();
            var p = engine.Predict([text], [now])[0];
            var ms = sw.Elapsed.TotalMilliseconds;

            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            await using (var w = new Utf8JsonWriter(buffer, InferenceCli.WriterOptions))
            {
                w.WriteStartObject();
                w.WritePropertyName("id");
                if (row.TryGetProperty("id", out var id)) id.WriteTo(w); else w.WriteNullValue();
                w.WriteString("intent", p.Intent);
                w.WriteNumber("confidence", Math.Round(p.Confidence, 6));
                w.WriteStartArray("entities");
                foreach (var e in p.Entities)
                {
                    w.WriteStartObject();
                    w.WriteString("type", e.Type);
                    w.WriteString("text", e.Text);
                    w.WriteNumber("start", PayrollTokenizer.ToCodePointIndex(text, e.Start));
                    w.WriteNumber("end", PayrollTokenizer.ToCodePointIndex(text, e.End));
                    w.WritePropertyName("value");
                    InferenceCli.WriteValue(w, e.Value);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteNumber("ms", Math.Round(ms, 3));
                w.WriteEndObject();
            }
            await stdout.WriteAsync(buffer.WrittenMemory);
            stdout.WriteByte((byte)'\n');
            await stdout.FlushAsync();
        }
        return bad == 0 ? 0 : 1;
    }
}
