"""Facts: what the extractor finds, each tied to its evidence in the original text."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import TYPE_CHECKING, Any, ClassVar, Self

if TYPE_CHECKING:
    from ..ingest import Document

Span = tuple[int, int]
#: A figure's normalised value: a number, a [low, high] range, an ISO date string, or None (vague).
Value = int | float | str | list[Any] | None


@dataclass(frozen=True)
class Evidence:
    """Where a fact or an answer stands: ``span`` indexes the original text of ``doc``."""

    doc: str
    span: Span
    sentence: str

    def in_file(self, document: Document) -> Evidence:
        """This evidence as written out for users: ``span`` indexes the file as written."""
        return replace(self, span=document.source_span(*self.span))


@dataclass(kw_only=True)
class Fact:
    """Common fields of every fact. ``span`` is [start, end) in code points into the file text."""

    kind: ClassVar[str] = "fact"

    id: str = ""
    doc: str
    span: Span
    sentence: str
    sentence_start: int
    in_quote: bool = False
    confidence: float = 1.0

    @property
    def evidence(self) -> Evidence:
        return Evidence(self.doc, self.span, self.sentence)

    def in_file(self, document: Document) -> Self:
        """This fact as written out for users: its offsets index the file as written (for HTML,
        the page, not the text extracted from it: :meth:`Document.source_span`)."""
        return replace(self, **self._offsets_in_file(document))

    def _offsets_in_file(self, document: Document) -> dict[str, Any]:
        return {"span": document.source_span(*self.span),
                "sentence_start": document.source_span(self.sentence_start, self.sentence_start)[0]}

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["span"] = list(self.span)
        return {"id": self.id, "kind": self.kind, **{k: v for k, v in data.items() if k != "id"}}


@dataclass(kw_only=True)
class Quote(Fact):
    """A direct quotation. ``span`` covers the quoted words without the marks."""

    kind: ClassVar[str] = "quote"

    text: str
    speaker: str | None = None
    speaker_role: str | None = None
    #: PERSON, ORG, GPE, DOCUMENT, ANONYMOUS or JOINT; None when the speaker is unknown.
    speaker_type: str | None = None
    #: The speaker's ``Participant.entity`` (one id per real entity across the run), or "".
    speaker_entity: str = ""
    #: The attribution words ("Lopez wrote", "according to"), for explanations.
    cue: str | None = None
    #: curly, straight, single, dash or block.
    marks: str = "curly"


@dataclass(kw_only=True)
class Figure(Fact):
    """A number that could answer a quiz question. ``span`` is its surface text."""

    kind: ClassVar[str] = "figure"

    surface: str
    value: Value
    #: ISO 4217 for money, "percent", "count" for a count of things, "date", "year", "time",
    #: "ordinal", or a unit name ("km", "years", "kW").
    unit: str | None
    #: money, quantity, percent, count, date, duration, ordinal, time or score ("26-22", unit "score").
    figure_type: str
    qualifier: str | None = None
    #: A short phrase from the sentence saying what the figure measures.
    about: str = ""
    #: The noun a count counts, as written ("people", "man-hours", "times"); None otherwise.
    counted: str | None = None
    #: Whether a date's year was not written but taken from the document's reference date.
    value_inferred: bool = False

    @property
    def measure(self) -> str | None:
        """What the number is of, in words: a count's counted noun ("people"), else the unit."""
        return self.counted if self.unit == "count" else self.unit


@dataclass(kw_only=True)
class Participant(Fact):
    """A person, organisation or state taking part. ``span`` is the mention with the role."""

    kind: ClassVar[str] = "participant"

    name: str
    aliases: list[str] = field(default_factory=list)
    #: spaCy label: PERSON, ORG, GPE, NORP.
    type: str
    #: As the article states it ("Its chairman", "a nurse who runs the night shift"); a role another person owns
    #: names them ("counterpart of Antony Blinken" for "his counterpart"), as the annotation does.
    role: str | None = None
    #: The role as it reads out of context, when that differs from ``role``: the one its "its", "his" or
    #: "her" stands for named, a relative clause it ends in left out ("chairman of Harbour Bank", "a
    #: nurse"); questions and explanations read :attr:`standalone_role`.
    role_standalone: str | None = None
    #: One id shared by the same real entity across all documents of a run.
    entity: str = ""
    #: Every mention [start, end) of this participant in the document.
    mentions: list[Span] = field(default_factory=list)

    @property
    def standalone_role(self) -> str | None:
        """The role as it reads out of context."""
        return self.role_standalone or self.role

    def _offsets_in_file(self, document: Document) -> dict[str, Any]:
        return {**super()._offsets_in_file(document), "mentions": [document.source_span(*m) for m in self.mentions]}


FACT_TYPES: dict[str, type[Fact]] = {cls.kind: cls for cls in (Quote, Figure, Participant)}


def fact_from_dict(data: dict[str, Any]) -> Fact:
    """Rebuild a fact from its JSON form (the inverse of :meth:`Fact.to_dict`)."""
    cls = FACT_TYPES[data["kind"]]
    fields = {k: v for k, v in data.items() if k != "kind"}
    fields["span"] = tuple(fields["span"])
    if "mentions" in fields:
        fields["mentions"] = [tuple(m) for m in fields["mentions"]]
    return cls(**fields)
