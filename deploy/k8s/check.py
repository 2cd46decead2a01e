#!/usr/bin/env python3
"""Offline checks of the rendered Kubernetes manifests (run by check.sh with the directory of the
rendered overlays; see check.sh and docs/kubernetes.md "Checks and limits")."""
import glob, os, re, sys
import yaml

OPERATOR_SECRETS = {"chatnomina-auth-keys", "chatnomina-tls", "chatnomina-db", "chatnomina-rabbitmq", "chatnomina-bff", "chatnomina-provisioning",
                    "chatnomina-redis", "chatnomina-redis-tls", "chatnomina-db-migrate", "chatnomina-gateway-keys"}
# the queues the chat sends inference jobs to (ChatOptions defaults) and the workers consume
CHAT_OPTIONS = "../../services/chat/ChatNomina.Chat/Extensions/ChatOptions.cs"
WORKER_QUEUES = set(re.findall(r'Queue \{ get; set; \} = "([a-z-]+)"', open(CHAT_OPTIONS).read()))
# the services that connect to Redis (AddRedis in their code): each must connect as its own ACL user over TLS
REDIS_CLIENTS = {p.split("/")[3] for p in glob.glob("../../services/*/ChatNomina.*/**/*.cs", recursive=True)
                 if "Tests" not in p and "building-blocks" not in p and "AddRedis(" in open(p).read()}
REDIS_SETTINGS = ("user=", "password=", "ssl=true")
errors = []


def load(path):
    with open(path) as f:
        return [d for d in yaml.safe_load_all(f) if d]


def source_objects(overlay):
    """Without kubectl: the resources the kustomizations list, read as they are (no generators, and of the
    patches only the `$patch: delete` ones)."""
    objs, deleted, todo, namespace = [], [], [f"overlays/{overlay}"], None
    while todo:
        d = os.path.normpath(todo.pop())
        k = load(f"{d}/kustomization.yaml")[0]
        namespace = namespace or k.get("namespace")
        for r in k.get("resources", []) + k.get("components", []):
            path = os.path.normpath(f"{d}/{r}")
            if os.path.isdir(path):
                todo.append(path)
            else:
                objs += load(path)
        deleted += [yaml.safe_load(p["patch"]) for p in k.get("patches", []) if "$patch: delete" in p.get("patch", "")]
    for o in objs:
        if namespace and o["kind"] != "Namespace":
            o["metadata"].setdefault("namespace", namespace)
    return [o for o in objs if not any(o["kind"] == x["kind"] and o["metadata"]["name"] == x["metadata"]["name"] for x in deleted)]


def pod_spec(o):
    if o["kind"] in ("Deployment", "StatefulSet", "Job"):
        return o["spec"]["template"]["spec"]
    return None


def pod_labels(o):
    return o["spec"]["template"]["metadata"].get("labels", {})


def selects(selector, labels):
    """A Kubernetes label selector (matchLabels + matchExpressions) against one pod's labels."""
    if not all(labels.get(k) == v for k, v in selector.get("matchLabels", {}).items()):
        return False
    for e in selector.get("matchExpressions", []):
        have, op, values = labels.get(e["key"]), e["operator"], e.get("values", [])
        if (op == "In" and have not in values) or (op == "NotIn" and have in values) \
                or (op == "Exists" and have is None) or (op == "DoesNotExist" and have is not None):
            return False
    return True


def check_selector(what, selector, pods):
    """A selector that names labels no pod has is a typo or a stale rule: it must match a pod, and every
    value of an `In` list must be the label of some pod (a misspelt name in a list would match nothing)."""
    if not selector:
        return
    if not any(selects(selector, pod_labels(p)) for p in pods):
        errors.append(f"{what}: selector {selector} matches no pod")
    for e in selector.get("matchExpressions", []):
        if e["operator"] == "In":
            for v in e["values"]:
                if not any(pod_labels(p).get(e["key"]) == v for p in pods):
                    errors.append(f"{what}: selector value {e['key']}={v} is the label of no pod")


def check_network_policies(overlay, objs, where):
    workloads = [o for o in objs if pod_spec(o) is not None]
    policies = [o for o in objs if o["kind"] == "NetworkPolicy"]
    for ns in sorted({o["metadata"].get("namespace", "default") for o in workloads}):
        in_ns = [p for p in policies if p["metadata"].get("namespace", "default") == ns]
        deny = [p for p in in_ns if not p["spec"].get("podSelector") and set(p["spec"].get("policyTypes", [])) >= {"Ingress", "Egress"}
                and not p["spec"].get("ingress") and not p["spec"].get("egress")]
        if not deny:
            errors.append(f"{overlay}: namespace {ns} has pods but no default-deny NetworkPolicy (podSelector {{}}, Ingress and Egress, no rules)")
    for np in policies:
        ns = np["metadata"].get("namespace", "default")
        pods = [o for o in workloads if o["metadata"].get("namespace", "default") == ns]
        check_selector(where(np), np["spec"].get("podSelector"), pods)
        for rule in np["spec"].get("ingress", []) + np["spec"].get("egress", []):
            for peer in rule.get("from", []) + rule.get("to", []):
                if "podSelector" in peer and "namespaceSelector" not in peer:
                    check_selector(where(np) + " (peer)", peer["podSelector"], pods)


