#!/usr/bin/env bash
# The same payslip read four ways, measured in one run at 1 and 32 connections:
#   direct             payroll itself (localhost:8083)
#   nginx              Debian's nginx as a plain reverse proxy to payroll (reference proxy:
#                      no token check, no rate limit), temporary config on a free port
#   gateway            the YARP gateway: JWT validation, hr/fallback policy, Redis GCRA rate
#                      limit (one Redis round trip), access log, security headers
#   gateway, no limit  the same with the rate limiter switched off (what the Redis round trip costs)
# The gateways measured are two extra instances of the Release build on bench ports, with a
# per-user limit high enough never to refuse (the limiter still runs): the stack's own gateway
# on 8080 keeps its normal limits, and the demo user is not throttled afterwards.
set -Eeuo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(dirname "$BENCH")"
source "$BENCH/lib.sh"
DATA="$ROOT/.data"
TMP="$(mktemp -d /tmp/chatnomina-bench-gateway.XXXXXX)"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }

NGINX=$(command -v nginx || echo /usr/sbin/nginx)
if [ ! -x "$NGINX" ]; then
  echo "gateway bench: installing Debian's nginx (reference proxy)"
  export DEBIAN_FRONTEND=noninteractive
  { as_root apt-get update -q && as_root apt-get install -y -q nginx; } >"$DATA/logs/bench-nginx-apt.log" 2>&1 \
    || { echo "gateway bench: could not install nginx; see $DATA/logs/bench-nginx-apt.log"; exit 1; }
  # The package starts its default site on port 80; the bench runs its own instance only.
  as_root service nginx stop >/dev/null 2>&1 || true
  NGINX=$(command -v nginx || echo /usr/sbin/nginx)
fi

TOKEN=$(bench_token ana.garcia@chatnomina.local) || { echo "gateway bench: no token from auth ($AUTH_URL)"; exit 1; }
YEAR=$(date -u +%Y)
PATH_="/api/payroll/payslips/$((YEAR - 1))/3"

GW_PORT=$(free_port 18180)
GW_NOLIMIT_PORT=$(free_port $((GW_PORT + 1)))
NGINX_PORT=$(free_port $((GW_NOLIMIT_PORT + 1)))
NGINX_PID=

cleanup() {
  local f
  for f in "$DATA/run/bench-gateway.pid" "$DATA/run/bench-gateway-nolimit.pid"; do
    if [ -f "$f" ]; then kill "$(cat "$f")" 2>/dev/null || true; rm -f "$f"; fi
  done
  if [ -n "${NGINX_PID:-}" ]; then kill "$NGINX_PID" 2>/dev/null || true; wait "$NGINX_PID" 2>/dev/null || true; fi
  rm -rf "$TMP"
}
trap cleanup EXIT

# Two gateway instances (same build and configuration as ./chatnomina's, see service_env there).
BIN="$ROOT/services/gateway/ChatNomina.Gateway/bin/Release/net10.0"
GW_REDIS=$(bench_redis gateway)   # its own ACL user, as ./chatnomina's gateway
start_gateway() {
  local name=$1 port=$2; shift 2
  # (cd first, then start in the background: `cd && dotnet &` would background a subshell,
  # and its recorded pid would not be the gateway's.)
  (cd "$BIN" || exit 1
   ASPNETCORE_ENVIRONMENT=Local DOTNET_ENVIRONMENT=Local Identity__RequireHttpsMetadata=false \
   Redis__Configuration="$GW_REDIS" DataProtection__CertificatePath="$(bench_key_ring gateway)" \
     nohup dotnet ChatNomina.Gateway.dll --urls "http://localhost:$port" \
       --Gateway:RateLimiting:Policies:PerUser:PermitLimit=1000000 "$@" \
     >"$DATA/logs/bench-$name.log" 2>&1 </dev/null &
   echo $! >"$DATA/run/bench-$name.pid")
}
start_gateway gateway "$GW_PORT"
start_gateway gateway-nolimit "$GW_NOLIMIT_PORT" --Gateway:RateLimiting:Enabled=false

