"""A small bank every web and bank test shares: one trade article, its two figures and two
questions, and the client helpers (CSRF token, teacher login, API attempt) the tests use.

Imported by test modules (``from bank_samples import ...``); the ``app`` and ``client`` fixtures
over this bank are in ``conftest.py``.
"""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from quizgen.bank.models import Answer
from quizgen.extract.model import Evidence, Figure
from quizgen.ingest.read import document_from_text
from quizgen.questions.model import Question

#: Run a test on SQLite and on a real PostgreSQL server.
both_databases = pytest.mark.parametrize("bank_url", ["sqlite", "postgresql"], indirect=True)

TEXT = "Trade news\nExports rose 12% in 2023, the ministry said.\nImports fell to $3 billion.\n"
DOC = document_from_text("trade.txt", TEXT)


def figure(surface: str, fid: str) -> Figure:
    start = TEXT.index(surface)
    sentence = next(line for line in TEXT.splitlines() if surface in line)
    return Figure(id=fid, doc=DOC.name, span=(start, start + len(surface)), sentence=sentence,
                  sentence_start=TEXT.index(sentence), surface=surface, value=None, unit=None, figure_type="percent")


def question(qid: str, answer: str, prompt: str = "By how much did exports rise in 2023?", type_: str = "short",
             **kw) -> Question:
    start = TEXT.index(answer)
    sentence = next(line for line in TEXT.splitlines() if answer in line)
    return Question(id=qid, type=type_, prompt=prompt, answer=answer, accepted=[answer + " percent"],
                    fact_ids=["f-" + qid], evidence=[Evidence(DOC.name, (start, start + len(answer)), sentence)],
                    explanation="The ministry said so.", **kw)


FACTS = [figure("12%", "f-q1"), figure("$3 billion", "f-q2")]
QUESTIONS = [question("q1", "12%", value=12, unit="percent", tolerance=0.0),
             question("q2", "$3 billion", "How low did imports fall?", value=3e9, unit="USD", tolerance=0.0)]


def token(client, url: str) -> str:
    page = client.get(url).get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def login(client) -> None:
    response = client.post("/auth/login", data={"username": "teach", "password": "correct horse",
                                                 "csrf_token": token(client, "/auth/login")})
    assert response.status_code == 302


def count_answers(app) -> int:
    with app.extensions["bank"]() as session:
        return session.scalar(select(func.count()).select_from(Answer))


def start_api_attempt(client, set_id: int = 1, code: str | None = None) -> tuple[dict, dict]:
    """Start an attempt through the API: its body and the headers that answer in it."""
    headers = {"Authorization": f"Bearer {code}"} if code else {}
    body = client.post("/api/attempts", json={"set_id": set_id}, headers=headers).get_json()
    return body, {"Authorization": f"Bearer {code or body['learner_code']}"}
