using System.Security.Cryptography;
using ChatNomina.Payroll.Apis;
using ChatNomina.Payroll.Infrastructure;
using ChatNomina.Payroll.Model;

namespace ChatNomina.Payroll.Import;

/// <summary>What is known of an import attempt before it runs: who, when, which file, which dialect.</summary>
public sealed record ImportAttempt(Guid ImportedBy, DateTimeOffset ImportedAt, string FileSha256, long FileBytes, string Dialect)
{
    public static ImportAttempt Of(Guid importedBy, DateTimeOffset at, ReadOnlySpan<byte> file, CsvDialect dialect) =>
        new(importedBy, at, Convert.ToHexStringLower(SHA256.HashData(file)), file.Length, dialect.Name);

    public PayslipImportRecord Record(string result, int rows, int errors, ImportResult? done = null) => new()
    {
        ImportedBy = ImportedBy, ImportedAt = ImportedAt, FileSha256 = FileSha256, FileBytes = FileBytes, Dialect = Dialect,
        Rows = rows, Errors = errors, Result = result, DryRun = done?.DryRun ?? false,
        Created = done?.Created ?? 0, Updated = done?.Updated ?? 0, Unchanged = done?.Unchanged ?? 0,
    };
}

/// <summary>
/// The import history. An applied import's record is written in the import's own transaction (no import
/// without its record); a refusal or a dry run is recorded on its own, and when that write fails the
/// refusal still stands (nothing was written) and the failure is logged.
/// </summary>
public sealed partial class ImportHistory(PayrollDbContext db, ILogger<ImportHistory> logger)
{
    public async Task RecordAsync(PayslipImportRecord record, CancellationToken ct)
    {
        try
        {
            db.ChangeTracker.Clear();
            db.Imports.Add(record);
            await db.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            db.ChangeTracker.Clear();
            LogNotRecorded(logger, ex, record.Result, record.FileSha256);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import attempt ({Result}, file {FileSha256}) could not be recorded in the history")]
    private static partial void LogNotRecorded(ILogger logger, Exception ex, string result, string fileSha256);
}
