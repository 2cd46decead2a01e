using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ChatNomina.Inference;

namespace ChatNomina.InferenceWorker.Cli;

/// <summary>Every metric of shared/spec/nlu.md on an evaluation file, the same scoring as models/evaluate.py:
/// intent accuracy, macro-F1, OOS / in-scope recall, entity P/R/F1 strict (type + span) and overlap
/// (type + overlapping span), value accuracy of overlap-matched entities, per language, latency p50/p99
/// (intent + NER of one message at batch 1).</summary>
internal static class Eval
{
    private sealed record Gold(string Type, int Start, int End, string Value);
    private sealed record Row(string Id, string Lang, string Text, DateOnly Now, string Intent, List<Gold> Entities);

    public static int Run(NluEngine engine, string file)
    {
        var rows = Load(file);
        if (rows.Count == 0)
        {
            Console.Error.WriteLine($"eval: no rows in {file}");
            return 1;
        }
        var labels = engine.T5.Labels;
        engine.Predict([rows[0].Text], [rows[0].Now]); // warm-up (first run allocates)
        var preds = new NluPrediction[rows.Count];
        var latency = new List<double>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var sw = Stopwatch.StartNew();
            preds[i] = engine.Predict([rows[i].Text], [rows[i].Now])[0];
            latency.Add(sw.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"# eval {Path.GetFileName(file)}: {rows.Count} messages; models {engine.Models} on {engine.T5.Provider}");
        Console.WriteLine();
        Console.WriteLine("| lang | n | intent acc | macro-F1 | OOS recall | in-scope recall | ent P/R/F1 strict | ent P/R/F1 overlap | ent P/R/F1 found (nlu.md: type + value + overlap) | value acc | gold/pred ents |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var lang in new[] { "all", "es", "en" })
        {
            var idx = Enumerable.Range(0, rows.Count).Where(i => lang == "all" || rows[i].Lang == lang).ToList();
            if (idx.Count == 0) continue;
            var s = Score(idx.Select(i => rows[i]).ToList(), idx.Select(i => preds[i]).ToList(), labels);
            Console.WriteLine($"| {lang} | {idx.Count} | {F(s.Accuracy)} | {F(s.MacroF1)} | {F(s.OosRecall)} | {F(s.InScopeRecall)} | " +
                $"{F(s.Strict.P)}/{F(s.Strict.R)}/{F(s.Strict.F1)} | {F(s.Overlap.P)}/{F(s.Overlap.R)}/{F(s.Overlap.F1)} | {F(s.Found.P)}/{F(s.Found.R)}/{F(s.Found.F1)} | {F(s.ValueAccuracy)} | {s.Gold}/{s.Pred} |");
        }
        Console.WriteLine();
        Console.WriteLine($"latency per message (intent + NER, batch 1, {engine.Options.IntraOpThreads} intra-op thread(s)): " +
            $"p50 {InferenceCli.Percentile(latency, 50):F2} ms, p99 {InferenceCli.Percentile(latency, 99):F2} ms, mean {latency.Average():F2} ms");

        var errors = Enumerable.Range(0, rows.Count).Where(i => preds[i].Intent != rows[i].Intent).ToList();
        Console.WriteLine();
        Console.WriteLine($"intent errors ({errors.Count}):");
        foreach (var i in errors.Take(40))
            Console.WriteLine($"  {rows[i].Id} [{rows[i].Lang}] {JsonSerializer.Serialize(rows[i].Text, JsonOpts)}: gold {rows[i].Intent}, predicted {preds[i].Intent} ({preds[i].Confidence:F3})");
        return 0;
    }

    private static readonly JsonSerializerOptions JsonOpts = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string F(double? v) => v is null ? "–" : v.Value.ToString("0.000", CultureInfo.InvariantCulture);

    private sealed record Prf(double P, double R, double F1);
    private sealed record Scores(double Accuracy, double MacroF1, double? OosRecall, double? InScopeRecall, Prf Strict, Prf Overlap, Prf Found, double? ValueAccuracy, int Gold, int Pred);

    private static Prf MakePrf(int tp, int np, int ng)
    {
        var p = np > 0 ? (double)tp / np : 1.0;
        var r = ng > 0 ? (double)tp / ng : 1.0;
        return new Prf(p, r, p + r > 0 ? 2 * p * r / (p + r) : 0);
    }

    private static Scores Score(List<Row> rows, List<NluPrediction> preds, IReadOnlyList<string> labels)
    {
        var acc = rows.Zip(preds).Count(x => x.First.Intent == x.Second.Intent) / (double)rows.Count;
        var f1s = new List<double>();
        foreach (var lab in labels)
        {
            var ng = rows.Count(r => r.Intent == lab);
            if (ng == 0) continue;
            var np = preds.Count(p => p.Intent == lab);
            var tp = rows.Zip(preds).Count(x => x.First.Intent == lab && x.Second.Intent == lab);
            f1s.Add(MakePrf(tp, np, ng).F1);
        }
        var oos = rows.Select((r, i) => (r, i)).Where(x => x.r.Intent == "out_of_scope").Select(x => x.i).ToList();
        var ins = rows.Select((r, i) => (r, i)).Where(x => x.r.Intent != "out_of_scope").Select(x => x.i).ToList();
        double? oosRecall = oos.Count > 0 ? oos.Count(i => preds[i].Intent == "out_of_scope") / (double)oos.Count : null;
        double? inRecall = ins.Count > 0 ? ins.Count(i => preds[i].Intent != "out_of_scope") / (double)ins.Count : null;

        int nGold = 0, nPred = 0, tpStrict = 0, tpOverlap = 0, valueOk = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var g = rows[i].Entities;
            var p = preds[i].Entities.Select(e => new Gold(e.Type, e.Start, e.End, ValueKey(e.Value))).ToList();
            nGold += g.Count;
            nPred += p.Count;
            tpStrict += g.Select(x => (x.Type, x.Start, x.End)).ToHashSet().Intersect(p.Select(x => (x.Type, x.Start, x.End))).Count();
            var used = new HashSet<int>();
            foreach (var ge in g)
            {
                for (var k = 0; k < p.Count; k++)
                {
                    if (used.Contains(k) || p[k].Type != ge.Type || !(p[k].Start < ge.End && p[k].End > ge.Start)) continue;
                    used.Add(k);
                    tpOverlap++;
                    if (p[k].Value == ge.Value) valueOk++;
                    break;
                }
            }
        }
        return new Scores(acc, f1s.Count > 0 ? f1s.Average() : 0, oosRecall, inRecall,
            MakePrf(tpStrict, nPred, nGold), MakePrf(tpOverlap, nPred, nGold), MakePrf(valueOk, nPred, nGold),
            tpOverlap > 0 ? valueOk / (double)tpOverlap : null, nGold, nPred);
    }

