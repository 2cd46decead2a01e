#!/usr/bin/env bash
# HR chat analytics (/api/chat/analytics/summary, /daily, /questions) over 100,000 stored exchanges:
# the chat service in-process (bench/ChatNomina.Bench.ChatAnalytics) on a scratch database of the
# PostgreSQL server the tests use, seeded with binary COPY (2,000 users, the last 90 days); each route
# called in a row after a warm-up, p50/p95 per case, right after the load and after a VACUUM. No
# service, port or queue of the stack is used; the scratch database is dropped at the end.
# BENCH_ANALYTICS_MESSAGES / BENCH_ANALYTICS_CALLS resize it.
set -Eeuo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(dirname "$BENCH")"
source "$BENCH/lib.sh"

PROJECT="$BENCH/ChatNomina.Bench.ChatAnalytics"
dotnet build "$PROJECT" -c Release --nologo -v q >/dev/null || { echo "chat analytics bench: build failed"; exit 1; }
(cd "$PROJECT/bin/Release/net10.0" \
  && dotnet ChatNomina.Bench.ChatAnalytics.dll \
       "${BENCH_ANALYTICS_MESSAGES:-100000}" "${BENCH_ANALYTICS_CALLS:-100}" 2>/dev/null) \
  || { echo "chat analytics bench: failed"; exit 1; }
