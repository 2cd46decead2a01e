#!/usr/bin/env bash
# Offline checks of the Grafana dashboards and provisioning files (no Grafana, no Prometheus
# server needed; promtool and python3 only):
#   1. every dashboard is valid JSON, has a unique uid and unique panel ids, every panel has a
#      description and uses the ${datasource} variable, every target has an expression;
#   2. every PromQL expression (panel targets, annotations, variable queries) parses: Grafana
#      macros and variables are replaced by concrete values, each expression becomes one
#      recording rule of a temporary rule file, and `promtool check rules` reads it;
#   3. every metric name the dashboards (and the alert rules) reference is one the code emits:
#      the names are derived from the instruments created in services/**/*.cs (Create<Counter|
#      Histogram|...>), mapped to their Prometheus names the way the OpenTelemetry Prometheus
#      exporter does (dots to underscores, unit suffix, _total for counters, _bucket/_sum/_count
#      for histograms), plus the instruments of the libraries the code registers (ASP.NET Core
#      and HttpClient instrumentation, the MassTransit meter);
#   4. the provisioned datasource uid is the one the dashboards default to.
# Usage: deploy/grafana/check.sh   (exit status 0 when everything passes)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PROMTOOL="${PROMTOOL:-promtool}"
command -v "$PROMTOOL" >/dev/null || { echo "check.sh: promtool not found (Debian package prometheus)" >&2; exit 2; }
command -v python3 >/dev/null || { echo "check.sh: python3 not found" >&2; exit 2; }

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

ROOT="$ROOT" PROMTOOL="$PROMTOOL" TMP="$TMP" python3 - <<'PY'
import glob, json, os, re, subprocess, sys

ROOT, PROMTOOL, TMP = os.environ["ROOT"], os.environ["PROMTOOL"], os.environ["TMP"]
GRAFANA = os.path.join(ROOT, "deploy", "grafana")
DATASOURCE_UID = "chatnomina-prometheus"
errors = []

def fail(msg):
    errors.append(msg)
    print(f"  FAIL {msg}")

def rel(path):
    return os.path.relpath(path, ROOT)

# ------------------------------------------------------------------------------------------
# 1. Dashboards: JSON, uids, panel ids, descriptions, datasource
# ------------------------------------------------------------------------------------------
print("== dashboards")
dashboards = sorted(glob.glob(os.path.join(GRAFANA, "dashboards", "*.json")))
if not dashboards:
    fail("no dashboards under deploy/grafana/dashboards")
exprs = []            # (where, expression)
uids = {}
datasource_defaults = {}

def all_panels(panels):
    for p in panels or []:
        yield p
        yield from all_panels(p.get("panels"))

for path in dashboards:
    name = rel(path)
    try:
        with open(path, encoding="utf-8") as f:
            dash = json.load(f)
    except (OSError, ValueError) as e:
        fail(f"{name}: not valid JSON: {e}")
        continue
    before = len(errors)
    uid = dash.get("uid")
    if not uid:
        fail(f"{name}: no uid")
    elif uid in uids:
        fail(f"{name}: uid {uid} also used by {uids[uid]}")
    else:
        uids[uid] = name
    ids, n_targets = {}, 0
    panels = list(all_panels(dash.get("panels")))
    for p in panels:
        title = p.get("title", "?")
        pid = p.get("id")
        if not isinstance(pid, int):
            fail(f"{name}: panel '{title}' has no integer id")
        elif pid in ids:
            fail(f"{name}: panel id {pid} used by '{ids[pid]}' and '{title}'")
        else:
            ids[pid] = title
        if p.get("type") == "row":
            continue
        if not p.get("description"):
            fail(f"{name}: panel '{title}' has no description")
        ds = (p.get("datasource") or {}).get("uid")
        if ds not in ("${datasource}", "$datasource"):
            fail(f"{name}: panel '{title}' does not use the ${{datasource}} variable (uid {ds!r})")
        refs = set()
        for t in p.get("targets") or []:
            ref = t.get("refId")
            if ref in refs:
                fail(f"{name}: panel '{title}' repeats refId {ref}")
            refs.add(ref)
            if not (t.get("expr") or "").strip():
                fail(f"{name}: panel '{title}' target {ref} has no expression")
                continue
            n_targets += 1
            exprs.append((f"{name} panel {pid} '{title}' {ref}", t["expr"]))
        if not p.get("targets"):
            fail(f"{name}: panel '{title}' has no targets")
    for a in (dash.get("annotations") or {}).get("list", []):
        if a.get("expr"):
            exprs.append((f"{name} annotation '{a.get('name')}'", a["expr"]))
    for v in (dash.get("templating") or {}).get("list", []):
        if v.get("type") == "datasource":
            datasource_defaults[name] = (v.get("current") or {}).get("value")
        if v.get("type") != "query":
            continue
        q = v.get("query")
        q = q.get("query", "") if isinstance(q, dict) else (q or "")
        m = re.fullmatch(r"\s*(?:label_values\((.*),\s*\w+\s*\)|query_result\((.*)\))\s*", q, re.S)
        if m and (m.group(1) or m.group(2)):
            exprs.append((f"{name} variable ${v.get('name')}", m.group(1) or m.group(2)))
        elif not re.fullmatch(r"\s*label_values\(\s*\w+\s*\)\s*|\s*label_names\(\)\s*", q):
            fail(f"{name}: variable ${v.get('name')} has a query check.sh does not understand: {q!r}")
    if len(errors) == before:
        print(f"  ok   {name}: uid {uid}, schemaVersion {dash.get('schemaVersion')}, "
              f"{len(panels)} panels (ids unique), {n_targets} targets")

