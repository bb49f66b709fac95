#!/bin/sh
# Rebuild all gold from the specs, verify it, build the oracle, and score empty and oracle facts with the shared scorer.
set -e
cd "$(dirname "$0")/.."
for s in tools/spec_ec*.py; do python3 "$s"; done
python3 tools/verify_gold.py
python3 tools/make_oracle.py
echo "== empty facts"
python3 /work/shared/eval/score_facts.py --facts tools/out/empty_facts.jsonl --gold gold --docs articles
echo "== oracle facts"
python3 /work/shared/eval/score_facts.py --facts tools/out/oracle_facts.jsonl --gold gold --docs articles --misses
echo "== coverage audit"
python3 tools/audit_coverage.py
