using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ChatNomina.Inference;

/// <summary>The one-line JSON form external evaluations read:
/// {"id","intent","confidence","entities":[{"type","text","start","end","value"}],"ms"}.
/// Offsets are Unicode code points (Python string indices); value is an int for MONTH/YEAR, a string
/// otherwise, null when normalization finds none.</summary>
public static class PredictionJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Line(JsonElement? id, string text, NluPrediction p, double ms)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WritePropertyName("id");
            if (id is { } i && i.ValueKind != JsonValueKind.Undefined) i.WriteTo(w); else w.WriteNullValue();
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
                switch (e.Value)
                {
                    case null: w.WriteNullValue(); break;
                    case int n: w.WriteNumberValue(n); break;
                    default: w.WriteStringValue(e.Value.ToString()); break;
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteNumber("ms", Math.Round(ms, 3));
            w.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
