"""Quality stage: named, general checks between generation and the bank; the verdict travels with the question.

Every candidate question is realised as the text a student reads (a cloze with its blank filled,
quoted words masked, since they are the speaker's and not ours), parsed with spaCy and put
through each check in :data:`CHECKS`, in order. A check answers PASS, MARGINAL or FAIL:

1. ``well_formed``: one sentence with a verb, a question ending in "?" and a statement in ".",
   capitals only where names stand, no markup, page debris, empty brackets or repeated words, no
   clause cut before its end ("… in Jakarta —?").
2. ``names_whole``: names stand as the article writes them: not cut short nor lowercased, not without the
   "the" the article always gives them ("does U.S. add"), and no common word capitalised as a name ("How
   much was Turnout …").
3. ``wh_syntax``: a wh-question reads as English: no preposition before the wh-phrase but "by how
   much" / "for how long", a noun after "how many", a bare verb after "did/does/do", no second wh-word,
   no stranded last word ("… to?", "… so?"), no plain "how much" keeping a change's figure ("grow 6% to")
   and no "how much/many" answered by a band or level ("under 12 metres").
4. ``self_contained``: nothing the reader cannot resolve outside quotation marks: no pronoun (a
   demonstrative "that" included), no demonstrative, no leading "…", no class noun standing for a
   name ("the forum", "the museum", "the agency's head"), no person told only by a description
   ("the minister says", "the Spaniard said", "the 24-year-old"), no quote's sentence that never names
   its speaker; a bare "the <noun>" is marginal; a
   cloze or statement naming nothing (a person, an organisation, a place) is marginal, and fails when
   it is short (under :data:`SHORT_CLOZE` words) or leans on a bare "the <noun>"; a wh-question must
   name something.
5. ``not_trivial``: not general knowledge (who holds a country's top office), not page debris, not
   a blank inside a name ("the 2019 _____") or a word ("the _____-old"), not a blank restated beside
   it ("one in seven (_____)"), not "Who said" in an article quoting one person, not a number that
   is part of a name ("Route 66", "Symphony No. 5").
6. ``answer_key``: a typed key is specific (a role names its organisation or country) and short,
   and its accepted variants are real ways to write it (no lone given name, "Jr.", pronoun); a
   speaker key is not a name the article introduces as a place or an organisation; a person's key
   (and each person of a matching question) is one clean name ("founder and X" is not).
7. ``distractors``: choices are distinct, of the answer's kind (by the noun the article introduces a
   name with, its words, its entity label), form (one person vs a pair) and length,
   and every name a question shows stands in its own article.
8. ``explanation``: present, citing the article by title (never a file name), reading as prose.
9. ``evidence``: the answer's span stands in (or right next to) the evidence sentence.

``score`` = ranking score × 0.75 per marginal check. A question failing a check of
:data:`FATAL` is dropped; one failing only checks a teacher can fix by editing (wrong choices, the
key, triviality, the explanation) or scoring under :data:`REVIEW_LINE` is kept with
``review=True``: stored as needs-review, never served until approved.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import Enum

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..extract.model import Fact, Figure, Quote
from ..extract.numbers import MONTHS, WEEKDAYS
from ..extract.places import country_of
from ..extract.quotemarks import match_marks
from ..ingest import Document
from .model import Question
from .distractors import ORG_WORDS, described_only, introduced_as, placed
from .pool import PERSON_NOUNS, Pool
from .text import APPROXIMATORS, BLANK, PARTICLES, PRONOUNS, TITLES, contains, norm, strip_article, word_count
from .wh import CHANGE_VERBS


class Outcome(Enum):
    PASS = 1.0
    MARGINAL = 0.75
    FAIL = 0.0


PASS, MARGINAL, FAIL = Outcome.PASS, Outcome.MARGINAL, Outcome.FAIL
#: Below this score a question that passes every check still waits for a teacher.
REVIEW_LINE = 0.5
#: Checks a teacher cannot fix by editing a field: a question failing one is dropped.
FATAL = frozenset({"well_formed", "names_whole", "wh_syntax", "self_contained", "evidence"})
#: Placeholder for quoted words while a prompt is parsed (the quote is the speaker's, not ours).
MASK = "this"

#: Nouns that stand for a name told elsewhere in the article ("the forum", "the company").
CLASS_NOUNS = frozenset(
    "company firm group bank agency union party country state city government ministry department forum summit "
    "meeting conference talks visit deal agreement law bill plan project plant site report study survey interview "
    "statement organisation organization institute body programme program initiative event move decision "
    "museum airline hospital school university club team court trust orchestra newspaper board committee "
    "commission poll airport factory office series scheme inquiry review tournament championship league "
    "station network operator council mine".split())
#: Adverbs that lean on a sentence the reader is not shown ("Otherwise, …", "… would instead unload").
CONNECTIVES = frozenset("otherwise instead however also meanwhile separately nevertheless nonetheless moreover "
                        "furthermore likewise similarly besides".split())
#: Conjunctions that, opening a prompt, continue a sentence the reader is not shown.
OPENING_CONJUNCTIONS = frozenset("but and yet so or nor".split())
#: Offices whose holder in a country is general knowledge.
TOP_OFFICES = re.compile(r"\b(president|prime minister|premier|chancellor|king|queen|pope|supreme leader|emperor)\b", re.I)
#: Page debris: wire credits, datelines (also glued to the next word once cut out), photo credits, site furniture.
DEBRIS = re.compile(r"\((?:Reuters|AP|AFP|dpa|Bloomberg|UPI)\)|\bGetty\b|\bAdvertisement\b|©|\bnewsletter\b|"
                    r"^[A-Z]{3,}(?:[ ,/][A-Z]{2,})*\b|[A-Z]{3,}[A-Z][a-z]|\b[A-Z]{3,}/[A-Z]{3,}\b|\b[A-Z]{4,}(?:, | \()",
                    re.M)
#: The fixed frames of templates: known to be well formed around what they hold.
FRAMES = ("What position does ", "Who is ", "Which organisation is ", "Who said", "Who used the words",
          "Complete the quote")
#: Pronouns that may refer to the one person named before them in the same prompt.
PERSONAL = frozenset("he him his she her hers".split())
#: Function words that are capitalised only at a sentence start.
CAPITALISED_FUNCTION_WORDS = frozenset("The A An This That These Those It He She They We Its Their".split())
#: Markup a reader should never see.
MARKUP = re.compile(r"(^|\s)#+\s|\*|\[|\]|\||\\|<|>|\(\s*\)|\{|\}")
#: Preposition + wh-phrase that read as English.
WH_PREPOSITIONS = {"by": ("how much", "how many"), "for": ("how long",), "in": ("which",), "at": ("what",)}
WH_START = re.compile(r"^(?:(\w+) )?(how much|how many|how long(?: ago)?|when|what|which|who)\b", re.I)
#: Verbs that take an amount and a person or thing it goes to: "How much will it cost the port?".
#: A key that bounds a range ("under 12 metres", "above 14%") is a band or a level, never a "how much".
BOUND_KEY = re.compile(r"^(?:under|below|above)\b", re.I)
AMOUNT_TO = frozenset("cost pay owe save charge lend give earn bring win".split())
#: Nouns naming a relation to someone, not a position.
RELATIONAL = frozenset("counterpart wife husband son daughter father mother brother sister friend pal rival ally "
                       "partner successor predecessor".split())
#: Accepted variants that are never an answer on their own.
JUNK_VARIANTS = frozenset({"jr", "sr", "mr", "mrs", "ms", "dr", "ii", "iii"})
NAME_TYPES = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT")
#: Words from which a prompt is marginal, and beyond which it fails (a student reads it at a glance).
LONG_PROMPT = (35, 45)
#: A cloze with fewer words of its own than this must name something (a person, an organisation, a place).
SHORT_CLOZE = 12
#: Words from which a wh-question is marginal, and beyond which it fails.
LONG_QUESTION = (18, 24)
#: How far (characters) an answer may stand from its evidence sentence.
NEAR = 400


@dataclass(frozen=True)
class Verdict:
    score: float
    failed: tuple[str, ...] = ()
    marginal: tuple[str, ...] = ()

    def as_dict(self) -> dict:
        return {"score": self.score, "failed": list(self.failed), "marginal": list(self.marginal)}


@dataclass
class Item:
    """A question as a check sees it: its realised text, parsed with quoted words masked."""

    question: Question
    text: str
    doc: Doc
    article: Document | None
    facts: list[Fact]
    pool: Pool
    nlp: Language

    def outside_quotes(self) -> list[Token]:
        return [t for t in self.doc if not t._.get("masked")] if Token.has_extension("masked") else list(self.doc)


Check = Callable[[Item], Outcome]


# --- the realised text ------------------------------------------------------------------------

def realised(question: Question) -> str:
    """What a student reads as one sentence: a cloze with its blank filled, a choice prompt without its lead-in."""
    text = question.prompt
    if question.type == "cloze":
        text = text.replace(BLANK, question.answer, 1)
    return re.sub(r"^Fill in the blank: ", "", text)


def masked(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with the words inside quotation marks replaced by :data:`MASK`, and where they stood."""
    spans = [(q.start, q.end) for q in match_marks(text, 0, len(text))]
    out, ranges, last = [], [], 0
    for start, end in spans:
        out.append(text[last:start])
        at = sum(len(p) for p in out)
        out.append(MASK)
        ranges.append((at, at + len(MASK)))
        last = end
    out.append(text[last:])
    return "".join(out), ranges


