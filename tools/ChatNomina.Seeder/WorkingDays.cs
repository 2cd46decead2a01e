namespace ChatNomina.Seeder;

/// <summary>Payroll is paid on the last working day of the month (Monday-Friday, not a national holiday).</summary>
public static class WorkingDays
{
    /// <summary>Spain's fixed-date national holidays (month, day).</summary>
    private static readonly (int Month, int Day)[] NationalHolidays =
        [(1, 1), (1, 6), (5, 1), (8, 15), (10, 12), (11, 1), (12, 6), (12, 8), (12, 25)];

    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !NationalHolidays.Contains((date.Month, date.Day));

    public static DateOnly LastWorkingDay(int year, int month)
    {
        var date = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(-1);
        }
        return date;
    }
}
