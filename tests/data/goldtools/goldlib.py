"""Shared helpers to build gold JSON from compact per-article specs (tests/data/goldtools/goldlib.py).

This is the one copy of goldlib used by the annotation specs (tools/spec_*.py) of every annotated set under
tests/data/<set>/ (dev4a ... dev8b, heldout8, heldout9); the sets no longer keep their own copies.

Which set a Doc belongs to: the set folder is the parent of the folder holding the calling spec
(<set>/tools/spec_XXNN.py -> <set>/), unless Doc(..., set_dir=...) or the environment variable GOLD_SET_DIR
names it. Articles are read from <set>/articles/ and gold is written to <set>/gold/<stem>.json.

Articles may be .txt, .md or .html: the article file is found by stem, offsets index the raw file (markup
included), and sentence spans skip leading/trailing markup on a line (HTML tags; Markdown '#' heading
markers, '- '/'* ' bullets and '*' emphasis) so sentences hold article text only. ABBREV (abbreviations that do
not end a sentence) and UNITS (the unit whitelist, also used by verify_gold.py) are the unions of what every
set needs.

Every offset is computed from an anchor that must be unique in the article
(asserted), so a typo fails loudly instead of producing a wrong offset.
"""
import hashlib, json, os, re, sys


def find_set_dir(set_dir=None, depth=2):
    """The set folder: set_dir if given, else $GOLD_SET_DIR, else the parent of the calling spec's folder."""
    d = set_dir or os.environ.get("GOLD_SET_DIR")
    if not d:
        caller = sys._getframe(depth).f_globals.get("__file__")
        assert caller, "goldlib: cannot tell the set folder; pass set_dir= or set GOLD_SET_DIR"
        d = os.path.dirname(os.path.dirname(os.path.abspath(caller)))
    d = os.path.abspath(d)
    assert os.path.isdir(os.path.join(d, "articles")), f"goldlib: no articles/ folder in {d}"
    return d


ABBREV = {"gov", "sen", "supt", "dr", "prof", "mr", "ms", "mrs", "st", "nov", "jan", "feb", "aug",
          "sept", "oct", "dec", "ore", "lt", "det", "insp", "sgt", "no", "vs", "rep", "a.m", "p.m", "co",
          "b.c", "u.s", "kan", "tex", "calif", "neb", "inc", "wis", "wash", "ste"}
UNITS = {"INR", "EUR", "NGN", "USD", "CAD", "AUD", "GBP", "GBX", "CHF", "percent", "percentage points", "fraction",
         "count", "ordinal", "year", "date", "time", "years", "months", "weeks", "days", "hours", "minutes", "seconds",
         "times", "km", "km/h", "metres", "mm", "hectares", "sq m", "mg", "GB", "celsius", "points", "tonnes",
         "NZD", "DKK", "fahrenheit", "MW", "mph", "acres", "feet", "litres", "kg", "ratio",
         "XDR", "ZMW", "MYR", "kW", "inches", "barrels", "barrels per day",
         "PLN", "MHz", "knots", "PHP", "BRL", "basis points", "ZAR", "ounces", "GHS", "SGD", "CLP", "TB", "IDR", "g",
         "KES", "MXN", "JPY", "TEU", "miles", "cubic metres", "VND", "GWh",
         "AED", "HKD", "GHz", "GW", "Hz", "ILS", "W", "bcm", "bushels", "cm", "goals", "grams", "kWh", "km/s", "mAh",
         "megapixels", "score", "yards",
         "ml", "TWD",
         "Nm", "pound-feet",
         "sq ft",
         "KRW"}
EXTS = (".txt", ".md", ".html")
OPEN_Q = "\"“‘'"
CLOSE_Q = "\"”’'"