def _mark_masked(doc: Doc, ranges: list[tuple[int, int]]) -> Doc:
    if not Token.has_extension("masked"):
        Token.set_extension("masked", default=False)
    for token in doc:
        token._.masked = any(s <= token.idx < e for s, e in ranges)
    return doc


# --- the checks -------------------------------------------------------------------------------

def well_formed(item: Item) -> Outcome:
    q, text, doc = item.question, item.text, item.doc
    if q.type == "matching":
        return PASS
    if q.type == "cloze" and q.prompt.count(BLANK) != 1 or re.search(rf"\w{BLANK}|{BLANK}\w", q.prompt):
        return FAIL
    ending = "?" if q.type in ("short", "mcq") and not q.prompt.startswith("Fill in the blank") else "."
    tail = text.rstrip("”’\"' ")
    quoted_whole = q.prompt.startswith("Complete the quote")
    if not quoted_whole and not tail.endswith(ending) and not (ending == "." and tail.endswith(("?", "!"))):
        return FAIL
    if MARKUP.search(_unquoted(text)) or DEBRIS.search(text) or text.count("(") != text.count(")"):
        return FAIL
    if re.search(r"[—–,;:-]\s*[?.]$", tail):
        return FAIL  # "… take place in Jakarta —?": a clause cut before its end
    words = [t.lower_ for t in doc if not t.is_punct]
    if any(a == b and not a.isdigit() for a, b in zip(words, words[1:])):
        return FAIL
    if word_count(text) > LONG_PROMPT[1]:
        return FAIL
    sentences = list(doc.sents)
    if len(sentences) != 1 or sentences[0].root.pos_ not in ("VERB", "AUX") and not q.prompt.startswith(FRAMES):
        return FAIL
    if _second_sentence(_unquoted(text)):
        return FAIL  # "… to £1.21bn. Online now accounts for 38% …": two sentences the parser ran together
    first = next((c for c in realised(q) if c.isalnum()), "")
    if not (first.isupper() or first.isdigit()):
        return FAIL
    for token in item.outside_quotes()[1:]:
        if token.text in CAPITALISED_FUNCTION_WORDS and token.doc[token.i - 1].text not in (":", "“", '"', "‘", "—"):
            return FAIL  # "When will The European Commission …": a sentence start moved inside
    return MARGINAL if word_count(text) > LONG_PROMPT[0] else PASS


