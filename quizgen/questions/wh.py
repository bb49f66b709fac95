"""Wh-questions made from a parsed sentence by syntax: the figure's phrase becomes the wh-phrase.

"Trade was projected to reach $90 billion in 2024." -> "How much was trade projected to reach in
2024?"; "14 agreements were signed after the talks." -> "How many agreements were signed after the
talks?"; "The summit took place on March 3-4." -> "When did the summit take place?". Returns
None when the parse gives no clean question (the caller falls back to a cloze).
"""

from __future__ import annotations

import re

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

SUBJECTS = {"nsubj", "nsubjpass", "expl"}
#: Clause parts that are not needed to ask about the figure and are dropped.
DROPPED = {"cc", "conj", "advcl", "parataxis", "punct", "mark", "relcl", "appos", "dep", "meta", "intj", "preconj"}
#: Clauses and appositions dropped anywhere when set off by a comma.
ASIDES = {"relcl", "appos", "advcl", "acl", "parataxis"}
#: Adverbials that, set off by a comma after their verb, only comment on it.
COMMENTS = {"advmod", "npadvmod"}
#: Dependencies through which a figure's verb may borrow the subject of the verb above it.
CHAINS = {"xcomp"}
#: Where a figure cannot be asked about by replacing its phrase: inside a name, list or aside.
EMBEDDED = {"nummod", "compound", "amod", "poss", "appos", "conj", "nmod"}
#: Prepositions a "When" replaces (on October 17 -> When), and those a "How long" replaces.
WHEN_PREPS = {"in", "on", "at", "during", "by"}
LONG_PREPS = {"for", "over"}
WH = {"money": "how much", "percent": "how much", "quantity": "how much", "date": "when", "duration": "how long"}
MAX_WORDS = 32
#: Punctuation inside a word ("narrow-body jets").
HYPHENS = frozenset("-‐‑")
#: The form of "do" that asks about a verb of each tense: "rose" -> "did … rise".
DO_SUPPORT = {"VBD": "did", "VBZ": "does", "VBP": "do"}


@dataclass(frozen=True)
class WhPhrase:
    """What replaces the figure: ``words`` open the question, ``token``'s subtree is removed, and a
    preposition the wh-phrase cannot take along is ``stranded`` at the end ("… rise to?")."""

    words: str
    token: Token
    stranded: str = ""


def wh_question(sent: Doc | Span, start: int, end: int, figure_type: str) -> str | None:
    """A question whose answer is the figure at character range [start, end) of ``sent``.

    Steps: the figure's tokens, its wh-phrase (:func:`_wh_phrase`), whether it can be moved
    (:func:`_movable`), its preposition (:func:`_with_preposition`), the clause it belongs to, and
    the question in the clause's word order (:func:`_subject_question` or :func:`_inverted`).
    """
    figure = [t for t in sent if t.idx < end and t.idx + len(t) > start]
    if not figure:
        return None
    head = next((t for t in figure if t.head not in figure or t.head == t), figure[0])
    phrase = _wh_phrase(head, figure, figure_type)
    if phrase is None or not _movable(phrase):
        return None
    phrase = _with_preposition(phrase)
    if phrase is None or phrase.token.dep_ == "ROOT" or phrase.token.head.pos_ not in ("VERB", "AUX"):
        return None
    removed = set(_subtree(phrase.token)) | set(figure)
    clause = _clause(phrase.token.head)
    subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None) if clause is not None else None
    if clause is None or subject is None:
        return None
    if phrase.token == subject:
        return _subject_question(phrase, clause, subject, removed)
    return _inverted(phrase, clause, subject, removed)


def _movable(phrase: WhPhrase) -> bool:
    """Whether the phrase can move to the front: not inside a name, list or share ("95% of a population")."""
    token, words = phrase.token, phrase.words
    if token.dep_ in EMBEDDED or any(c.dep_ == "conj" and not _shares_count(c, words) for c in token.children):
        return False
    return words.startswith("how many") or not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


