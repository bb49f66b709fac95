#!/usr/bin/env python3
"""Independent check of one set's gold: every offset, sentence, count and hash (tests/data/goldtools/verify_gold.py).

Shared by every annotated set under tests/data/<set>/ (the specs of every set build their gold with
goldtools/goldlib.py). Checks multi-paragraph quotes, 420-520 words per article (HTML tags not counted),
.txt/.md/.html articles, the unit whitelist (goldlib.UNITS), value types, scorer-normalised participant names and
role tokens.

Usage: python3 tests/data/goldtools/verify_gold.py SETDIR [--gold DIR] [--docs DIR]
(SETDIR defaults to $GOLD_SET_DIR; --gold/--docs default to SETDIR/gold and SETDIR/articles.)
Reads articles with open(p, encoding="utf-8", newline="") and checks that
text[char_start:char_end] equals the annotated string everywhere.
"""
import argparse, glob, hashlib, json, os, re, sys
sys.path.insert(0, "/work/shared/eval")
from score_facts import norm as sc_norm, toks as sc_toks, PRONOUNS  # scorer's own normalisation

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import UNITS  # one unit whitelist, shared with the specs

ap = argparse.ArgumentParser()
ap.add_argument("setdir", nargs="?", default=os.environ.get("GOLD_SET_DIR"), help="tests/data/<set>")
ap.add_argument("--gold")
ap.add_argument("--docs")
a = ap.parse_args()
if not a.setdir and not (a.gold and a.docs):
    ap.error("give SETDIR (or set GOLD_SET_DIR), or both --gold and --docs")
a.gold = a.gold or os.path.join(a.setdir, "gold")
a.docs = a.docs or os.path.join(a.setdir, "articles")

errors, warnings = [], []


def err(doc, msg):
    errors.append(f"{doc}: {msg}")


def span_eq(doc, t, item, key, what):
    s, e = item["char_start"], item["char_end"]
    if t[s:e] != item[key]:
        err(doc, f"{what} {item.get('id')} span text {t[s:e]!r} != {item[key]!r}")
    if t.find(item[key], s) != s:
        err(doc, f"{what} {item.get('id')} find-from-start mismatch")


QUOTE_MARKS = {"curly": ("“", "”"), "straight": ('"', '"'), "single": ("'‘", "'’")}
REQ_Q = ["id", "speaker", "speaker_aliases", "speaker_role", "speaker_type", "quote", "kind", "char_start", "char_end",
         "n_words", "syntax", "marks", "attribution", "attribution_cue"]
REQ_F = ["id", "surface", "value", "unit", "about", "sentence", "char_start", "char_end", "sentence_char_start", "in_quote"]
REQ_P = ["id", "name", "aliases", "type", "role", "evidence", "evidence_char_start", "participation"]

golds = sorted(glob.glob(os.path.join(a.gold, "*.json")))
docs = sorted(f for f in os.listdir(a.docs) if f.endswith((".txt", ".md", ".html")))
if len(golds) != len(docs):
    errors.append(f"{len(golds)} gold files but {len(docs)} articles")
