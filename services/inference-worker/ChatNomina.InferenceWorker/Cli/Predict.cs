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
        // Warm-up: the first runs allocate (JIT, ONNX Runtime arenas for short and long inputs).
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        engine.Predict(["hola"], [today]);
        engine.Predict(["Buenos días, disculpe la molestia: ¿cuánto me retuvieron de IRPF y de Seguridad Social en la nómina de enero del 24? Muchas gracias de antemano."], [today]);
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

            var bytes = PredictionJson.Line(row.TryGetProperty("id", out var id) ? id : null, text, p, ms);
            await stdout.WriteAsync(bytes);
            stdout.WriteByte((byte)'\n');
            await stdout.FlushAsync();
        }
        return bad == 0 ? 0 : 1;
    }
}