def _with_preposition(phrase: WhPhrase) -> WhPhrase | None:
    """A figure inside a prepositional phrase takes its preposition along ("by how much"), is asked
    without it ("on October 17" -> "when"), or strands it ("rise to $9 billion" -> "… rise to?")."""
    token, words = phrase.token, phrase.words
    if token.dep_ != "pobj":
        if words == "when" and token.dep_ not in ("npadvmod", "tmod"):
            return None
        return phrase
    prep = token.head
    if prep.dep_ == "agent":
        return None  # "By how many observers was the vote watched?": the doer of a passive is no amount
    if words == "when" and prep.lower_ not in WHEN_PREPS:
        return None
    if words == "when" or words == "how long" and prep.lower_ in LONG_PREPS:
        return WhPhrase(words, prep)
    if prep.lower_ == "to":
        return WhPhrase(words, prep, stranded="to")
    return WhPhrase(f"{prep.lower_} {words}", prep)


def _subject_question(phrase: WhPhrase, clause: Token, subject: Token, removed: set[Token]) -> str | None:
    """The figure is the subject: it is replaced in place ("How many agreements were signed?")."""
    return _finish([_words(phrase.words), *_rest(clause, removed, skip=set(_subtree(subject))), phrase.stranded])


def _inverted(phrase: WhPhrase, clause: Token, subject: Token, removed: set[Token]) -> str | None:
    """Wh-phrase, then the first auxiliary (or "be", or do-support), the subject and the rest."""
    if any(t in removed for t in _subtree(subject)):
        return None
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass") and c.i < clause.i]
    before = set(_subtree(subject)) | set(auxes)
    subject_words = _words(_subject_text(subject, clause))
    if not subject_words:
        return None
    if auxes:
        first, others = auxes[0], auxes[1:]
        verb, body = first.lower_, _rest(clause, removed, skip=before | {first}, extra=others)
    elif clause.lemma_ == "be" or clause.pos_ == "AUX":
        verb, body = clause.lower_, _rest(clause, removed, skip=before | {clause})
    else:
        do = DO_SUPPORT.get(clause.tag_)
        if do is None:
            return None
        verb, body = do, _rest(clause, removed, skip=before, replace={clause.i: clause.lemma_})
    return _finish([_words(phrase.words), verb, subject_words, *body, phrase.stranded])


def _wh_phrase(head: Token, figure: list[Token], figure_type: str) -> WhPhrase | None:
    """The wh-words and the token whose subtree they replace."""
    if figure_type == "count":
        noun = head if head.pos_ == "NOUN" else head.head
        if head.pos_ != "NOUN" and not (head.dep_ in ("nummod", "quantmod") and noun.pos_ in ("NOUN", "PROPN")):
            return None
        after = [t for t in _subtree(noun) if t == noun or t.i > max(f.i for f in figure)]
        # "11 European presidents", "14 twenty-foot units": the noun's modifiers with their own words
        mods = [t for t in after if t == noun or t.i > noun.i or all(a in after for a in _ancestors_to(t, noun))]
        cut = next((t.i for t in mods if t.is_punct and t.text not in HYPHENS), None)
        mods = [t for t in mods if cut is None or t.i < cut]
        if any(t.dep_ in ("relcl", "acl", "appos") for t in mods):
            mods = [t for t in mods if t.i <= noun.i]
        return WhPhrase("how many " + "".join(t.text_with_ws for t in mods).strip(), noun)
    wh = WH.get(figure_type)
    if figure_type == "duration" and head.head.lower_ == "ago":
        return WhPhrase("how long ago", head.head)
    if wh and head.dep_ in ("nummod", "appos") and head.head.pos_ == "NOUN" and head.head.i < head.i:
        return WhPhrase(wh, head.head)  # "a record $90 billion": the amount stands for the noun before it
    if wh is None or head.dep_ in ("nummod", "compound", "amod", "poss", "npadvmod") and head.head.pos_ in ("NOUN", "PROPN"):
        return None
    if figure_type == "duration" and (head.dep_ in ("dobj", "oprd", "attr") and head.head.lemma_ not in TIME_VERBS
                                      or head.head.lemma_ in GIVING_VERBS
                                      or any(c.dep_ == "dative" for c in head.head.children)):
        return None  # "received 10 years", "gave her 10 years": no "How long did X receive?", the duration is a thing given
    if figure_type == "percent" and head.dep_ in ("npadvmod", "advmod", "dobj") and head.head.pos_ == "VERB" \
            and head.head.lemma_ in CHANGE_VERBS:
        return WhPhrase("by how much", head)
    measured = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "in"
                     and any(g.dep_ == "pobj" and g.pos_ == "NOUN" for g in c.children)), None)
    if wh == "how much" and measured is not None:  # "$310,000 in damage": "How much in damage …", not "How much … cause?"
        return WhPhrase(f"{wh} {''.join(t.text_with_ws for t in _subtree(measured)).strip()}", head)
    return WhPhrase(wh, head)


