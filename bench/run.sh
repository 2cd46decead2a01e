#!/usr/bin/env bash
# ./chatnomina bench: every benchmark, each printing a table. Timings are never asserted.
# Requires the stack from ./chatnomina up (the script brings it up when it is not running).
set -Eeuo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"

if [ "$(curl -s -o /dev/null -w '%{http_code}' http://localhost:8083/health/ready || true)" != 200 ]; then
  "$ROOT/chatnomina" up >/dev/null
fi

printf '\nmachine: %s, %s cores, %s\n' "$(uname -m)" "$(nproc)" "$(date -u +%Y-%m-%dT%H:%MZ)"
for section in "$BENCH"/sections/*.sh; do
  [ -x "$section" ] && "$section"
done