#: Words a full stop ends without ending the sentence.
ABBREVIATIONS = frozenset("mr mrs ms dr st no jr sr prof gen gov sen rep vs inc ltd co corp col lt sgt capt".split())


def _second_sentence(text: str) -> bool:
    """Whether a full stop, "!" or "?" inside ``text`` ends a sentence before another starts."""
    for m in re.finditer(r"(\S+?)[.!?]\s+[A-Z]", text):
        word = m.group(1)
        if word.lower().rstrip(".") in ABBREVIATIONS or len(word) <= 1 or re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]?", word):
            continue  # "Mr. Xi", "U.S. President", "J. Smith"
        return True
    return False


def _unquoted(text: str) -> str:
    return masked(text)[0]


def names_whole(item: Item) -> Outcome:
    """Names stand as the article writes them: not cut ("Semiconductor" of "Veltrix Semiconductor")
    and not lowercased ("corvane")."""
    q, article = item.question, item.article
    if article is None or q.type == "matching":
        return PASS
    text = article.text
    if _article_dropped(item):
        return FAIL
    for token in item.outside_quotes():
        if not token.is_alpha or len(token.text) < 3:
            continue
        if token.text.islower() and token.i > 0 and _written_as_name(token.text, text):
            return FAIL
        if token.i > 0 and token.text[0].isupper() and not token.text.isupper() and _written_as_common(token.text, text) \
                and token.doc[token.i - 1].text.isalpha() and token.doc[token.i - 1].text.islower():
            return FAIL  # "How much was Turnout …?": a sentence's first word moved inside, read as a name
        if token.pos_ == "PROPN" and token.text[0].isupper() and (token.i == 0 or not token.doc[token.i - 1].text[:1].isupper()):
            before = re.findall(rf"(\S+) {re.escape(token.text)}\b", text)
            if before and all(w[:1].isupper() and w.isalpha() for w in before):
                return FAIL  # always written after another capitalised word: a name cut short
    return PASS


def _article_dropped(item: Item) -> bool:
    """A name the article always writes after "the" stands bare as a subject or object ("How many jobs does U.S.
    add?", "When will European Commission decide?")."""
    text = item.article.text if item.article else ""
    for ent in item.doc.ents:
        if ent.label_ not in ("ORG", "GPE", "FAC", "LOC", "EVENT", "LAW") or ent[0]._.masked or ent.root.dep_ in (
                "compound", "poss", "amod", "nmod") or ent.start > 0 and item.doc[ent.start - 1].lower_ == "the":
            continue
        before = [text[max(0, m.start() - 4):m.start()].lower() for m in re.finditer(rf"\b{re.escape(ent.text)}\b", text)]
        if before and all(b == "the " for b in before):
            return True
    return False


def _written_as_common(word: str, text: str) -> bool:
    """Whether the article writes ``word`` in lower case somewhere and never capitalised mid-sentence."""
    lower = word[:1].lower() + word[1:]
    return bool(re.search(rf"\b{re.escape(lower)}\b", text)) and not re.search(rf"[a-z,] {re.escape(word)}\b", text)


def _written_as_name(word: str, text: str) -> bool:
    """Whether the article writes ``word`` only capitalised, and somewhere mid-sentence."""
    capital = word[:1].upper() + word[1:]
    if re.search(rf"\b{re.escape(word)}\b", text):
        return False
    return bool(re.search(rf"[a-z,] {re.escape(capital)}\b", text))