#: Verbs whose object is a stretch of time ("spent 17 years", "the trial lasted two weeks"): "how long" asks it.
TIME_VERBS = frozenset("spend last take serve wait work run stay live need require remain".split())
#: Verbs by which a duration is handed to someone ("sentenced to 10 years"): "how long" would ask no stretch of time.
GIVING_VERBS = frozenset("give receive get hand award face sentence jail impose grant offer".split())
#: Verbs whose bare percentage object means "by": "exports rose 12%".
CHANGE_VERBS = {"rise", "fall", "grow", "increase", "decrease", "drop", "climb", "jump", "decline", "surge", "soar",
                 "slump", "shrink", "gain", "lose", "expand", "contract", "plunge", "tumble", "slide", "slip", "edge", "sink"}


def _shares_count(conj: Token, wh: str) -> bool:
    """A noun joined to the counted one without a number or article of its own is counted with it:
    "11 presidents and prime ministers" -> "How many presidents and prime ministers"."""
    return wh.startswith("how many") and conj.pos_ == "NOUN" and not any(
        c.dep_ in ("det", "nummod", "poss") for c in conj.children)


def _clause(token: Token) -> Token | None:
    """The verb with a subject that ``token`` is, or borrows its subject from (through xcomp)."""
    while True:
        if any(c.dep_ in SUBJECTS for c in token.children):
            return token
        if token.dep_ not in CHAINS or token.head == token:
            return None
        token = token.head


def _subtree(token: Token) -> list[Token]:
    return list(token.subtree)


def _rest(clause: Token, removed: set[Token], skip: set[Token], extra: Iterable[Token] = (),
          replace: dict[int, str] | None = None) -> list[str]:
    """The clause's words after the moved parts, in order: verb group, objects, modifiers; then the
    words that stood before the subject ("in 2023, …" -> "… in 2023")."""
    keep = _kept(clause, removed, skip, list(extra))
    subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
    front: set[Token] = set()
    if subject is not None:
        # sentence adverbs before the subject ("Meanwhile,", "However,") are dropped, not moved
        keep = [t for t in keep if not (t.head == clause and t.dep_ == "advmod" and t.i < subject.i)]
        front = {t for c in clause.children if c.i < subject.i and c.dep_ not in ("aux", "auxpass") for t in c.subtree}
    keep.sort(key=lambda t: (t in front, t.i))
    replace = dict(replace or {})
    moved = [t for t in keep if t in front]
    if moved and moved[0].pos_ != "PROPN":
        replace[moved[0].i] = moved[0].lower_
    return _joined(keep, replace)