def check_redis(objs, where):
    """Every Redis connection string in the manifests names a user and a password and uses TLS, and every
    service that uses Redis sets its own (otherwise it would fall back to chatnomina-config or appsettings)."""
    def bad(value):
        return [x for x in REDIS_SETTINGS if x not in value.replace(" ", "").lower()]
    for o in objs:
        if o["kind"] == "ConfigMap" and "Redis__Configuration" in o.get("data", {}) and bad(o["data"]["Redis__Configuration"]):
            errors.append(f"{where(o)}: Redis__Configuration without {', '.join(bad(o['data']['Redis__Configuration']))}")
        spec = pod_spec(o)
        if spec is None:
            continue
        for c in spec.get("containers", []):
            env = {e["name"]: e.get("value") for e in c.get("env", [])}
            if "Redis__Configuration" in env and bad(env["Redis__Configuration"] or ""):
                errors.append(f"{where(o)}: Redis__Configuration without {', '.join(bad(env['Redis__Configuration'] or ''))}")
            service = c["image"].split("/")[-1].split(":")[0]
            if o["kind"] == "Deployment" and c["image"].startswith("chatnomina/") and service in REDIS_CLIENTS \
                    and "Redis__Configuration" not in env:
                errors.append(f"{where(o)}: {service} uses Redis but sets no Redis__Configuration with its user, password and ssl=true")


