namespace ChatNomina.Payroll.Infrastructure;

/// <summary>
/// SQL that makes payslip versions insert-only, whatever writes to the database: a stored version
/// and its lines can never be updated or deleted (nor truncated). The one change allowed is the
/// publication of a version that the employee does not see yet: <c>published_at</c> (and
/// <c>published_by</c>) may be set on a version without one, or moved while it is still in the
/// future; once it has come, it is final. Deferred constraint triggers keep a version's totals
/// equal to its lines, as <see cref="PayslipSumTriggers"/> does for the payslips.
/// </summary>
internal static class PayslipVersionGuards
{
    public const string Create = """
        CREATE FUNCTION payroll.refuse_payslip_version_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'payslip_versions' THEN
                -- (nested: PL/pgSQL may evaluate every operand of an AND, and lines have no published_at)
                IF (to_jsonb(NEW) - 'published_at' - 'published_by') = (to_jsonb(OLD) - 'published_at' - 'published_by')
                   AND NEW.published_at IS NOT NULL
                   AND (OLD.published_at IS NULL OR OLD.published_at > now()) THEN
                    RETURN NEW;  -- publishing (or rescheduling) a version the employee does not see yet
                END IF;
            END IF;
            RAISE EXCEPTION 'payroll.%: payslip versions are insert-only (% refused)', TG_TABLE_NAME, TG_OP
                USING ERRCODE = 'restrict_violation',
                      HINT = 'Import the corrected payslip: it becomes a new version.';
        END $$;

        CREATE TRIGGER tr_payslip_versions_insert_only BEFORE UPDATE OR DELETE ON payroll.payslip_versions
            FOR EACH ROW EXECUTE FUNCTION payroll.refuse_payslip_version_change();
        CREATE TRIGGER tr_payslip_versions_no_truncate BEFORE TRUNCATE ON payroll.payslip_versions
            FOR EACH STATEMENT EXECUTE FUNCTION payroll.refuse_payslip_version_change();
        CREATE TRIGGER tr_payslip_version_lines_insert_only BEFORE UPDATE OR DELETE ON payroll.payslip_version_lines
            FOR EACH ROW EXECUTE FUNCTION payroll.refuse_payslip_version_change();
        CREATE TRIGGER tr_payslip_version_lines_no_truncate BEFORE TRUNCATE ON payroll.payslip_version_lines
            FOR EACH STATEMENT EXECUTE FUNCTION payroll.refuse_payslip_version_change();

        CREATE FUNCTION payroll.check_payslip_version_sums() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            vid bigint;
            v record;
            earnings numeric(14,2);
            deductions numeric(14,2);
        BEGIN
            IF TG_TABLE_NAME = 'payslip_versions' THEN
                vid := NEW.id;
            ELSE
                vid := NEW.version_id;
            END IF;
            SELECT * INTO v FROM payroll.payslip_versions WHERE id = vid;
            SELECT coalesce(sum(amount) FILTER (WHERE kind = 1), 0), coalesce(sum(amount) FILTER (WHERE kind = 2), 0)
              INTO earnings, deductions
              FROM payroll.payslip_version_lines WHERE version_id = vid;
            IF earnings <> v.gross_salary OR deductions <> v.total_deductions THEN
                RAISE EXCEPTION 'payslip version %: gross % / deductions % differ from the sums of its lines % / %',
                    vid, v.gross_salary, v.total_deductions, earnings, deductions
                    USING ERRCODE = 'check_violation';
            END IF;
            RETURN NULL;
        END $$;

        CREATE CONSTRAINT TRIGGER tr_payslip_versions_sums AFTER INSERT ON payroll.payslip_versions
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION payroll.check_payslip_version_sums();
        CREATE CONSTRAINT TRIGGER tr_payslip_version_lines_sums AFTER INSERT ON payroll.payslip_version_lines
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION payroll.check_payslip_version_sums();
        """;

    /// <summary>
    /// Every payslip stored before versions existed becomes its version 1, published when it was
    /// last written (it was visible to its employee since then), without an import (unknown).
    /// Also what the seeder runs for the payslips it adds.
    /// </summary>
    public const string BackfillPublishedVersions = """
        INSERT INTO payroll.payslip_versions (payslip_id, user_id, year, month, version, gross_salary, total_deductions,
            net_salary, payment_date, currency, imported_at, published_at)
        SELECT p.id, p.user_id, p.year, p.month, 1, p.gross_salary, p.total_deductions,
            p.net_salary, p.payment_date, p.currency, p.updated_at, p.updated_at
        FROM payroll.payslips p
        WHERE NOT EXISTS (SELECT 1 FROM payroll.payslip_versions v WHERE v.payslip_id = p.id);

        INSERT INTO payroll.payslip_version_lines (version_id, kind, type, label, amount, position)
        SELECT v.id, l.kind, l.type, l.label, l.amount, l.position
        FROM payroll.payslip_versions v JOIN payroll.payslip_lines l ON l.payslip_id = v.payslip_id
        WHERE v.version = 1 AND v.import_id IS NULL
          AND NOT EXISTS (SELECT 1 FROM payroll.payslip_version_lines x WHERE x.version_id = v.id);
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS tr_payslip_version_lines_sums ON payroll.payslip_version_lines;
        DROP TRIGGER IF EXISTS tr_payslip_versions_sums ON payroll.payslip_versions;
        DROP FUNCTION IF EXISTS payroll.check_payslip_version_sums();
        DROP TRIGGER IF EXISTS tr_payslip_version_lines_no_truncate ON payroll.payslip_version_lines;
        DROP TRIGGER IF EXISTS tr_payslip_version_lines_insert_only ON payroll.payslip_version_lines;
        DROP TRIGGER IF EXISTS tr_payslip_versions_no_truncate ON payroll.payslip_versions;
        DROP TRIGGER IF EXISTS tr_payslip_versions_insert_only ON payroll.payslip_versions;
        DROP FUNCTION IF EXISTS payroll.refuse_payslip_version_change();
        """;
}
