"""Teacher accounts in the bank: created or reset here, checked by the web app's login.

Rules, in order:
1. A password is stored hashed (werkzeug); resetting or changing it ends the account's other
   login sessions.
2. A login checks one password hash whether or not the username exists (a dummy hash stands in
   for an unknown one), so the answer takes the same time either way.
3. Failed logins are counted per username (known or not) in the bank, so the count holds across
   app processes: :data:`MAX_FAILURES` within :data:`WINDOW` lock the name for :data:`LOCKOUT`,
   during which even the right password is refused.
4. A login session is a random id stored in the bank; the browser's cookie carries only the id.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from werkzeug.security import check_password_hash, generate_password_hash

from .models import LoginSession, LoginThrottle, User, aware, utcnow

MIN_PASSWORD = 8
MAX_FAILURES = 10
WINDOW = timedelta(minutes=15)
LOCKOUT = timedelta(minutes=15)

#: Checked when the username is unknown, so that answer costs as much as a wrong password.
_DUMMY_HASH = generate_password_hash(secrets.token_hex(16))


class AccountError(ValueError):
    """A username or password that cannot be used; the message says why."""


class LockedOut(Exception):
    """Too many failed logins for this username; ``until`` is when it opens again."""

    def __init__(self, until: datetime):
        super().__init__(f"locked until {until:%H:%M} UTC")
        self.until = until


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"the password must be at least {MIN_PASSWORD} characters long")


def create_teacher(factory: sessionmaker[Session], username: str, password: str) -> User:
    """Add a teacher (or reset an existing one's password, ending their login sessions)."""
    username = username.strip()
    if not username or any(not ch.isprintable() for ch in username) or len(username) > 80:
        raise AccountError("a username is 1 to 80 printable characters")
    _check_password(password)
    with factory() as s, s.begin():
        user = s.scalar(select(User).where(User.username == username)) or User(username=username)
        user.password_hash = generate_password_hash(password)
        user.is_teacher = True
        s.add(user)
        if user.id is not None:
            s.execute(delete(LoginSession).where(LoginSession.user_id == user.id))
    return user


def change_password(session: Session, user: User, current: str, new: str, keep_session: str | None = None) -> None:
    """Set ``user``'s password to ``new`` if ``current`` is right; ends every other login session.

    Raises :class:`AccountError`. The caller commits.
    """
    if not check_password_hash(user.password_hash, current):
        raise AccountError("the current password is wrong")
    _check_password(new)
    user.password_hash = generate_password_hash(new)
    session.execute(delete(LoginSession).where(LoginSession.user_id == user.id, LoginSession.id != (keep_session or "")))


def _throttle_key(username: str) -> str:
    return hashlib.sha256(username.strip().casefold().encode("utf-8", "surrogatepass")).hexdigest()


def authenticate(factory: sessionmaker[Session], username: str, password: str) -> User | None:
    """The teacher with this username and password, else None (a failure is counted).

    Raises :class:`LockedOut` while the username is locked (after the same hash check as any login).
    """
    key = _throttle_key(username)
    with factory() as s, s.begin():
        user = s.scalar(select(User).where(User.username == username.strip()))
        right = check_password_hash(user.password_hash if user else _DUMMY_HASH, password) and user is not None
        throttle = s.get(LoginThrottle, key)
        now = utcnow()
        if throttle is not None and throttle.locked_until is not None and aware(throttle.locked_until) > now:
            raise LockedOut(aware(throttle.locked_until))
        if right:
            if throttle is not None:
                s.delete(throttle)
            return user
    _count_failure(factory, key)
    return None


def _count_failure(factory: sessionmaker[Session], key: str) -> None:
    """Add one failure to ``key`` atomically (parallel logins each count), locking it at the limit."""
    now = utcnow()
    for _ in range(3):
        try:
            with factory() as s, s.begin():
                throttle = s.get(LoginThrottle, key)
                if throttle is None:
                    s.add(LoginThrottle(key=key, failures=1, first_failure_at=now))
                    return
                if aware(throttle.first_failure_at) < now - WINDOW:
                    throttle.failures, throttle.first_failure_at, throttle.locked_until = 1, now, None
                    return
                s.execute(update(LoginThrottle).where(LoginThrottle.key == key)
                          .values(failures=LoginThrottle.failures + 1))
                s.refresh(throttle)
                if throttle.failures >= MAX_FAILURES:
                    throttle.locked_until = now + LOCKOUT
                return
        except IntegrityError:  # another process counted the first failure at the same moment
            continue


def start_session(factory: sessionmaker[Session], user: User) -> str:
    """A new login session for ``user``; returns its id (for the cookie)."""
    sid = secrets.token_urlsafe(32)
    with factory() as s, s.begin():
        s.add(LoginSession(id=sid, user_id=user.id))
    return sid


def session_user(session: Session, sid: str) -> User | None:
    """The user of login session ``sid``, or None when it was ended (or never existed)."""
    return session.scalar(select(User).join(LoginSession, LoginSession.user_id == User.id).where(LoginSession.id == sid))


def end_session(session: Session, sid: str) -> None:
    """End login session ``sid`` (the caller commits)."""
    session.execute(delete(LoginSession).where(LoginSession.id == sid))
