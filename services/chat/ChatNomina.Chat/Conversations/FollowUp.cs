using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ChatNomina.Contracts.Inference;

namespace ChatNomina.Chat.Conversations;

/// <summary>
/// Recognizes follow-up turns such as "¿y en febrero?", "and March?" or "what about last year?":
/// once the entities are taken out, only connective words are left, so the turn means "the same
/// question, for this period".
/// </summary>
public static partial class FollowUp
{
    /// <summary>Connective words, compared without case or accents ("tambien" = "también", "ano" = "año").</summary>
    private static readonly HashSet<string> Filler = new(StringComparer.Create(
        CultureInfo.InvariantCulture, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace))
    {
        // es
        "y", "e", "o", "en", "de", "del", "el", "la", "los", "las", "al", "para", "por", "con", "qué", "tal", "pues",
        "entonces", "ahora", "también", "mes", "año", "cómo", "va", "sobre", "lo", "mismo",
        "mi", "mis", "me", "dime", "dame", "porfa", "porfavor", "favor", "hm", "eh", "ah", "ok", "vale",
        // en
        "and", "what", "about", "how", "for", "in", "of", "the", "then", "also", "same", "month", "year", "now", "please",
        "pls", "in", "on", "at", "with", "again", "my", "me", "tell", "show", "give", "that", "one", "ones", "is", "was",
    };

    /// <summary>True when the message is nothing but entities and connective words.</summary>
    public static bool IsPureFollowUp(string text, IReadOnlyList<ExtractedEntity> entities)
    {
        if (entities.Count == 0)
        {
            return false;
        }
        var rest = new StringBuilder(text);
        foreach (var e in entities.OrderByDescending(e => e.Start))
        {
            if (e.Start >= 0 && e.End <= rest.Length && e.Start <= e.End)
            {
                rest.Remove(e.Start, e.End - e.Start).Insert(e.Start, ' ');
            }
        }
        var words = WordPattern().Matches(rest.ToString()).Select(m => m.Value).ToList();
        return words.Count <= 6 && words.All(Filler.Contains);
    }

    /// <summary>Starts like a follow-up: "y …", "¿y …", "and …", "what about …", "how about …".</summary>
    public static bool StartsLikeFollowUp(string text) => MarkerPattern().IsMatch(text);

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^\W*(y|e|and|what about|how about|and what about|y qu[eé] tal|y para|also|tambi[eé]n)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MarkerPattern();
}
