using Npgsql;
using NpgsqlTypes;

namespace ChatNomina.Seeder;

/// <summary>
/// Writes the demo data with binary COPY into staging tables, then inserts only what is not
/// there yet (ON CONFLICT DO NOTHING), in one transaction per database.
/// </summary>
public static class DemoDataWriter
{
    public static async Task<int> WriteEmployeesAsync(string connectionString, IReadOnlyList<DemoEmployee> employees)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var tx = await connection.BeginTransactionAsync();
        await Execute(connection, """
            CREATE TEMP TABLE stage_employees (LIKE users.employees INCLUDING DEFAULTS INCLUDING GENERATED) ON COMMIT DROP;
            """);
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY stage_employees (id, employee_number, email, first_name, last_name, department, position, hire_date, preferred_language, updated_at) FROM STDIN (FORMAT BINARY)"))
        {
            var now = DateTimeOffset.UtcNow;
            foreach (var e in employees)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(e.Id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(e.EmployeeNumber);
                await copy.WriteAsync(e.Email);
                await copy.WriteAsync(e.FirstName);
                await copy.WriteAsync(e.LastName);
                await copy.WriteAsync(e.Department);
                await copy.WriteAsync(e.Position);
                await copy.WriteAsync(e.HireDate, NpgsqlDbType.Date);
                await copy.WriteAsync(e.PreferredLanguage);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
            }
            await copy.CompleteAsync();
        }
        var added = await Execute(connection, """
            -- The columns named: search_text is generated, and the credential columns keep their defaults
            -- (credential_version = auth_confirmed_version = 0): a seeded employee is "active", its
            -- credential written by the seeder itself (docs/people.md).
            INSERT INTO users.employees (id, employee_number, email, first_name, last_name, department, position, hire_date, preferred_language, updated_at)
            SELECT id, employee_number, email, first_name, last_name, department, position, hire_date, preferred_language, updated_at
            FROM stage_employees ON CONFLICT DO NOTHING;
            """);
        await tx.CommitAsync();
        return added;
    }

    public static async Task<(int Payslips, int Lines)> WritePayslipsAsync(string connectionString, IEnumerable<GeneratedPayslip> payslips)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var tx = await connection.BeginTransactionAsync();
        await Execute(connection, """
            CREATE TEMP TABLE stage_payslips (user_id uuid, year int, month int, gross numeric(12,2), total numeric(12,2),
                net numeric(12,2), payment_date date) ON COMMIT DROP;
            CREATE TEMP TABLE stage_lines (user_id uuid, year int, month int, kind int, type text, label text,
                amount numeric(12,2), position int) ON COMMIT DROP;
            """);
        var lines = new List<(GeneratedPayslip Payslip, GeneratedLine Line, int Position)>();
        await using (var copyPayslips = await connection.BeginBinaryImportAsync(
            "COPY stage_payslips FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var p in payslips)
            {
                await copyPayslips.StartRowAsync();
                await copyPayslips.WriteAsync(p.UserId, NpgsqlDbType.Uuid);
                await copyPayslips.WriteAsync(p.Year, NpgsqlDbType.Integer);
                await copyPayslips.WriteAsync(p.Month, NpgsqlDbType.Integer);
                await copyPayslips.WriteAsync(p.Gross, NpgsqlDbType.Numeric);
                await copyPayslips.WriteAsync(p.TotalDeductions, NpgsqlDbType.Numeric);
                await copyPayslips.WriteAsync(p.Net, NpgsqlDbType.Numeric);
                await copyPayslips.WriteAsync(p.PaymentDate, NpgsqlDbType.Date);
                for (var i = 0; i < p.Lines.Count; i++)
                {
                    lines.Add((p, p.Lines[i], i));
                }
            }
            await copyPayslips.CompleteAsync();
        }

        await using (var copyLines = await connection.BeginBinaryImportAsync("COPY stage_lines FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (p, line, position) in lines)
            {
                await copyLines.StartRowAsync();
                await copyLines.WriteAsync(p.UserId, NpgsqlDbType.Uuid);
                await copyLines.WriteAsync(p.Year, NpgsqlDbType.Integer);
                await copyLines.WriteAsync(p.Month, NpgsqlDbType.Integer);
                await copyLines.WriteAsync((int)line.Kind, NpgsqlDbType.Integer);
                await copyLines.WriteAsync(line.Type);
                await copyLines.WriteAsync(line.Label);
                await copyLines.WriteAsync(line.Amount, NpgsqlDbType.Numeric);
                await copyLines.WriteAsync(position, NpgsqlDbType.Integer);
            }
            await copyLines.CompleteAsync();
        }

        // The per-row constraint triggers re-sum a payslip's lines for every row: fine for
        // imports, far too slow for millions of seeded lines. The seeder (table owner) disables
        // them inside its transaction and verifies the same invariants set-based before commit;
        // DDL is transactional, so any failure rolls the triggers back on.
        await Execute(connection, """
            ALTER TABLE payroll.payslips DISABLE TRIGGER tr_payslips_sums;
            ALTER TABLE payroll.payslip_lines DISABLE TRIGGER tr_payslip_lines_sums;
            ALTER TABLE payroll.payslip_versions DISABLE TRIGGER tr_payslip_versions_sums;
            ALTER TABLE payroll.payslip_version_lines DISABLE TRIGGER tr_payslip_version_lines_sums;
            """);
        await Execute(connection, """
            CREATE TEMP TABLE inserted ON COMMIT DROP AS WITH ins AS (
                INSERT INTO payroll.payslips (user_id, year, month, gross_salary, total_deductions, net_salary, payment_date, currency, updated_at)
                SELECT user_id, year, month, gross, total, net, payment_date, 'EUR', now() FROM stage_payslips
                ON CONFLICT (user_id, year, month) DO NOTHING
                RETURNING id, user_id, year, month)
            SELECT * FROM ins;
            """);
        var payslipCount = await Scalar(connection, "SELECT count(*) FROM inserted");
        var lineCount = await Execute(connection, """
            INSERT INTO payroll.payslip_lines (payslip_id, kind, type, label, amount, position)
            SELECT i.id, l.kind, l.type, l.label, l.amount, l.position
            FROM inserted i JOIN stage_lines l ON l.user_id = i.user_id AND l.year = i.year AND l.month = i.month;
            """);
        var inconsistent = await Scalar(connection, """
            SELECT count(*) FROM inserted i JOIN payroll.payslips p ON p.id = i.id
            JOIN LATERAL (SELECT coalesce(sum(amount) FILTER (WHERE kind = 1), 0) AS earnings,
                                 coalesce(sum(amount) FILTER (WHERE kind = 2), 0) AS deductions
                          FROM payroll.payslip_lines l WHERE l.payslip_id = p.id) s ON true
            WHERE s.earnings <> p.gross_salary OR s.deductions <> p.total_deductions
            """);
        if (inconsistent > 0)
        {
            throw new InvalidOperationException($"{inconsistent} generated payslips do not add up; nothing was written.");
        }
        // Employees read payslip versions, and only published ones (docs/payslip-versions.md): each
        // seeded payslip is its version 1, published now, without an import (as the migration did
        // for the payslips stored before versions). Copied from the rows just checked.
        await Execute(connection, """
            CREATE TEMP TABLE inserted_versions ON COMMIT DROP AS WITH ins AS (
                INSERT INTO payroll.payslip_versions (payslip_id, user_id, year, month, version, gross_salary, total_deductions,
                    net_salary, payment_date, currency, imported_at, published_at)
                SELECT p.id, p.user_id, p.year, p.month, 1, p.gross_salary, p.total_deductions,
                    p.net_salary, p.payment_date, p.currency, p.updated_at, p.updated_at
                FROM inserted i JOIN payroll.payslips p ON p.id = i.id
                RETURNING id, payslip_id)
            SELECT * FROM ins;
            INSERT INTO payroll.payslip_version_lines (version_id, kind, type, label, amount, position)
            SELECT v.id, l.kind, l.type, l.label, l.amount, l.position
            FROM inserted_versions v JOIN payroll.payslip_lines l ON l.payslip_id = v.payslip_id;
            """);
        await Execute(connection, """
            ALTER TABLE payroll.payslips ENABLE TRIGGER tr_payslips_sums;
            ALTER TABLE payroll.payslip_lines ENABLE TRIGGER tr_payslip_lines_sums;
            ALTER TABLE payroll.payslip_versions ENABLE TRIGGER tr_payslip_versions_sums;
            ALTER TABLE payroll.payslip_version_lines ENABLE TRIGGER tr_payslip_version_lines_sums;
            """);
        await tx.CommitAsync();
        return (payslipCount, lineCount);
    }

    private static async Task<int> Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        return await command.ExecuteNonQueryAsync();
    }

    private static async Task<int> Scalar(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
