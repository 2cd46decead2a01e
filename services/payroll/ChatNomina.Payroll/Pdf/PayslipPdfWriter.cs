using ChatNomina.Payroll.Caching;
using ChatNomina.Payroll.Extensions;
using ChatNomina.Payroll.Import;
using ChatNomina.ServiceDefaults.Errors;
using Microsoft.Extensions.Options;

namespace ChatNomina.Payroll.Pdf;

/// <summary>A payslip as a PDF file, with the name it is downloaded under.</summary>
public sealed record PayslipPdfFile(byte[] Content, string FileName);

/// <summary>
/// Makes the PDF of one payslip: reads it exactly as the JSON read does (<see cref="PayslipReader"/>:
/// same cache, same audit record, same refusal when the audit cannot be written), asks the users
/// service for the employee's profile with the caller's own token, and lays it out
/// (<see cref="PayslipPdfLayout"/>). Authorization is the caller's job, as for the reader.
/// </summary>
public sealed partial class PayslipPdfWriter(
    PayslipReader reader,
    EmployeeDirectory employees,
    IOptions<PayrollOptions> options,
    ILogger<PayslipPdfWriter> logger)
{
    /// <summary>
    /// The PDF of <paramref name="userId"/>'s payslip for the period, or null when there is none.
    /// <paramref name="ownPayslip"/>: the caller reads their own (profile from <c>api/users/me</c>),
    /// else HR reads someone's (<c>api/users/{id}</c>). Throws <see cref="EmployeeDirectoryException"/>
    /// when the users service refused or garbled the profile, and
    /// <see cref="DependencyUnavailableException"/> (503) when it did not answer.
    /// </summary>
    public async Task<PayslipPdfFile?> WriteAsync(Guid readerId, Guid userId, bool ownPayslip, int year, int month,
        PayslipPdfLanguage language, string accessToken, CancellationToken ct)
    {
        // The employee (and HR for their own pay) gets the published version; HR the current one, published or not.
        var payslip = ownPayslip || readerId == userId
            ? await reader.GetAsync(readerId, userId, year, month, ct)
            : await reader.GetCurrentAsync(readerId, userId, year, month, ct);
        if (payslip is null)
        {
            return null;
        }

        EmployeeProfile? profile;
        try
        {
            profile = await employees.GetProfileAsync(ownPayslip ? null : userId, accessToken, ct);
        }
        catch (EmployeeDirectoryException ex) when (ex.StatusCode == StatusCodes.Status503ServiceUnavailable)
        {
            throw new DependencyUnavailableException("users", "The employee's profile could not be read for the payslip PDF.", ex);
        }
        if (profile is null)
        {
            LogNoProfile(logger, userId);
        }
        else if (profile.Id != userId)
        {
            // Never print somebody else's name on a payslip.
            throw new EmployeeDirectoryException(StatusCodes.Status502BadGateway, "The users service answered the profile of another employee");
        }

        var settings = options.Value;
        var content = new PayslipPdfContent(
            payslip,
            new PayslipPdfCompany(settings.CompanyName, settings.CompanyTaxId, settings.CompanyAddress),
            profile is null ? null : new PayslipPdfEmployee(
                $"{profile.FirstName} {profile.LastName}".Trim(), profile.EmployeeNumber, profile.Department, profile.Position, profile.HireDate));
        return new PayslipPdfFile(PayslipPdfLayout.Render(content, language), PayslipPdfTexts.For(language).FileName(year, month));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The users service has no profile for {UserId}: the payslip PDF shows the id only")]
    private static partial void LogNoProfile(ILogger logger, Guid userId);
}
