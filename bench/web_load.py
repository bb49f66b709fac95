"""Load test of the quiz app: gunicorn (2 workers) and wrk on loopback.

Builds a bank from seeds/ in a temporary folder, serves it with gunicorn, then measures
requests/s and p99 latency of a quiz question page and of a bare route in the same run (the same
session cookie on both); then sends 200 concurrent answers through the JSON API (attempts of the
whole set, each question answered once), checking every one was stored, and 20 simultaneous
answers to one question of one attempt, checking exactly one was stored. Prints
``quiz/bare throughput ratio: R`` last (target >= 0.6).

    .venv/bin/python bench/web_load.py [--seconds 5] [--rounds 3] [--connections 16]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from sqlalchemy import func, select

from quizgen.bank import init_db
from quizgen.bank.ingest import ingest_paths
from quizgen.bank.models import Answer

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request(port: int, method: str, path: str, body: bytes | None = None, headers: dict | None = None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    conn.request(method, path, body=body, headers=headers or {})
    response = conn.getresponse()
    data = response.read()
    conn.close()
    return response, data


def wait_until_up(port: int, process: subprocess.Popen) -> None:
    for _ in range(300):
        if process.poll() is not None:
            sys.exit("gunicorn exited before serving")
        try:
            request(port, "GET", "/healthz")
            return
        except OSError:
            time.sleep(0.1)
    sys.exit("gunicorn did not start")


def cookies(response, jar: dict[str, str]) -> dict[str, str]:
    """``jar`` updated with the cookies ``response`` sets."""
    for header in response.headers.get_all("Set-Cookie") or []:
        name, value = header.split(";", 1)[0].split("=", 1)
        jar = {**jar, name: value}
    return jar


def cookie_header(jar: dict[str, str]) -> str:
    return "; ".join(f"{name}={value}" for name, value in jar.items())


def start_attempt(port: int) -> tuple[str, str]:
    """The cookies (session and learner) and the URL of the first question of a fresh attempt on set 1."""
    response, page = request(port, "GET", "/sets/1")
    jar = cookies(response, {})
    token = re.search(rb'name="csrf_token" value="([^"]+)"', page).group(1).decode()
    response, _ = request(port, "POST", "/sets/1/start", body=f"csrf_token={token}".encode(), headers={
        "Cookie": cookie_header(jar), "Content-Type": "application/x-www-form-urlencoded"})
    assert response.status == 302, response.status
    jar, location = cookies(response, jar), response.getheader("Location")
    # The first page shows the learner's resume code once and drops it from the session.
    response, _ = request(port, "GET", location, headers={"Cookie": cookie_header(jar)})
    return cookie_header(cookies(response, jar)), location


def wrk(port: int, path: str, seconds: int, connections: int, cookie: str = "") -> tuple[float, str]:
    """Requests/s and the p99 latency wrk reports for ``path``."""
    cmd = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", f"http://127.0.0.1:{port}{path}"]
    if cookie:
        cmd[1:1] = ["-H", f"Cookie: {cookie}"]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    if "Non-2xx" in out:
        sys.exit(f"wrk saw errors on {path}:\n{out}")
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p99 = re.search(r"99%\s+(\S+)", out).group(1)
    return rps, p99


def start_api_attempt(port: int) -> tuple[int, list[str], dict]:
    """An attempt of all of set 1 through the API: its id, question ids and the headers to answer in it."""
    response, body = request(port, "POST", "/api/attempts", body=b'{"set_id": 1}',
                             headers={"Content-Type": "application/json"})
    assert response.status == 201, response.status
    attempt = json.loads(body)
    auth = {"Content-Type": "application/json", "Authorization": f"Bearer {attempt['learner_code']}"}
    return attempt["id"], [q["id"] for q in attempt["questions"]], auth


def submit_answers(port: int, answers: list[tuple[int, str, dict]]) -> int:
    """Send every (attempt, question, headers) answer at once; how many were answered 200."""
    def one(item: tuple[int, str, dict]) -> int:
        attempt_id, question_id, headers = item
        body = json.dumps({"question_id": question_id, "answer": "a guess"}).encode()
        response, _ = request(port, "POST", f"/api/attempts/{attempt_id}/answers", body=body, headers=headers)
        return response.status

    with ThreadPoolExecutor(max_workers=min(len(answers), 200)) as pool:
        return sum(1 for status in pool.map(one, answers) if status == 200)


def stored_answers(factory) -> int:
    with factory() as session:
        return session.scalar(select(func.count()).select_from(Answer))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=5, help="length of one wrk round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--answers", type=int, default=200)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed (make system-deps)")

    folder = Path(tempfile.mkdtemp(prefix="quizgen-bench-"))
    url = f"sqlite:///{folder / 'bank.sqlite'}"
    factory = init_db(url)
    report, _ = ingest_paths(factory, [ROOT / "seeds"])
    print(report, file=sys.stderr)

    port = free_port()
    env = {**os.environ, "QUIZGEN_DATABASE_URL": url, "QUIZGEN_SECURE_COOKIES": "0"}
    gunicorn = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "--workers", "2", "--preload", "--bind", f"127.0.0.1:{port}",
         "--log-level", "warning", "--backlog", "512", "quizgen.web:create_app()"],
        env=env, cwd=folder)
    try:
        wait_until_up(port, gunicorn)
        cookie, quiz_path = start_attempt(port)
        # Alternate the two routes and keep each one's best round, so a burst of other load on the
        # machine during one round does not decide the ratio.
        rounds = {quiz_path: [], "/healthz": []}
        for _ in range(args.rounds):
            for path, results in rounds.items():
                results.append(wrk(port, path, args.seconds, args.connections, cookie))
        quiz_rps, quiz_p99 = max(rounds[quiz_path])
        bare_rps, bare_p99 = max(rounds["/healthz"])
        print(f"quiz page {quiz_path}: {quiz_rps:.0f} requests/s, p99 {quiz_p99} (best of {args.rounds})")
        print(f"bare route /healthz: {bare_rps:.0f} requests/s, p99 {bare_p99} (best of {args.rounds})")

        answers: list[tuple[int, str, dict]] = []
        while len(answers) < args.answers:
            attempt_id, question_ids, auth = start_api_attempt(port)
            answers += [(attempt_id, qid, auth) for qid in question_ids][:args.answers - len(answers)]
        before = stored_answers(factory)
        started = time.perf_counter()
        ok = submit_answers(port, answers)
        elapsed = time.perf_counter() - started
        stored = stored_answers(factory) - before
        print(f"{args.answers} concurrent answers: {ok} answered 200, {stored} stored in {elapsed:.2f} s")
        if ok != args.answers or stored != args.answers:
            sys.exit("some answers were lost")

        attempt_id, question_ids, auth = start_api_attempt(port)
        before = stored_answers(factory)
        ok = submit_answers(port, [(attempt_id, question_ids[0], auth)] * 20)
        stored = stored_answers(factory) - before
        print(f"20 simultaneous answers to one question: {ok} answered 200, {stored} stored")
        if ok != 20 or stored != 1:
            sys.exit("one question of one attempt must store exactly one answer")
    finally:
        gunicorn.terminate()
        gunicorn.wait(10)
        shutil.rmtree(folder, ignore_errors=True)
    print(f"quiz/bare throughput ratio: {quiz_rps / bare_rps:.2f}")


if __name__ == "__main__":
    main()