    private static string ValueKey(object? v) => v switch
    {
        null => "null",
        int i => "n:" + i.ToString(CultureInfo.InvariantCulture),
        _ => "s:" + v,
    };

    private static string ValueKey(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Number => "n:" + v.GetRawText(),
        JsonValueKind.String => "s:" + v.GetString(),
        _ => "null",
    };

    private static List<Row> Load(string file)
    {
        var rows = new List<Row>();
        foreach (var line in File.ReadLines(file))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            if (r.TryGetProperty("turns", out var turns))
            {
                var k = 0;
                foreach (var t in turns.EnumerateArray()) rows.Add(ToRow(t, r, $"{Str(r, "id")}#{k++}"));
            }
            else
            {
                rows.Add(ToRow(r, r, Str(r, "id")));
            }
        }
        return rows;
    }

    private static int Utf16Index(string text, int codePoint)
    {
        var i = 0;
        for (var cp = 0; cp < codePoint && i < text.Length; cp++)
            i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
        return i;
    }

    private static string Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText() : "";

    private static Row ToRow(JsonElement r, JsonElement parent, string id)
    {
        var text = Str(r, "text");
        var lang = r.TryGetProperty("lang", out _) ? Str(r, "lang") : Str(parent, "lang");
        var now = r.TryGetProperty("now", out _) ? InferenceCli.ParseNow(r) : InferenceCli.ParseNow(parent);
        var gold = new List<Gold>();
        var used = new List<(int S, int E)>();
        if (r.TryGetProperty("entities", out var ents))
        {
            foreach (var e in ents.EnumerateArray())
            {
                var type = Str(e, "type");
                var value = ValueKey(e.TryGetProperty("value", out var v) ? v : default);
                if (e.TryGetProperty("start", out var s) && e.TryGetProperty("end", out var en))
                {
                    // Offsets in evaluation files are code points (Python string indices).
                    gold.Add(new Gold(type, Utf16Index(text, s.GetInt32()), Utf16Index(text, en.GetInt32()), value));
                    continue;
                }
                // Locate the gold text left to right, skipping spans already taken (as models/evaluate.py does).
                var et = Str(e, "text");
                int pos, from = 0;
                while (true)
                {
                    pos = text.IndexOf(et, from, StringComparison.Ordinal);
                    if (pos < 0 || used.All(u => !(pos < u.E && pos + et.Length > u.S))) break;
                    from = pos + 1;
                }
                if (pos < 0) pos = text.IndexOf(et, StringComparison.OrdinalIgnoreCase);
                used.Add((pos, pos + et.Length));
                gold.Add(new Gold(type, pos, pos + et.Length, value));
            }
        }
        return new Row(id, lang, text, now, Str(r, "intent"), gold);
    }
}