def _kept(clause: Token, removed: set[Token], skip: set[Token], keep: list[Token]) -> list[Token]:
    """The clause's tokens that stay: not moved, not skipped, not in a dropped part or an aside."""
    doc = clause.doc
    # a comment set off by a comma right after the figure ("40 times, more than anyone") goes with it
    trailing = {t for c in clause.children if c.left_edge.i >= 2 and doc[c.left_edge.i - 1].text == ","
                and doc[c.left_edge.i - 2] in removed for t in c.subtree}
    for token in clause.subtree:
        if token in removed or token in skip or token in keep or token in trailing:
            continue
        chain = [token, *_ancestors_to(token, clause)[1:]] if token != clause else []
        if not any(a.head == clause and a.dep_ in DROPPED or _aside(a) for a in chain):
            keep.append(token)
    return keep


def _joined(tokens: list[Token], replace: dict[int, str]) -> list[str]:
    """The tokens' words; tokens written together in the sentence ("U.S.-led") stay together."""
    out: list[str] = []
    previous: Token | None = None
    for token in tokens:
        text = replace.get(token.i, token.text)
        if out and previous is not None and token.i == previous.i + 1 and not previous.whitespace_:
            out[-1] += text
        else:
            out.append(text)
        previous = token
    return out


def _aside(token: Token) -> bool:
    """A non-restrictive clause, apposition or comment set off by a comma: ", which …", ", enlarging …",
    ", up 11% from a year earlier" (an adverbial after the verb)."""
    before = token.left_edge.i - 1
    aside = token.dep_ in ASIDES or token.dep_ == "conj" and token.pos_ == "VERB" or (
        token.dep_ in COMMENTS and token.head.pos_ in ("VERB", "AUX") and token.i > token.head.i)
    return aside and before >= 0 and token.doc[before].text in (",", "–", "—", "(")


def _ancestors_to(token: Token, top: Token) -> list[Token]:
    chain = []
    while token != top and token.head != token:
        chain.append(token)
        token = token.head
    return chain


def _subject_text(subject: Token, clause: Token) -> str:
    """The subject without asides; a relative pronoun ("which", "who") is replaced by its antecedent."""
    if subject.tag_ in ("WDT", "WP") and clause.dep_ == "relcl":
        if subject.lower_ in ("which", "that") and clause.head.pos_ == "PROPN":
            return ""  # "trade with Peru, which rose": the parse may have picked the wrong noun
        subject = clause.head
    elif subject.tag_ in ("WDT", "WP", "PRP", "DT", "EX") and subject.dep_ != "expl":
        return ""
    tokens = [t for t in subject.subtree if not _inside(t, subject, ("relcl", "appos", "acl")) and t.dep_ not in ("relcl", "appos", "acl")
              and not (t.dep_ == "punct" and t.head == subject)]
    text = "".join(t.text_with_ws for t in tokens).strip().strip(",").strip()
    first = tokens[0]
    after = first.nbor() if first.i + 1 < len(first.doc) else None
    opening = first.is_sent_start and after is not None and after.text.islower()  # "Sea levels rose …"
    named = first.pos_ == "PROPN" or first.ent_type_ and not opening
    if not named and not first.text.isupper():
        text = text[:1].lower() + text[1:]
    return text


def _inside(token: Token, top: Token, deps) -> bool:
    return any(a.dep_ in deps for a in _ancestors_to(token, top))


def _words(text: str) -> str:
    return " ".join(text.split())


def _finish(words: list[str]) -> str | None:
    text = " ".join(w for w in words if w).replace(" ,", ",").replace(" 's", "'s").replace(" ’s", "’s")
    text = " ".join(text.split()).rstrip(" ,;:")
    text = text if re.search(r"(?:\b\w\.){2}$", text) else text.rstrip(".")  # "9 p.m.?" keeps its abbreviation's dot
    if not text or len(text.split()) < 4 or len(text.split()) > MAX_WORDS:
        return None
    return text[0].upper() + text[1:] + "?"
