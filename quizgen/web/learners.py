"""Who a student is, without an account.

Rules, in order:
1. A learner is a row known by a secret code; the bank keeps only the code's SHA-256. The code
   lives in a persistent, HTTP-only cookie and is shown to the student once (with a resume link),
   so they can carry on in another browser. A typed name is only a label, never a key.
2. A learner is made the first time a browser needs one (starting a quiz, practising, saving a
   name); pages that only read never make one.
3. Resuming with a code in a browser whose own learner is anonymous (no name) moves that
   learner's attempts and practice into the resumed one; a card both have keeps the later review.
4. Joining a class by the code the teacher shares remembers the set for this learner.
"""

from __future__ import annotations

import hashlib
import secrets

from typing import Literal, overload

from flask import current_app, g, request, session
from sqlalchemy import select, update

from quizgen.bank.models import Attempt, Learner, ReviewCard

from .bank import db

COOKIE = "quizgen_learner"
COOKIE_SECONDS = 2 * 365 * 24 * 3600
#: Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand survives.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})
CODE_GROUPS, GROUP_LENGTH = 3, 5  # 75 random bits


def new_code() -> str:
    return "-".join("".join(secrets.choice(ALPHABET) for _ in range(GROUP_LENGTH)) for _ in range(CODE_GROUPS))


def normalise(code: str) -> str:
    """The code as stored: upper case, without separators, O read as 0 and I/L as 1."""
    return "".join(c for c in code.upper().translate(_READ_AS) if c in ALPHABET)


def canonical(code: str) -> str:
    """The code as shown: groups joined by dashes."""
    plain = normalise(code)
    return "-".join(plain[i:i + GROUP_LENGTH] for i in range(0, len(plain), GROUP_LENGTH))


def _hash(code: str) -> str:
    return hashlib.sha256(normalise(code).encode()).hexdigest()


def by_code(code: str) -> Learner | None:
    if len(normalise(code)) != CODE_GROUPS * GROUP_LENGTH:
        return None
    return db().scalar(select(Learner).where(Learner.secret_hash == _hash(code)))


@overload
def current(create: Literal[True]) -> Learner: ...
@overload
def current(create: bool = False) -> Learner | None: ...
def current(create: bool = False) -> Learner | None:
    """This browser's learner (made now when ``create``), cached for the request."""
    if "learner" not in g:
        code = request.cookies.get(COOKIE, "")
        g.learner = by_code(code) if code else None
    if g.learner is None and create:
        code = new_code()
        g.learner = make(code)
        remember(code)
    return g.learner


def make(code: str) -> Learner:
    """A new learner known by ``code`` (committed)."""
    learner = Learner(secret_hash=_hash(code), name="", joined=[], practice_days=[])
    db().add(learner)
    db().commit()
    return learner


def remember(code: str) -> None:
    """Keep ``code`` in this browser's cookie and show it once on the next page."""
    g.learner_cookie = code
    session["show_code"] = code


def set_cookie(response):
    """``after_request``: write the learner cookie chosen during this request."""
    code = g.get("learner_cookie")
    if code:
        response.set_cookie(COOKIE, code, max_age=COOKIE_SECONDS, httponly=True, samesite="Lax",
                            secure=current_app.config["SESSION_COOKIE_SECURE"])
    return response


def resume(target: Learner, code: str) -> None:
    """Make ``target`` this browser's learner, bringing along an anonymous learner's work."""
    mine = current()
    if mine is not None and mine.id != target.id and not mine.name:
        _merge(mine, target)
    g.learner = target
    g.learner_cookie = canonical(code)
    session.pop("show_code", None)


def _merge(source: Learner, target: Learner) -> None:
    session_ = db()
    session_.execute(update(Attempt).where(Attempt.learner == source.key).values(learner=target.key))
    theirs = {c.question_id: c for c in session_.scalars(select(ReviewCard).where(ReviewCard.learner == target.key))}
    for card in session_.scalars(select(ReviewCard).where(ReviewCard.learner == source.key)).all():
        other = theirs.get(card.question_id)
        if other is None:
            card.learner = target.key
        elif (card.card.get("last_review") or "") > (other.card.get("last_review") or ""):
            other.card, other.due = card.card, card.due
            session_.delete(card)
        else:
            session_.delete(card)
    session_.flush()
    target.joined = list(dict.fromkeys([*target.joined, *source.joined]))
    target.practice_days = sorted({*target.practice_days, *source.practice_days})[-400:]
    session_.delete(source)
    session_.commit()
