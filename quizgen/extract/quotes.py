"""Direct quotations and their speakers.

Marks are matched paragraph by paragraph (:mod:`.quotemarks`). Each quoted span takes the
first attribution that applies:

1. the nearest verb of saying above it in the parse ("Lopez said", "as X points out"),
2. "according to X" or "in the words of X" in its sentence,
3. another verb of saying in its sentence ("“…,” Dimon said, “…”"),
4. a name right after the closing mark ("“…,” Jane Doe, analyst.") or before "name: “" (a
   headline's "Vos: “…”"), or the named subject of the clause before ": “" ("X was blunt: “…”"),
5. the next sentence of its paragraph, when the quote ends its own ("“…” Those were the words of X"),
   or, for a quote that is a sentence of its own, the named person the sentence before is about ("X
   struck a different tone. “…”");
6. the quote before it in the paragraph (or the one it reopens), for a quote listed after it ("“a”,
   “b” and “c”") or a clause continuing it;
7. for a quoted clause filling its paragraph, the speaker of the paragraph before: of its last
   quote, or of its reported speech ("She said the school was hit." then "“The children …”");
8. for a headline's quote, the speaker of the article's quote that holds most of its words.

Two layouts have their own rule: a paragraph led by a dash and ended by an attribution
("– …, X explains."), and a paragraph-long quote followed by a line holding only a name.
Quoted names of things (the “Green Corridor” plan, the so-called section “B”) are skipped, and so
is every quote without an identifiable speaker (:mod:`.speakers`): never a guess.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from .. import lexicon
from ..ingest import Document
from .model import Quote
from .names import People
from .quotemarks import DASHES, PAIRS, Quoted, match_marks, opens_paragraph, paragraphs
from .sentences import covering
from .speakers import Speaker, Speakers, is_cue, name_after_comma, subject_of

#: Quoted phrases up to this many words with no verb and mostly capitalised are names of things.
MAX_TITLE_WORDS = 6
#: Words before a mark that make the quoted words a name ("the so-called “D” section").
NAMING_WORDS = frozenset({"so-called"})
#: Characters left out at the end of a dash-led quote, before its attribution.
_TRAILING = " \t,;:" + DASHES + "-"


@dataclass(frozen=True)
class Attribution:
    speaker: Speaker | None
    #: The attribution words, as written ("Lopez said", "according to Maria Lopez").
    cue: str
    #: Tokens of the cue, so the evidence sentence can include it.
    tokens: tuple[int, int]
    confidence: float


def extract_quotes(sdoc: Doc, document: Document, people: People) -> list[Quote]:
    """Every direct quotation with an identifiable speaker, in reading order."""
    text = document.analysis_text
    paras = [para for para in paragraphs(text) if not document.in_boilerplate(*para)]
    marked = {para: match_marks(text, *para) for para in paras}
    speakers = Speakers(sdoc, document, people, [(q.start, q.end) for qs in marked.values() for q in qs])
    quotes: list[Quote] = []
    attributed: list[tuple[Quoted, Attribution]] = []
    headline: list[Quoted] = []  # quotes of the first paragraph no attribution names
    chain = _Chain()
    last: Attribution | None = None  # of the last quote of the paragraph before
    for before, para, following in zip([None, *paras], paras, [*paras[1:], None]):
        if text[para[0]] in DASHES:
            quotes += _dash_quote(speakers, para)
            chain, last = _Chain(), None
            continue
        reopened = following is not None and opens_paragraph(text, *following)
        chain, previous = _Chain(), chain
        carried, last, prior_end = last, None, para[0]
        for quoted in marked[para]:
            if (not quoted.closed and not reopened) or _names_a_thing(sdoc, text, quoted):
                continue
            tokens = sdoc.char_span(quoted.start, quoted.end, alignment_mode="expand")
            if not tokens:
                continue
            attribution = _block_attribution(speakers, para, quoted, following)
            if attribution is not None:
                quoted = replace(quoted, style="block")
            attribution = (
                attribution or _attribute(speakers, quoted, tokens) or _listed(previous.attribution, text[prior_end: quoted.start])
                or _continuation(previous.attribution, tokens) or _next_paragraph(speakers, para, quoted, tokens, before, carried)
            )
            if attribution is None and not quoted.closed:
                chain = _Chain(None, [*previous.waiting, quoted])
                continue
            if attribution is None or attribution.speaker is None:
                headline += [quoted] if para == paras[0] else []
                previous = _Chain()
                continue
            quotes += [_quote(speakers, q, attribution) for q in [*previous.waiting, quoted]]
            attributed += [(q, attribution) for q in [*previous.waiting, quoted]]
            previous, last, prior_end = _Chain(attribution), attribution, quoted.end
            if not quoted.closed:
                chain = previous
    quotes += [quote for quoted in headline if (quote := _echoed(speakers, quoted, attributed)) is not None]
    return sorted(quotes, key=lambda q: q.span)


#: The share of a headline quote's words a quote of the article must hold to be the one it echoes.
ECHO_SHARE = 0.8


def _echoed(speakers: Speakers, quoted: Quoted, attributed: list[tuple[Quoted, Attribution]]) -> Quote | None:
    """A headline's quote that no attribution names, as the speaker of the article's quote holding
    most of its words ("‘Nobody asked for a bigger screen’: …" and later "“Nobody asked us for a
    bigger screen …,” said X"); one word only as the article's quote of that word alone ("after ‘brutal’
    season" and later "said the market had been “brutal”")."""
    text = speakers.document.analysis_text
    words = _words(text[quoted.start: quoted.end])
    if len(words) < 2:
        attributed = [(q, a) for q, a in attributed if _words(text[q.start: q.end]) == words]
    if not words:
        return None
    share, _, attribution = max(((len(words & _words(text[q.start: q.end])) / len(words), q.start, a)
                                      for q, a in attributed), default=(0.0, 0, None), key=lambda x: x[:2])
    if attribution is None or share < ECHO_SHARE:
        return None
    tokens = covering(speakers.sdoc, quoted.start, quoted.end)
    return _quote(speakers, quoted, replace(attribution, tokens=(tokens.start, tokens.end), confidence=0.6))


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower().replace("’", "'")))


