using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatNomina.Payroll.Apis;

internal static class PeriodValidation
{
    public const int MinYear = 1900;
    public const int MaxYear = 2200;

    /// <summary>A 400 problem for an impossible period, or null when the period is valid.</summary>
    public static ValidationProblem? Validate(int year, int? month)
    {
        var errors = new Dictionary<string, string[]>();
        if (year is < MinYear or > MaxYear)
        {
            errors["year"] = [$"The year must be between {MinYear} and {MaxYear}."];
        }
        if (month is < 1 or > 12)
        {
            errors["month"] = ["The month must be between 1 and 12."];
        }
        return errors.Count == 0 ? null : TypedResults.ValidationProblem(errors, title: "Invalid period");
    }
}