# ------------------------------------------------------------------------------------------
# 2. PromQL syntax through promtool
# ------------------------------------------------------------------------------------------
print("== PromQL syntax (promtool check rules)")
MACROS = {"__rate_interval": "1m", "__interval": "1m", "__interval_ms": "60000", "__range": "1h",
          "__range_s": "3600", "__range_ms": "3600000", "__from": "0", "__to": "0"}

def concrete(expr):
    def macro(m):
        var = m.group(1) or m.group(2) or m.group(3)
        if var.startswith("__"):
            if var not in MACROS:
                raise ValueError(f"unknown Grafana macro ${var}")
            return MACROS[var]
        return ".*"  # a template variable: the dashboards use them only inside regex matchers
    return re.sub(r"\$\{(\w+)(?::\w+)?\}|\[\[(\w+)\]\]|\$(\w+)", macro, expr)

def rule_file(path, items):
    with open(path, "w", encoding="utf-8") as f:
        f.write("groups:\n  - name: grafana-dashboard-expressions\n    rules:\n")
        for i, (_, e) in enumerate(items):
            f.write(f"      - record: dashboard_expression_{i}\n        expr: {json.dumps(e)}\n")

def promtool(path):
    r = subprocess.run([PROMTOOL, "check", "rules", path], capture_output=True, text=True)
    return r.returncode, (r.stdout + r.stderr).strip()

items = []
for where, e in exprs:
    try:
        items.append((where, concrete(e)))
    except ValueError as err:
        fail(f"{where}: {err}")
all_rules = os.path.join(TMP, "dashboards.rules.yml")
rule_file(all_rules, items)
rc, out = promtool(all_rules)
if rc == 0:
    print(f"  ok   {len(items)} expressions parse ({out.splitlines()[-1].strip() if out else 'promtool ok'})")
else:
    # Pinpoint the culprits: one expression per file.
    for i, (where, e) in enumerate(items):
        one = os.path.join(TMP, f"one-{i}.yml")
        rule_file(one, [(where, e)])
        rc1, out1 = promtool(one)
        if rc1 != 0:
            detail = " ".join(l.strip() for l in out1.splitlines() if l.strip() and not l.startswith("Checking"))
            fail(f"{where}: invalid PromQL: {e}\n         promtool: {detail}")
    if not any("invalid PromQL" in x for x in errors):
        fail(f"promtool rejected the rule file:\n{out}")

# ------------------------------------------------------------------------------------------
# 3. Metric names against what the code emits
# ------------------------------------------------------------------------------------------
print("== metric names against the instruments in services/")
sources = {}
for path in glob.glob(os.path.join(ROOT, "services", "**", "*.cs"), recursive=True):
    parts = rel(path).split(os.sep)
    if any(p in ("bin", "obj") or p.endswith(".Tests") or p.endswith(".Testing") for p in parts):
        continue
    with open(path, encoding="utf-8-sig") as f:
        sources[path] = f.read()

consts = {}
for text in sources.values():
    for m in re.finditer(r"\bconst\s+string\s+(\w+)\s*=\s*([^;]+);", text):
        consts[m.group(1)] = m.group(2).strip()