@dataclass(frozen=True)
class _Chain:
    """A quote running on into the next paragraph: its attribution, or the quotes awaiting one."""

    attribution: Attribution | None = None
    waiting: list[Quoted] = field(default_factory=list)


def _attribute(speakers: Speakers, quoted: Quoted, tokens: Span) -> Attribution | None:
    """Rules 1-4 of the module docstring; None when nothing attributes the quote."""
    sdoc = speakers.sdoc
    inside = range(tokens.start, tokens.end)
    for root in (t for t in tokens if t.head.i not in inside or t.head == t):
        verb = next((a for a in root.ancestors if is_cue(a) and not speakers.in_quote(a)), None)
        if verb is not None:
            return _from_verb(speakers, verb)
    closing: Span | list[Token] = sdoc.char_span(quoted.end, quoted.end + 1, alignment_mode="expand") or []
    sentences = sorted({speakers.sentence(t.i) for t in [*tokens, *closing]}, key=lambda s: s.start)
    outside = [t for s in sentences for t in s if not speakers.in_quote(t)]
    for token in outside:
        if (named := _cited(token)) is not None:
            if named.pos_ == "NOUN" and (name := name_after_comma(named)) is not None:
                named = name  # "according to Hanbit's head of quality, Choi Eun-ji", the name hung elsewhere
            end = _name_end(named)
            return Attribution(speakers.of(named), sdoc[token.i: end].text, (token.i, end), 0.85)
    verbs = sorted((t for t in outside if is_cue(t)), key=lambda t: min(abs(t.i - tokens.start), abs(t.i - tokens.end)))
    if verbs:
        return _from_verb(speakers, verbs[0])
    return _adjacent_name(speakers, quoted) or _next_sentence(speakers, quoted, sentences[-1]) or _subject_before(
        speakers, sentences[0])