class Doc:
    def __init__(self, stem, title=None, set_dir=None):
        self.stem = stem
        self.set_dir = find_set_dir(set_dir)
        ART = os.path.join(self.set_dir, "articles")
        found = [stem + x for x in EXTS if os.path.exists(os.path.join(ART, stem + x))]
        assert len(found) == 1, f"{stem}: expected one article file, found {found}"
        self.fname = found[0]
        self.ext = os.path.splitext(self.fname)[1]
        self.path = os.path.join(ART, self.fname)
        self.t = open(self.path, encoding="utf-8", newline="").read()
        first = self.t.split("\n", 1)[0]
        s, e = self._trim(first)
        self.title = title or first[s:e]
        self.quotes, self.other_quotes, self.not_quotes = [], [], []
        self.figures, self.not_figures, self.participants = [], [], []
        self.mentioned, self.rel, self.boiler = [], [], []
        self.sents = self._split()

    # ---------- anchors ----------
    def at(self, s, ctx=None):
        t = self.t
        if ctx is None:
            assert t.count(s) == 1, f"{self.stem}: not unique ({t.count(s)}): {s!r}"
            return t.index(s)
        assert t.count(ctx) == 1, f"{self.stem}: ctx not unique ({t.count(ctx)}): {ctx!r}"
        assert ctx.count(s) == 1, f"{self.stem}: {s!r} not once in ctx {ctx!r}"
        return t.index(ctx) + ctx.index(s)

    # ---------- sentences ----------
    def _trim(self, line):
        """(start, end) of a line's text without leading/trailing markup (HTML tags; Markdown '#' headings, '-'/'*'
        bullets, '*' emphasis)."""
        s, e = 0, len(line)
        if self.ext == ".html":
            m = re.match(r"(?:<[^>]+>)+", line)
            if m:
                s = m.end()
            m = re.search(r"(?:<[^>]+>)+$", line)
            if m and m.start() >= s:
                e = m.start()
        elif self.ext == ".md":
            m = re.match(r"#+ |[-*] |\*+", line)  # heading mark, bullet, emphasis
            if m:
                s = m.end()
            m = re.search(r"\*+$", line)
            if m and m.start() >= s:
                e = m.start()
        return s, e

    def _split(self):
        t = self.t
        out = []
        pos = 0
        for line in t.split("\n"):
            ls, le = pos, pos + len(line)
            pos = le + 1
            ts, te = self._trim(line)
            ls, le = ls + ts, ls + te
            if not line[ts:te].strip():
                continue
            start = ls
            i = ls
            while i < le:
                c = t[i]
                if c in ".?!":
                    j = i + 1
                    while j < le and t[j] in CLOSE_Q + ")":
                        j += 1
                    if j < le and t[j] == " ":
                        k = j + 1
                        nxt = t[k] if k < le else ""
                        word = re.search(r"([A-Za-z.]+)$", t[start:i])
                        w = word.group(1).lower().rstrip(".") if word else ""
                        if c == "." and w in ABBREV:
                            i += 1
                            continue
                        if nxt and (nxt.isupper() or nxt in OPEN_Q + "–-" or nxt.isdigit()):
                            out.append((start, j))
                            start = k
                            i = k
                            continue
                i += 1
            if start < le:
                out.append((start, le))
        return out

    def sent_of(self, off):
        for s, e in self.sents:
            if s <= off < e:
                return s, self.t[s:e]
        raise AssertionError(f"{self.stem}: no sentence for offset {off}")

    # ---------- quotes ----------
    def _qcommon(self, quote, ctx, marks, open_end=False):
        s = self.at(quote, ctx)
        e = s + len(quote)
        if marks in ("curly", "straight", "single"):
            before, after = self.t[s - 1], self.t[e] if e < len(self.t) else ""
            ok = {"curly": ("“", "”"), "straight": ('"', '"'), "single": ("'‘", "'’")}[marks]
            if open_end:  # paragraph of a multi-paragraph quote: no closing mark, ends at the line end
                ok = (ok[0], "\n")
            assert before in ok[0] and after in ok[1], f"{self.stem}: marks {marks} wrong around {quote!r}: {before!r} {after!r}"
        return s, e

    @staticmethod
    def nwords(q):
        return len(re.findall(r"[\w'’-]+", q))

    def Q(self, speaker, quote, ctx=None, *, aliases=(), role=None, stype="PERSON", syntax="sentence",
          marks="curly", attribution="explicit", cue="", kind=None, note=None, members=None, layout=None,
          open_end=False):
        if open_end:
            layout = layout or "multi-paragraph"
        s, e = self._qcommon(quote, ctx, marks, open_end)
        n = self.nwords(quote)
        if kind is None:
            kind = "fragment" if (n <= 6 and syntax == "phrase") else "full"
        d = dict(id=f"q{len(self.quotes)+1}", speaker=speaker, speaker_aliases=list(aliases), speaker_role=role,
                 speaker_type=stype, quote=quote, kind=kind, char_start=s, char_end=e, n_words=n, syntax=syntax,
                 marks=marks, attribution=attribution, attribution_cue=cue)
        if members:
            d["speaker_members"] = members
        if layout:
            d["layout"] = layout
        if note:
            d["note"] = note
        self.quotes.append(d)

    def OQ(self, quote, ctx=None, *, attributed_to=None, attribution="none", reason="", marks="curly", syntax="phrase"):
        s, e = self._qcommon(quote, ctx, marks)
        n = self.nwords(quote)
        kind = "fragment" if (n <= 6 and syntax == "phrase") else "full"
        self.other_quotes.append(dict(id=f"oq{len(self.other_quotes)+1}", quote=quote, char_start=s, char_end=e,
                                      n_words=n, kind=kind, marks=marks, attributed_to=attributed_to,
                                      attribution=attribution, reason=reason))

    def NQ(self, text, ctx=None, *, reason="", marks="curly"):
        s, e = self._qcommon(text, ctx, marks)
        self.not_quotes.append(dict(id=f"nq{len(self.not_quotes)+1}", text=text, char_start=s, char_end=e,
                                    marks=marks, reason=reason))

    # ---------- figures ----------
    def _in_quote(self, s, e):
        for q in self.quotes + self.other_quotes:
            if q["char_start"] <= s and e <= q["char_end"]:
                return True
        return False

    def _in_boiler(self, s):
        return any(b["char_start"] <= s < b["char_end"] for b in self.boiler)

    def F(self, surface, value, unit, about, ctx=None, **extra):
        s = self.at(surface, ctx)
        e = s + len(surface)
        self._boundary(s, e)
        assert not self._in_boiler(s), f"{self.stem}: figure in boilerplate {surface!r}"
        ss, sent = self.sent_of(s)
        in_quote = extra.pop("in_quote", None)
        if in_quote is None:
            in_quote = self._in_quote(s, e)
        assert unit in UNITS, f"{self.stem}: unknown unit {unit!r} for {surface!r}"
        if value is None:
            assert extra.get("vague"), f"{self.stem}: null value without vague for {surface!r}"
        d = dict(id=f"f{len(self.figures)+1}", surface=surface, value=value, unit=unit, about=about, sentence=sent,
                 char_start=s, char_end=e, sentence_char_start=ss, in_quote=in_quote)
        d.update(extra)
        self.figures.append(d)

    def _boundary(self, s, e):
        t = self.t
        b = t[s - 1] if s > 0 else " "
        a = t[e] if e < len(t) else " "
        a2 = t[e + 1] if e + 1 < len(t) else " "
        assert not b.isalnum() and not (b in ",." and s > 1 and t[s - 2].isdigit()), f"{self.stem}: left boundary {t[s-5:e]!r}"
        assert not a.isalnum() and not (a in ",." and a2.isdigit()), f"{self.stem}: right boundary {t[s:e+5]!r}"

    def NF(self, text, ctx=None, reason=""):
        s = self.at(text, ctx)
        self._boundary(s, s + len(text))
        self.not_figures.append(dict(id=f"nf{len(self.not_figures)+1}", text=text, char_start=s, char_end=s + len(text),
                                     in_boilerplate=self._in_boiler(s), reason=reason))

    def RT(self, text, ctx=None, resolved=None, note=None):
        s = self.at(text, ctx)
        d = dict(id=f"rt{len(self.rel)+1}", text=text, char_start=s, char_end=s + len(text), resolved=resolved)
        if note:
            d["note"] = note
        self.rel.append(d)

    # ---------- participants ----------
    def P(self, name, type_, role, evidence_anchor, participation, aliases=(), ctx=None, note=None):
        off = self.at(evidence_anchor, ctx)
        ss, sent = self.sent_of(off)
        for n in [name] + list(aliases):
            if n not in self.t:
                raise AssertionError(f"{self.stem}: participant form not in text: {n!r}")
        d = dict(id=f"p{len(self.participants)+1}", name=name, aliases=list(aliases), type=type_, role=role,
                 evidence=sent, evidence_char_start=ss, participation=list(participation))
        if note:
            d["note"] = note
        self.participants.append(d)

    def M(self, name, type_, note):
        assert name in self.t, f"{self.stem}: mentioned entity not in text: {name!r}"
        self.mentioned.append(dict(name=name, type=type_, note=note))

    # ---------- boilerplate ----------
    def B(self, line, category, partial=False, note=None, occ=None):
        t = self.t
        if occ is None:
            s = self.at(line) if t.count(line) == 1 else None
            assert s is not None, f"{self.stem}: boilerplate line not unique: {line!r}"
        else:
            s = -1
            for _ in range(occ):
                s = t.index(line, s + 1)
        e = s + len(line)
        line_no = t.count("\n", 0, s) + 1
        if not partial:
            assert (s == 0 or t[s - 1] == "\n") and (e == len(t) or t[e] in "\r\n"), f"not a full line: {line!r}"
        d = dict(line=line, line_no=line_no, char_start=s, char_end=e, category=category)
        if partial:
            d["partial_line"] = True
            k = e
            while k < len(t) and t[k] == " ":
                k += 1
            self.sents = [(k, se) if ss == s else (ss, se) for ss, se in self.sents]
        if note:
            d["note"] = note
        self.boiler.append(d)

    # ---------- output ----------
    def write(self):
        qf = sum(1 for q in self.quotes if q["kind"] == "full")
        out = dict(
            schema_version="1.0",
            article=self.fname,
            title=self.title,
            source_path="articles/" + self.fname,
            sha256=hashlib.sha256(self.t.encode("utf-8")).hexdigest(),
            n_chars=len(self.t),
            offset_convention="char_start/char_end are Python str indices (Unicode code points) into the file read as UTF-8 with newline='' ; text[char_start:char_end] equals the annotated string.",
            quotes=self.quotes, other_quotes=self.other_quotes, not_quotes=self.not_quotes,
            figures=sorted(self.figures, key=lambda f: f["char_start"]),
            not_figures=sorted(self.not_figures, key=lambda f: f["char_start"]),
            participants=self.participants, mentioned_entities=self.mentioned,
            relative_time_expressions=sorted(self.rel, key=lambda f: f["char_start"]),
            boilerplate=sorted(self.boiler, key=lambda b: b["char_start"]),
            counts=dict(quotes=len(self.quotes), quotes_full=qf, quotes_fragment=len(self.quotes) - qf,
                        other_quotes=len(self.other_quotes), not_quotes=len(self.not_quotes),
                        figures=len(self.figures), not_figures=len(self.not_figures),
                        participants=len(self.participants), mentioned_entities=len(self.mentioned),
                        boilerplate_lines=len(self.boiler), relative_time_expressions=len(self.rel)),
        )
        # renumber ids after sorting
        for key, pfx in (("figures", "f"), ("not_figures", "nf"), ("relative_time_expressions", "rt")):
            for i, x in enumerate(out[key], 1):
                x["id"] = f"{pfx}{i}"
        out["quotes"] = sorted(out["quotes"], key=lambda q: q["char_start"])
        for i, x in enumerate(out["quotes"], 1):
            x["id"] = f"q{i}"
        out["other_quotes"] = sorted(out["other_quotes"], key=lambda q: q["char_start"])
        for i, x in enumerate(out["other_quotes"], 1):
            x["id"] = f"oq{i}"
        with open(os.path.join(self.set_dir, "gold", self.stem + ".json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return out
