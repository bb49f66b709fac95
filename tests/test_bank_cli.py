"""The bank's CLI commands: create-teacher, and one-line errors instead of tracebacks."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from sqlalchemy import select
from werkzeug.security import check_password_hash

from quizgen.bank import init_db
from quizgen.bank.models import User
from quizgen.cli import main
from bank_samples import both_databases


def run(url: str, *args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input, env={"QUIZGEN_DATABASE_URL": url})


@both_databases
def test_create_teacher_stores_a_hashed_password(bank_url):
    result = run(bank_url, "create-teacher", "ada", "--password", "a good passphrase")
    assert result.exit_code == 0, result.output
    with init_db(bank_url)() as session:
        user = session.scalar(select(User))
    assert user.username == "ada" and user.is_teacher
    assert check_password_hash(user.password_hash, "a good passphrase") and "passphrase" not in user.password_hash


def test_create_teacher_refuses_a_short_password(tmp_path):
    result = run(f"sqlite:///{tmp_path / 'b.sqlite'}", "create-teacher", "ada", "--password", "short")
    assert result.exit_code == 1 and "at least 8 characters" in result.output and "Traceback" not in result.output


def test_an_unreachable_database_is_one_line(tmp_path):
    result = run("postgresql://nobody@127.0.0.1:1/none", "create-teacher", "ada", "--password", "long enough pw")
    assert result.exit_code == 1 and result.output.startswith("Error: cannot open the question bank")
    assert len(result.output.strip().splitlines()) == 1


ARTICLE = (
    "Chile and Peru sign a trade deal\n\n"
    "“We will sign the deal this week,” said Maria Lopez, the trade minister of Chile.\n\n"
    "Exports rose 12% in 2023, according to the ministry, and reached $4 billion.\n"
)


@pytest.mark.nlp
def test_ingest_stores_a_folder_as_a_published_set_named_after_it(tmp_path):
    from quizgen.bank.models import QuestionSet

    url = f"sqlite:///{tmp_path / 'b.sqlite'}"
    folder = tmp_path / "week1"
    folder.mkdir()
    (folder / "trade.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "empty.txt").write_text("")
    result = run(url, "ingest", str(folder))
    assert result.exit_code == 0, result.output
    assert "empty.txt: skipped: empty file" in result.output and "stored 1 articles in set 'week1'" in result.output
    with init_db(url)() as session:
        qset = session.scalar(select(QuestionSet))
        assert qset.name == "week1" and qset.published and len(qset.items) >= 1
    again = run(url, "ingest", str(folder))
    assert "0 questions added" in again.output and "0 retired" in again.output


def test_ingest_of_nothing_readable_is_one_line(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    result = run(f"sqlite:///{tmp_path / 'b.sqlite'}", "ingest", str(tmp_path / "empty.txt"))
    assert result.exit_code == 1 and result.output.strip() == "Error: empty.txt: skipped: empty file"


def test_serve_on_a_busy_port_is_one_line(tmp_path):
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run(f"sqlite:///{tmp_path / 'b.sqlite'}", "serve", "--port", str(port))
    assert result.exit_code == 1 and f"Error: cannot serve on 127.0.0.1:{port}" in result.output
    assert "Traceback" not in result.output
