using System.Globalization;
using System.Text;
using ChatNomina.Payroll.Audit;
using ChatNomina.Payroll.Infrastructure;
using ChatNomina.Payroll.Model;
using ChatNomina.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ChatNomina.Payroll.Apis;

/// <summary>
/// The read audit for HR and admins: who read whose pay data, when, which period, in which trace
/// (docs/payroll-audit.md). Employees reading their own pay — almost every row — are left out unless
/// asked for (<c>includeOwn=true</c>), and every row says whether it was such a read (<c>ownData</c>).
/// Exporting it is itself a pay-data-related read, so the export is audited (<c>audit.export</c>,
/// fail-closed like a payslip read).
/// </summary>
public static class AuditApi
{
    public const string ExportAction = "audit.export";
    public const int MaxExportRows = 100_000;

    public static RouteGroupBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/payroll/audit")
            .WithTags("Read audit (HR)")
            .RequireAuthorization(AuthenticationExtensions.HrPolicy);

        api.MapGet("/", ListAccesses).WithName("ListPayslipAccesses")
            .WithSummary("Who read whose pay data, newest first, filtered; employees' reads of their own data only with includeOwn=true.");
        api.MapGet("/export", ExportAccesses).WithName("ExportPayslipAccesses")
            .WithSummary("The same rows as CSV (at most 100,000); the export itself is audited.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv");
        return api;
    }

    /// <summary>The filters both routes take.</summary>
    public sealed record AuditFilter(Guid? Subject, Guid? Reader, DateTimeOffset? From, DateTimeOffset? To, string? Action, bool IncludeOwn)
    {
        public ProblemHttpResult? Invalid() =>
            From is { } f && To is { } t && f > t
                ? TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid range", detail: "from must not be after to.")
                : Action is { Length: > 40 }
                    ? TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid action", detail: "action is at most 40 characters.")
                    : null;

        public IQueryable<PayslipAccess> Apply(IQueryable<PayslipAccess> q)
        {
            if (Subject is { } s) q = q.Where(a => a.SubjectUserId == s);
            if (Reader is { } r) q = q.Where(a => a.ReaderId == r);
            if (From is { } f) q = q.Where(a => a.AccessedAt >= f);
            if (To is { } t) q = q.Where(a => a.AccessedAt <= t);
            if (Action is { } act) q = q.Where(a => a.Action == act);
            if (!IncludeOwn) q = q.Where(a => a.ReaderId != a.SubjectUserId);
            return q;
        }
    }

    public static async Task<Results<Ok<AuditPage>, ProblemHttpResult>> ListAccesses(
        PayrollDbContext db, CancellationToken ct, Guid? subject = null, Guid? reader = null, DateTimeOffset? from = null,
        DateTimeOffset? to = null, string? action = null, bool includeOwn = false, int limit = 50, long? before = null)
    {
        var filter = new AuditFilter(subject, reader, from, to, action, includeOwn);
        if (filter.Invalid() is { } problem) return problem;
        if (limit is < 1 or > 200)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid limit", detail: "limit must be between 1 and 200.");
        }
        var q = filter.Apply(db.PayslipAccesses.AsNoTracking());
        if (before is { } b) q = q.Where(a => a.Id < b);
        var rows = await q.OrderByDescending(a => a.Id).Take(limit + 1).Select(a => ToItem(a)).ToListAsync(ct);
        var more = rows.Count > limit;
        var items = more ? rows[..limit] : rows;
        return TypedResults.Ok(new AuditPage(items, more ? items[^1].Id : null));
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAccesses(
        HttpContext http, PayrollDbContext db, PayslipAuditLog audit, CancellationToken ct, Guid? subject = null, Guid? reader = null,
        DateTimeOffset? from = null, DateTimeOffset? to = null, string? action = null, bool includeOwn = false)
    {
        var filter = new AuditFilter(subject, reader, from, to, action, includeOwn);
        if (filter.Invalid() is { } problem) return problem;
        // The export is recorded (and must be) before anything leaves: subject = the one filtered on, or
        // the empty id for "several people".
        await audit.RecordAsync(http.User.GetUserId(), subject ?? Guid.Empty, ExportAction, null, null, ct);
        var rows = await filter.Apply(db.PayslipAccesses.AsNoTracking()).OrderByDescending(a => a.Id).Take(MaxExportRows)
            .Select(a => ToItem(a)).ToListAsync(ct);
        var csv = new StringBuilder("id,accessed_at,reader_id,subject_user_id,own_data,action,year,month,trace_id\n");
        foreach (var r in rows)
        {
            csv.Append(CultureInfo.InvariantCulture,
                $"{r.Id},{r.AccessedAt:yyyy-MM-ddTHH:mm:ss.fffZ},{r.ReaderId},{r.SubjectUserId},{(r.OwnData ? "true" : "false")},{r.Action},{r.Year},{r.Month},{r.TraceId}\n");
        }
        http.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv", "payslip-read-audit.csv");
    }

    private static AuditItem ToItem(PayslipAccess a) =>
        new(a.Id, a.AccessedAt, a.ReaderId, a.SubjectUserId, a.ReaderId == a.SubjectUserId, a.Action, a.Year, a.Month, a.TraceId);
}

/// <summary>One audited read: <c>ownData</c> when the reader read their own pay.</summary>
public sealed record AuditItem(long Id, DateTimeOffset AccessedAt, Guid ReaderId, Guid SubjectUserId, bool OwnData,
    string Action, int? Year, int? Month, string? TraceId);

/// <summary>A page of the audit, newest first; <c>next</c> is the <c>before</c> of the next page (null at the end).</summary>
public sealed record AuditPage(IReadOnlyList<AuditItem> Items, long? Next);
