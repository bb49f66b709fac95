"""Stable identifiers: content hashes, never counters or random numbers."""

from __future__ import annotations

import hashlib


def stable_id(*parts: object, length: int = 16) -> str:
    """A hex digest of the parts; the same parts give the same id on every run and machine."""
    joined = "\x1f".join(str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]
