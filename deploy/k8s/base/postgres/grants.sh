#!/bin/sh
# After a service's migrations (the second step of its *-migrate Job): grants the service's role
# DML on the tables the migration role owns, and only INSERT + SELECT on the append-only ones
# (listed per service in grants.sql). Usage: grants.sh <service>   (role chatnomina_<service>; docs/kubernetes.md)
# Connects as the migration role with the Npgsql connection string in $MIGRATE_DB.
set -eu
IFS=';'
for pair in $MIGRATE_DB; do
  key=$(printf '%s' "${pair%%=*}" | tr 'A-Z' 'a-z' | tr -d ' ')
  value=${pair#*=}
  case "$key" in
    host|server) export PGHOST="$value" ;;
    port) export PGPORT="$value" ;;
    database|db) export PGDATABASE="$value" ;;
    username|userid|user) export PGUSER="$value" ;;
    password) export PGPASSWORD="$value" ;;
    sslmode) export PGSSLMODE=$(printf '%s' "$value" | tr 'A-Z' 'a-z') ;;
  esac
done
unset IFS
exec psql -X -q -v ON_ERROR_STOP=1 -v role="chatnomina_$1" -f /etc/chatnomina/postgres/grants.sql