def evaluate(expr, depth=0):
    """The value of a C# string expression made of literals, $"..{Const}.." and constants."""
    if depth > 10:
        raise ValueError(expr)
    value = ""
    for part in re.findall(r'\$"[^"]*"|"[^"]*"|[\w.]+', expr):
        if part.startswith('$"'):
            value += re.sub(r"\{([\w.]+)\}", lambda m: evaluate(m.group(1), depth + 1), part[2:-1])
        elif part.startswith('"'):
            value += part[1:-1]
        else:
            key = part.split(".")[-1]
            if key not in consts:
                raise ValueError(part)
            value += evaluate(consts[key], depth + 1)
    return value

def split_args(text, start):
    """Top-level arguments of the call whose '(' is at text[start-1]."""
    args, depth, cur, i, quote = [], 0, "", start, None
    while i < len(text):
        c = text[i]
        if quote:
            cur += c
            if c == quote and text[i - 1] != "\\":
                quote = None
        elif c == '"':
            quote = c; cur += c
        elif c in "([{":
            depth += 1; cur += c
        elif c in ")]}":
            if depth == 0:
                args.append(cur.strip()); return args
            depth -= 1; cur += c
        elif c == "," and depth == 0:
            args.append(cur.strip()); cur = ""
        else:
            cur += c
        i += 1
    return args

UNITS = {"s": "seconds", "ms": "milliseconds", "us": "microseconds", "ns": "nanoseconds", "min": "minutes",
         "h": "hours", "d": "days", "By": "bytes", "KiBy": "kibibytes", "MiBy": "mebibytes", "1": "", "%": "percent"}

def prometheus_names(name, kind, unit):
    base = re.sub(r"[^A-Za-z0-9:]+", "_", name)
    u = re.sub(r"\{[^}]*\}", "", unit or "")
    u = UNITS.get(u, u)
    if u and not base.endswith(u):
        base += "_" + u
    if kind in ("Counter", "ObservableCounter"):
        return {base if base.endswith("_total") else base + "_total"}
    if kind == "Histogram":
        return {base, base + "_bucket", base + "_sum", base + "_count"}
    return {base}  # gauges, up-down counters

known, own = {}, 0
for path, text in sources.items():
    for m in re.finditer(r"\.Create(Counter|Histogram|UpDownCounter|Gauge|ObservableGauge|ObservableCounter|ObservableUpDownCounter)\s*<[^>]+>\s*\(", text):
        args = split_args(text, m.end())
        try:
            name = evaluate(args[0])
        except (ValueError, IndexError) as err:
            print(f"  warn {rel(path)}: cannot resolve the instrument name {args[:1]} ({err})")
            continue
        unit = None
        for a in args[1:]:
            named = re.fullmatch(r'unit\s*:\s*"([^"]*)"', a)
            if named:
                unit = named.group(1)
        if unit is None and len(args) > 1 and re.fullmatch(r'"[^"]*"', args[1]):
            unit = args[1][1:-1]  # positional unit (second argument)
        for n in prometheus_names(name, m.group(1), unit):
            known[n] = f"{rel(path)} ({m.group(1)} {name})"
        own += 1

everything = "\n".join(sources.values())
LIBRARIES = [
    # (registration found in the sources, library, [(instrument, kind, unit)])
    (r"\.AddAspNetCoreInstrumentation\(", "ASP.NET Core (Microsoft.AspNetCore.Hosting meter)",
     [("http.server.request.duration", "Histogram", "s"), ("http.server.active_requests", "UpDownCounter", "{request}")]),
    (r"\.AddHttpClientInstrumentation\(", "HttpClient (System.Net.Http meter)",
     [("http.client.request.duration", "Histogram", "s"), ("http.client.active_requests", "UpDownCounter", "{request}"),
      ("http.client.open_connections", "UpDownCounter", "{connection}"), ("http.client.connection.duration", "Histogram", "s"),
      ("http.client.request.time_in_queue", "Histogram", "s")]),
    (r"\.AddRuntimeInstrumentation\(", ".NET runtime (System.Runtime meter)",
     [("dotnet.process.memory.working_set", "Gauge", "By"), ("dotnet.process.cpu.time", "Counter", "s"),
      ("dotnet.gc.pause.time", "Counter", "s"), ("dotnet.gc.collections", "Counter", "{collection}"),
      ("dotnet.gc.heap.total_allocated", "Counter", "By"), ("dotnet.exceptions", "Counter", "{exception}"),
      ("dotnet.gc.last_collection.heap.size", "Gauge", "By"), ("dotnet.assembly.count", "Gauge", "{assembly}")]),
    (r"\.AddPrometheusExporter\(", "OpenTelemetry Prometheus exporter (resource attributes)",
     [("target_info", "Gauge", None)]),
    # MassTransit 8.5: counters (also the *.active ones) in "ea", durations in "ms".
    (r'\.AddMeter\([^)]*"MassTransit"', "MassTransit 8 (MassTransit meter)",
     [(f"messaging.masstransit.{n}", "Counter", "ea") for n in
      ("receive", "receive.errors", "receive.active", "consume", "consume.errors", "consume.retries",
       "consume.active", "send", "send.errors", "handler", "handler.errors", "handler.active")] +
     [(f"messaging.masstransit.{n}", "Histogram", "ms") for n in
      ("receive.duration", "consume.duration", "delivery.duration", "handler.duration")]),
]
for pattern, library, instruments in LIBRARIES:
    if re.search(pattern, everything):
        for name, kind, unit in instruments:
            for n in prometheus_names(name, kind, unit):
                known[n] = library
