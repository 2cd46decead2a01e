-- Run by the migration role (owner of every table) after a service's migrations, in the cluster
-- (base/postgres/grants.sh, the *-migrate Jobs) and on the local stack (./chatnomina): the service role
-- (:role, chatnomina_<service>) gets SELECT/INSERT/UPDATE/DELETE on the tables, only SELECT + INSERT on
-- the append-only ones below (plus UPDATE of the columns named there) and SELECT on the migrations
-- history; never DDL, TRUNCATE or ownership. Idempotent: every run re-applies it.
--
-- The append-only tables, per service role (this is the one place they are listed):
--   chatnomina_payroll  payroll.payslip_accesses (the read audit); payroll.payslip_versions and their lines
--                       (versions may only be published: published_at and published_by, which the
--                       table's triggers allow only while the employee does not see the version yet)
--   chatnomina_users    users.employee_changes (who changed an employee, and what)
\o /dev/null
SELECT set_config('chatnomina.role', :'role', false);
\o
-- Tables a later migration creates get SELECT + INSERT at once (safe until this script widens them).
ALTER DEFAULT PRIVILEGES GRANT SELECT, INSERT ON TABLES TO :"role";
ALTER DEFAULT PRIVILEGES GRANT USAGE, SELECT ON SEQUENCES TO :"role";
ALTER DEFAULT PRIVILEGES GRANT USAGE ON SCHEMAS TO :"role";
DO $$
DECLARE
  grantee text := current_setting('chatnomina.role');
  -- table → the columns the role may still UPDATE on it ('{}': none)
  append_only jsonb := CASE grantee
    WHEN 'chatnomina_payroll' THEN '{"payroll.payslip_accesses": [],
                                     "payroll.payslip_versions": ["published_at", "published_by"],
                                     "payroll.payslip_version_lines": []}'::jsonb
    WHEN 'chatnomina_users' THEN '{"users.employee_changes": []}'::jsonb
    ELSE '{}'::jsonb END;
  r record;
  updatable text;
BEGIN
  FOR r IN SELECT n.nspname FROM pg_namespace n
           WHERE n.nspowner = (SELECT oid FROM pg_roles WHERE rolname = current_user) LOOP
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', r.nspname, grantee);
  END LOOP;
  FOR r IN SELECT c.oid::regclass AS rel, c.relkind, c.relname, n.nspname || '.' || c.relname AS qualified
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE c.relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user) AND c.relkind IN ('r', 'p', 'S') LOOP
    IF r.relkind = 'S' THEN
      EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO %I', r.rel, grantee);
    ELSIF r.relname = '__EFMigrationsHistory' THEN
      EXECUTE format('REVOKE ALL ON %s FROM %I', r.rel, grantee);
      EXECUTE format('GRANT SELECT ON %s TO %I', r.rel, grantee);
    ELSIF append_only ? r.qualified THEN
      -- (revoking a table privilege revokes the column privileges too: a column dropped from the list loses it)
      EXECUTE format('REVOKE ALL ON %s FROM %I', r.rel, grantee);
      EXECUTE format('GRANT SELECT, INSERT ON %s TO %I', r.rel, grantee);
      SELECT string_agg(quote_ident(c), ', ') INTO updatable FROM jsonb_array_elements_text(append_only -> r.qualified) c;
      IF updatable IS NOT NULL THEN
        EXECUTE format('GRANT UPDATE (%s) ON %s TO %I', updatable, r.rel, grantee);
      END IF;
    ELSE
      EXECUTE format('REVOKE TRUNCATE, REFERENCES, TRIGGER ON %s FROM %I', r.rel, grantee);
      EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO %I', r.rel, grantee);
    END IF;
  END LOOP;
END
$$;