for gp in golds:
    g = json.load(open(gp, encoding="utf-8"))
    doc = g["article"]
    stem = os.path.splitext(os.path.basename(gp))[0]
    if os.path.splitext(doc)[0] != stem:
        err(doc, "gold file name does not match article stem")
    p = os.path.join(a.docs, doc)
    t = open(p, encoding="utf-8", newline="").read()
    if hashlib.sha256(t.encode("utf-8")).hexdigest() != g["sha256"]:
        err(doc, "sha256 mismatch")
    if len(t) != g["n_chars"]:
        err(doc, "n_chars mismatch")
    nwords = len((re.sub(r"<[^>]*>", " ", t) if doc.endswith(".html") else t).split())  # tags are not words
    if not 420 <= nwords <= 520:
        err(doc, f"word count {nwords} outside 420-520")
    if "\r" in t or not t.endswith("\n"):
        err(doc, "line endings must be \\n and the file must end with a newline")
    bspans = [(b["char_start"], b["char_end"]) for b in g["boilerplate"]]
    for b in g["boilerplate"]:
        span_eq(doc, t, b, "line", "boilerplate")
        if t.count("\n", 0, b["char_start"]) + 1 != b["line_no"]:
            err(doc, f"boilerplate line_no wrong for {b['line']!r}")
        s, e = b["char_start"], b["char_end"]
        full = (s == 0 or t[s - 1] == "\n") and (e == len(t) or t[e] == "\n")
        if not full and not b.get("partial_line"):
            err(doc, f"boilerplate not a full line: {b['line']!r}")
    # quotes
    qspans = []
    for key in ("quotes", "other_quotes", "not_quotes"):
        tk = "text" if key == "not_quotes" else "quote"
        ids = set()
        for q in g[key]:
            if q["id"] in ids:
                err(doc, f"duplicate id {q['id']}")
            ids.add(q["id"])
            span_eq(doc, t, q, tk, key)
            m = q.get("marks")
            if m in QUOTE_MARKS:
                o, c = QUOTE_MARKS[m]
                if q.get("layout") == "multi-paragraph" and t[q["char_end"]] == "\n":
                    c = "\n"  # non-final paragraph of a multi-paragraph quote has no closing mark
                if t[q["char_start"] - 1] not in o or t[q["char_end"]] not in c:
                    err(doc, f"{key} {q['id']} not enclosed by {m} marks")
            elif m == "dash":
                line_start = t.rfind("\n", 0, q["char_start"]) + 1
                if "–" not in t[line_start:q["char_start"]] and q.get("attribution") == "explicit":
                    err(doc, f"{key} {q['id']} dash quote without a leading dash on its line")
            if any(bs <= q["char_start"] < be for bs, be in bspans):
                err(doc, f"{key} {q['id']} inside boilerplate")
            if key != "not_quotes":
                qspans.append((q["char_start"], q["char_end"]))
        if key == "quotes":
            for q in g[key]:
                for r in REQ_Q:
                    if r not in q:
                        err(doc, f"quote {q['id']} missing {r}")
                if q["kind"] not in ("full", "fragment"):
                    err(doc, f"quote {q['id']} bad kind")
                exp = "fragment" if (q["n_words"] <= 6 and q["syntax"] == "phrase") else "full"
                if q["kind"] != exp:
                    err(doc, f"quote {q['id']} kind {q['kind']} but rule says {exp}")
                if q["speaker_type"] not in ("PERSON", "ORG", "GPE", "DOCUMENT", "ANONYMOUS", "JOINT"):
                    err(doc, f"quote {q['id']} bad speaker_type")
                for al in [q["speaker"]] + q["speaker_aliases"]:
                    if al.lower() not in t.lower():
                        warnings.append(f"{doc}: speaker form not in text: {al!r}")
    qs = sorted(qspans)
    for (s1, e1), (s2, e2) in zip(qs, qs[1:]):
        if s2 < e1:
            err(doc, f"overlapping quote spans {s1}-{e1} and {s2}-{e2}")
    # figures
    fspans = []
    for f in g["figures"]:
        for r in REQ_F:
            if r not in f:
                err(doc, f"figure {f.get('id')} missing {r}")
        span_eq(doc, t, f, "surface", "figure")
        ss = f["sentence_char_start"]
        if t[ss:ss + len(f["sentence"])] != f["sentence"]:
            err(doc, f"figure {f['id']} sentence offset wrong")
        if not (ss <= f["char_start"] and f["char_end"] <= ss + len(f["sentence"])):
            err(doc, f"figure {f['id']} surface not inside its sentence")
        if "\n" in f["sentence"]:
            err(doc, f"figure {f['id']} sentence spans a line break")
        inq = any(s <= f["char_start"] and f["char_end"] <= e for s, e in qspans)
        if inq != f["in_quote"]:
            err(doc, f"figure {f['id']} in_quote={f['in_quote']} but computed {inq}")
        if any(bs <= f["char_start"] < be for bs, be in bspans):
            err(doc, f"figure {f['id']} inside boilerplate")
        v = f["value"]
        if f.get("vague"):
            if v is not None:
                err(doc, f"figure {f['id']} vague but has value")
        elif v is None:
            err(doc, f"figure {f['id']} null value but not vague")
        if f["unit"] not in UNITS:
            err(doc, f"figure {f['id']} unknown unit {f['unit']!r}")
        if v is not None and not (isinstance(v, (int, float, str)) or
                                  (isinstance(v, list) and len(v) == 2 and all(isinstance(x, (int, float)) for x in v) and v[0] <= v[1])):
            err(doc, f"figure {f['id']} bad value {v!r}")
        if f["unit"] in ("date", "time") and not isinstance(v, str):
            err(doc, f"figure {f['id']} date/time value must be a string")
        if f["unit"] == "fraction" and isinstance(v, (int, float)) and not 0 <= v <= 1:
            err(doc, f"figure {f['id']} fraction outside 0-1")
        fspans.append((f["char_start"], f["char_end"]))
    fs = sorted(fspans)
    for (s1, e1), (s2, e2) in zip(fs, fs[1:]):
        if s2 < e1:
            err(doc, f"overlapping figure spans {t[s1:e1]!r} {t[s2:e2]!r}")
    for nf in g["not_figures"]:
        span_eq(doc, t, nf, "text", "not_figure")
        inb = any(bs <= nf["char_start"] < be for bs, be in bspans)
        if inb != nf["in_boilerplate"]:
            err(doc, f"not_figure {nf['id']} in_boilerplate flag wrong")
        if any(overlap for overlap in [min(nf["char_end"], e) - max(nf["char_start"], s) > 0 for s, e in fspans]):
            err(doc, f"not_figure {nf['id']} overlaps a figure")
    for rt in g["relative_time_expressions"]:
        span_eq(doc, t, rt, "text", "relative_time")
    # participants
    names_seen = set()
    for pp in g["participants"]:
        for r in REQ_P:
            if r not in pp:
                err(doc, f"participant {pp.get('id')} missing {r}")
        es = pp["evidence_char_start"]
        if t[es:es + len(pp["evidence"])] != pp["evidence"]:
            err(doc, f"participant {pp['id']} evidence offset wrong")
        if pp["type"] not in ("PERSON", "ORG", "GPE"):
            err(doc, f"participant {pp['id']} bad type")
        for n in [pp["name"]] + pp["aliases"]:
            if n not in t:
                err(doc, f"participant form not in text: {n!r}")
            if n.lower() in names_seen:
                err(doc, f"participant name/alias used twice: {n!r}")
            names_seen.add(n.lower())
    # names as the scorer normalises them must not collide across participants
    seen_norm = {}
    for pp in g["participants"]:
        for n in [pp["name"]] + pp["aliases"]:
            k = sc_norm(n)
            if not k or k in PRONOUNS:
                err(doc, f"participant form {n!r} normalises to nothing usable")
            if k in seen_norm and seen_norm[k] != pp["id"]:
                err(doc, f"participant form {n!r} collides with {seen_norm[k]} after scorer normalisation")
            seen_norm[k] = pp["id"]
        if pp["role"] is not None and not sc_toks(pp["role"]):
            err(doc, f"participant {pp['id']} role {pp['role']!r} has no scorable tokens")
    # every quote speaker of type PERSON/ORG/GPE must be a participant
    pnames = {n.lower() for pp in g["participants"] for n in [pp["name"]] + pp["aliases"]}
    for q in g["quotes"]:
        if q["speaker_type"] in ("PERSON", "ORG", "GPE") and q["speaker"].lower() not in pnames:
            err(doc, f"quote speaker {q['speaker']!r} is not a participant")
    c = g["counts"]
    exp = dict(quotes=len(g["quotes"]), quotes_full=sum(q["kind"] == "full" for q in g["quotes"]),
               quotes_fragment=sum(q["kind"] == "fragment" for q in g["quotes"]), other_quotes=len(g["other_quotes"]),
               not_quotes=len(g["not_quotes"]), figures=len(g["figures"]), not_figures=len(g["not_figures"]),
               participants=len(g["participants"]), mentioned_entities=len(g["mentioned_entities"]),
               boilerplate_lines=len(g["boilerplate"]), relative_time_expressions=len(g["relative_time_expressions"]))
    if c != exp:
        err(doc, f"counts {c} != {exp}")

for w in warnings:
    print("WARN", w)
for e in errors:
    print("ERROR", e)
print(f"{len(golds)} gold files, {len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
