"""Load test of the quiz app: gunicorn (2 workers) and wrk on loopback.

Builds a bank from seeds/ in a temporary folder, serves it with gunicorn, then measures
requests/s and p99 latency of a quiz question page and of a bare route in the same run (the same session cookie on both), and sends
200 concurrent answers through the JSON API, checking every one was stored. Prints
``quiz/bare throughput ratio: R`` last (target >= 0.5).

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


def start_attempt(port: int) -> tuple[str, str]:
    """A session cookie and the URL of the first question of a fresh attempt on set 1."""
    response, page = request(port, "GET", "/sets/1")
    cookie = response.getheader("Set-Cookie").split(";", 1)[0]
    token = re.search(rb'name="csrf_token" value="([^"]+)"', page).group(1).decode()
    response, _ = request(port, "POST", "/sets/1/start", body=f"csrf_token={token}".encode(), headers={
        "Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"})
    assert response.status == 302, response.status
    return (response.getheader("Set-Cookie") or cookie).split(";", 1)[0], response.getheader("Location")


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


def submit_answers(port: int, question_ids: list[str], n: int) -> int:
    """Send ``n`` answers at once through POST /api/attempts; how many were answered 200."""
    def one(i: int) -> int:
        body = json.dumps({"question_id": question_ids[i % len(question_ids)], "answer": f"guess {i}"}).encode()
        response, _ = request(port, "POST", "/api/attempts", body=body, headers={"Content-Type": "application/json"})
        return response.status

    with ThreadPoolExecutor(max_workers=n) as pool:
        return sum(1 for status in pool.map(one, range(n)) if status == 200)


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

        _, body = request(port, "GET", "/api/sets/1")
        question_ids = [q["id"] for q in json.loads(body)["questions"]]
        with factory() as session:
            before = session.scalar(select(func.count()).select_from(Answer))
        started = time.perf_counter()
        ok = submit_answers(port, question_ids, args.answers)
        elapsed = time.perf_counter() - started
        with factory() as session:
            stored = session.scalar(select(func.count()).select_from(Answer)) - before
        print(f"{args.answers} concurrent answers: {ok} answered 200, {stored} stored in {elapsed:.2f} s")
        if ok != args.answers or stored != args.answers:
            sys.exit("some answers were lost")
    finally:
        gunicorn.terminate()
        gunicorn.wait(10)
        shutil.rmtree(folder, ignore_errors=True)
    print(f"quiz/bare throughput ratio: {quiz_rps / bare_rps:.2f}")


if __name__ == "__main__":
    main()
