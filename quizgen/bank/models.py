"""The bank's tables: articles, facts, questions, sets, users, attempts and answers.

Column types are portable (SQLite and PostgreSQL); lists and dicts are stored as JSON. Integer
primary keys are 32-bit (:data:`MAX_ID`): an id beyond it names no row.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from fsrs.card import CardDict
from sqlalchemy import JSON, Boolean, DateTime, Float, ForeignKey, Integer, String, Text, UniqueConstraint, and_
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from ..questions.model import Question


#: The largest value of an integer id (PostgreSQL's INTEGER).
MAX_ID = 2**31 - 1


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def aware(moment: datetime) -> datetime:
    """SQLite gives back naive datetimes; every time in the bank is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


class Base(DeclarativeBase):
    pass


class Article(Base):
    """An ingested file: its original text (all offsets index it) and boilerplate ranges."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)
    title: Mapped[str] = mapped_column(String(255), default="")
    text: Mapped[str] = mapped_column(Text)
    boilerplate: Mapped[list[list[int]]] = mapped_column(JSON, default=list)
    sha256: Mapped[str] = mapped_column(String(64))
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    facts: Mapped[list[FactRow]] = relationship(back_populates="article", cascade="all, delete-orphan")


class FactRow(Base):
    """A fact as `quizgen extract` writes it (``data`` is its JSON form)."""

    __tablename__ = "facts"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)

    article: Mapped[Article] = relationship(back_populates="facts")


class QuestionRow(Base):
    """A question: generated (updated in place on re-ingest) or written by a teacher."""

    __tablename__ = "questions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    type: Mapped[str] = mapped_column(String(16), index=True)
    prompt: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text)
    accepted: Mapped[list[str]] = mapped_column(JSON, default=list)
    choices: Mapped[list[str]] = mapped_column(JSON, default=list)
    pairs: Mapped[list[list[str]]] = mapped_column(JSON, default=list)
    tolerance: Mapped[float | None] = mapped_column(Float, nullable=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
    unit: Mapped[str | None] = mapped_column(String(64), nullable=True)
    fact_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    evidence: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    explanation: Mapped[str] = mapped_column(Text, default="")
    difficulty: Mapped[float] = mapped_column(Float, default=0.5)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    score: Mapped[float] = mapped_column(Float, default=0.0)
    conflict: Mapped[bool] = mapped_column(Boolean, default=False)
    #: "generated" (by ingest) or "teacher" (written by hand, never retired by ingest).
    origin: Mapped[str] = mapped_column(String(16), default="generated")
    edited_by_teacher: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Its fact vanished on re-ingest: kept so past answers stay valid, never asked again.
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Switched off by a teacher.
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    #: The teacher's review: "none" (not needed), "pending" (flagged by the quality stage: not
    #: served until approved), "approved" or "rejected" (never served).
    review: Mapped[str] = mapped_column(String(16), default="none", server_default="none", index=True)
    #: The quality stage's verdict: {"score": float, "failed": [check], "marginal": [check]}.
    quality: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)

    articles: Mapped[list[Article]] = relationship(secondary="question_articles")

    #: Fields a re-ingest overwrites on a generated question (and a teacher may edit).
    GENERATED = (
        "type", "prompt", "answer", "accepted", "choices", "pairs", "tolerance", "value", "unit",
        "fact_ids", "evidence", "explanation", "difficulty", "tags", "score", "conflict",
    )

    SERVED_REVIEWS = ("none", "approved")

    @property
    def active(self) -> bool:
        """Askable: not retired, not disabled, and not waiting for (or failed) the teacher's review."""
        return not (self.retired or self.disabled) and self.review in self.SERVED_REVIEWS

    @classmethod
    def is_active(cls):
        """:attr:`active` as a SQL condition."""
        return and_(cls.retired.is_(False), cls.disabled.is_(False), cls.review.in_(cls.SERVED_REVIEWS))

    def fill(self, question: Question) -> None:
        """Copy a generated question's fields onto this row."""
        data = question.to_dict()
        for name in self.GENERATED:
            setattr(self, name, data[name])
        self.quality = data.get("quality")

    def to_question(self) -> Question:
        return Question.from_dict({"id": self.id, **{name: getattr(self, name) for name in self.GENERATED}})


class QuestionArticle(Base):
    """Which articles a question's evidence comes from (for filters and retiring)."""

    __tablename__ = "question_articles"

    question_id: Mapped[str] = mapped_column(ForeignKey("questions.id"), primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), primary_key=True)


#: When a quiz shows students the right answers, as a teacher chooses it (Moodle's review options):
#: "each" after each question, "end" on the results page, "never" (only the score and which were
#: right). Practice and a teacher's preview always show them.
SHOW_ANSWERS = {"each": "After each question", "end": "When the student finishes", "never": "Never: only the score"}


