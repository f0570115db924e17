#!/usr/bin/env bash
# The mining experiment of nbs/08_mining.ipynb: four runs continue `make run`'s first-stage model for the same 200 steps on
# the pipeline's 30,000 mined rows (data/public/train_pairs_hard.jsonl): without negatives, with the negatives mined once,
# re-mined with the current weights every 40 steps, and mined once at a third of the learning rate. Run from the
# repository root after `make run`; writes runs/exp/refresh/.
set -euo pipefail
bin=${1:-.venv/bin}
out=runs/exp/refresh; mkdir -p "$out"
start=runs/cpu-public/checkpoint-$("$bin/python" -c "import json; print(json.load(open('runs/cpu-public/best.json'))['step'])")
"$bin/python" -c "
import json
with open('$out/rows_no_negatives.jsonl', 'w') as f:
    for line in open('data/public/train_pairs_hard.jsonl'):
        row = json.loads(line); row.pop('negative', None); f.write(json.dumps(row) + '\n')"
common=(--init-from "$start" --max-steps 200 --lr 1e-3 --warmup-steps 20 --eval-every 40)
: > "$out/times.log"
for arm in plain once refresh once-lr3e-4; do
  case $arm in
    plain) flags=(--train-file "$out/rows_no_negatives.jsonl");;
    once) flags=(--train-file data/public/train_pairs_hard.jsonl);;
    refresh) flags=(--train-file data/public/train_pairs_hard.jsonl --refresh-every 40);;
    once-lr3e-4) flags=(--train-file data/public/train_pairs_hard.jsonl --lr 3e-4);;
  esac
  rm -rf "${out:?}/$arm"; t=$(date +%s)
  "$bin/codeembed" train "${common[@]}" "${flags[@]}" --output-dir "$out/$arm" > "$out/$arm.log" 2>&1
  echo "$arm $(( $(date +%s) - t ))" >> "$out/times.log"
done
