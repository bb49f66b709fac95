#!/usr/bin/env python3
"""Write facts files made from the heldout7 gold, for checking that the gold loads and scores cleanly.

Usage: python3 make_facts.py [OUT_DIR]   (default /tmp/heldout7_facts)
Writes, in the JSONL format read by /work/shared/eval/score_facts.py (one object per line with "kind"
(quote|figure|participant), "doc" (article file name), "span" [start, end) and, per kind, speaker / value, unit /
name, aliases, role):
  empty.jsonl                    no facts at all (the scorer must still load all ten gold files)
  oracle_clean.jsonl             every gold quote, figure and participant -> must score 1.00 everywhere
  oracle_with_trap_probes.jsonl  the oracle plus one quote probe on each not_quotes span -> trap_hits = #not_quotes
"""
import glob, json, os, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/heldout7_facts"
os.makedirs(out, exist_ok=True)
rows, probes = [], []
for gp in sorted(glob.glob(os.path.join(HERE, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    doc = g["article"]
    t = open(os.path.join(HERE, "articles", doc), encoding="utf-8", newline="").read()
    for q in g["quotes"]:
        rows.append(dict(kind="quote", doc=doc, span=[q["char_start"], q["char_end"]], speaker=q["speaker"],
                         text=q["quote"]))
    for f in g["figures"]:
        rows.append(dict(kind="figure", doc=doc, span=[f["char_start"], f["char_end"]], value=f["value"],
                         unit=f["unit"], text=f["surface"]))
    for p in g["participants"]:
        s = t.find(p["name"])
        rows.append(dict(kind="participant", doc=doc, span=[s, s + len(p["name"])], name=p["name"],
                         aliases=p["aliases"], role=p["role"], type=p["type"]))
    for n in g["not_quotes"]:
        probes.append(dict(kind="quote", doc=doc, span=[n["char_start"], n["char_end"]], speaker=None, text=n["text"]))
with open(os.path.join(out, "oracle_clean.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(out, "oracle_with_trap_probes.jsonl"), "w", encoding="utf-8") as f:
    for r in rows + probes:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
open(os.path.join(out, "empty.jsonl"), "w").close()
print(f"{len(rows)} oracle facts, {len(probes)} trap probes -> {out}")
