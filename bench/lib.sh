# Shared helpers for the benchmark sections (sourced).
BENCH_DURATION="${BENCH_DURATION:-10s}"
DEMO_PASSWORD="${CHATNOMINA_DEMO_PASSWORD:-ChatNomina-Demo-2026!}"
AUTH_URL="${AUTH_URL:-http://localhost:8081}"

# An access token for a demo account (password grant). The HR account also sends its one-time code
# (./chatnomina otp; a code is accepted once, so a second try within the same 30 s takes the next step's).
bench_token() {
  local user=$1 root
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  if [ "$user" = rrhh@chatnomina.local ]; then
    _bench_token_request "$user" --data-urlencode "otp=$("$root/chatnomina" otp)" 2>/dev/null \
      || _bench_token_request "$user" --data-urlencode "otp=$("$root/chatnomina" otp --next)"
  else
    _bench_token_request "$user"
  fi
}

_bench_token_request() {
  local user=$1; shift
  curl -sf "$AUTH_URL/connect/token" \
    --data-urlencode grant_type=password --data-urlencode "username=$user" \
    --data-urlencode "password=$DEMO_PASSWORD" --data-urlencode client_id=chatnomina-cli "$@" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}

# The local Redis as one of its ACL users (./chatnomina generates the passwords into .data/secrets/):
# a service's connection string (Redis__Configuration), as ./chatnomina gives it to that service.
bench_redis() {
  local root; root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  echo "localhost:6379,user=$1,password=$(cat "$root/.data/secrets/redis-$1.password")"
}

# The certificate that encrypts a service's data-protection key ring at rest (auth and gateway), as
# ./chatnomina gives it: a bench instance shares the stack's ring in Redis and must not add a key in clear.
bench_key_ring() {
  local root; root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  echo "$root/.data/secrets/$1-data-protection.pem"
}

# wrk run → "requests/s p50_ms p99_ms non2xx" on one line.
# usage: bench_wrk CONNECTIONS URL [wrk args...]
bench_wrk() {
  local connections=$1 url=$2; shift 2
  local threads=$(( connections < 2 ? 1 : 2 ))
  wrk -t"$threads" -c"$connections" -d"$BENCH_DURATION" --latency "$@" "$url" | python3 -c '
import re, sys
out = sys.stdin.read()
def ms(v):
    n, unit = re.match(r"([\d.]+)(us|ms|s)", v).groups()
    return float(n) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
p50 = ms(re.search(r"\s50%\s+(\S+)", out).group(1))
p99 = ms(re.search(r"\s99%\s+(\S+)", out).group(1))
bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
print(f"{rps:.0f} {p50:.2f} {p99:.2f} {bad.group(1) if bad else 0}")
'
}

# Prints a Markdown-style table row.
bench_row() { printf '| %-34s | %5s | %10s | %8s | %8s | %6s | %s\n' "$@"; }

# Whether something listens on a loopback port, and the first free port from $1 on.
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() { local p=$1; while port_busy "$p"; do p=$((p + 1)); done; echo "$p"; }
