"""The quizgen web app: students take quizzes, teachers curate the bank (Flask application factory).

Rules every request goes through, in order:
1. An id in a path is a 32-bit integer (larger ones name no row: 404).
2. Text anywhere in a request (path, query, form, upload names, JSON) holds no NUL character and
   no unpaired surrogate, and JSON is nested at most :data:`MAX_JSON_DEPTH` deep: else 400.
3. CSRF tokens on every form (the JSON API is exempt), each session's token signed once per
   process (``csrf_token``); login is rate-limited (see ``auth``).
4. Security headers on every response; ``Cache-Control: no-store`` on teacher and login pages and
   on anything shown to a logged-in teacher.
5. An unexpected error rolls the request's session back and shows a page, never a traceback.
"""

from __future__ import annotations

import logging
import os
import secrets
import time
from pathlib import Path

from flask import Flask, abort, current_app, g, render_template, request, session, url_for
from flask_wtf.csrf import CSRFError, CSRFProtect, generate_csrf
from werkzeug.exceptions import HTTPException
from werkzeug.routing import IntegerConverter

from quizgen import config
from quizgen.bank import engine_of, init_db
from quizgen.bank.jobs import fail_orphaned_jobs
from quizgen.bank.models import MAX_ID

csrf = CSRFProtect()

MAX_JSON_DEPTH = 32

#: No inline script or style anywhere: every script and stylesheet is a static file.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


def create_app(test_config: dict | None = None) -> Flask:
    app = Flask(__name__, instance_path=str(config.data_dir()), instance_relative_config=True)
    app.config.from_mapping(
        DATABASE_URL=config.database_url(),
        MAX_CONTENT_LENGTH=config.max_bytes(),
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=os.environ.get("QUIZGEN_SECURE_COOKIES", "1") != "0",
        WTF_CSRF_TIME_LIMIT=None,
        SPACY_MODEL=config.model_name(),
        LOGIN_RATE_LIMIT="20 per minute",
        RATELIMIT_STORAGE_URI=os.environ.get("QUIZGEN_RATELIMIT_STORAGE", "memory://"),
    )
    if test_config is None:
        app.config.from_pyfile("config.py", silent=True)
    else:
        app.config.from_mapping(test_config)
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = _instance_secret(Path(app.instance_path))

    app.extensions["bank"] = init_db(app.config["DATABASE_URL"])
    fail_orphaned_jobs(app.extensions["bank"], tasks=not config.broker_url())
    engine_of(app.extensions["bank"]).dispose()  # no open connection for forked server workers to inherit
    app.url_map.converters["int"] = IdConverter
    app.before_request(_reject_unstorable_input)
    csrf.init_app(app)
    app.context_processor(lambda: {"csrf_token": csrf_token})  # in place of Flask-WTF's, which signs every time
    app.jinja_env.filters["fixed_url"] = fixed_url  # a filter: Jinja calls filters directly, globals through its context

    from . import api, auth, exports, quiz, teacher

    for module in (quiz, auth, teacher, api, exports):
        app.register_blueprint(module.bp)
    auth.rate_limit_login(app)
    csrf.exempt(api.bp)
    app.add_url_rule("/healthz", "healthz", lambda: ("ok", 200, {"Content-Type": "text/plain"}))
    app.teardown_appcontext(_close_session)
    app.after_request(_security_headers)
    _register_errors(app)
    return app


def csrf_token() -> str:
    """Flask-WTF's signed CSRF token of this session, signed once per process and raw token rather
    than on every page (``WTF_CSRF_TIME_LIMIT`` is None, so an earlier signature stays valid)."""
    raw = session.get("csrf_token")
    signed: dict[str, str] = current_app.extensions.setdefault("csrf_signed", {})
    if not isinstance(raw, str) or raw not in signed:
        token = generate_csrf()
        if len(signed) >= 10_000:
            signed.clear()
        signed[session["csrf_token"]] = token
        return token
    return signed[raw]


def fixed_url(endpoint: str, **values) -> str:
    """``url_for`` for a link every page carries unchanged (a static file, a menu page): built once
    per app and script root, as building URLs costs more than the rest of a page's links."""
    key = (request.script_root, endpoint, tuple(sorted(values.items())))
    built: dict[tuple, str] = current_app.extensions.setdefault("fixed_urls", {})
    if key not in built:
        built[key] = url_for(endpoint, **values)
    return built[key]


def _instance_secret(instance: Path) -> str:
    """A random secret key kept in the instance folder, so sessions survive restarts and every
    worker process signs with the same key (the first one to start writes it)."""
    path = instance / "secret_key"
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    else:
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_hex(32))
    for _ in range(50):
        key = path.read_text().strip()
        if key:
            return key
        time.sleep(0.1)
    raise RuntimeError(f"{path} is empty")


class IdConverter(IntegerConverter):
    """``<int:…>`` in a route: a row id, from 0 to :data:`MAX_ID` (a larger number is a 404)."""

    def __init__(self, map, *args, **kwargs):  # noqa: A002 (werkzeug's name)
        kwargs.setdefault("max", MAX_ID)
        super().__init__(map, *args, **kwargs)


def _unstorable(value) -> bool:
    """A string no database can store as text: a NUL, or an unpaired surrogate (from JSON escapes)."""
    if "\x00" in value:
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _json_strings(data):
    """Every string (keys too) in parsed JSON; aborts with 400 when it nests too deep."""
    stack = [(data, 0)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            abort(400, "The JSON is nested too deeply.")
        if isinstance(item, str):
            yield item
        elif isinstance(item, dict):
            stack.extend((k, depth + 1) for k in item)
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)


def _reject_unstorable_input():
    texts = [request.path, *request.args.keys(), *request.args.values(), *request.form.keys(),
             *request.form.values(), *(f.filename or "" for f in request.files.values())]
    if request.is_json:
        try:
            data = request.get_json(silent=True)
        except RecursionError:
            abort(400, "The JSON is nested too deeply.")
        texts.extend(_json_strings(data))
    if any(_unstorable(t) for t in texts):
        abort(400, "Text may not contain NUL characters or unpaired surrogates.")


def _close_session(_exc: BaseException | None) -> None:
    session = g.pop("db", None)
    if session is not None:
        session.close()


def _security_headers(response):
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("X-Frame-Options", "DENY")
    if request.path.startswith(("/teacher", "/auth")) or g.get("user"):
        response.headers["Cache-Control"] = "no-store"
    return response


def _register_errors(app: Flask) -> None:
    from flask import jsonify

    def page(code: int, title: str, message: str):
        if "db" in g:
            g.db.rollback()
        if request.path.startswith("/api/"):
            return jsonify(error=message or title), code
        return render_template("error.html", code=code, title=title, message=message), code

    @app.errorhandler(CSRFError)
    def csrf_error(_e):
        return page(400, "Form expired", "The form was stale or incomplete. Go back, reload the page and try again.")

    @app.errorhandler(HTTPException)
    def http_error(e: HTTPException):
        messages: dict[int | None, str] = {
            404: "There is nothing at this address.",
            413: "That file is too large.",
            429: "Too many tries from your address. Wait a minute and try again.",
        }
        return page(e.code or 500, e.name, messages.get(e.code, e.description or ""))

    @app.errorhandler(Exception)
    def server_error(e: Exception):
        logging.getLogger(__name__).exception("unhandled error")
        return page(500, "Something went wrong", "The error was logged. Please try again later.")
