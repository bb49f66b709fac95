"""Teacher accounts: log in and out, and the decorator that guards teacher pages."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Blueprint, flash, g, redirect, render_template, request, session, url_for
from sqlalchemy import select
from werkzeug.security import check_password_hash

from quizgen.bank.models import User

from .bank import db

bp = Blueprint("auth", __name__, url_prefix="/auth")


@bp.before_app_request
def load_user() -> None:
    user_id = session.get("user_id")
    g.user = db().get(User, user_id) if user_id is not None else None


def require_teacher():
    """A ``before_request`` hook: anyone but a logged-in teacher is sent to the login page."""
    if g.user is None or not g.user.is_teacher:
        return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))
    return None


def safe_path(target: str | None, default: str) -> str:
    """``target`` if it is a path on this site, else ``default``: never redirect to another host."""
    if target and target.startswith("/") and not target.startswith(("//", "/\\")) and not urlsplit(target).netloc:
        return target
    return default


@bp.route("/login", methods=("GET", "POST"))
def login():
    if request.method == "POST":
        username = request.form.get("username", "").strip()
        user = db().scalar(select(User).where(User.username == username))
        if user is None or not check_password_hash(user.password_hash, request.form.get("password", "")):
            flash("Wrong username or password.", "error")
        else:
            session["user_id"] = user.id
            return redirect(safe_path(request.args.get("next"), url_for("teacher.bank")))
    return render_template("auth/login.html")


@bp.route("/logout", methods=("POST",))
def logout():
    session.pop("user_id", None)
    return redirect(url_for("quiz.home"))