def _from_verb(speakers: Speakers, verb: Token) -> Attribution:
    """The speaker of a verb of saying: its subject, or a document it cites ("In a joint
    statement, the leaders pledged …") when the subject names nobody in particular (not "an FMF
    spokesman said in a statement")."""
    sdoc = speakers.sdoc
    subject = subject_of(verb)
    if subject is not None and speakers.in_quote(subject):  # the parser took quoted words for the subject
        subject = next((c for c in subject.children if c.dep_ == "appos" and not speakers.in_quote(c)), None)
    if (named := _name_before(speakers, verb)) is not None and subject is not None and subject not in named.ancestors:
        subject = None  # "The phone costs …, whose director, Gemma Whitcombe, called it": the parser's subject is no one's
    inverted = subject is None and (
        subject := _inverted_subject(speakers, verb) or named or _name_after(verb)) is not None
    speaker = speakers.of(subject) if subject is not None else None
    document = speakers.document_in(verb)
    if document is not None and (speaker is None or speaker.type == "ANONYMOUS" and not (
            subject is not None and speakers.names_anyone(subject))):
        return Attribution(document, f"{document.name} {verb.text}", (verb.i, verb.i + 1), 0.8)
    if subject is None:
        return Attribution(None, verb.text, (verb.i, verb.i + 1), 0.0)
    if subject.head.pos_ in ("VERB", "AUX") and not inverted and subject.head in verb.ancestors:
        verb = subject.head  # the verb the subject belongs to ("He noted …, describing …")
    name = sdoc[subject.left_edge.i: max(_name_end(t) for t in (subject, *subject.conjuncts))]
    particle = [c for c in verb.children if c.dep_ == "prt"]
    words = sorted([*name, verb, *particle], key=lambda t: t.i)
    if subject.dep_ == "poss":  # "the ministry’s bid to project"
        words = list(sdoc[subject.left_edge.i: verb.i + 1])
    confidence = 0.9 if subject.pos_ == "PROPN" else 0.75
    return Attribution(speaker, _text_of(words), (words[0].i, words[-1].i + 1), confidence)


def _inverted_subject(speakers: Speakers, verb: Token) -> Token | None:
    """The noun phrase between a closing mark and a verb of saying the parser left without a
    subject ("“…,” the agency's chief, Ana Ruiz, said"): the root of the words in between."""
    sdoc = speakers.sdoc
    start = verb.i
    while start > 0 and not speakers.in_quote(sdoc[start - 1]) and sdoc[start - 1].text not in "”\"’'»":
        start -= 1
    words = sdoc[start: verb.i]
    if not any(t.pos_ in ("NOUN", "PROPN") for t in words) or any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    root = words.root
    if root.pos_ not in ("NOUN", "PROPN"):  # a title the parser broke ("director-general"): the name in apposition
        root = next((t for t in reversed(words) if t.dep_ == "appos" and t.ent_type_ == "PERSON"), root)
    return root if root.pos_ in ("NOUN", "PROPN") else None


def _name_before(speakers: Speakers, verb: Token) -> Token | None:
    """A person's name right before a verb of saying, after a comma, that the parser hung elsewhere
    ("In a letter to the board, her lawyer, Ana Ruiz, wrote"), however spaCy labels it."""
    doc = verb.doc
    before = doc[verb.i - 2] if verb.i > 1 and doc[verb.i - 1].text == "," else None
    if before is None or before.dep_ != "appos":
        return None
    named = speakers.people.resolve(doc[before.left_edge.i: before.i + 1].text)
    return before if before.ent_type_ == "PERSON" or named is not None and speakers.people.type_of(named) == "PERSON" else None


def _name_after(verb: Token) -> Token | None:
    """The name right after a verb of saying the parser left without a subject (a headline's
    "“…,” says Vos"), not its object, but for "asked" right after a closing mark ("“…?” asked Kent")."""
    doc = verb.doc
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    asked = verb.lemma_ == "ask" and verb.i > 0 and doc[verb.i - 1].is_quote
    if after is None or after.pos_ != "PROPN" or not after.text[:1].isupper() or after.dep_ in ("dobj", "dative") and not asked:
        return None  # not whom they told ("told Reuters")
    while after.i + 1 < len(verb.doc) and verb.doc[after.i + 1].pos_ == "PROPN" and after.dep_ == "compound":
        after = verb.doc[after.i + 1]
    return after


def _text_of(tokens: list[Token]) -> str:
    """The words as written, runs of adjacent tokens kept together ("co-founder Bill Gates warned")."""
    runs: list[list[Token]] = []
    for token in tokens:
        if runs and token.i == runs[-1][-1].i + 1:
            runs[-1].append(token)
        else:
            runs.append([token])
    return " ".join(run[0].doc[run[0].i: run[-1].i + 1].text for run in runs)


def _cited(token: Token) -> Token | None:
    """Whom "according to X" or "in the words of X" cites, at "according" or "words"."""
    doc = token.doc
    if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
        return next((c for c in doc[token.i + 1].children if c.dep_ == "pobj"), None)
    if token.lower_ == "words" and token.i > 1 and doc[token.i - 2].lower_ == "in" and doc[token.i - 1].lower_ == "the":
        return next((n for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for n in c.children if n.dep_ == "pobj"), None)
    return None


