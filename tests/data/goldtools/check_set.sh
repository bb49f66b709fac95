#!/bin/sh
# Rebuild one set's gold from its specs, verify it, build the oracle and score it (and an empty facts file) with
# the shared scorer, then print the coverage audit. Shared by every annotated set (tests/data/goldtools/).
# Usage (from anywhere): sh tests/data/goldtools/check_set.sh tests/data/<set>
set -e
[ -n "$1" ] && [ -d "$1/tools" ] || { echo "usage: check_set.sh SETDIR   (SETDIR holds articles/, gold/, tools/spec_*.py)" >&2; exit 2; }
TOOLS="$(cd "$(dirname "$0")" && pwd)"
cd "$1"
for s in tools/spec_*.py; do python3 "$s"; done
python3 "$TOOLS/verify_gold.py" .
python3 "$TOOLS/make_oracle.py" .
echo "== empty facts"
python3 /work/shared/eval/score_facts.py --facts tools/out/empty_facts.jsonl --gold gold --docs articles
echo "== oracle facts"
python3 /work/shared/eval/score_facts.py --facts tools/out/oracle_facts.jsonl --gold gold --docs articles --misses
echo "== coverage audit"
python3 "$TOOLS/audit_coverage.py" .
