-- Run by the migration role (owner of every table) after the migrations: the service role gets
-- SELECT/INSERT/UPDATE/DELETE on the tables, only SELECT + INSERT on the append-only ones
-- (:insert_only, schema.table, comma-separated) and SELECT on the migrations history; never DDL,
-- TRUNCATE or ownership. Idempotent: every Job run re-applies it.
\o /dev/null
SELECT set_config('chatnomina.role', :'role', false), set_config('chatnomina.insert_only', :'insert_only', false);
\o
-- Tables a later migration creates get SELECT + INSERT at once (safe until this script widens them).
ALTER DEFAULT PRIVILEGES GRANT SELECT, INSERT ON TABLES TO :"role";
ALTER DEFAULT PRIVILEGES GRANT USAGE, SELECT ON SEQUENCES TO :"role";
ALTER DEFAULT PRIVILEGES GRANT USAGE ON SCHEMAS TO :"role";
DO $$
DECLARE
  grantee text := current_setting('chatnomina.role');
  insert_only text[] := string_to_array(nullif(current_setting('chatnomina.insert_only'), ''), ',');
  r record;
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
    ELSIF r.qualified = ANY (coalesce(insert_only, '{}')) THEN
      EXECUTE format('REVOKE ALL ON %s FROM %I', r.rel, grantee);
      EXECUTE format('GRANT SELECT, INSERT ON %s TO %I', r.rel, grantee);
    ELSE
      EXECUTE format('REVOKE TRUNCATE, REFERENCES, TRIGGER ON %s FROM %I', r.rel, grantee);
      EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO %I', r.rel, grantee);
    END IF;
  END LOOP;
END
$$;
