#!/bin/sh
# First start of the in-cluster PostgreSQL (docker-entrypoint-initdb.d, as the superuser): the
# migration role chatnomina_migrator owns the four databases; each service's role may connect to its
# own database only (its DML grants come from the *-migrate Jobs, base/postgres/grants.sql).
# Passwords are read from the connection strings the services and the Jobs use (Secrets chatnomina-db
# and chatnomina-db-migrate), so each is written once.
set -eu
password() { printf '%s' "$1" | tr ';' '\n' | sed -n 's/^[Pp]assword=//p'; }
psql -v ON_ERROR_STOP=1 -X -q --username "$POSTGRES_USER" --dbname postgres \
  -v migrator="$(password "$MIGRATE_DB")" -v auth="$(password "$AUTH_DB")" -v users="$(password "$USERS_DB")" \
  -v payroll="$(password "$PAYROLL_DB")" -v chat="$(password "$CHAT_DB")" <<'SQL'
CREATE ROLE chatnomina_migrator LOGIN PASSWORD :'migrator';
CREATE ROLE chatnomina_auth LOGIN PASSWORD :'auth';
CREATE ROLE chatnomina_users LOGIN PASSWORD :'users';
CREATE ROLE chatnomina_payroll LOGIN PASSWORD :'payroll';
CREATE ROLE chatnomina_chat LOGIN PASSWORD :'chat';
CREATE DATABASE chatnomina_auth OWNER chatnomina_migrator;
CREATE DATABASE chatnomina_users OWNER chatnomina_migrator;
CREATE DATABASE chatnomina_payroll OWNER chatnomina_migrator;
CREATE DATABASE chatnomina_chat OWNER chatnomina_migrator;
REVOKE ALL ON DATABASE chatnomina_auth, chatnomina_users, chatnomina_payroll, chatnomina_chat FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE chatnomina_auth TO chatnomina_auth;
GRANT CONNECT, TEMPORARY ON DATABASE chatnomina_users TO chatnomina_users;
GRANT CONNECT, TEMPORARY ON DATABASE chatnomina_payroll TO chatnomina_payroll;
GRANT CONNECT, TEMPORARY ON DATABASE chatnomina_chat TO chatnomina_chat;
SQL
