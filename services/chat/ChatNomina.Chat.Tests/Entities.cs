using ChatNomina.Chat.Conversations;
using ChatNomina.Contracts.Inference;

namespace ChatNomina.Chat.Tests;

/// <summary>Entities as the NLU reports them: spans located in the message text.</summary>
internal static class Entities
{
    public static ExtractedEntity In(string text, string type, string fragment, string? value, int? number = null)
    {
        var start = text.IndexOf(fragment, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"'{fragment}' is not in '{text}'", nameof(fragment));
        }
        return new ExtractedEntity(type, fragment, start, start + fragment.Length, value, number);
    }

    public static ExtractedEntity Month(string text, string fragment, int month) =>
        In(text, EntityTypes.Month, fragment, month.ToString(System.Globalization.CultureInfo.InvariantCulture), month);

    public static ExtractedEntity Year(string text, string fragment, int year) =>
        In(text, EntityTypes.Year, fragment, year.ToString(System.Globalization.CultureInfo.InvariantCulture), year);

    public static ExtractedEntity Relative(string text, string fragment, string value) =>
        In(text, EntityTypes.RelativePeriod, fragment, value);

    public static ExtractedEntity Deduction(string text, string fragment, string value) =>
        In(text, EntityTypes.DeductionType, fragment, value);

    public static ExtractedEntity ProfileField(string text, string fragment, string value) =>
        In(text, EntityTypes.ProfileField, fragment, value);
}