class QuestionSet(Base):
    """A teacher's selection of questions, or the one an ingest made. Shared by ``token``."""

    __tablename__ = "question_sets"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)
    token: Mapped[str] = mapped_column(String(32), unique=True)
    published: Mapped[bool] = mapped_column(Boolean, default=False)
    shuffle: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Made by `quizgen ingest` for what it ingested (items follow re-ingests).
    from_ingest: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # Quiz settings (None: no limit).
    #: Questions drawn at random for each student from the set's active ones.
    draw_count: Mapped[int | None] = mapped_column(Integer, nullable=True)
    time_limit_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    attempts_allowed: Mapped[int | None] = mapped_column(Integer, nullable=True)
    opens_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    closes_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    #: When a student sees the right answers: one of ``SHOW_ANSWERS``.
    show_answers: Mapped[str] = mapped_column(String(8), default="each", server_default="each")

    items: Mapped[list[SetItem]] = relationship(
        back_populates="set", order_by="SetItem.position", cascade="all, delete-orphan"
    )


class SetItem(Base):
    __tablename__ = "set_items"
    __table_args__ = (UniqueConstraint("set_id", "question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    set_id: Mapped[int] = mapped_column(ForeignKey("question_sets.id"), index=True)
    question_id: Mapped[str] = mapped_column(ForeignKey("questions.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)

    set: Mapped[QuestionSet] = relationship(back_populates="items")
    question: Mapped[QuestionRow] = relationship()


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    is_teacher: Mapped[bool] = mapped_column(Boolean, default=True)


class Learner(Base):
    """A student without an account: known by a secret code (only its hash is stored), kept in a
    persistent cookie and shown to the student once so they can resume on another device.

    ``key`` ("learner:<id>") is what attempts and review cards record as their learner.
    """

    __tablename__ = "learners"

    id: Mapped[int] = mapped_column(primary_key=True)
    secret_hash: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(60), default="")
    #: Sets the learner joined by their class code, newest last.
    joined: Mapped[list[int]] = mapped_column(JSON, default=list)
    #: ISO dates on which the learner practised (for the streak), newest last.
    practice_days: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    @property
    def key(self) -> str:
        return f"learner:{self.id}"


class LoginSession(Base):
    """A logged-in browser. The cookie holds its random id; logging out or changing the password
    deletes the row, so a copy of an old cookie opens nothing."""

    __tablename__ = "login_sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class LoginThrottle(Base):
    """Failed logins per username (known or not, keyed by a hash of it), shared by every app process."""

    __tablename__ = "login_throttle"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    first_failure_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class Attempt(Base):
    """One run through a set (or through its missed questions) by a learner; its results, once
    shown, lock it (``finished_at``)."""

    __tablename__ = "attempts"

    id: Mapped[int] = mapped_column(primary_key=True)
    set_id: Mapped[int | None] = mapped_column(ForeignKey("question_sets.id"), nullable=True, index=True)
    learner: Mapped[str] = mapped_column(String(80), index=True)
    question_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)

    answers: Mapped[list[Answer]] = relationship(back_populates="attempt", order_by="Answer.id")
    set: Mapped[QuestionSet | None] = relationship()


class Answer(Base):
    """One response to one question: at most one per (attempt, question), enforced by the database
    (practice answers have no attempt). ``credit`` is the share right (matching gives partial
    credit); ``dont_know`` marks an "I don't know"; ``counted_right`` a student's "count me right",
    which makes the answer correct and is shown as such to the teacher."""

    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("attempt_id", "question_id", name="uq_answers_attempt_question"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    attempt_id: Mapped[int | None] = mapped_column(ForeignKey("attempts.id"), nullable=True, index=True)
    question_id: Mapped[str] = mapped_column(ForeignKey("questions.id"), index=True)
    response: Mapped[str] = mapped_column(Text)
    correct: Mapped[bool] = mapped_column(Boolean)
    credit: Mapped[float] = mapped_column(Float, default=0.0)
    dont_know: Mapped[bool] = mapped_column(Boolean, default=False)
    counted_right: Mapped[bool] = mapped_column(Boolean, default=False)
    answered_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    attempt: Mapped[Attempt | None] = relationship(back_populates="answers")


class ReviewCard(Base):
    """Spaced-repetition state (an `fsrs` Card as JSON) of one question for one learner."""

    __tablename__ = "review_cards"
    __table_args__ = (UniqueConstraint("learner", "question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    learner: Mapped[str] = mapped_column(String(80), index=True)
    question_id: Mapped[str] = mapped_column(ForeignKey("questions.id"))
    card: Mapped[CardDict] = mapped_column(JSON)
    due: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    #: When the learner first saw it (new cards per day are capped).
    introduced_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=utcnow, nullable=True)


class IngestJob(Base):
    """A background ingest of an uploaded article, polled for progress."""

    __tablename__ = "ingest_jobs"

    id: Mapped[int] = mapped_column(primary_key=True)
    filename: Mapped[str] = mapped_column(String(255))
    #: queued, running, done or failed.
    status: Mapped[str] = mapped_column(String(16), default="queued")
    progress: Mapped[int] = mapped_column(Integer, default=0)
    message: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    #: The process running it ("host:pid"): a job whose process is gone is failed on start.
    worker: Mapped[str] = mapped_column(String(128), default="", server_default="")
    #: The draft set the upload made, and what went into it (see :class:`quizgen.bank.store.StoreReport`).
    set_id: Mapped[int | None] = mapped_column(ForeignKey("question_sets.id", ondelete="SET NULL"), nullable=True)
    report: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
