namespace ChatNomina.Payroll.Infrastructure;

/// <summary>
/// SQL for the deferred constraint triggers that keep a payslip's totals equal to its lines.
/// Together with the <c>ck_payslips_net</c> check this makes <c>net = gross − deductions</c>
/// and the itemization impossible to break, whatever writes to the database.
/// </summary>
internal static class PayslipSumTriggers
{
    public const string Create = """
        CREATE FUNCTION payroll.check_payslip_sums() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            pid bigint;
            p record;
            earnings numeric(14,2);
            deductions numeric(14,2);
        BEGIN
            IF TG_TABLE_NAME = 'payslips' THEN
                IF TG_OP = 'DELETE' THEN RETURN NULL; END IF;
                pid := NEW.id;
            ELSIF TG_OP = 'DELETE' THEN
                pid := OLD.payslip_id;
            ELSE
                pid := NEW.payslip_id;
            END IF;
            SELECT * INTO p FROM payroll.payslips WHERE id = pid;
            IF NOT FOUND THEN RETURN NULL; END IF;  -- the payslip itself was deleted
            SELECT coalesce(sum(amount) FILTER (WHERE kind = 1), 0), coalesce(sum(amount) FILTER (WHERE kind = 2), 0)
              INTO earnings, deductions
              FROM payroll.payslip_lines WHERE payslip_id = pid;
            IF earnings <> p.gross_salary THEN
                RAISE EXCEPTION 'payslip %: gross_salary % differs from the sum of its earnings %', pid, p.gross_salary, earnings
                    USING ERRCODE = 'check_violation';
            END IF;
            IF deductions <> p.total_deductions THEN
                RAISE EXCEPTION 'payslip %: total_deductions % differs from the sum of its deductions %', pid, p.total_deductions, deductions
                    USING ERRCODE = 'check_violation';
            END IF;
            RETURN NULL;
        END $$;

        CREATE CONSTRAINT TRIGGER tr_payslips_sums AFTER INSERT OR UPDATE ON payroll.payslips
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION payroll.check_payslip_sums();
        CREATE CONSTRAINT TRIGGER tr_payslip_lines_sums AFTER INSERT OR UPDATE OR DELETE ON payroll.payslip_lines
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION payroll.check_payslip_sums();
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS tr_payslip_lines_sums ON payroll.payslip_lines;
        DROP TRIGGER IF EXISTS tr_payslips_sums ON payroll.payslips;
        DROP FUNCTION IF EXISTS payroll.check_payslip_sums();
        """;
}
