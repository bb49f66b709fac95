"""Writes the blind gold (scorer format) for the texts here; occurrences are found in order."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

def at(text, s, after=0):
    i = text.find(s, after)
    assert i >= 0, s
    return i

def build(name, quotes, figures, participants):
    text = (HERE / name).read_text(encoding="utf-8")
    out = {"quotes": [], "figures": [], "participants": []}
    pos = 0
    for q, speaker in quotes:
        i = at(text, q); out["quotes"].append({"quote": q, "char_start": i, "char_end": i + len(q), "speaker": speaker})
    pos = 0
    for surface, value, unit in figures:
        i = at(text, surface, pos); pos = i + 1
        out["figures"].append({"surface": surface, "char_start": i, "char_end": i + len(surface), "value": value, "unit": unit})
    for pname, kind, role in participants:
        out["participants"].append({"name": pname, "type": kind, "role": role, "aliases": []})
    (HERE / (Path(name).stem + ".json")).write_text(json.dumps(out, indent=1), encoding="utf-8")

build("port.txt",
      [("Our members have waited long enough,", "Alma Reyes"), ("We will stay out until there is a fair deal.", "Alma Reyes"),
       ("deeply damaging", "Derek Lowe"), ("Nobody wins from a long dispute,", "Colin Baptiste")],
      [("About 3,500", 3500, "dockworkers"), ("9%", 9, "percent"), ("two years", 2, "years"),
       ("4.5%", 4.5, "percent"), ("roughly £12 million", 12000000, "GBP"), ("14", 14, "vessels"),
       ("two-week", 2, "weeks"), ("0.2 percentage points", 0.2, "percentage points")],
      [("Harwick Port Authority", "ORG", None), ("Maritime Workers Union", "ORG", None),
       ("Alma Reyes", "PERSON", "union secretary"), ("Derek Lowe", "PERSON", "chief executive"),
       ("Colin Baptiste", "PERSON", "Transport minister"), ("Nordline", "ORG", "Shipping group"), ("Kestrel Bank", "ORG", None)])
build("lab.md",
      [("If we get this right, a city bus could run 400 kilometres on one charge,", "Priya Anand"),
       ("This is exactly the kind of partnership the industry needs,", "Martin Kessler")],
      [("$4.2 million", 4200000, "USD"), ("three-year", 3, "years"), ("310 Wh", 310, "Wh"), ("roughly 25 percent", 25, "percent"),
       ("400 kilometres", 400, "km"), ("six", 6, "researchers"), ("$150 million", 150000000, "USD"),
       ("more than 900", 900, "proposals"), ("2027", "2027", "year")],
      [("Calder University", "ORG", None), ("National Science Foundation", "ORG", None),
       ("Priya Anand", "PERSON", "leads the lab"), ("Voltrex", "ORG", "Battery maker"),
       ("Martin Kessler", "PERSON", "chief technology officer")])
build("airline.txt",
      [("These are painful decisions,", "Lena Brandt"), ("But they are necessary,", "Lena Brandt"),
       ("if we are to survive the winter.", "Lena Brandt"), ("brutal", "Swiss Federation of Trade Unions"),
       ("We expect the company to protect its staff,", "Marco Villa")],
      [("1,200", 1200, "jobs"), ("18", 18, "aircraft"), ("310 million Swiss francs", 310000000, "CHF"),
       ("between 6% and 8%", [6, 8], "percent"), ("14%", 14, "percent"), ("-3.4%", -3.4, "percent"),
       ("from 40 to 25", None, None), ("6:30 a.m.", "06:30", "time"), ("November 1", "XXXX-11-01", "date")],
      [("Skyvale", "ORG", "the low-cost carrier"), ("Lena Brandt", "PERSON", "chief executive"),
       ("Swiss Federation of Trade Unions", "ORG", None), ("Marco Villa", "PERSON", "president"),
       ("Sofia Keller", "PERSON", "Economy minister")])
