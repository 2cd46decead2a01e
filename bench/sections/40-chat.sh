#!/usr/bin/env bash
# Chat answers end to end through the gateway (JWT, rate limit, chat pipeline, RabbitMQ, worker,
# payroll, PostgreSQL insert) at 1, 10 and 50 concurrent users (wrk connections, each request as
# one of 50 seeded employees, everyday es/en questions), then the RSS of every process, then the
# worker's throughput through RabbitMQ at batch limits 1, 8 and 32.
# The measured gateway and chat are extra instances of the Release builds on bench ports with
# limits high enough never to refuse (the stack's own keep theirs); loopback only, bounded runs.
set -Eeuo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(dirname "$BENCH")"
source "$BENCH/lib.sh"
DATA="$ROOT/.data"
TMP="$(mktemp -d /tmp/chatnomina-bench-chat.XXXXXX)"



CHAT_PORT=$(free_port 18284)
GW_PORT=$(free_port $((CHAT_PORT + 1)))
WORKER_PORT=$(free_port $((GW_PORT + 1)))
VHOST="chatnomina-bench-$$"
RABBIT_API="http://localhost:15672/api"

cleanup() {
  local f
  for f in "$DATA"/run/bench-chat-*.pid; do
    [ -f "$f" ] && { kill "$(cat "$f")" 2>/dev/null || true; rm -f "$f"; }
  done
  curl -s -u guest:guest -X DELETE "$RABBIT_API/vhosts/$VHOST" >/dev/null || true
  rm -rf "$TMP"
}
trap cleanup EXIT

# start NAME DIR DLL PORT [args…]: a Release build in the background, pid recorded.
start() {
  local name=$1 dir=$2 dll=$3 port=$4 redis=""; shift 4
  # Redis as the service's own ACL user, as ./chatnomina gives it (the worker has no Redis).
  case "$name" in chat|gateway) redis=$(bench_redis "$name") ;; esac
  (cd "$ROOT/$dir/bin/Release/net10.0" || exit 1
   [ -z "$redis" ] || export Redis__Configuration="$redis"
   [ "$name" != gateway ] || export DataProtection__CertificatePath="$(bench_key_ring gateway)"
   ASPNETCORE_ENVIRONMENT=Local DOTNET_ENVIRONMENT=Local Identity__RequireHttpsMetadata=false \
     nohup dotnet "$dll" --urls "http://localhost:$port" "$@" >"$DATA/logs/bench-chat-$name.log" 2>&1 </dev/null &
   echo $! >"$DATA/run/bench-chat-$name.pid")
}
wait_ready() {
  local port=$1 _
  for _ in $(seq 120); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/health/ready" || true)" = 200 ] && return 0; sleep 0.25
  done
  echo "chat bench: the process on $port is not ready"; return 1
}

start chat services/chat/ChatNomina.Chat ChatNomina.Chat.dll "$CHAT_PORT" \
  --Chat:RateLimit:PermitLimit=1000000 --Chat:Backpressure:MaxInFlight=256 --Chat:Backpressure:MaxQueued=1024
start gateway services/gateway/ChatNomina.Gateway ChatNomina.Gateway.dll "$GW_PORT" \
  --Gateway:RateLimiting:Policies:PerUser:PermitLimit=1000000 \
  --ReverseProxy:Clusters:chat:Destinations:chat:Address="http://localhost:$CHAT_PORT/"
wait_ready "$CHAT_PORT"; wait_ready "$GW_PORT"

# 50 seeded employees (HR lists them; tokens straight from auth so the per-IP token limit of the
# stack's gateway is not spent).
HR_TOKEN=$(bench_token rrhh@chatnomina.local)
curl -sf -H "Authorization: Bearer $HR_TOKEN" "http://localhost:8080/api/users?page=1&pageSize=60" \
  | python3 -c 'import json,sys; print("\n".join([e["email"] for e in json.load(sys.stdin)["items"] if not e["email"].startswith("rrhh")][:50]))' \
  >"$TMP/emails"
while read -r email; do bench_token "$email"; done <"$TMP/emails" >"$TMP/tokens"
[ "$(wc -l <"$TMP/tokens")" -ge 10 ] || { echo "chat bench: could not sign in the bench users"; exit 1; }
export TOKENS_FILE="$TMP/tokens"

URL="http://localhost:$GW_PORT"
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $(head -n1 "$TMP/tokens")" \
  -H 'Content-Type: application/json' -d '{"message":"hola"}' "$URL/api/chat/messages")
