"""Roles the article gives a named mention, read from the dependency parse.

Six shapes, best first: an apposition after the name ("Ana Ruiz, director of the program"),
the name in apposition to a role ("the Chilean President, Gabriel Boric", also when the parser
hangs it on the role's organisation: "the head of the IMF, X"), words before the
name ("Chilean President Gabriel Boric", "mining giants Acme and Globex"), an
organisation naming its kind ("the Xinhua agency"), and a title the person's clause takes "as"
("re-elected as president"). A title a named state or organisation owns reads with "of"
("Ruritania's Foreign Minister X" -> "Foreign Minister of Ruritania"). Coordinated names share
a plural role, or split it with "respectively" ("X and Y, the leaders of A and B respectively").
A role reads as written ("Gov. of Ohio"); :func:`spelled_out` writes its abbreviations in full."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: the word lists here are read without loading spaCy
    from spacy.tokens import Span, Token

from .. import lexicon
from .deps import CLAUSE, SUBJECTS, is_apposition
from .sentences import unclosed_bracket

#: Nouns naming a position (with the short titles spelt out in ``title_synonyms``: "CFO"), and
#: courtesy titles: word lists of :mod:`quizgen.lexicon`.
POSITIONS = lexicon.words("positions") | frozenset(lexicon.table("title_synonyms"))
#: Words that precede a person's name without being part of it ("Prime Minister", "Mr.", "Det Sgt", "CFO").
TITLE_QUALIFIERS = lexicon.words("title_qualifiers")
TITLE_WORDS = POSITIONS | TITLE_QUALIFIERS | frozenset(lexicon.table("title_abbreviations"))
HONORIFICS = lexicon.words("honorifics")
#: Endings of nouns for a person's job ("economist", "analyst", "spokeswoman", "historian").
PERSON_ENDINGS = ("ist", "yst", "man", "woman", "person", "ian")
#: Endings of nouns for someone who does something ("researcher", "investigator", "assistant").
AGENT_ENDINGS = ("ist", "yst", "er", "or", "ian", "ant", "ent")
#: Words for people who work somewhere ("staff", "officials"): a word list of :mod:`quizgen.lexicon`.
STAFF_NOUNS = lexicon.words("staff_nouns")
#: Verbs of saying: a clause with one tells what a person said, not who they are.
CUE_VERBS = lexicon.words("cue_verbs")
#: Nouns for kinds of organisation ("a super PAC"): a word list of :mod:`quizgen.lexicon`.
ORGANISATION_KINDS = lexicon.words("organisation_kinds")
#: Longer appositions are clauses, not roles.
MAX_ROLE_TOKENS = 30


def is_title(word: str) -> bool:
    return word.lower().rstrip(".") in TITLE_WORDS


@dataclass(frozen=True)
class Role:
    """A role phrase found for one mention; ``score`` ranks the shapes (higher is better)."""

    text: str
    score: int
    #: The mention the role is attached to, and the noun heading the role.
    mention: Span
    head: Token
    #: [start, end) of the role words in the text.
    extent: tuple[int, int]
    #: The role without the relative clause it ends in ("a nurse" of "a nurse who runs the ward"), or "".
    core: str = ""

    def but(self, text: str, mention: Span) -> "Role":
        """The same role phrase giving ``mention`` the role ``text``."""
        return Role(text, self.score, mention, self.head, self.extent)


def find_roles(named: list[tuple[str, Span]]) -> dict[str, list[Role]]:
    """Canonical name -> every role it is given over its named mentions, the best first (ties: the
    earliest mention's)."""
    mentions = {span.root.i: (name, span) for name, span in named}
    found: dict[str, list[Role]] = {}
    for name, span in named:
        for role in _roles_of(span):
            for other, shared in _distribute(name, role, mentions):
                if shared.text:
                    found.setdefault(other, []).append(shared)
    return {name: sorted(roles, key=lambda r: -r.score) for name, roles in found.items()}


def _roles_of(span: Span) -> list[Role]:
    root, head = span.root, span.root.head
    out: list[Role] = []
    # on any word of the name: the parser may split a hyphenated one ("Odhiambo" "-" "Reyes", director)
    for group in _adjacent([c for t in span for c in t.rights if c.dep_ == "appos" and c.i >= span.end]
                           or list(filter(None, [_apposition_after(span)]))):
        if _role_noun(group[-1]) and not any(c.lower_ == "whose" for c in group[-1].children):  # "X, whose director, Y": Y's
            core = _role([t for c in group for t in _own_words(c)], 3 + _titled(group[-1]), span, group[-1])
            whole = _role([t for c in group for t in _own_words(c, clause=True)], core.score, span, group[-1])
            out.append(whole if whole.text == core.text else replace(whole, core=core.text))
    if is_apposition(root) and head.i < span.start and _role_noun(head) and not (
            span.label_ == "PERSON" and head.tag_ == "NNS" and not staff_noun(head)):  # "Shares of Acme, …, X": no role
        words = [t for t in head.subtree if t.i < span.start and not _courtesy(t)]
        commas = [k for k, t in enumerate(words) if t.is_punct]
        if commas and all(is_title(t.text) for t in words[commas[-1] + 1:]):
            words = words[: commas[-1]]  # "His rival, Sen. X": the title after the comma is the name's own
        if (after := _after_last_join(words)) is not words:
            words = after
            head = next((t for t in reversed(words) if t.pos_ == "NOUN"), head)
        out.append(_owned(words, 3 + _titled(head), span, head, keep_owner=True))
    elif root.dep_ == "appos" and head.dep_ == "pobj" and head.head.lower_ in ("of", "for") and title_noun(head.head.head) and (
            span.label_ != "ORG"):  # not its acronym: "the director of Citizens' Election Watch (CEW)"
        title = head.head.head  # "the head of the IMF, Ana Ruiz", "a spokesperson for X, Y": the parser hangs her on the IMF
        words = [t for t in title.subtree if t.i < span.start and not _courtesy(t)]
        out.append(_owned(words, 3, span, title, keep_owner=True))
    if root.dep_ == "pobj" and head.lower_ in ("for", "of") and head.i + 1 < span.start and title_noun(head.head) and not any(
            c.dep_ == "det" for c in head.head.children) and all(  # not "a spokesman for Prime Minister X"
            t.pos_ == "PROPN" and t.text[:1].isupper() for t in span.doc[head.i + 1: span.start]):
        title = head.head  # "Transport Secretary for Wales Ceri Pugh": the parser hangs her on the title
        out.append(_role(list(span.doc[title.left_edge.i: span.start]), 2, span, title))
    before = [  # the parser may hang the words before on the first name ("Trade Commissioner Henrik X")
        t for c in sorted({c for w in span for c in w.lefts}) if c.i < span.start and c.dep_ not in CLAUSE
        for t in c.subtree if t.dep_ not in ("det", "punct") and not _courtesy(t)
    ]
    before = _with_place_before(_after_last_join(before) or _titles_before(span) or _sibling_before(span))
    nouns = [t for t in before if _role_noun(t)
             and not (t.pos_ == "NOUN" and t.dep_ == "npadvmod" and t.head.dep_ == "amod")]  # not "term" of "term-limited"
    if nouns and before[-1].i == _before_honorifics(span):
        role = _owned(before, 2 if len(before) > 1 else 1, span, nouns[-1], keep_owner=False)
        out.append(_of_place(role, root, title_noun(nouns[-1]) or is_title(nouns[-1].text)))
    if root.dep_ == "compound" and head.i == span.end and head.tag_ == "NN" and span.label_ == "ORG" and (
            head.lemma_.lower() in ORGANISATION_KINDS):
        out.append(_role([head], 1, span, head))
    if span.label_ == "PERSON":
        out += [_role(list(t.doc[t.left_edge.i: t.i + 1]), 0, span, t) for t in _as_titles(root)]
        out += [_role(_own_words(t), 1, span, t) for t in _predicate_titles(root)]
        out += [_led(verb, led, span) for verb, led in _leading_clauses(root)]
        out += [_described(c, -1, span) for c in _describing_clauses(root)]
    out = [_with_apposition(role, root) if role.text and role.score < 3 and all(map(is_title, role.text.split())) else role
           for role in out]
    if span.label_ == "PERSON" and not any(role.text for role in out):
        out += _written_before(span) or _affiliation(span)
    return [role for role in out if role.text]


def _written_before(span: Span) -> list[Role]:
    """A role written right before a person's name that the parser read otherwise, the last a name
    can have: a job or a position ("Goannas coach X", "to centre X" with "coach" and "centre" read as
    verbs), or a noun phrase and a comma ("less forgiving of the referee, X", "according to Hanbit's head
    of quality, X")."""
    doc, i = span.doc, span.start - 1
    if i >= 0 and doc[i].is_lower and doc[i].pos_ in ("NOUN", "VERB", "ADJ", "ADV") and staff_noun_word(doc[i].lower_):
        start = i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_type_ != "PERSON":
            start -= 1  # "Goannas coach"
        return [_role(list(doc[start: i + 1]), 0, span, doc[i])]
    if i < 2 or doc[i].text != ",":
        return []
    end = i - 3 if doc[i - 1].text == ")" and doc[i - 3].text == "(" else i  # "the union X (SNTH), Rosa Cárdenas"
    noun = doc[end - 1]
    while noun.dep_ == "pobj" and noun.head.lower_ in ("of", "for") and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "Hanbit's head of quality, X"
    if noun.i == end - 1 and staff_noun_word(noun.lower_):
        start = i - 1
        while start > 0 and (doc[start - 1].pos_ in ("ADJ", "NOUN") and doc[start - 1].is_lower):
            start -= 1
        if doc[start - 1].lower_ in ("the", "his", "her", "its", "their"):
            return [_role(list(doc[start - 1: i]), 0, span, doc[i - 1])]
    elif noun.i < end - 1 and title_noun(noun) and any(c.dep_ in ("det", "poss") for c in noun.lefts):
        return [_role(list(doc[noun.left_edge.i: end]), 0, span, noun)]
    return []


def _affiliation(span: Span) -> list[Role]:
    """The organisation right after a person's name with "of", the only role given ("Dr Aoife Byrne of
    the Irish Medical Organisation" -> "of the Irish Medical Organisation")."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "of" or doc[span.end].head.i not in range(span.start, span.end):
        return []
    place = next((c for c in doc[span.end].children if c.dep_ == "pobj"), None)
    if place is None or not (place.ent_type_ == "ORG" or place.pos_ == "PROPN" and not place.ent_type_):
        return []
    return [_role(list(doc[span.end: place.right_edge.i + 1]), -2, span, place)]


def _apposition_after(span: Span) -> Token | None:
    """An apposition right after the name and its acronym that the parser hung on another word
    ("a report by the X Institute (XI), a Calgary think tank, found")."""
    doc, i = span.doc, span.end
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        i += 3
    if i + 1 >= len(doc) or doc[i].text != ",":
        return None
    root = next((t for t in doc[i + 1: i + 1 + MAX_ROLE_TOKENS] if t.dep_ == "appos"), None)
    return root if root is not None and root.left_edge.i == i + 1 else None


def _after_last_join(words: list[Token]) -> list[Token]:
    """The words after the last "and" when a name comes before it: "the charity X and the aid group
    Y", "critic Ana Ruiz and Opposition Leader Y" give Y's role ("founder and chairman" is one);
    else ``words`` itself."""
    joins = [k for k, t in enumerate(words) if t.dep_ == "cc"]
    if joins and any(t.pos_ == "PROPN" for t in words[: joins[-1]]):
        return words[joins[-1] + 1:]
    return words


def _of_place(role: Role, root: Token, title: bool) -> Role:
    """A role before a name completed by the organisation after it ("Prof. X of the University of
    Oslo", "economist X, of Nordea"; a name spaCy left unlabelled too), and a title by the place after
    it ("Gov. X of California" -> "Governor of California")."""
    kinds = ("GPE", "ORG") if title else ("ORG",)
    place = next((p for c in root.rights if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                  if p.dep_ == "pobj" and (p.ent_type_ in kinds or p.pos_ == "PROPN" and not p.ent_type_)), None)
    if place is None or " of " in role.text:
        return role
    name = place.doc[place.left_edge.i: place.right_edge.i + 1]
    return Role(f"{role.text} of {name.text}", role.score, role.mention, role.head, (role.extent[0], name.end_char))


_RELATIVE = ("who", "that")


def _led(verb: Token, led: Token, mention: Span) -> Role:
    """The title a leading clause gives: "who heads the agency" -> "head of the agency"."""
    role = _role(list(led.subtree), 2, mention, verb)  # above a one-word title before the name ("Prof X, who heads …")
    title = lexicon.table("leading_verbs")[verb.lemma_.lower()]
    return Role(f"{title} of {role.text}", role.score, mention, verb, (verb.idx, role.extent[1]))


def _with_apposition(role: Role, root: Token) -> Role:
    """A title before the name ("Sen.", "State Sen.") completed by an apposition that is no role of its own
    ("Sen. X, a Democrat from Oregon," -> "Senator, a Democrat from Oregon"), or else by a
    describing clause ("Prof X, who studies lake physics at Y")."""
    aside = next((c for c in root.rights if c.dep_ == "appos" and not _role_noun(c)), None)
    if aside is None:  # "Prof X, who studies lake physics at Y," (not "who arrived in 2024", "who owns 38% of it")
        clause = next((c for c in _describing_clauses(root) if c.tag_ in ("VBZ", "VBP")
                       and any(t.pos_ == "PROPN" for t in c.subtree)), None)
        return role if clause is None else Role(f"{role.text}, {_described(clause, role.score, role.mention).text}",
                                                role.score, role.mention, role.head, role.extent)
    if aside.pos_ == "NUM" or aside.ent_type_ == "PERSON":  # another person the parser hung on it
        return role
    own = _own_words(aside)
    joined = [c for c in aside.rights if c.dep_ == "conj" and any(t.ent_type_ == "PERSON" for t in c.subtree)]
    if joined:  # "…, D-Tucson, and County Supervisor Y": up to the next person
        own = [t for t in own if t.i < joined[0].left_edge.i]
        while own and (own[-1].is_punct or own[-1].pos_ == "CCONJ"):
            own = own[:-1]
    words = _role(own, role.score, role.mention, aside)
    if not words.text:
        return role
    return Role(f"{role.text}, {words.text}", role.score, role.mention, role.head,
                (role.extent[0], max(role.extent[1], words.extent[1])))


def _predicate_titles(root: Token) -> list[Token]:
    """Titles the person's clause, or a relative clause on the name, gives them: "X is the chief
    executive of Y", "X was appointed governor of Y", "X, who became chief constable in 2021,"."""
    clauses = [c for c in root.rights if c.dep_ == "relcl" and any(
        s.dep_ in SUBJECTS and s.lower_ in _RELATIVE for s in c.children)]
    if root.dep_ in SUBJECTS:
        clauses.append(root.head)
    return [t for c in clauses for t in c.children if t.dep_ in ("attr", "oprd") and title_noun(t) and not t.ent_type_]


def _leading_clauses(root: Token) -> list[tuple[Token, Token]]:
    """Relative clauses saying what a person leads ("X, who heads the agency,"), with what they lead:
    the verb's object, not an amount ("who owns 38% of it")."""
    return [
        (c, led) for c in root.rights if c.dep_ == "relcl" and c.lemma_.lower() in lexicon.table("leading_verbs")
        and any(s.dep_ == "nsubj" and s.lower_ in _RELATIVE for s in c.children)
        for led in c.children if led.dep_ == "dobj" and led.ent_type_ not in ("PERCENT", "MONEY", "CARDINAL", "QUANTITY")
    ]


def _describing_clauses(root: Token) -> list[Token]:
    """Relative clauses on a person's name saying what they do or did ("X, who runs a coffee shop on
    Sixth Avenue,", "who has driven the route for 19 years"): the last role a person can have. Not
    what they said ("who told reporters")."""
    return [c for c in root.rights if c.dep_ == "relcl" and c.lemma_.lower() not in CUE_VERBS
            and any(s.dep_ == "nsubj" and s.lower_ == "who" for s in c.children)]


def _described(clause: Token, score: int, mention: Span) -> Role:
    """The role a describing clause gives, its words no role extent: what the clause names
    takes part or not by what the clause has it do ("chairs X", "studies at Y")."""
    role = _role(list(clause.subtree), score, mention, clause)
    return Role(role.text, score, mention, clause, (role.extent[0], role.extent[0]))


def _courtesy(token: Token) -> bool:
    return token.lower_.rstrip(".") in HONORIFICS


def _titles_before(span: Span) -> list[Token]:
    """Capitalised title words right before the name that the parser hung elsewhere ("X and Deputy Mayor Y")."""
    i = span.start
    while i > 0 and span.doc[i - 1].text[:1].isupper() and is_title(span.doc[i - 1].text):
        i -= 1
    return list(span.doc[i: span.start])


def _with_place_before(words: list[Token]) -> list[Token]:
    """A title with the place written right before it that the parser hung elsewhere ("Calif. Gov. X")."""
    if not words or not is_title(words[0].text):
        return words
    i = words[0].i
    while i > 0 and words[0].doc[i - 1].ent_type_ == "GPE":
        i -= 1
    return [*words[0].doc[i: words[0].i], *words]


def _sibling_before(span: Span) -> list[Token]:
    """A noun phrase right before the name that the parser made its sibling ("the charity X said" read
    as two subjects), without its article."""
    noun = span.doc[span.start - 1] if span.start else None
    if noun is None or noun.pos_ != "NOUN" or (noun.head, noun.dep_) != (span.root.head, span.root.dep_):
        return []
    return [t for t in noun.subtree if t.dep_ != "det"]


def _before_honorifics(span: Span) -> int:
    """The index of the token before the name and its courtesy titles ("author" in "lead author Dr. X")."""
    i = span.start - 1
    while i >= 0 and _courtesy(span.doc[i]):
        i -= 1
    return i


def _owned(tokens: list[Token], score: int, mention: Span, head: Token, *, keep_owner: bool) -> Role:
    """A role from words before the name. A title a named state or organisation owns reads with
    "of" ("Ruritania's Foreign Minister Prince X" -> "Foreign Minister of Ruritania"); other
    owners ("his", "the bank's") stay in an apposition and out of a title right before the name."""
    owner = next((t for t in tokens if t.dep_ == "poss" and (title_noun(t.head) or not keep_owner)), None)  # not "Citizens'"
    named = owner is not None and owner.pos_ == "PROPN" and any(title_noun(t) for t in tokens)
    if owner is None or keep_owner and not named:
        return _role(tokens, score, mention, head)
    owned = set(owner.subtree)
    kept = [t for t in tokens if t not in owned and (not named or t.i <= owner.head.i)]
    role = _role(kept, score, mention, head)
    if not named or not role.text:
        return role
    name = owner.doc[owner.left_edge.i: owner.i + 1]
    start = min(name.start_char, role.extent[0])
    return Role(f"{role.text} of {name.text}", role.score, mention, head, (start, role.extent[1]))


def _adjacent(tokens: list[Token]) -> list[list[Token]]:
    """Runs of phrases with nothing between them: the parser splits "vice-president" into
    three appositions."""
    runs: list[list[Token]] = []
    for token in tokens:
        if runs and token.left_edge.i == runs[-1][-1].right_edge.i + 1:
            runs[-1].append(token)
        else:
            runs.append([token])
    return runs


def _as_titles(root: Token) -> list[Token]:
    """Titles taken "as" by the clause the person is the subject of ("X won re-election as
    Chile's president"), or by a relative clause on the name ("X, who took over as chief executive")."""
    subject = root.head if root.dep_ == "poss" else root
    clauses = [c for c in root.rights if c.dep_ == "relcl"]
    if subject.dep_ in SUBJECTS:
        clauses.append(subject.head)
    return [
        t for clause in clauses for t in clause.subtree
        if t.dep_ == "pobj" and t.head.lower_ == "as" and title_noun(t) and not t.ent_type_
    ]


def _distribute(name: str, role: Role, mentions: dict[int, tuple[str, Span]]) -> list[tuple[str, Role]]:
    """The role for the mention and the names coordinated with it: split by "respectively"
    ("the leaders of A and B respectively"), or shared when its head is plural. The parser
    may hang the role on any of the coordinated names."""
    first = role.mention.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    names = [first, *first.conjuncts]
    named = [t for t in names if t.i in mentions]
    if len(named) < 2 or role.head.tag_ not in ("NNS", "NNPS"):
        return [(name, role)]
    objects = [c for c in role.head.children if c.dep_ == "prep" for c in c.children if c.dep_ == "pobj"]
    owners = [objects[0], *objects[0].conjuncts] if objects else []
    respectively = any(t.lower_ == "respectively" for t in (*first.children, *role.mention.root.children, *role.head.subtree))
    if respectively and len(owners) == len(names):
        det = " ".join(t.text for t in role.head.lefts)
        prep = role.head.doc[objects[0].i - 1].text
        texts = [" ".join(f"{det} {role.head.lemma_} {prep} {_phrase(o)}".split()) for o in owners]
    else:
        texts = [role.text.replace(role.head.text, role.head.lemma_, 1)] * len(names)
    return [(mentions[t.i][0], role.but(text, mentions[t.i][1])) for t, text in zip(names, texts) if t.i in mentions]


def _phrase(token: Token) -> str:
    """The token with its left modifiers, without its conjuncts ("Acme" of "Acme and Globex")."""
    return token.doc[token.left_edge.i: token.i + 1].text


def _own_words(token: Token, *, clause: bool = False) -> list[Token]:
    """The token's phrase without what describes other nouns: nested appositions, relative
    clauses, and a comma-joined afterthought ("the Prime Minister of Ruritania, a member state");
    ``clause``: with a relative clause on the token itself ("a charity that drives patients to
    appointments")."""
    nested = {t.i for c in token.subtree if c.i != token.i and _aside(c) and not (clause and c.dep_ == "relcl" and c.head == token)
              for t in c.subtree}
    words = [t for t in token.subtree if t.i not in nested]
    for k in range(1, len(words)):
        if words[k].i != words[k - 1].i + 1:  # stop where an aside was cut out
            return words[:k]
    return words


def _aside(token: Token) -> bool:
    return token.dep_ in ("appos", "relcl") or (
        token.dep_ == "conj" and not any(c.dep_ == "cc" for c in token.head.children)
    )


def title_noun(token: Token) -> bool:
    """A noun naming a position, singular or plural ("President", "Heads", "CEOs")."""
    return any(w.lower().rstrip(".") in POSITIONS for w in (token.lemma_, token.lower_.removesuffix("s")))


def staff_noun_word(word: str) -> bool:
    """A word for a position or for people who work or play somewhere, whatever the parser tags it."""
    return word.rstrip(".") in POSITIONS or word in STAFF_NOUNS or word.endswith(AGENT_ENDINGS) and len(word) > 4


def staff_noun(noun: Token) -> bool:
    """A noun for people who work or act somewhere: a position ("heads") or a word for a person who
    does something ("economists", "researchers", "officials", "the striker")."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (title_noun(noun) or lemma in STAFF_NOUNS or lemma.endswith(AGENT_ENDINGS))


def _titled(token: Token) -> int:
    return int(title_noun(token))


def _role_noun(token: Token) -> bool:
    """A common noun, a capitalised title ("President", also inside a name spaCy ran on: "EU
    Competition Commissioner Ana Ruiz") or a word for a person's job the parser took for a name
    ("Analyst Joe Brink"), that is not a name itself."""
    job = token.pos_ == "PROPN" and token.lower_.endswith(PERSON_ENDINGS)
    kind = token.dep_ == "appos" and token.lower_ in ORGANISATION_KINDS and any(  # "X, a super PAC", any label
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
    if token.ent_type_ in ("GPE", "ORG") and not token.is_lower and not is_title(token.text) and not kind or (
            token.ent_type_ == "PERSON" and token.pos_ != "NOUN" and not is_title(token.text)):
        return False  # a common noun or a title spaCy put in a person's name is their job ("Farmer Ana Ruiz")
    return token.pos_ == "NOUN" or is_title(token.text) or job or kind or (
        token.lower_ in STAFF_NOUNS)  # "forward" read as an adverb


def _role(tokens: list[Token], score: int, mention: Span, head: Token) -> Role:
    """A role from the words between the first and the last token, without edge punctuation,
    a leading adverb ("notably its new head"), a trailing article, "respectively" or bracketed
    words ("chair of the Players' Union (PU)")."""
    tokens = tokens[:MAX_ROLE_TOKENS]
    if (bracket := unclosed_bracket(tokens[:-1])) is not None:  # open before the last word, or closed by it
        tokens = tokens[:bracket]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].pos_ == "DET" or tokens[-1].lower_ == "respectively"):
        tokens = tokens[:-1]
    while tokens and (tokens[0].is_punct or tokens[0].is_space or tokens[0].pos_ in ("ADV", "CCONJ")):
        tokens = tokens[1:]
    if not tokens:
        return Role("", score, mention, head, (0, 0))
    words = tokens[0].doc[tokens[0].i: tokens[-1].i + 1]
    return Role(words.text, score, mention, head, (words.start_char, words.end_char))


def spelled_out(role: str) -> str:
    """A role with its abbreviated titles written in full, for reading and for matching a title
    ("Gov. of Ohio" -> "Governor of Ohio", "Det Sgt" -> "Detective Sergeant"). Roles are kept as
    the article writes them."""
    abbreviations = lexicon.table("title_abbreviations")
    return re.sub(r"\b[A-Z][a-z]+\b\.?", lambda m: abbreviations.get(m.group().lower().rstrip("."), m.group()), role)