def check(overlay, objs):
    where = lambda o: f"{overlay}: {o['kind']}/{o['metadata']['name']}"
    generated = {o["metadata"]["name"] for o in objs if o["kind"] in ("Secret", "ConfigMap")}
    # Without kubectl the generators are not run: their (unhashed) names count as created.
    base_names = set() if kubectl else {"chatnomina-config"}
    pods = [o for o in objs if o["kind"] in ("Deployment", "StatefulSet")]
    for o in objs:
        if o["kind"] == "Secret" and overlay == "base" and o.get("data"):
            errors.append(f"{where(o)}: secret data committed in base")
        spec = pod_spec(o)
        if spec is None:
            continue
        for c in spec.get("initContainers", []) + spec.get("containers", []):
            refs = [e["valueFrom"]["secretKeyRef"]["name"] for e in c.get("env", []) if "secretKeyRef" in e.get("valueFrom", {})]
            refs += [e["configMapRef"]["name"] for e in c.get("envFrom", []) if "configMapRef" in e]
            refs += [v["secret"]["secretName"] for v in spec.get("volumes", []) if "secret" in v]
            for r in refs:
                if r not in generated and r not in base_names and r not in OPERATOR_SECRETS and r != "chatnomina-config":
                    errors.append(f"{where(o)}: reads {r}, which nothing creates and docs/kubernetes.md does not list")
            if o["kind"] != "Deployment" or not c["image"].startswith("chatnomina/"):
                continue
            for probe in ("startupProbe", "livenessProbe", "readinessProbe"):
                path = c.get(probe, {}).get("httpGet", {}).get("path", "")
                if not path.startswith("/health/"):
                    errors.append(f"{where(o)}: {probe} must be an HTTP GET on /health/*")
            if c.get("readinessProbe", {}).get("httpGet", {}).get("path") != "/health/ready":
                errors.append(f"{where(o)}: readiness must use /health/ready")
            if "memory" not in c.get("resources", {}).get("limits", {}):
                errors.append(f"{where(o)}: no memory limit")
            sc = c.get("securityContext", {})
            if not (sc.get("readOnlyRootFilesystem") and sc.get("allowPrivilegeEscalation") is False
                    and "ALL" in sc.get("capabilities", {}).get("drop", [])):
                errors.append(f"{where(o)}: container must be read-only, without privilege escalation, all capabilities dropped")
            if not spec.get("securityContext", {}).get("runAsNonRoot"):
                errors.append(f"{where(o)}: pod must run as non-root")
            ann = o["spec"]["template"]["metadata"].get("annotations", {})
            if ann.get("prometheus.io/scrape") != "true" or ann.get("prometheus.io/path") != "/metrics":
                errors.append(f"{where(o)}: missing Prometheus scrape annotations")
    accounts = {o["metadata"]["name"]: o for o in objs if o["kind"] == "ServiceAccount"}
    for o in objs:
        spec = pod_spec(o)
        if spec is None:
            continue
        sa = spec.get("serviceAccountName")
        if not sa:
            errors.append(f"{where(o)}: no serviceAccountName (one ServiceAccount per workload)")
        elif sa not in accounts:
            errors.append(f"{where(o)}: serviceAccountName {sa}, which does not exist")
        elif spec.get("automountServiceAccountToken") is not False:
            errors.append(f"{where(o)}: mounts an API token (set automountServiceAccountToken: false on the pod)")
        elif accounts[sa].get("automountServiceAccountToken") is not False:
            errors.append(f"{where(o)}: ServiceAccount {sa} automounts API tokens (automountServiceAccountToken: false)")
    for s in (o for o in objs if o["kind"] == "Service"):
        sel = s["spec"].get("selector", {})
        match = [p for p in pods if all(p["spec"]["template"]["metadata"]["labels"].get(k) == v for k, v in sel.items())]
        if not match:
            errors.append(f"{where(s)}: selects no pod")
            continue
        names = {pt.get("name") for p in match for c in pod_spec(p)["containers"] for pt in c.get("ports", [])}
        for port in s["spec"]["ports"]:
            t = port.get("targetPort")
            if isinstance(t, str) and t not in names:
                errors.append(f"{where(s)}: targetPort {t} is not a named port of its pods")
    for pdb in (o for o in objs if o["kind"] == "PodDisruptionBudget"):
        check_selector(where(pdb), pdb["spec"].get("selector"), pods)
    check_network_policies(overlay, objs, where)
    check_redis(objs, where)
    scaled = {}
    for h in (o for o in objs if o["kind"] in ("HorizontalPodAutoscaler", "ScaledObject")):
        target = h["spec"]["scaleTargetRef"]["name"]
        if not any(p["metadata"]["name"] == target for p in pods):
            errors.append(f"{where(h)}: scales {target}, which does not exist")
        if target in scaled:
            errors.append(f"{where(h)}: {target} is also scaled by {scaled[target]} (two autoscalers fight)")
        scaled[target] = where(h)
    auths = {o["metadata"]["name"]: o for o in objs if o["kind"] == "TriggerAuthentication"}
    for so in (o for o in objs if o["kind"] == "ScaledObject"):
        for t in so["spec"]["triggers"]:
            ref = t.get("authenticationRef", {}).get("name")
            if ref and ref not in auths:
                errors.append(f"{where(so)}: trigger {t['type']} uses TriggerAuthentication {ref}, which does not exist")
            if t["type"] == "rabbitmq" and t["metadata"].get("queueName") not in WORKER_QUEUES:
                errors.append(f"{where(so)}: queue {t['metadata'].get('queueName')} is not one the workers consume")
    for a in auths.values():
        for r in a["spec"].get("secretTargetRef", []):
            if r["name"] not in generated and r["name"] not in OPERATOR_SECRETS:
                errors.append(f"{where(a)}: reads {r['name']}, which nothing creates and docs/kubernetes.md does not list")
    return len(objs)


render_dir = sys.argv[1]
kubectl = any(os.path.getsize(p) for p in glob.glob(f"{render_dir}/*.yaml"))
for path in sorted(glob.glob(f"{render_dir}/*.yaml")):
    overlay = os.path.basename(path)[:-5]
    objs = load(path) if kubectl else source_objects(overlay)
    kinds = sorted({o["kind"] for o in objs})
    print(f"deploy/k8s/overlays/{overlay}: {check(overlay, objs)} objects ({', '.join(kinds)})")
if kubectl:
    gpu = [o for o in load(f"{render_dir}/gpu.yaml") if o["kind"] == "Deployment" and o["metadata"]["name"] == "inference-worker"][0]
    c = gpu["spec"]["template"]["spec"]["containers"][0]
    if c["resources"]["limits"].get("nvidia.com/gpu") != 1 or not c["image"].startswith("chatnomina/inference-worker-gpu"):
        errors.append("gpu: the inference worker must ask for one nvidia.com/gpu and use the -gpu image")
    if {"name": "Inference__PreferCuda", "value": "true"} not in c["env"]:
        errors.append("gpu: Inference__PreferCuda must be true")
    queues = {t["metadata"]["queueName"] for o in load(f"{render_dir}/gpu.yaml") if o["kind"] == "ScaledObject"
              for t in o["spec"]["triggers"] if t["type"] == "rabbitmq"}
    if not WORKER_QUEUES or queues != WORKER_QUEUES:
        errors.append(f"gpu: the workers must scale on the backlog of every queue they consume {sorted(WORKER_QUEUES)}, got {sorted(queues)}")
for e in errors:
    print("ERROR " + e, file=sys.stderr)
if errors:
    sys.exit(1)
print("deploy/k8s: every check passed")