print(f"  ok   {own} instruments created in services/, {len(known)} Prometheus series names known "
      f"(including the registered libraries' instruments)")

# Metric names are the identifiers left once strings, label matchers ({...}) and grouping
# clauses (by/without/on/ignoring/group_left/group_right (...)) are taken out: label names
# such as messaging_masstransit_destination are not metric names.
TOKEN = re.compile(r"\b(chatnomina_\w+|http_(?:server|client)_\w+|messaging_masstransit_\w+|dotnet_\w+|target_info)\b")

def metric_tokens(expr):
    e = re.sub(r'"(?:\\.|[^"\\])*"', '""', expr)
    e = re.sub(r"\{[^{}]*\}", "{}", e)
    e = re.sub(r"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", " ", e)
    return TOKEN.findall(e)

checked = [(where, e) for where, e in exprs]
alerts = sorted(glob.glob(os.path.join(GRAFANA, "alerts", "*.yml")))
for path in alerts:
    with open(path, encoding="utf-8") as f:
        for m in re.finditer(r"^\s*expr:\s*(\|[^\n]*\n((?:\s{10,}[^\n]*\n?)+)|(.+))$", f.read(), re.M):
            checked.append((rel(path), m.group(2) or m.group(3)))
referenced = set()
for where, e in checked:
    for token in metric_tokens(e):
        referenced.add(token)
        if token not in known:
            fail(f"{where}: metric {token} is not emitted by any service")
for token in sorted(referenced):
    if token in known:
        print(f"  ok   {token:58} <- {known[token]}")
print(f"  {len(referenced)} distinct metric names referenced by {len(dashboards)} dashboards and "
      f"{len(alerts)} alert rule file(s) ({sum(1 for w, _ in checked if w.endswith('.yml'))} alert expressions)")

# ------------------------------------------------------------------------------------------
# 4. Provisioning
# ------------------------------------------------------------------------------------------
print("== provisioning")
ds_file = os.path.join(GRAFANA, "provisioning", "datasources", "prometheus.yml")
db_file = os.path.join(GRAFANA, "provisioning", "dashboards", "chatnomina.yml")
for path in (ds_file, db_file):
    if not os.path.isfile(path):
        fail(f"{rel(path)} is missing")
if os.path.isfile(ds_file):
    with open(ds_file, encoding="utf-8") as f:
        text = f.read()
    if not re.search(rf"^\s*uid:\s*{DATASOURCE_UID}\s*$", text, re.M):
        fail(f"{rel(ds_file)} does not provision the datasource uid {DATASOURCE_UID}")
    else:
        print(f"  ok   {rel(ds_file)} provisions uid {DATASOURCE_UID}")
for name, value in datasource_defaults.items():
    if value != DATASOURCE_UID:
        fail(f"{name}: the datasource variable defaults to {value!r}, not {DATASOURCE_UID}")
if os.path.isfile(db_file):
    with open(db_file, encoding="utf-8") as f:
        if not re.search(r"^\s*path:\s*\S+", f.read(), re.M):
            fail(f"{rel(db_file)} has no dashboards path")
        else:
            print(f"  ok   {rel(db_file)} has a file provider path")

if errors:
    print(f"\nFAILED: {len(errors)} problem(s)")
    sys.exit(1)
print("\nAll Grafana checks passed.")
PY
