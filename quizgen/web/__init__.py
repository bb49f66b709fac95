"""The quizgen web app: students take quizzes, teachers curate the bank (Flask application factory)."""

from __future__ import annotations

import logging
import os
import secrets
import time
from pathlib import Path

from flask import Flask, render_template
from flask_wtf.csrf import CSRFError, CSRFProtect
from werkzeug.exceptions import HTTPException

from quizgen import config
from quizgen.bank import init_db

csrf = CSRFProtect()

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
    )
    if test_config is None:
        app.config.from_pyfile("config.py", silent=True)
    else:
        app.config.from_mapping(test_config)
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = _instance_secret(Path(app.instance_path))

    app.extensions["bank"] = init_db(app.config["DATABASE_URL"])
    csrf.init_app(app)

    from . import api, auth, exports, quiz, teacher

    for module in (quiz, auth, teacher, api, exports):
        app.register_blueprint(module.bp)
    csrf.exempt(api.bp)
    app.add_url_rule("/healthz", "healthz", lambda: ("ok", 200, {"Content-Type": "text/plain"}))
    app.teardown_appcontext(_close_session)
    app.after_request(_security_headers)
    _register_errors(app)
    return app


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


def _close_session(_exc: BaseException | None) -> None:
    from flask import g

    session = g.pop("db", None)
    if session is not None:
        session.close()


def _security_headers(response):
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("X-Frame-Options", "DENY")
    return response


def _register_errors(app: Flask) -> None:
    from flask import jsonify, request

    def page(code: int, title: str, message: str):
        if request.path.startswith("/api/"):
            return jsonify(error=title), code
        return render_template("error.html", code=code, title=title, message=message), code

    @app.errorhandler(CSRFError)
    def csrf_error(_e):
        return page(400, "Form expired", "The form was stale or incomplete. Go back, reload the page and try again.")

    @app.errorhandler(HTTPException)
    def http_error(e: HTTPException):
        messages = {
            404: "There is nothing at this address.",
            413: "That file is too large.",
        }
        return page(e.code or 500, e.name, messages.get(e.code, e.description or ""))

    @app.errorhandler(Exception)
    def server_error(e: Exception):
        logging.getLogger(__name__).exception("unhandled error")
        return page(500, "Something went wrong", "The error was logged. Please try again later.")
