"""Names of people and organisations in one document: normalising and resolving mentions."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..ingest import Document


@dataclass
class People:
    """The named people and organisations of one document."""

    full_names: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_doc(cls, sdoc: Doc, document: Document) -> "People":
        return cls()

    def resolve(self, mention: str) -> str | None:
        """The fullest name in the document for a mention ("Zhao" -> "Zhao Minghao")."""
        return self.full_names.get(mention)
