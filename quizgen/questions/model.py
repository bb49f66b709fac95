"""Annotated questions: what students answer, each backed by evidence."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace
from typing import TYPE_CHECKING, Any

from ..extract.model import Evidence

if TYPE_CHECKING:
    from ..ingest import Document

#: Question types, in the order exports and the web app list them.
TYPES = ("short", "mcq", "cloze", "tf", "matching")


@dataclass(kw_only=True)
class Question:
    """One question. ``id`` is a content hash: the same article text gives the same id."""

    id: str
    type: str
    prompt: str
    answer: str
    accepted: list[str] = field(default_factory=list)
    #: Options shown for mcq and tf (shuffled with a seed); empty otherwise.
    choices: list[str] = field(default_factory=list)
    #: For matching questions: [left, right] pairs in their correct pairing.
    pairs: list[list[str]] = field(default_factory=list)
    #: For numeric answers: the absolute tolerance a typed number may be off by.
    tolerance: float | None = None
    #: For numeric answers: the normalised value and unit ("240000000000", "USD").
    value: Any = None
    unit: str | None = None
    fact_ids: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    explanation: str = ""
    difficulty: float = 0.5
    tags: list[str] = field(default_factory=list)
    score: float = 0.0
    #: Sources disagree: evidence holds each version; not asked as one answer.
    conflict: bool = False
    #: The quality stage's verdict (:mod:`.quality`): {"score": 0-1, "failed": [...], "marginal": [...]}.
    quality: dict[str, Any] = field(default_factory=lambda: {"score": 0.0, "failed": [], "marginal": []})
    #: Under the confidence line: stored as needs-review, not served until a teacher approves it.
    review: bool = False

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["evidence"] = [{"doc": e.doc, "span": list(e.span), "sentence": e.sentence} for e in self.evidence]
        return data

    def in_file(self, documents: Mapping[str, Document]) -> Question:
        """This question as written out for users: its evidence spans index the files as written."""
        return replace(self, evidence=[e.in_file(documents[e.doc]) if e.doc in documents else e for e in self.evidence])

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Question":
        fields = dict(data)
        fields["evidence"] = [Evidence(e["doc"], tuple(e["span"]), e["sentence"]) for e in data.get("evidence", [])]
        return cls(**fields)