[ "$code" = 200 ] || { echo "chat bench: POST /api/chat/messages answered $code"; exit 1; }
wrk -t2 -c10 -d3s -s "$BENCH/chat.lua" "$URL" >/dev/null   # warm-up

echo
echo "## Chat answers through the gateway (POST /api/chat/messages, wrk, $BENCH_DURATION per row, $(wc -l <"$TMP/tokens") employees, $(nproc) cores shared by client and servers)"
bench_row "concurrent users" "conns" "answers/s" "p50 ms" "p99 ms" "non2xx" "ratio answers/s vs 1 user"
bench_row "---" "---" "---" "---" "---" "---" "---"
base=
for c in 1 10 50; do
  read -r rps p50 p99 bad < <(bench_wrk "$c" "$URL/api/chat/messages" -s "$BENCH/chat.lua")
  base=${base:-$rps}
  bench_row "$c" "$c" "$rps" "$p50" "$p99" "$bad" "$(python3 -c "print(f'{$rps/$base:.2f}x')")"
done
echo "(goals: 1 user p50 ≤ 60 ms, p99 ≤ 150 ms; 50 users ≥ 100 answers/s with p99 ≤ 500 ms)"

echo
echo "## Resident memory after the 50-user run"
bench_row "process" "" "RSS MiB" "" "" "" ""
bench_row "---" "" "---" "" "" "" ""
for f in "$DATA"/run/{auth,users,payroll,chat,inference-worker,gateway}.pid "$DATA"/run/bench-chat-{chat,gateway}.pid; do
  [ -f "$f" ] || continue
  rss=$(ps -o rss= -p "$(cat "$f")" 2>/dev/null || echo 0)
  bench_row "$(basename "$f" .pid)" "" "$(( ${rss:-0} / 1024 ))" "" "" "" ""
done
echo "(goals: worker < 400 MiB, each API service < 250 MiB)"

# Worker throughput through RabbitMQ at batch limits 1, 8, 32: one worker per limit on a virtual
# host of its own, driven by the worker's bus-bench client (64 requests in flight).
curl -sf -u guest:guest -X PUT "$RABBIT_API/vhosts/$VHOST" >/dev/null
curl -sf -u guest:guest -X PUT -H 'Content-Type: application/json' \
  -d '{"configure":".*","write":".*","read":".*"}' "$RABBIT_API/permissions/$VHOST/guest" >/dev/null
WORKER_BIN="$ROOT/services/inference-worker/ChatNomina.InferenceWorker/bin/Release/net10.0"
echo
echo "## Inference worker through RabbitMQ by batch limit (bus-bench: ${BUS_BENCH_REQUESTS:-600} requests, 64 in flight)"
bench_row "queue" "batch" "answers/s" "p50 ms" "p99 ms" "" "ratio vs batch 1"
bench_row "---" "---" "---" "---" "---" "" "---"
declare -A BASE=()
for limit in 1 8 32; do
  start worker-$limit services/inference-worker/ChatNomina.InferenceWorker ChatNomina.InferenceWorker.dll "$WORKER_PORT" \
    --RabbitMq:VirtualHost="$VHOST" --Inference:Batching:MessageLimit="$limit"
  wait_ready "$WORKER_PORT"
  for queue in classify-intent extract-entities; do
    read -r rps p50 p99 < <(cd "$WORKER_BIN" && dotnet ChatNomina.InferenceWorker.dll bus-bench --RabbitMq:VirtualHost="$VHOST" \
      --Bench:Queue="$queue" --Bench:Requests="${BUS_BENCH_REQUESTS:-600}" --Bench:Concurrency=64 2>/dev/null \
      | python3 -c '
import re, sys
out = sys.stdin.read()
num = lambda k: re.search(k + r"\D*([\d.]+)", out).group(1)
print(num("answers/s"), num("p50"), num("p99"))')
    BASE[$queue]=${BASE[$queue]:-$rps}
    bench_row "$queue" "$limit" "$rps" "$p50" "$p99" "" "$(python3 -c "print(f'{$rps/${BASE[$queue]}:.2f}x')")"
  done
  kill "$(cat "$DATA/run/bench-chat-worker-$limit.pid")" 2>/dev/null || true
  rm -f "$DATA/run/bench-chat-worker-$limit.pid"
  for _ in $(seq 40); do port_busy "$WORKER_PORT" || break; sleep 0.25; done
done