def wh_syntax(item: Item) -> Outcome:
    q = item.question
    if q.type not in ("short", "mcq") or q.prompt.startswith(("Fill in the blank", "Complete")):
        return PASS
    start = WH_START.match(q.prompt)
    if start is None:
        return PASS
    preposition, wh = (start.group(1) or "").lower(), start.group(2).lower()
    if preposition and preposition != "according" and wh not in WH_PREPOSITIONS.get(preposition, ()):
        return FAIL  # "At how much …", "In how long …"
    tokens = [t for t in item.doc if not t.is_punct]
    after = len(wh.split()) + (1 if preposition else 0)
    if wh == "how many" and (len(tokens) <= after or tokens[after].pos_ not in ("NOUN", "PROPN", "ADJ")):
        return FAIL  # "How many the size of Earth …"
    if wh in ("how much", "when", "how long") and (len(tokens) <= after or tokens[after].pos_ not in ("AUX", "VERB")):
        return FAIL  # "How much to X pay …": no verb follows the wh-phrase
    for token in item.doc:
        if token.lemma_ == "do" and token.dep_ == "aux" and token.head.tag_ in ("VBD", "VBZ", "VBN", "VBG"):
            return FAIL  # "did … rises"
    if wh == "how much" and any(t.dep_ == "dobj" and t.head.pos_ == "VERB" and t.head.lemma_ not in AMOUNT_TO
                                and t.i > after + 1 and not any(c.dep_ == "auxpass" for c in t.head.children)
                                for t in item.doc):
        return FAIL  # "How much have astronomers detected water vapour …?": the amount has no place left
    if any(t.lower_ in ("whose", "which", "what", "who") and t.i > after for t in tokens if not t._.masked):
        return FAIL  # a second wh-word inside the question: "How much does whose rate …", "… in which?"
    last = tokens[-1] if tokens and not tokens[-1]._.masked else None
    if last is not None and (last.pos_ in ("ADP", "DET", "CCONJ", "SCONJ", "PART") or last.lower_ in ("so", "than")):
        return FAIL  # a stranded word: "… grow 6.3% to?", "… paid out so?"
    if wh in ("how much", "how many") and BOUND_KEY.match(q.answer):
        return FAIL  # "under 12 metres", "above 14%": a band or a level, not an amount of anything
    if wh == "how much" and not preposition and any(t.lemma_ in CHANGE_VERBS and _figure_follows(t) for t in tokens):
        return FAIL  # "How much did sales grow 6.3% to?": a verb of change keeps its figure, the level is asked
    words = word_count(q.prompt)
    if words > LONG_QUESTION[1]:
        return FAIL  # long wh-questions are where the parse loses a clause
    if words > LONG_QUESTION[0]:
        return MARGINAL
    return PASS


def _figure_follows(verb: Token) -> bool:
    """A figure right after a change verb, or after its "to"/"from"/"by": "rose 4%", "fell to 2.9%"."""
    nxt = verb.doc[verb.i + 1:verb.i + 3]
    if nxt and nxt[0].lower_ in ("to", "from", "by"):
        nxt = nxt[1:]
    return bool(nxt) and (nxt[0].like_num or nxt[0].tag_ == "$" or nxt[0].text[:1] in "$£€¥")


def self_contained(item: Item) -> Outcome:
    q = item.question
    if q.prompt.lstrip().startswith("…") or q.prompt.rstrip("?.”").endswith("…") and q.type != "matching":
        return FAIL
    if q.type == "matching":
        return PASS
    named = any(e.label_ in NAME_TYPES and not _covers_answer(item, e) and not e[0]._.masked for e in item.doc.ents)
    unnamed = (BLANK in q.prompt or q.type == "tf") and not named
    if unnamed and word_count(q.prompt.replace(BLANK, " ")) < SHORT_CLOZE:
        return FAIL  # "The game turned on _____.": too little context and nothing named to say which
    if q.type in ("short", "mcq") and WH_START.match(q.prompt) and not q.prompt.startswith(FRAMES) and not named:
        return FAIL  # "How many homes had been damaged?": where? Nothing in the question names it
    if AGED.search(_unquoted(item.text)):
        return FAIL  # "The 24-year-old had scored …": which person?
    if _speaker_unnamed(item):
        return FAIL  # "'We had 58% of the ball,' the Spaniard said.": the quote's speaker goes unnamed
    bare = 0
    for token in item.outside_quotes():
        lower = token.lower_
        if lower in CONNECTIVES and token.pos_ in ("ADV", "CCONJ", "SCONJ") or token.i == 0 and lower in OPENING_CONJUNCTIONS:
            return FAIL  # "Otherwise, patients …", "… would instead unload": leans on a sentence the reader is not shown
        if lower in PRONOUNS and token.dep_ != "expl" and lower not in ("who", "whom", "one") and token.pos_ == "PRON" \
                and not (lower in PERSONAL and _person_before(token)):
            return FAIL
        if lower in ("this", "that", "these", "those") and token.dep_ == "det":
            return FAIL
        if lower == "that" and token.tag_ != "WDT" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr"):
            return FAIL  # "That corresponds to …", "… trimmed that to $4.9 million"
        if token.pos_ == "NOUN" and _bare_definite(token, CLASS_SAID_WHICH) and _person_noun(token):
            return FAIL  # "The minister says": which person?
        if token.pos_ == "PROPN" and _bare_definite(token, CLASS_SAID_WHICH) and token.dep_ == "nsubj" \
                and token.head.lemma_ in SAYING and _kind(item, token.text) != "ORG":
            return FAIL  # "…,' the Spaniard said.": a speaker told by nationality, not by name
        if lower in ("latter", "former", "same") and token.head.pos_ == "NOUN" or lower == "such" and token.dep_ == "amod":
            return FAIL
        if token.pos_ == "NOUN" and token.lemma_.lower() in CLASS_NOUNS and _bare_definite(
                token, CLASS_SAID_WHICH, common_compounds=token.dep_ not in ("nsubj", "nsubjpass")):
            return FAIL  # "the forum", "the company's chief executive", "the district office said"
        if token.pos_ == "NOUN" and _bare_definite(token) and not token._.masked:
            bare += 1
    if bare and unnamed:
        return FAIL  # "The poll has a margin of error of _____.": which poll? Nothing in it is named
    return PASS if bare == 0 and not unnamed else MARGINAL if bare <= 1 else FAIL  # unnamed: "Adjusted profit rose 11%"


