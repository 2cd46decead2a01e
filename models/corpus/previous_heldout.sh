#!/bin/bash
# Regenerates the held-out sets of the earlier corpora (models/corpus/out/valid_r2 … valid_r7.jsonl), which
# are git-ignored like every generated file: each is the valid.jsonl of the generator as it was at the commit
# that produced that corpus, checked against the corpus_sha256 of that commit's manifest.json (a set whose
# hash differs is not written). ~1 min. Usage: models/corpus/previous_heldout.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
declare -A COMMITS=([r2]=b3582ba [r3]=246ce1e [r4]=eb1b272 [r5]=6031c78 [r6]=bad801e^ [r7]=b1b1acb)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"; git worktree prune' EXIT
for name in r2 r3 r4 r5 r6 r7; do
  commit=${COMMITS[$name]}
  dir="$tmp/$name"
  git worktree add -f --detach "$dir" "$commit" >/dev/null 2>&1
  (cd "$dir" && /usr/bin/python3 -m models.corpus.generate >/dev/null)
  want=$(git show "$commit:models/corpus/out/manifest.json" | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["corpus_sha256"])')
  got=$(/usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["corpus_sha256"])' "$dir/models/corpus/out/manifest.json")
  if [ "$want" = "$got" ]; then
    cp "$dir/models/corpus/out/valid.jsonl" "models/corpus/out/valid_$name.jsonl"
    echo "valid_$name.jsonl: $(wc -l < "models/corpus/out/valid_$name.jsonl") rows (corpus ${got:0:12}…, commit $commit)"
  else
    echo "valid_$name.jsonl: NOT written, commit $commit regenerates corpus ${got:0:12}… instead of ${want:0:12}…" >&2
  fi
  git worktree remove --force "$dir"
done
