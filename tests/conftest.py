import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "features"))

PG_BIN = next(iter(sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)), Path("/usr/lib/postgresql/15/bin"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_postgres(*cmd: str) -> list[str]:
    """Run ``cmd`` as the postgres user when we are root (initdb refuses to run as root)."""
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else list(cmd)


@pytest.fixture(scope="session")
def postgres_url():
    """A throwaway PostgreSQL server on a free loopback port, for the whole session."""
    if not (PG_BIN / "initdb").exists():
        pytest.skip("PostgreSQL binaries absent (scripts/system-deps.sh installs them)")
    root = Path(tempfile.mkdtemp(prefix="quizgen-pg-"))
    os.chmod(root, 0o777)
    data, port = root / "data", free_port()
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
    subprocess.run(_as_postgres(str(PG_BIN / "initdb"), "-D", str(data), "-U", "quizgen", "--auth=trust", "-E", "UTF8"),
                   check=True, capture_output=True)
    subprocess.run(_as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(data), "-l", str(root / "log"), "-w", "-o",
                                f"-h 127.0.0.1 -p {port} -k {root}", "start"), check=True, capture_output=True)
    try:
        url = f"postgresql+psycopg://quizgen@127.0.0.1:{port}/postgres"
        yield url
    finally:
        subprocess.run(_as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"),
                       capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def port_finder():
    """:func:`free_port`, for tests that start servers of their own."""
    return free_port


@pytest.fixture(scope="session")
def redis_url():
    """A throwaway Redis server (no persistence) on a free loopback port, for the whole session."""
    server = shutil.which("redis-server")
    if server is None:
        pytest.skip("redis-server absent (scripts/system-deps.sh installs it)")
    root, port = Path(tempfile.mkdtemp(prefix="quizgen-redis-")), free_port()
    process = subprocess.Popen([server, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no",
                                "--dir", str(root)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(10)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def bank_url(request, tmp_path):
    """A fresh, empty bank: SQLite, or PostgreSQL when parametrised indirectly with "postgresql"."""
    if getattr(request, "param", "sqlite") == "sqlite":
        yield f"sqlite:///{tmp_path / 'bank.sqlite'}"
        return
    from sqlalchemy import create_engine, text

    server = request.getfixturevalue("postgres_url")
    name = f"t{time.time_ns()}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f"CREATE DATABASE {name}"))
    yield server.rsplit("/", 1)[0] + "/" + name
    with admin.connect() as c:
        c.execute(text(f"DROP DATABASE {name} WITH (FORCE)"))
    admin.dispose()


@pytest.fixture
def app(bank_url):
    """The app over a bank holding the trade article of ``bank_samples`` (SQLite; PostgreSQL where marked)."""
    from bank_samples import DOC, FACTS, QUESTIONS

    from quizgen.bank import create_teacher, store, transaction
    from quizgen.web import create_app

    app = create_app({"TESTING": True, "SECRET_KEY": "test", "DATABASE_URL": bank_url})
    with transaction(app.extensions["bank"]) as session:
        store(session, [DOC], FACTS, QUESTIONS, "trade")
    create_teacher(app.extensions["bank"], "teach", "correct horse")
    return app


@pytest.fixture
def client(app):
    return app.test_client()
