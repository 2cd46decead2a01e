using System.Globalization;

namespace ChatNomina.Chat.Analytics;

/// <summary>
/// The days an analytics answer covers: <see cref="From"/> to <see cref="To"/>, both included, as UTC
/// days (the chat resolves relative periods against UTC too). At most <see cref="MaxDays"/> days.
/// </summary>
public sealed record AnalyticsRange(DateOnly From, DateOnly To)
{
    public const int DefaultDays = 30;
    public const int MaxDays = 366;
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>The first instant of the range.</summary>
    public DateTimeOffset Start => new(From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>The first instant after the range.</summary>
    public DateTimeOffset End => new(To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>
    /// The range of a request's <c>from</c>/<c>to</c> (yyyy-MM-dd): <c>to</c> defaults to today (UTC),
    /// <c>from</c> to <see cref="DefaultDays"/> days ending on <c>to</c>. Null with the errors, per
    /// parameter, when a date is malformed, <c>from</c> is after <c>to</c> or the range is too long.
    /// </summary>
    public static AnalyticsRange? Parse(string? from, string? to, DateOnly today, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var end = today;
        if (to is not null && !TryParseDate(to, out end))
        {
            errors["to"] = [$"'to' must be a date written {DateFormat}."];
        }
        var start = DateOnly.MinValue;
        if (from is not null && !TryParseDate(from, out start))
        {
            errors["from"] = [$"'from' must be a date written {DateFormat}."];
        }
        if (errors.Count > 0)
        {
            return null;
        }
        if (from is null)
        {
            start = end.DayNumber >= DefaultDays ? end.AddDays(-(DefaultDays - 1)) : DateOnly.MinValue;
        }
        if (start > end)
        {
            errors["from"] = ["'from' must not be after 'to'."];
            return null;
        }
        if (end.DayNumber - start.DayNumber + 1 > MaxDays)
        {
            errors["to"] = [$"The range is at most {MaxDays} days ('from' and 'to' included)."];
            return null;
        }
        return new AnalyticsRange(start, end);
    }

    // The last day is refused so that End (the day after it) always exists.
    private static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
        && date < DateOnly.MaxValue;
}
