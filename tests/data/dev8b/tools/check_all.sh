#!/bin/sh
# Rebuild all dev8b gold from the specs, verify it, build the oracle and score it (and an empty facts file)
# with the shared scorer. Run from anywhere: sh tools/check_all.sh
set -e
cd "$(dirname "$0")"
for s in spec_ib*.py; do python3 "$s"; done
python3 verify_gold.py
python3 make_oracle.py
cd ..
echo "== empty facts"
python3 /work/shared/eval/score_facts.py --facts tools/out/empty_facts.jsonl --gold gold --docs articles
echo "== oracle facts"
python3 /work/shared/eval/score_facts.py --facts tools/out/oracle_facts.jsonl --gold gold --docs articles --misses
