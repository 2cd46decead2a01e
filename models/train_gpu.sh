#!/usr/bin/env bash
# GPU round (device machine): trains several T5 variants + the NER in parallel on one GPU with
# models/train_gpu.py, then keeps the two best T5 variants (mean intent accuracy on the held-out
# families of this corpus and of the previous one; dev is only reported) and the NER.
# Then scores the kept T5 variants with models/eval_gpu.py (NER = this round's or $EVAL_NER).
# Inputs: .gpu/{train,valid,gen_train,gen_valid,valid_r2}.jsonl.gz + .gpu/dev.jsonl (copied from the local
# checkout, since models/corpus/out is git-ignored). Outputs under $OUT (or ./gpu_out).
set -u
OUT=${OUT:-gpu_out}; mkdir -p "$OUT" models/corpus/out shared/eval; OUT=$(cd "$OUT" && pwd); export OUT
PY=${PY:-python3}
for f in train valid gen_train gen_valid valid_r2; do gunzip -c .gpu/$f.jsonl.gz > models/corpus/out/$f.jsonl; done
cp .gpu/dev.jsonl shared/eval/dev.jsonl
export GPU_WORK=/tmp/gw PYTHONUNBUFFERED=1; mkdir -p $GPU_WORK
SECS=${SECS:-420}
nvidia-smi --query-gpu=name,memory.used --format=csv 2>/dev/null
V=${VARIANTS:-"A|{}|--word_drop 0.1
B|{\"num_layers\":6,\"d_ff\":768}|--word_drop 0.1
C|{}|--word_drop 0.2 --bs 256 --lr 1.5e-3
D|{\"num_layers\":5,\"d_ff\":640}|--word_drop 0.15 --seed 14"}
pids=()
while IFS='|' read -r name arch extra; do
  [ -z "$name" ] && continue
  $PY -m models.train_gpu t5 --name "$name" --arch "$arch" --seconds "$SECS" $extra > $GPU_WORK/$name.log 2>&1 &
  pids+=($!)
done <<< "$V"
if [ -z "${NO_NER:-}" ]; then
  $PY -m models.train_gpu ner --name NER --seconds "$SECS" --bs 128 --lr 1.5e-3 > $GPU_WORK/NER.log 2>&1 &
  pids+=($!)
fi
for p in "${pids[@]}"; do wait $p; done
grep -h "FINAL\|Error\|error" $GPU_WORK/*.log
$PY - <<'PY'
import json, glob, os, shutil, subprocess
W = os.environ["GPU_WORK"]; O = os.environ.get("OUT", "gpu_out")
res = []
for j in glob.glob(f"{W}/*.json"):
    d = json.load(open(j))
    if "final" in d:
        f = d["final"]
        key = (f["valid"]["all"]["acc"] + f.get("valid_r2", f["valid"])["all"]["acc"]) / 2
        res.append((key, d["name"]))
        print(d["name"], round(key, 4), {k: v["all"] for k, v in f.items()})
res.sort(reverse=True)
keep = [n for _, n in res[:int(os.environ.get("KEEP", "2"))]] + ["NER"]
print("keep", keep)
ner = os.environ.get("EVAL_NER", f"{W}/NER.pt")
procs = [subprocess.Popen(f"$PY -m models.eval_gpu {W}/{n}.pt {ner} {W}/eval_{n}.json > {W}/eval_{n}.log 2>&1".replace("$PY", os.environ.get("PY", "python3")), shell=True)
         for n in keep if n != "NER" and os.path.exists(ner)]
for p_ in procs:
    p_.wait()
subprocess.run(f"cat {W}/eval_*.log; cd {W} && tar czf {O}/results.tgz *.json *.log", shell=True)
for n in keep:
    p = f"{W}/{n}.pt"
    if os.path.exists(p):
        subprocess.run(f"split -b 15M -d {p} {O}/{n}.pt.part", shell=True)
PY
ls -la "$OUT"
