using System.Text;
using Microsoft.ML.Tokenizers;

namespace ChatNomina.Inference;

/// <summary>The shared es/en SentencePiece BPE tokenizer (spiece.model) through Microsoft.ML.Tokenizers,
/// plus the NER offset rule of models/README.md.</summary>
public sealed class PayrollTokenizer
{
    public const int PadId = 0;
    public const int EosId = 1;
    private const char Space = '\u2581';

    private readonly SentencePieceTokenizer _sp;
    private readonly string?[] _pieces;
    private readonly Dictionary<string, int> _normalPieces = new(StringComparer.Ordinal);
    private readonly int[] _byteIds = new int[256];

    public PayrollTokenizer(string spieceModelPath)
    {
        using var stream = File.OpenRead(spieceModelPath);
        _sp = SentencePieceTokenizer.Create(stream, false, false);
        var max = _sp.Vocabulary.Values.DefaultIfEmpty(0).Max();
        _pieces = new string?[max + 1];
        foreach (var (piece, id) in _sp.Vocabulary)
            _pieces[id] = piece;
        Array.Fill(_byteIds, -1);
        for (var id = 0; id < _pieces.Length; id++)
        {
            if (_pieces[id] is not { } piece || id == _sp.UnknownId || id <= EosId) continue;
            var b = ByteValue(id);
            if (b >= 0) _byteIds[b] = id;
            else _normalPieces[piece] = id;
        }
    }

    public int VocabularySize => _pieces.Length;

    /// <summary>Ids of <paramref name="text"/> (no BOS, no EOS).</summary>
    public int[] Encode(string text)
    {
        if (text.Length == 0) return [];
        // Microsoft.ML.Tokenizers breaks BPE merge-score ties between overlapping equal pairs (a run of
        // 3+ identical symbols, "!!!!!") from the right; SentencePiece merges the leftmost pair first.
        // Only such texts take the reference merge loop below (same vocabulary, same scores).
        if (HasRunOfThree(text)) return EncodeLeftmostBpe(text);
        return _sp.EncodeToIds(text, addBeginningOfSentence: false, addEndOfSentence: false,
            considerPreTokenization: true, considerNormalization: true).ToArray();
    }

    private static bool HasRunOfThree(string text)
    {
        for (var i = 2; i < text.Length; i++)
            if (text[i] == text[i - 1] && text[i] == text[i - 2]) return true;
        return false;
    }

    /// <summary>SentencePiece's BPE encoding (bpe_model.cc): start from characters of the normalized text
    /// ("▁" + text with spaces as "▁"), repeatedly merge the adjacent pair whose concatenation is the
    /// best-scored piece (in a SentencePiece BPE model the score order is the id order), the leftmost pair on
    /// ties; symbols that are not pieces fall back to their UTF-8 byte pieces.</summary>
    public int[] EncodeLeftmostBpe(string text)
    {
        var norm = Space + text.Replace(' ', Space);
        var start = new List<int>();
        var len = new List<int>();
        for (var i = 0; i < norm.Length;)
        {
            var n = char.IsHighSurrogate(norm[i]) && i + 1 < norm.Length && char.IsLowSurrogate(norm[i + 1]) ? 2 : 1;
            start.Add(i);
            len.Add(n);
            i += n;
        }
        var count = start.Count;
        var prev = new int[count];
        var next = new int[count];
        for (var i = 0; i < count; i++) { prev[i] = i - 1; next[i] = i + 1 < count ? i + 1 : -1; }
        var queue = new PriorityQueue<(int Left, int Right, int Length), (int Id, int Left)>();
        void Push(int l, int r)
        {
            if (l < 0 || r < 0) return;
            var total = len[l] + len[r];
            if (_normalPieces.TryGetValue(norm.Substring(start[l], total), out var id))
                queue.Enqueue((l, r, total), (id, start[l]));
        }
        for (var i = 0; i + 1 < count; i++) Push(i, i + 1);
        while (queue.TryDequeue(out var pair, out _))
        {
            var (l, r, total) = pair;
            if (len[l] == 0 || len[r] == 0 || next[l] != r || len[l] + len[r] != total) continue; // stale
            len[l] = total;
            len[r] = 0;
            next[l] = next[r];
            if (next[r] >= 0) prev[next[r]] = l;
            Push(prev[l], l);
            Push(l, next[l]);
        }
        var ids = new List<int>(count);
        for (var i = 0; i >= 0 && i < count; i = next[i])
        {
            if (len[i] == 0) continue;
            var piece = norm.Substring(start[i], len[i]);
            if (_normalPieces.TryGetValue(piece, out var id))
            {
                ids.Add(id);
                continue;
            }
            foreach (var b in Encoding.UTF8.GetBytes(piece))
                ids.Add(_byteIds[b] >= 0 ? _byteIds[b] : _sp.UnknownId);
        }
        return ids.ToArray();
    }