def _name_end(token: Token) -> int:
    """The end of the phrase a token heads, up to any apposition or clause after it."""
    tail = [c for c in token.rights if c.dep_ in ("compound", "flat")]
    return (tail[-1].i if tail else token.i) + 1


def _adjacent_name(speakers: Speakers, quoted: Quoted) -> Attribution | None:
    """A person's name right after the closing mark, or a name, a verb of saying or a clause
    whose subject names someone right before ": “" (also across a line break: "Smith said:" then a
    quoted paragraph; "X was blunt: “…”")."""
    sdoc, text = speakers.sdoc, speakers.document.analysis_text
    after = quoted.end + 1
    while after < len(text) and text[after] in " ,–—-":
        after += 1
    following = sdoc.char_span(after, after + 1, alignment_mode="expand") if after < len(text) else None
    if following is not None and (speaker := speakers.name_at(following[0])):
        return Attribution(speaker, speaker.name, (following.start, following.end), 0.75)
    colon_at = quoted.start - 2
    while colon_at > 0 and text[colon_at].isspace():
        colon_at -= 1
    colon = sdoc.char_span(colon_at, colon_at + 1, alignment_mode="expand") if text[colon_at: colon_at + 1] == ":" else None
    if colon is None or colon.start == 0:
        return None
    before = sdoc[colon.start - 1]
    if is_cue(before):
        return _from_verb(speakers, before)
    owner = next((c for c in before.children if c.dep_ == "poss"), None)
    if before.lemma_.lower() in lexicon.words("speech_nouns") and owner is not None and (speaker := speakers.of(owner)):
        return Attribution(speaker, sdoc[owner.i: before.i + 1].text, (owner.i, before.i + 1), 0.7)  # "His answer: “…”"
    ent = speakers.ent_of.get(before.i)
    if ent is not None and (speaker := speakers.name_at(ent[0])):
        return Attribution(speaker, ent.text, (ent.start, ent.end), 0.75)
    if ent is None and before.pos_ == "PROPN" and (speaker := speakers.of(before)) and speaker.type == "PERSON":
        return Attribution(speaker, before.text, (before.i, before.i + 1), 0.7)  # a headline's "Vos: “…”"
    verb = next((t for t in (before, *before.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    subject = subject_of(verb) if verb is not None and not speakers.in_quote(verb) else None
    if subject is not None and (speaker := speakers.of(subject)) and speaker.type in ("PERSON", "ORG"):
        words = sdoc[subject.left_edge.i: colon.start]  # "X was blunt: “…”"
        return Attribution(speaker, words.text, (words.start, words.end), 0.7)
    return None


def _next_sentence(speakers: Speakers, quoted: Quoted, sentence: Span) -> Attribution | None:
    """A quote filling its sentence, attributed by the next sentence of its paragraph: a verb of
    saying with a named subject, when that sentence quotes nothing itself ("That is how Lopez
    described it"), or the words of someone, before any quote of its own ("Those were the words of
    Ana Ruiz", "The admission came from Ana Ruiz, who told … that “…”");
    the words of someone also from the first sentence of the next paragraph, when it points back
    ("“…”" then "That was the question from Ana Ruiz, 71, …")."""
    sdoc, text = speakers.sdoc, speakers.document.analysis_text
    if sentence.end >= len(sdoc):
        return None
    around = text[sentence.start_char: quoted.start] + text[quoted.end: sentence.end_char]
    if any(c.isalnum() for c in around):
        return None
    following = speakers.sentence(sentence.end)
    while len(following) and following[0].is_space:
        following = following[1:]
    if not len(following):
        return None
    quoting = any(speakers.in_quote(t) for t in following)
    across = "\n" in text[quoted.end: following.start_char]  # a paragraph of its own, then "That was X's verdict."
    if across and following[0].lower_ not in _POINTING_BACK:
        return None
    for token in itertools.takewhile(lambda t: not speakers.in_quote(t), following):
        if is_cue(token) and (subject := subject_of(token)) is not None and _named(subject) and not (across or quoting):
            attribution = _from_verb(speakers, token)
            return replace(attribution, confidence=0.7) if attribution.speaker else None
        if token.lemma_.lower() in lexicon.words("speech_nouns") and token.pos_ == "NOUN":
            owner = _whose(token)
            speaker = speakers.of(owner) if owner is not None and _named(owner) else None
            if owner is not None and speaker is not None and speaker.type == "PERSON":
                start, end = min(token.i, owner.left_edge.i), max(_name_end(owner), token.i + 1)  # "Leslie's verdict"
                return Attribution(speaker, sdoc[start: end].text, (start, end), 0.7)
    return None


#: First words of a sentence that point back to a quote in the paragraph before ("That was the question from X").
_POINTING_BACK = frozenset({"that", "this", "those", "these", "the", "such"})


def _whose(words: Token) -> Token | None:
    """Who a noun for words said names: "X's verdict", "the words of X", "The words were those of X",
    "The admission came from X"."""
    owner = next((c for c in words.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner  # "That was Leslie's verdict"
    holders = [words]
    if words.dep_ in ("nsubj", "nsubjpass"):
        holders += [words.head, *(c for c in words.head.children if c.dep_ == "attr")]
    return next((p for holder in holders for c in holder.children if c.dep_ == "prep" and c.lower_ in ("of", "from", "by")
                 for p in c.children if p.dep_ == "pobj"), None)


def _named(token: Token) -> bool:
    """A name, or a noun with a name in apposition ("the festival's director, Ana Ruiz,")."""
    return token.pos_ == "PROPN" or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.children)


def _next_paragraph(
    speakers: Speakers, para: tuple[int, int], quoted: Quoted, tokens: Span, before: tuple[int, int] | None,
    carried: Attribution | None,
) -> Attribution | None:
    """A quoted clause filling its paragraph goes on from the paragraph before: the speaker of that
    paragraph's last quote, or of its reported speech ("She said her school was damaged.")."""
    if before is None or quoted.start - 1 != para[0] or para[1] - quoted.end > 2 or not any(
            t.pos_ in ("VERB", "AUX") for t in tokens):
        return None
    if carried is None:
        line = speakers.sdoc.char_span(*before, alignment_mode="expand")
        verbs = [t for t in (line or ()) if is_cue(t) and not speakers.in_quote(t) and subject_of(t) is not None]
        carried = _from_verb(speakers, verbs[-1]) if verbs else None
    if carried is None or carried.speaker is None:
        return None
    return Attribution(carried.speaker, carried.cue, carried.tokens, 0.6)


def _subject_before(speakers: Speakers, own: Span) -> Attribution | None:
    """A quote standing as its own sentence right after a sentence with no quote whose subject
    names a person ("Reid's deputy, Anna Price, struck a different tone. “We have to learn.”", also
    across a paragraph break): that person's."""
    sdoc = speakers.sdoc
    if any(not (speakers.in_quote(t) or t.is_punct or t.is_space) for t in own):
        return None
    end = own.start - 1
    while end >= 0 and sdoc[end].is_space:
        end -= 1
    if end < 0:
        return None
    prior = speakers.sentence(end)
    subject = next((c for c in prior.root.children if c.dep_ == "nsubj"), None)
    if subject is None or any(t.is_quote or speakers.in_quote(t) for t in prior):
        return None
    speaker = speakers.of(subject)
    if speaker is None or speaker.type != "PERSON":
        return None
    words = list(sdoc[subject.left_edge.i: _name_end(subject)])
    return Attribution(speaker, _text_of(words), (words[0].i, words[-1].i + 1), 0.5)


_MARKS = {ord(c): " " for pair in PAIRS for c in pair.opener + pair.closers}


def _listed(previous: Attribution | None, between: str) -> Attribution | None:
    """The attribution of the quote before, for a quote listed after it ("three risks: “sticky food
    prices”, “fiscal slippage” and “a fall in oil output”")."""
    joint = " ".join(between.translate(_MARKS).split())
    return previous if previous is not None and joint in (",", ";", "and", ", and", "or", ", or") else None


def _continuation(previous: Attribution | None, tokens: Span) -> Attribution | None:
    """The attribution of the quote before, for a quoted clause (not a lone word) that goes on, or a
    sentence of three words or more without a verb ("‘Not today, not ever.’")."""
    words = [t for t in tokens if not t.is_punct]
    if previous is None or not (any(t.pos_ in ("VERB", "AUX") for t in tokens) or len(words) >= 3 and tokens[-1].text in ".!?"):
        return None
    return Attribution(previous.speaker, previous.cue, previous.tokens, 0.7)


def _block_attribution(
    speakers: Speakers, para: tuple[int, int], quoted: Quoted, following: tuple[int, int] | None
) -> Attribution | None:
    """A quote filling its paragraph, followed by a line holding only a name (and maybe a role)."""
    if following is None or quoted.start - 1 != para[0] or para[1] - quoted.end > 2:
        return None
    line: Span | list[Token] = speakers.sdoc.char_span(*following, alignment_mode="expand") or []
    words = [t for t in line if not t.is_punct and not t.is_space]
    if not words or len(words) > 12 or any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    speaker = speakers.name_at(words[0])
    if speaker is None:
        return None
    return Attribution(speaker, _text_of(words), (words[0].i, words[-1].i + 1), 0.8)


def _names_a_thing(sdoc: Doc, text: str, quoted: Quoted) -> bool:
    """Whether the quoted words name a thing: a short capitalised phrase with no verb
    (the “Green Corridor” plan, section “B”), or words after "so-called"."""
    before = text[max(0, quoted.start - 40): quoted.start - 1].split()
    if before and before[-1].lower() in NAMING_WORDS:
        return True
    tokens = covering(sdoc, quoted.start, quoted.end)
    words = [t.text for t in tokens if t.is_alpha]
    if not words or any(t.pos_ in ("VERB", "AUX") for t in tokens) or len(words) > MAX_TITLE_WORDS:
        return not words
    if tokens.root.dep_ == "pobj" and tokens.root.head.lower_ == "as" and any(
            is_cue(t) for t in (tokens.root.head.head, tokens.root.head.head.head)):
        return False  # a characterisation: "described conditions as “Victorian”" ("as" on the verb or its object)
    if len(words) == 1 and text[quoted.end - 1] in ",!?":
        return False  # a one-word reply: “Yes,” she said.
    capitalised = sum(w[0].isupper() for w in words)
    return words[0][0].isupper() and 2 * capitalised > len(words)


def _dash_quote(speakers: Speakers, para: tuple[int, int]) -> list[Quote]:
    """A dash-led paragraph ending in an attribution: the quote runs from after the dash to the
    attribution, less a short verbless link before it ("…, this way, X described …")."""
    sdoc, text = speakers.sdoc, speakers.document.analysis_text
    start = para[0] + 1
    while start < para[1] and text[start].isspace():
        start += 1
    line = sdoc.char_span(start, para[1], alignment_mode="expand")
    if not line:
        return []
    for verb in reversed([t for t in line if is_cue(t)]):
        subject = subject_of(verb)
        speaker = speakers.of(subject) if subject is not None else None
        if subject is None or speaker is None:
            continue
        first = _link_start(sdoc, min(subject.left_edge.i, verb.i), line.start)
        end = sdoc[first].idx
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
        if len(text[start:end].split()) < 2:
            continue
        cue = _from_verb(speakers, verb)
        attribution = Attribution(speaker, cue.cue, (first, cue.tokens[1]), 0.8)
        return [_quote(speakers, Quoted(start, end, "dash"), attribution)]
    return []


def _link_start(sdoc: Doc, first: int, floor: int) -> int:
    """Move the attribution's first token back over a verbless link of up to three words
    set off by punctuation ("this way," in "difficult… this way, X described")."""
    j = first - 1
    if j <= floor or not sdoc[j].is_punct:
        return first
    k = j - 1
    while k > floor and not sdoc[k].is_punct:
        k -= 1
    link = sdoc[k + 1: j]
    if 0 < len(link) <= 3 and k > floor and not any(t.pos_ in ("VERB", "AUX") for t in link):
        return link.start
    return first


def _quote(speakers: Speakers, quoted: Quoted, attribution: Attribution) -> Quote:
    sdoc, document = speakers.sdoc, speakers.document
    speaker = attribution.speaker
    tokens = covering(sdoc, quoted.start, quoted.end)
    cue = sdoc[attribution.tokens[0]: attribution.tokens[1]]
    sentences = [speakers.sentence(t.i) for t in (tokens[0], tokens[-1], cue[0], cue[-1])]
    start = min(s.start_char for s in sentences)
    end = max(s.end_char for s in sentences)
    raw = document.text[start:end]
    start += len(raw) - len(raw.lstrip())
    sentence = raw.strip()
    return Quote(
        doc=document.name,
        span=(quoted.start, quoted.end),
        sentence=sentence,
        sentence_start=start,
        text=document.text[quoted.start: quoted.end],
        speaker=speaker.name if speaker else None,
        speaker_role=speaker.role if speaker else None,
        speaker_type=speaker.type if speaker else None,
        cue=attribution.cue,
        marks=quoted.style,
        confidence=attribution.confidence,
    )
