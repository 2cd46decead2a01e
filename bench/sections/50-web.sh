#!/usr/bin/env bash
# The web app: what the chat route downloads before it can run (gzipped, the budget is 250 KB),
# and, in Debian's Chromium through the gateway, the time from pressing Send to the first
# streamed word (p50 over 20 questions) beside the same questions over REST.
set -Eeuo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(dirname "$BENCH")"
DIST="$ROOT/web/dist"

printf '\n## Web app: the chat route'"'"'s initial download (web/dist, gzip -9)\n\n'
[ -f "$DIST/index.html" ] || { echo "web/dist is not built (./chatnomina up builds it)"; exit 0; }
python3 - "$DIST" <<'PY'
import gzip, os, re, sys
dist = sys.argv[1]
html = open(os.path.join(dist, "index.html"), encoding="utf-8").read()
# What index.html makes the browser fetch before the app runs: module scripts, preloads, styles.
files = re.findall(r'<script[^>]+src="/([^"]+)"', html) + re.findall(r'<link[^>]+rel="(?:modulepreload|stylesheet)"[^>]+href="/([^"]+)"', html)
print("| file | bytes | gzipped |\n|---|---:|---:|")
total = total_gz = 0
for f in dict.fromkeys(files):
    data = open(os.path.join(dist, f), "rb").read()
    gz = len(gzip.compress(data, 9))
    total += len(data); total_gz += gz
    print(f"| {f} | {len(data):,} | {gz:,} |")
print(f"| **total** | {total:,} | **{total_gz/1024:.1f} KB** (budget 250 KB) |")
PY

printf '\n## Web app: Send → first streamed word in Chromium vs REST (Ana, 20 questions, p50)\n\n'
if ! command -v chromium >/dev/null; then echo "chromium is not installed (./chatnomina test installs it)"; exit 0; fi
result=$(cd "$ROOT/web" && node bench/first-word.mjs)
python3 - "$result" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
print("| path | p50 ms |\n|---|---:|")
print(f"| browser: Send → first streamed word (WebSocket, cookie session) | {r['firstWordP50']:.0f} |")
print(f"| browser: Send → whole answer (done frame) | {r['doneP50']:.0f} |")
print(f"| REST: POST /api/chat/messages, same questions (bearer token) | {r['restP50']:.0f} |")
print(f"\n({r['n']} questions each, after one warm-up)")
PY
