"""Teacher accounts in the bank: created or reset here, checked by the web app's login."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from werkzeug.security import generate_password_hash

from .models import User

MIN_PASSWORD = 8


class AccountError(ValueError):
    """A username or password that cannot be used; the message says why."""


def create_teacher(factory: sessionmaker[Session], username: str, password: str) -> User:
    """Add a teacher (or reset an existing one's password); the password is stored hashed."""
    username = username.strip()
    if not username or any(not ch.isprintable() for ch in username) or len(username) > 80:
        raise AccountError("a username is 1 to 80 printable characters")
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"the password must be at least {MIN_PASSWORD} characters long")
    with factory() as s, s.begin():
        user = s.scalar(select(User).where(User.username == username)) or User(username=username)
        user.password_hash = generate_password_hash(password)
        user.is_teacher = True
        s.add(user)
    return user
