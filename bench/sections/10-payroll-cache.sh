#!/usr/bin/env bash
# Payslip read through the payroll API: cached (Redis) vs uncached (every read from PostgreSQL).
# The uncached side is a second payroll instance with Redis__CacheEnabled=false on port 18083,
# same build, same database, measured in the same run.
set -Eeuo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(dirname "$BENCH")"
source "$BENCH/lib.sh"
DATA="$ROOT/.data"

TOKEN=$(bench_token ana.garcia@chatnomina.local) || { echo "payroll bench: no token from auth ($AUTH_URL)"; exit 1; }
YEAR=$(date -u +%Y)
PATH_="/api/payroll/payslips/$((YEAR - 1))/3"

# Redis has ACL users only (./chatnomina writes their passwords into .data/secrets): the uncached
# instance still checks revocations as payroll's user; the flush below runs as admin.
PAYROLL_REDIS=$(bench_redis payroll)
export REDISCLI_AUTH; REDISCLI_AUTH=$(cat "$DATA/secrets/redis-admin.password")

# Uncached instance
BIN="$ROOT/services/payroll/ChatNomina.Payroll/bin/Release/net10.0"
(cd "$BIN" || exit 1
 ASPNETCORE_ENVIRONMENT=Local Identity__RequireHttpsMetadata=false Redis__CacheEnabled=false \
  Redis__Configuration="$PAYROLL_REDIS" \
  Logging__LogLevel__Default=Warning nohup dotnet ChatNomina.Payroll.dll --urls http://localhost:18083 \
  >"$DATA/logs/bench-payroll-uncached.log" 2>&1 </dev/null &
 echo $! >"$DATA/run/bench-payroll-uncached.pid")
trap 'kill $(cat "$DATA/run/bench-payroll-uncached.pid") 2>/dev/null; rm -f "$DATA/run/bench-payroll-uncached.pid"' EXIT
for _ in $(seq 60); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' http://localhost:18083/health/ready || true)" = 200 ] && break; sleep 0.5
done

# Redis flushed of payroll keys, then one request each to warm connections and JIT.
redis-cli --user admin --scan --pattern 'chatnomina:payroll:*' | xargs -r redis-cli --user admin del >/dev/null
for port in 8083 18083; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "http://localhost:$port$PATH_")
  [ "$code" = 200 ] || { echo "payroll bench: GET $PATH_ on $port answered $code"; exit 1; }
  wrk -t1 -c8 -d3s -H "Authorization: Bearer $TOKEN" "http://localhost:$port$PATH_" >/dev/null
done

echo
echo "## Payslip read through the payroll API ($PATH_, wrk, $BENCH_DURATION per row)"
bench_row "case" "conns" "requests/s" "p50 ms" "p99 ms" "non2xx" ""
bench_row "---" "---" "---" "---" "---" "---" ""
for c in 1 32; do
  read -r c_rps c_p50 c_p99 c_bad < <(bench_wrk "$c" "http://localhost:8083$PATH_" -H "Authorization: Bearer $TOKEN")
  read -r u_rps u_p50 u_p99 u_bad < <(bench_wrk "$c" "http://localhost:18083$PATH_" -H "Authorization: Bearer $TOKEN")
  bench_row "cached (Redis)" "$c" "$c_rps" "$c_p50" "$c_p99" "$c_bad" ""
  bench_row "uncached (PostgreSQL)" "$c" "$u_rps" "$u_p50" "$u_p99" "$u_bad" ""
  bench_row "ratio cached/uncached" "$c" "$(python3 -c "print(f'{$c_rps/$u_rps:.2f}x')")" \
    "$(python3 -c "print(f'{$u_p50/$c_p50:.2f}x faster')")" "$(python3 -c "print(f'{$u_p99/$c_p99:.2f}x faster')")" "" ""
done