#: What says which thing a definite noun means: a modifier, a number, an owner, a clause, a complement.
SAID_WHICH = frozenset({"amod", "compound", "nummod", "poss", "relcl", "acl", "prep", "appos", "nmod", "quantmod"})
#: For a class noun only its own modifiers or an "of" complement say which ("the company founded in …" does not).
CLASS_SAID_WHICH = frozenset({"amod", "compound", "nummod", "poss", "appos", "nmod", "quantmod"})


def _speaker_unnamed(item: Item) -> bool:
    """A cloze or statement made from a quote's sentence that names the speaker by no form of the name."""
    q = item.question
    if q.type not in ("cloze", "tf") or not q.evidence:
        return False
    shown = _unquoted(item.text)
    evidence = q.evidence[0]
    return any(isinstance(f, Quote) and f.sentence == evidence.sentence and f.speaker
               and "PERSON" in (f.speaker_type, _actor_type(item, f.speaker))
               and not any(contains(shown, form) for form in item.pool.variants(f.speaker))
               for f in item.facts)


def _person_noun(noun: Token) -> bool:
    """A noun standing for a person: a person's noun (:data:`PERSON_NOUNS`), an age ("the 24-year-old"), a
    demonym ("the Spaniard"), or the subject of a verb of saying."""
    return noun.lemma_.lower() in PERSON_NOUNS or noun.lower_.endswith("-old") or noun.text[:1].isupper() \
        or noun.dep_ == "nsubj" and noun.head.lemma_ in SAYING


#: A person told only by age: "the 24-year-old".
AGED = re.compile(r"\b[Tt]he [\w-]+-year-old\b")
#: Verbs of saying: their subject is a speaker.
SAYING = frozenset("say tell add note insist argue claim warn explain write told".split())


def _covers_answer(item: Item, ent) -> bool:
    low = item.text.find(item.question.answer)
    return low >= 0 and ent.start_char < low + len(item.question.answer) and ent.end_char > low


def _person_before(token: Token) -> bool:
    """"Xi selected Moscow for his first visit": a person is named before the pronoun, outside quotes."""
    people = {e.text for e in token.doc.ents if e.label_ == "PERSON" and e.end <= token.i and not e[0]._.masked}
    return len(people) == 1


