#!/usr/bin/env python3
"""Completeness audit (no rule code): list every numeral / number word, every quotation-mark span and every
capitalised name that no gold entry accounts for. Prints nothing for an article when all is covered.
Shared by every annotated set under tests/data/<set>/ (tests/data/goldtools/audit_coverage.py).

Usage: python3 tests/data/goldtools/audit_coverage.py SETDIR   (SETDIR defaults to $GOLD_SET_DIR)
HTML tags and Markdown line markers ('#' headings, '-'/'*' bullets, '*' emphasis) are blanked to newlines of the
same length before the scan (offsets unchanged), so digits in tags such as <h1> are not counted and text after
markup counts as a line start."""
import glob, json, os, re, sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("GOLD_SET_DIR")
if not ROOT:
    sys.exit("usage: audit_coverage.py SETDIR   (or set GOLD_SET_DIR)")
NUMW = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty|thirty|forty|fifty|hundred|"
        r"fourth|sixth|seventh|eighth|ninth|tenth|tens|twice|fortnight|nineties|half|third|thirds|quarter|quarters|"
        r"first|second|fifth|dozens?|hundreds?|thousands?|decade|million|billion")
bad = 0
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    t = open(os.path.join(ROOT, "articles", g["article"]), encoding="utf-8", newline="").read()
    if g["article"].endswith(".html"):
        t = re.sub(r"<[^>]+>", lambda m: "\n" * len(m.group()), t)
    elif g["article"].endswith(".md"):
        t = re.sub(r"^#+ |^[-*] |^\*+|\*+$", lambda m: "\n" * len(m.group()), t, flags=re.M)
    cov = [(x["char_start"], x["char_end"]) for k in ("figures", "not_figures", "boilerplate") for x in g[k]]
    out = []
    for m in re.finditer(r"\d[\d,.]*|\b(?:%s)\b" % NUMW, t, flags=re.I):
        if not any(s <= m.start() < e for s, e in cov):
            out.append(f"number  {m.group()!r} @{m.start()}: ...{t[max(0, m.start()-30):m.end()+30]!r}")
    qcov = [(x["char_start"], x["char_end"]) for k in ("quotes", "other_quotes", "not_quotes") for x in g[k]]
    for m in re.finditer(r"[“\"‘]([^”\"’\n]+)", t):
        s = m.start(1)
        if not any(qs <= s < qe or qs == s for qs, qe in qcov):
            if m.group(0)[0] == '"' and any(qs <= s - 1 <= qe for qs, qe in qcov):
                continue  # closing straight mark of an annotated quote
            out.append(f"quote   {m.group(0)[:50]!r} @{s}")
    names = {n.lower() for p in g["participants"] for n in [p["name"]] + p["aliases"]}
    names |= {m["name"].lower() for m in g["mentioned_entities"]}
    for m in re.finditer(r"(?<![.“\"‘] )(?<!^)\b([A-Z][\w'’-]+(?: (?:of|the|for|de)?\s?[A-Z][\w'’-]+)+)", t, flags=re.M):
        n = m.group(1)
        if not any(n.lower() in x or x in n.lower() for x in names):
            out.append(f"name?   {n!r} @{m.start()}")
    if out:
        print("==", g["article"])
        for o in out:
            print("  ", o)
        bad += len(out)
print(f"{bad} items to review")