    public string Decode(IEnumerable<int> ids) => _sp.Decode(ids.Where(i => i > EosId), considerSpecialTokens: false) ?? "";

    public string? Piece(int id) => id >= 0 && id < _pieces.Length ? _pieces[id] : null;

    /// <summary>Byte value of a byte-fallback piece (&lt;0xNN&gt;), else -1.</summary>
    public int ByteValue(int id)
    {
        var p = Piece(id);
        if (p is { Length: 6 } && p.StartsWith("<0x", StringComparison.Ordinal) && p[5] == '>'
            && int.TryParse(p.AsSpan(3, 2), System.Globalization.NumberStyles.HexNumber, null, out var b))
            return b;
        return -1;
    }

    /// <summary>Span [start, end) in UTF-16 units of <paramref name="text"/> covered by each token
    /// (README "NER offset rule"); a token made only of "▁" gets an empty span.</summary>
    public (int Start, int End)[] Offsets(string text, IReadOnlyList<int> ids)
    {
        var norm = Space + text.Replace(' ', Space);
        var result = new (int, int)[ids.Count];
        var pos = 0;
        var bytes = new List<byte>(4);
        var byteTokens = new List<int>(4);
        var byteStart = 0;
        for (var k = 0; k < ids.Count; k++)
        {
            var b = ByteValue(ids[k]);
            if (b >= 0)
            {
                if (bytes.Count == 0) byteStart = pos;
                bytes.Add((byte)b);
                byteTokens.Add(k);
                var need = Utf8Length(bytes[0]);
                if (bytes.Count >= need)
                {
                    var ch = Encoding.UTF8.GetString(bytes.ToArray());
                    var len = Math.Max(1, ch.Length);
                    len = Math.Min(len, norm.Length - byteStart);
                    foreach (var t in byteTokens) result[t] = (byteStart - 1, byteStart - 1 + len);
                    pos = byteStart + len;
                    bytes.Clear();
                    byteTokens.Clear();
                }
                else
                {
                    result[k] = (byteStart - 1, byteStart);
                }
                continue;
            }
            var piece = Piece(ids[k]) ?? "";
            int s = pos, e = Math.Min(pos + piece.Length, norm.Length);
            pos = e;
            while (s < e && norm[s] == Space) s++;
            result[k] = s == e ? (Math.Max(e - 1, 0), Math.Max(e - 1, 0)) : (s - 1, e - 1);
        }
        return result;
    }

    private static int Utf8Length(byte lead) =>
        lead < 0x80 ? 1 : (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : (lead & 0xF8) == 0xF0 ? 4 : 1;

    /// <summary>UTF-16 index → Unicode code point index (Python's string indices).</summary>
    public static int ToCodePointIndex(string text, int utf16Index)
    {
        var cp = 0;
        for (var i = 0; i < utf16Index && i < text.Length; i++)
            if (!(char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]))) cp++;
        return cp;
    }
}
