#!/usr/bin/env python3
"""Write an oracle facts JSONL from one set's gold (the format score_facts.py reads) and an empty one.
Shared by every annotated set under tests/data/<set>/ (tests/data/goldtools/make_oracle.py).

Usage: python3 tests/data/goldtools/make_oracle.py SETDIR
   ->  SETDIR/tools/out/oracle_facts.jsonl, SETDIR/tools/out/empty_facts.jsonl   (SETDIR defaults to $GOLD_SET_DIR)
Each gold quote becomes {"kind": "quote", "doc", "span", "speaker"}, each figure {"kind": "figure", "doc", "span",
"value", "unit"}, each participant {"kind": "participant", "doc", "name", "aliases", "role", "type"}.
"""
import glob, json, os, sys

SETDIR = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("GOLD_SET_DIR")
if not SETDIR:
    sys.exit("usage: make_oracle.py SETDIR   (or set GOLD_SET_DIR)")
GOLD = os.path.join(SETDIR, "gold")
OUT = os.path.join(SETDIR, "tools", "out")
os.makedirs(OUT, exist_ok=True)
n = 0
with open(os.path.join(OUT, "oracle_facts.jsonl"), "w", encoding="utf-8") as f:
    for gp in sorted(glob.glob(os.path.join(GOLD, "*.json"))):
        g = json.load(open(gp, encoding="utf-8"))
        doc = g["article"]
        rows = []
        for q in g["quotes"]:
            rows.append(dict(kind="quote", doc=doc, span=[q["char_start"], q["char_end"]], text=q["quote"],
                             speaker=q["speaker"]))
        for x in g["figures"]:
            rows.append(dict(kind="figure", doc=doc, span=[x["char_start"], x["char_end"]], text=x["surface"],
                             value=x["value"], unit=x["unit"]))
        for p in g["participants"]:
            rows.append(dict(kind="participant", doc=doc, name=p["name"], aliases=p["aliases"], role=p["role"],
                             type=p["type"]))
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
        n += len(rows)
open(os.path.join(OUT, "empty_facts.jsonl"), "w").close()
print(f"wrote {n} oracle facts to {OUT}/oracle_facts.jsonl")