# nginx: one config in a temporary folder, proxying to payroll with upstream keep-alive
# (as YARP does), its access log on like the gateway's.
mkdir -p "$TMP/body" "$TMP/proxy"
cat >"$TMP/nginx.conf" <<EOF
worker_processes auto;
pid $TMP/nginx.pid;
error_log $TMP/error.log warn;
events { worker_connections 4096; }
http {
  access_log $TMP/access.log combined buffer=64k;
  client_body_temp_path $TMP/body;
  proxy_temp_path $TMP/proxy;
  fastcgi_temp_path $TMP/proxy;
  uwsgi_temp_path $TMP/proxy;
  scgi_temp_path $TMP/proxy;
  upstream payroll { server 127.0.0.1:8083; keepalive 64; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://payroll;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
    }
  }
}
EOF
# In the foreground of a background job (daemon off), so its pid is the master's to stop.
"$NGINX" -c "$TMP/nginx.conf" -e "$TMP/error.log" -g 'daemon off;' </dev/null &
NGINX_PID=$!

for port in "$GW_PORT" "$GW_NOLIMIT_PORT"; do
  for _ in $(seq 80); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/health/ready" || true)" = 200 ] && break; sleep 0.25
  done
done
for _ in $(seq 40); do port_busy "$NGINX_PORT" && break; sleep 0.25; done
kill -0 "$NGINX_PID" 2>/dev/null || { echo "gateway bench: nginx did not start"; cat "$TMP/error.log"; exit 1; }

declare -A URL=(
  [direct]="http://localhost:8083$PATH_"
  [nginx]="http://127.0.0.1:$NGINX_PORT$PATH_"
  [gateway]="http://localhost:$GW_PORT$PATH_"
  [nolimit]="http://localhost:$GW_NOLIMIT_PORT$PATH_"
)
# Every target answers 200 once, then 3 s of warm-up (JIT, connection pools, caches).
for k in direct nginx gateway nolimit; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "${URL[$k]}")
  [ "$code" = 200 ] || { echo "gateway bench: GET ${URL[$k]} answered $code"; exit 1; }
  wrk -t1 -c8 -d3s -H "Authorization: Bearer $TOKEN" "${URL[$k]}" >/dev/null
done

ratio() { python3 -c "print(f'{$1/$2:.2f}x')"; }
plus_ms() { python3 -c "print(f'{$1-$2:+.2f}')"; }

echo
echo "## Payslip read: direct vs nginx vs gateway ($PATH_, wrk, $BENCH_DURATION per row, $(nproc) cores shared by client and servers)"
bench_row "case" "conns" "requests/s" "p50 ms" "p99 ms" "non2xx" ""
bench_row "---" "---" "---" "---" "---" "---" ""
for c in 1 32; do
  declare -A RPS=() P50=() P99=()
  for k in direct nginx gateway nolimit; do
    read -r rps p50 p99 bad < <(bench_wrk "$c" "${URL[$k]}" -H "Authorization: Bearer $TOKEN")
    RPS[$k]=$rps; P50[$k]=$p50; P99[$k]=$p99
    case $k in
      direct) label="direct to payroll" ;;
      nginx) label="through nginx (reference)" ;;
      gateway) label="through the gateway" ;;
      nolimit) label="through the gateway, no rate limit" ;;
    esac
    bench_row "$label" "$c" "$rps" "$p50" "$p99" "$bad" ""
  done
  bench_row "ratio gateway/direct" "$c" "$(ratio "${RPS[gateway]}" "${RPS[direct]}")" \
    "$(plus_ms "${P50[gateway]}" "${P50[direct]}")" "$(plus_ms "${P99[gateway]}" "${P99[direct]}")" "" ""
  bench_row "ratio nginx/direct" "$c" "$(ratio "${RPS[nginx]}" "${RPS[direct]}")" \
    "$(plus_ms "${P50[nginx]}" "${P50[direct]}")" "$(plus_ms "${P99[nginx]}" "${P99[direct]}")" "" ""
  bench_row "ratio gateway/nginx" "$c" "$(ratio "${RPS[gateway]}" "${RPS[nginx]}")" \
    "$(plus_ms "${P50[gateway]}" "${P50[nginx]}")" "$(plus_ms "${P99[gateway]}" "${P99[nginx]}")" "" ""
  bench_row "ratio gateway no-limit/gateway" "$c" "$(ratio "${RPS[nolimit]}" "${RPS[gateway]}")" \
    "" "" "" ""
done
echo "(ratio rows: requests/s as a ratio; p50/p99 columns as milliseconds added by the proxy)"
