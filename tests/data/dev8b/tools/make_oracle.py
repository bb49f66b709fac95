#!/usr/bin/env python3
"""Write an oracle facts JSONL from the dev8b gold (the format score_facts.py reads) and an empty one.

Usage: python3 make_oracle.py   ->  tools/out/oracle_facts.jsonl, tools/out/empty_facts.jsonl
Each gold quote becomes {"kind": "quote", "doc", "span", "speaker"}, each figure {"kind": "figure", "doc", "span",
"value", "unit"}, each participant {"kind": "participant", "doc", "name", "aliases", "role", "type"}.
"""
import glob, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(os.path.dirname(HERE), "gold")
OUT = os.path.join(HERE, "out")
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
