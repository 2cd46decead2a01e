using System.Globalization;
using System.Text;

namespace ChatNomina.Chat.Pipeline;

/// <summary>
/// Step 1 of the pipeline: the message is cleaned (control characters removed, except that
/// line breaks and tabs become spaces; trimmed) and must then be non-empty, at most the
/// configured length and well-formed Unicode (no lone surrogates: they cannot be stored as UTF-8).
/// </summary>
public static class MessageValidation
{
    /// <summary>Bound on the text as sent, before cleaning (UTF-16 units; the stored message column
    /// holds 4,000): padding a short message with thousands of control characters is refused too.</summary>
    public const int MaxRawLength = 4000;

    public static (ValidatedMessage? Message, string? Error) Validate(string? message, int maxLength)
    {
        if (message is null)
        {
            return (null, "The message is required.");
        }
        if (message.Length > MaxRawLength)
        {
            return (null, $"The message is too long: at most {maxLength} characters are accepted.");
        }
        if (message.Contains('\0', StringComparison.Ordinal))
        {
            // The message is stored as typed, and PostgreSQL text cannot hold NUL.
            return (null, "The message contains a NUL character (U+0000), which cannot be stored; remove it and send again.");
        }
        var sb = new StringBuilder(message.Length);
        var origin = new List<int>(message.Length);
        for (var i = 0; i < message.Length; i++)
        {
            var c = message[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= message.Length || !char.IsLowSurrogate(message[i + 1]))
                {
                    return (null, "The message is not valid UTF-8 text (a lone surrogate).");
                }
                sb.Append(c).Append(message[i + 1]);
                origin.Add(i);
                origin.Add(i + 1);
                i++;
                continue;
            }
            if (char.IsLowSurrogate(c))
            {
                return (null, "The message is not valid UTF-8 text (a lone surrogate).");
            }
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (c is '\n' or '\r' or '\t')
            {
                sb.Append(' ');
                origin.Add(i);
            }
            else if (category is not (UnicodeCategory.Control or UnicodeCategory.Format) || c == '\u200D')
            {
                // Format characters (zero-width, bidi overrides) go too, except the emoji joiner.
                sb.Append(c);
                origin.Add(i);
            }
        }
        var all = sb.ToString();
        var clean = all.Trim();
        var lead = all.Length - all.TrimStart().Length;
        if (clean.Length == 0)
        {
            return (null, "The message is empty.");
        }
        // Characters as people count them (code points): an emoji is one, not two UTF-16 units.
        var length = clean.EnumerateRunes().Count();
        if (length > maxLength)
        {
            return (null, $"The message is {length} characters long; at most {maxLength} are accepted.");
        }
        return (new ValidatedMessage(message, clean, [.. origin.Skip(lead).Take(clean.Length)]), null);
    }
}

/// <summary>A message that passed validation: the text the models see, and where each of its
/// characters was in the message as typed (entity offsets are reported on the original).</summary>
public sealed record ValidatedMessage(string Original, string Text, int[] OriginalIndex)
{
    /// <summary>Maps a span of <see cref="Text"/> to the same characters in <see cref="Original"/>.</summary>
    public (int Start, int End) ToOriginal(int start, int end)
    {
        if (OriginalIndex.Length == 0 || start >= end)
        {
            return (0, 0);
        }
        start = Math.Clamp(start, 0, OriginalIndex.Length - 1);
        end = Math.Clamp(end, start + 1, OriginalIndex.Length);
        return (OriginalIndex[start], OriginalIndex[end - 1] + 1);
    }
}
