"""Teacher accounts: log in and out, change the password, and the guard of teacher pages.

Rules, in order:
1. Login attempts are rate-limited per client address with the ``limits`` library
   (``LOGIN_RATE_LIMIT`` in a fixed window, counted in ``RATELIMIT_STORAGE_URI``, e.g. ``redis://``
   to share it between processes; off when ``RATELIMIT_ENABLED`` is false), and per username by
   the lockout the bank keeps (:mod:`quizgen.bank.accounts`). Only login posts are counted: no
   other request pays for the limiter.
2. Every refusal reads the same, whether the username exists, the password is wrong or the name
   is locked, so a login form reveals no accounts.
3. The session cookie holds a login-session id the bank can end: logging out ends it, changing
   the password ends every other one.
4. Redirects after login go to a path on this site only (no other host, no control characters).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Blueprint, Flask, abort, current_app, flash, g, redirect, render_template, request, session, url_for
from limits import parse
from limits.storage import storage_from_string
from limits.strategies import FixedWindowRateLimiter

from quizgen.bank import accounts

from .bank import db

bp = Blueprint("auth", __name__, url_prefix="/auth")

REFUSED = "Wrong username or password, or too many tries: wait a few minutes and try again."


@bp.before_app_request
def load_user() -> None:
    sid = session.get("sid")
    g.user = accounts.session_user(db(), sid) if isinstance(sid, str) else None


def require_teacher():
    """A ``before_request`` hook: anyone but a logged-in teacher is sent to the login page."""
    if g.user is None or not g.user.is_teacher:
        return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))
    return None


def safe_path(target: str | None, default: str) -> str:
    """``target`` if it is a path on this site, else ``default``: never redirect to another host."""
    if (target and target.startswith("/") and not target.startswith(("//", "/\\")) and target.isprintable()
            and not urlsplit(target).netloc):
        return target
    return default


def rate_limit_login(app: Flask) -> None:
    """Give ``app`` the limiter of login tries, counting in ``RATELIMIT_STORAGE_URI``."""
    if app.config.get("RATELIMIT_ENABLED", True):
        app.extensions["login_limiter"] = FixedWindowRateLimiter(storage_from_string(app.config["RATELIMIT_STORAGE_URI"]))


def _count_login_try() -> None:
    """Count a login post against its client address; 429 once ``LOGIN_RATE_LIMIT`` is used up."""
    limiter = current_app.extensions.get("login_limiter")
    if limiter and not limiter.hit(parse(current_app.config["LOGIN_RATE_LIMIT"]), "login", request.remote_addr or ""):
        abort(429)


@bp.route("/login", methods=("GET", "POST"))
def login():
    if request.method == "POST":
        _count_login_try()
        factory = current_app.extensions["bank"]
        try:
            user = accounts.authenticate(factory, request.form.get("username", ""), request.form.get("password", ""))
        except accounts.LockedOut:
            user = None
        if user is None:
            flash(REFUSED, "error")
            return render_template("auth/login.html", username=request.form.get("username", ""))
        session["sid"] = accounts.start_session(factory, user)
        return redirect(safe_path(request.args.get("next"), url_for("teacher.bank")))
    return render_template("auth/login.html", username="")


@bp.route("/logout", methods=("POST",))
def logout():
    sid = session.pop("sid", None)
    if isinstance(sid, str):
        accounts.end_session(db(), sid)
        db().commit()
    return redirect(url_for("quiz.home"))


@bp.route("/password", methods=("GET", "POST"))
def password():
    """Change one's own password; every other browser logged in to the account is logged out."""
    if g.user is None:
        return redirect(url_for("auth.login", next=request.path))
    errors = {}
    if request.method == "POST":
        new = request.form.get("new", "")
        if new != request.form.get("confirm", ""):
            errors["confirm"] = "The two new passwords differ."
        else:
            try:
                accounts.change_password(db(), g.user, request.form.get("current", ""), new, keep_session=session.get("sid"))
            except accounts.AccountError as exc:
                errors["current" if "current" in str(exc) else "new"] = str(exc).capitalize() + "."
            else:
                db().commit()
                flash("Password changed. Other browsers logged in to this account are logged out.", "ok")
                return redirect(url_for("teacher.bank"))
    return render_template("auth/password.html", errors=errors), 400 if errors else 200