def _bare_definite(noun: Token, said_which: frozenset[str] = SAID_WHICH, *, common_compounds: bool = True) -> bool:
    """"the forum", "the agency's": a noun with only "the" before it and nothing to say which; without
    ``common_compounds`` a common noun or adjective before it does not say which either ("the district office")."""
    kids = list(noun.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
        return False
    return not any((c.dep_ in said_which and (common_compounds or c.dep_ not in ("compound", "amod") or c.pos_ == "PROPN"))
                   or c.dep_ == "prep" and c.lower_ == "of" for c in kids)


def not_trivial(item: Item) -> Outcome:
    q = item.question
    if DEBRIS.search(q.answer) or q.type != "matching" and DEBRIS.search(q.prompt):
        return FAIL
    if q.type != "matching" and (_general_knowledge(item) or _country_fact(item)):
        return FAIL
    if q.value is not None and (_modifier_blank(item) or EQUIVALENT.search(q.prompt)):
        return FAIL  # "The _____ replacement programme", "60 miles (about 95 km)": a noun fits, or the answer is given
    if q.type in ("cloze", "short", "mcq") and _inside_name(item):
        return FAIL
    if _number_in_name(item):
        return FAIL  # "Route 66", "Flight 370", "Symphony No. 5": a label, not a figure
    if re.search(rf"\w-?{BLANK}|{BLANK}-?\w|-{BLANK}|{BLANK}-|\({BLANK}\)", q.prompt):
        return FAIL  # "The _____-old": part of a word; "one in seven (_____)": a restatement given beside it
    if q.type == "short" and q.prompt.startswith("Who said") and _speakers(item) < 2:
        return FAIL  # one person is quoted throughout: the answer is obvious
    if q.value is not None and not re.search(r"\d", q.answer) and word_count(strip_article(q.answer)) == 1:
        return FAIL  # "For the past _____" -> "decade": a unit, not a figure
    if q.type in ("cloze", "short") and word_count(q.answer) == 1 and len(q.answer) <= 3 and not any(c.isdigit() for c in q.answer):
        return MARGINAL
    return PASS


def _general_knowledge(item: Item) -> bool:
    """The question joins a person to a country's top office: who the U.S. President is, or what Xi is."""
    q = item.question
    if q.type == "tf":
        statement = re.match(r"^.+? is (?:the |an? )?(.+)\.$", q.prompt)
        return statement is not None and _top_office(statement.group(1))
    if _top_office(q.answer):
        return True
    person = item.pool.actor(q.answer)
    return person is not None and person.type == "PERSON" and any(
        _top_office(r) and TOP_OFFICES.search(q.prompt) for r in person.roles)


#: Units a country is divided into: how many it has is general knowledge, not the article's.
DIVISIONS = re.compile(r"\b(?:states|provinces|territories|counties|regions|cantons|oblasts|prefectures|districts|"
                       r"departments|republics|emirates|time zones)\b", re.I)
#: A figure's equivalent beside it in a prompt: "(about 95 km)", "or about £3.9 million".
EQUIVALENT = re.compile(rf"\(\s*(?:{APPROXIMATORS}|or|c\.|~)?\s*[A-Z]{{0,3}}[$£€¥]?\s*"
                        rf"(?:\d|{BLANK})[^()]*\)|\bor (?:{APPROXIMATORS}) [A-Z]{{0,3}}[$£€¥]?"
                        rf"(?:\d|{BLANK})", re.I)
#: Words before a blank that a noun fits as well as a number ("the _____ to 1 March", "every _____").
DETERMINERS = frozenset("the a an this that these those its their his her our every each".split())


def _country_fact(item: Item) -> bool:
    """A country's divisions or its capital ("Kenya has 47 counties", "the capital, Ottawa"): general knowledge."""
    if not any(e.label_ in NAME_TYPES and not _covers_answer(item, e) for e in item.doc.ents):
        return False
    text = _unquoted(item.text)
    if DIVISIONS.search(text):
        return any(t.lemma_ in ("have", "comprise", "consist", "divide") for t in item.outside_quotes())
    answer_place = any(e.label_ == "GPE" and _covers_answer(item, e) for e in item.doc.ents)
    return bool(re.search(r"\bcapital\b", text, re.I)) and (answer_place or country_of(item.question.answer) is not None)


def _modifier_blank(item: Item) -> bool:
    """A figure blank a noun fills as well: after a determiner ("In the _____ to 1 March", "every _____"), or a
    money figure modifying the noun after it ("The _____ replacement programme")."""
    q = item.question
    if BLANK not in q.prompt or q.type not in ("cloze", "mcq"):
        return False
    before = re.sub(r"[\"“”‘’']", " ", q.prompt.split(BLANK, 1)[0]).split()
    if before and before[-1].lower() in DETERMINERS:
        return True
    low = item.text.find(q.answer)
    if low < 0:
        return False
    span = item.doc.char_span(low, low + len(q.answer), alignment_mode="expand")
    if span is None or span.end >= len(item.doc):
        return False
    after = item.doc[span.end]
    return bool(re.search(r"[$£€¥]", q.answer) and after.pos_ in ("NOUN", "ADJ") and span[-1].head == after)


def _top_office(role: str) -> bool:
    """"U.S. President", "President of China", "Kazakh President": an office and at most a country."""
    found = TOP_OFFICES.search(role)
    if not found:
        return False
    rest = [w for w in norm(strip_article(TOP_OFFICES.sub(" ", role))).split() if w not in ("of", "s", "the")]
    return len(rest) <= 2 and not any(w in ("former", "vice", "deputy") for w in rest)


def _inside_name(item: Item) -> bool:
    """The blank or answer is a word inside a name or before a noun it only modifies ("the 2019 forum")."""
    q = item.question
    low = item.text.find(q.answer) if q.type == "cloze" else -1
    if low < 0:
        return False
    tokens = [t for t in item.doc if low <= t.idx < low + len(q.answer)]
    if not tokens:
        return False
    head = next((t for t in tokens if t.head not in tokens or t.head == t), tokens[0])
    if head.dep_ in ("compound", "amod", "nmod") and head.head.pos_ in ("NOUN", "PROPN") and head.head.i > head.i \
            and head.ent_type_ in ("DATE", "CARDINAL", "ORDINAL"):
        return True
    return any(t.ent_type_ in ("ORG", "EVENT", "LAW", "WORK_OF_ART", "FAC") and t.ent_iob_ != "B" for t in tokens) \
        and tokens[0].ent_iob_ == "I"


#: A capitalised word or "No." right before a number makes the number part of a name ("Route 66", "No. 5").
NAME_BEFORE = re.compile(r"(?<=[^\s.!?\"“‘(])\s+(?!(?:%s)\b)(?:[A-Za-z]*[A-Z][\w.-]*|No\.|no\.|#)\s*$"
                         % "|".join(m.capitalize() for m in (*MONTHS, *WEEKDAYS)))


def _number_in_name(item: Item) -> bool:
    """The question asks a figure that is part of a name: a capitalised word (not a month or weekday, not
    a sentence's first word) or "No." stands right before the number in the article."""
    if item.article is None:
        return False
    ids = set(item.question.fact_ids)
    text = item.article.text
    for fact in item.facts:
        if fact.id in ids and isinstance(fact, Figure) and fact.figure_type in ("count", "ordinal", "quantity"):
            before = text[max(0, fact.span[0] - 40):fact.span[0]]
            if before.endswith((" ", "#")) and NAME_BEFORE.search(before):
                return True
            after = re.match(r" ([a-z]+)", text[fact.span[1]:fact.span[1] + 30])
            if fact.figure_type == "count" and fact.value != 1 and after and not after.group(1).endswith("s") \
                    and _labels_one(item.nlp(fact.sentence), fact):
                return True
    return False


def _labels_one(sentence: Doc, figure: Figure) -> bool:
    """"the 112 emergency alert system": a number before a singular noun it does not count is a label."""
    start = figure.span[0] - figure.sentence_start
    number = next((t for t in sentence if t.idx == start and t.like_num), None)
    if number is None or number.i + 1 >= len(sentence) or sentence[number.i + 1].text in "-‐‑":
        return False
    head = number.head
    return head.i > number.i and head.tag_ == "NN" and number.dep_ in ("nummod", "compound", "amod")


def _speakers(item: Item) -> int:
    doc = item.question.evidence[0].doc if item.question.evidence else ""
    return len({norm(f.speaker or "") for f in item.facts if isinstance(f, Quote) and f.doc == doc}) if item.facts else 0


def answer_key(item: Item) -> Outcome:
    q = item.question
    if q.type == "matching":
        return PASS if all(_clean_name(left) for left, *_ in q.pairs) else FAIL
    if q.type == "tf":
        return PASS
    kind = _actor_type(item, q.answer)
    if (kind == "PERSON" or kind is None and q.prompt.startswith("Who ")) and not _clean_name(q.answer):
        return FAIL  # "founder and Priya Raman": a name with a role or a conjunction caught in it
    answer = norm(q.answer)
    for variant in q.accepted:
        v = norm(variant)
        if not v or v in PRONOUNS or v in JUNK_VARIANTS or len(v) <= 2 and not v.isdigit():
            return FAIL
        if q.value is None and " " in answer and v == answer.split()[0] and answer.split()[0].isalpha() \
                and _is_person(item, q.answer) and v != norm(item.pool.short(q.answer)):
            return FAIL  # a lone given name
    if q.type in ("short", "cloze") and q.value is None and _is_role_answer(item) and not _specific_role(item):
        return FAIL  # "What is Gazprom?" -> "energy giant"; "Prime Minister" of where?
    if q.prompt.startswith("Which organisation") and (any(e.label_ == "PERSON" for e in item.nlp(q.answer).ents)
                                                       or (norm(q.answer).split() or [""])[0] in TITLES
                                                       or PERSON_NOUNS & set(norm(q.prompt).split())):
        return FAIL  # a person asked as an organisation
    if q.prompt.startswith(("Who said", "Who used")) and _is_person(item, q.answer) \
            and _kind(item, q.answer) in ("ORG", "GPE"):
        return FAIL  # the speaker picked up is a place or an organisation named near the quote
    if q.prompt.startswith(("Who ", "Which organisation")) and item.article is not None \
            and described_only(q.answer, item.article.text):
        return FAIL  # "the Spaniard": a description the article gives with "the", not a name
    if _is_role_answer(item) and (norm(q.answer).startswith("former ") or norm(q.answer).split()[0] in RELATIONAL):
        return FAIL  # a former post, or "counterpart of X", is not a position someone holds
    words = word_count(q.answer)
    if q.type in ("short", "cloze") and words > 10:
        return FAIL
    return MARGINAL if q.type in ("short", "cloze") and words > 6 else PASS


def _clean_name(name: str) -> bool:
    """One name, or two joined by "and": every word capitalised but a surname's particle ("van", "de")."""
    parts = name.split(" and ")
    return len(parts) <= 2 and all(
        part.split() and all(w[:1].isupper() or w[:1].isdigit() or w in PARTICLES for w in part.split()) for part in parts)


def _is_person(item: Item, name: str) -> bool:
    return _actor_type(item, name) == "PERSON"


def _actor_type(item: Item, name: str) -> str | None:
    actor = item.pool.actor(name)
    return actor.type if actor else None


def _is_role_answer(item: Item) -> bool:
    return item.question.prompt.startswith("What position")


def _specific_role(item: Item) -> bool:
    """The key names its organisation or country ("Kazakh President", "head of research at Danske Bank")."""
    doc = item.nlp(item.question.answer)
    if any(t.dep_ == "poss" and t.text.islower() for t in doc):
        return False  # "the agency's head of immunisation": which agency?
    return any(e.label_ in ("NORP", "GPE", "LOC", "ORG", "PERSON", "FAC") for e in doc.ents) or any(
        t.pos_ == "PROPN" and t.text[:1].isupper() and not TOP_OFFICES.search(t.text) and t.lower_ not in _OFFICE_WORDS
        for t in doc)


_OFFICE_WORDS = frozenset("minister secretary governor mayor chief executive director chairman chair head leader "
                          "officer president spokesman spokeswoman spokesperson deputy foreign finance".split())


def distractors(item: Item) -> Outcome:
    q = item.question
    if q.type == "mcq":
        choices = [norm(c) for c in q.choices]
        if len(set(choices)) != len(choices) or norm(q.answer) not in choices or len(choices) < 4:
            return FAIL
        joint = [(" and " in f" {c} ") or "&" in c for c in q.choices]
        if len(set(joint)) > 1:
            return FAIL  # a pair among single names stands out
        if (item.pool.actor(q.answer) is not None or q.prompt.startswith(("Who ", "Which organisation"))) \
                and len({_kind(item, c) or _actor_type(item, c) for c in q.choices} - {None}) > 1:
            return FAIL  # a company or a place among people
        if item.pool.actor(q.answer) is not None and item.article is not None:
            text = norm(item.article.text)
            if not all(f" {norm(c)} " in f" {text} " for c in q.choices):
                return FAIL  # a wrong choice from another article
        lengths = [word_count(c) for c in q.choices]
        if max(lengths) > 2 * min(lengths) + 1:
            return MARGINAL
    if q.type in ("tf", "mcq", "cloze", "short") and item.article is not None:
        if not all(_in_article(e.text, item.article) for e in item.doc.ents if e.label_ in ("PERSON", "ORG")
                   and not any(t._.masked for t in e)):
            return FAIL  # a name from another article (a swapped-in false statement)
    return PASS


def _kind(item: Item, name: str) -> str | None:
    """What a name names, by the noun the article introduces it with ("the retail association X", "the
    suburb of X"), its words ("… Industries": ORG; only countries and capitals: GPE) or its parse when
    entities of one label cover it."""
    if item.article is not None and (label := introduced_as(name, item.article.text)):
        return label
    if ORG_WORDS & set(norm(name).split()):
        return "ORG"
    if item.article is not None and placed(name, item.article.text):
        return "GPE"  # "in Valdora": a place, whatever the extractor took it for
    if all(country_of(word) for word in name.split()):
        return "GPE"  # "Austria Vienna": a club named after places, not a person
    doc = item.nlp(name)
    labels = {e.label_ for e in doc.ents}
    covered = sum(len(e) for e in doc.ents) == len(doc)
    return labels.pop() if covered and len(labels) == 1 else None


def _in_article(name: str, article: Document) -> bool:
    words = [w for w in norm(name).split() if len(w) > 2]
    text = f" {norm(article.text)} "
    return not words or any(f" {w} " in text for w in words)


def explanation(item: Item) -> Outcome:
    text = item.question.explanation
    if not text.strip():
        return FAIL
    if re.search(r"\b[\w-]+\.(?:txt|md|markdown|html?)\b", text) or re.search(r"\b(\w+) and \1\b|, ,|\(\s*\)", text):
        return FAIL
    return PASS


def evidence(item: Item) -> Outcome:
    q = item.question
    if q.type == "matching" or item.article is None:
        return PASS
    text = item.article.text
    for e in q.evidence:
        found = text.find(e.sentence[:80])
        if found < 0:
            continue
        if e.span[1] < found - NEAR or e.span[0] > found + len(e.sentence) + NEAR:
            return FAIL
    return PASS


#: The checks, in the order they are reported.
CHECKS: dict[str, Check] = {
    "well_formed": well_formed, "names_whole": names_whole, "wh_syntax": wh_syntax, "self_contained": self_contained,
    "not_trivial": not_trivial, "answer_key": answer_key, "distractors": distractors,
    "explanation": explanation, "evidence": evidence,
}


def verdict(item: Item) -> Verdict:
    failed, marginal = [], []
    for name, check in CHECKS.items():
        outcome = check(item)
        if outcome is FAIL:
            failed.append(name)
        elif outcome is MARGINAL:
            marginal.append(name)
    score = 0.0 if failed else item.question.score * MARGINAL.value ** len(marginal)
    if failed and not set(failed) & FATAL:
        score = item.question.score * 0.3
    return Verdict(round(score, 4), tuple(failed), tuple(marginal))


def item(question: Question, doc: Doc, ranges: list[tuple[int, int]], *, article: Document | None = None,
         facts: Iterable[Fact] = (), pool: Pool | None = None, nlp: Language) -> Item:
    """A question ready for the checks: ``doc`` is its realised text parsed with quotes masked."""
    return Item(question, doc.text, _mark_masked(doc, ranges), article, list(facts), pool or Pool(()), nlp)


def judge(question: Question, nlp: Language, *, article: Document | None = None, facts: Iterable[Fact] = (),
          pool: Pool | None = None) -> Verdict:
    """The verdict on one question (what :func:`assess` computes for each of many)."""
    text, ranges = masked(realised(question))
    return verdict(item(question, nlp(text), ranges, article=article, facts=facts, pool=pool, nlp=nlp))


def assess(questions: Iterable[Question], documents: Mapping[str, Document], facts: Iterable[Fact], pool: Pool,
           nlp: Language) -> list[Question]:
    """The questions worth keeping, each with its verdict in ``quality`` and ``review`` set.

    Questions failing a :data:`FATAL` check are dropped.
    """
    questions = list(questions)
    by_doc: dict[str, list[Fact]] = {}
    for fact in facts:
        by_doc.setdefault(fact.doc, []).append(fact)
    maskings = [masked(realised(q)) for q in questions]
    kept = []
    for question, (_, ranges), doc in zip(questions, maskings, nlp.pipe(m[0] for m in maskings)):
        name = question.evidence[0].doc if question.evidence else ""
        found = verdict(item(question, doc, ranges, article=documents.get(name), facts=by_doc.get(name, []),
                             pool=pool, nlp=nlp))
        if set(found.failed) & FATAL:
            continue
        question.quality = found.as_dict()
        question.score = found.score
        question.review = bool(found.failed) or found.score < REVIEW_LINE
        kept.append(question)
    return kept
