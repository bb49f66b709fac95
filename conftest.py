"""Settings every test tier shares.

1. Every test run gets a throwaway data folder, so no test touches the user's bank.
2. Tiers are pytest markers: ``nlp`` (loads spaCy), ``browser`` (Chromium), ``postgres`` (a
   PostgreSQL server), ``anki`` (the Anki backend). A test is put in a tier by the fixtures it
   uses (see ``FIXTURE_TIERS``; a bank parametrised with "postgresql" is ``postgres``), by an explicit marker, or by its folder: the scenarios in
   ``features/`` run the real pipeline, so they are ``nlp``. ``make check`` runs the tests in none.
3. In CI (``CI`` set) a test of a tier whose real component is missing fails instead of skipping.
"""

import os
import tempfile

import pytest

os.environ["QUIZGEN_DATA_DIR"] = tempfile.mkdtemp(prefix="quizgen-test-data-")

TIERS = ("nlp", "browser", "postgres", "anki")
FIXTURE_TIERS = {
    "nlp": "nlp",
    "seed_facts": "nlp",
    "seed_documents": "nlp",
    "browser": "browser",
    "page": "browser",
    "postgres_url": "postgres",
}


def pytest_configure(config):
    for tier in TIERS:
        config.addinivalue_line("markers", f"{tier}: needs the real {tier} component (a test tier)")


def pytest_collection_modifyitems(items):
    for item in items:
        if item.path.parent.name == "features":
            item.add_marker("nlp")
        if "postgresql" in getattr(getattr(item, "callspec", None), "params", {}).values():
            item.add_marker("postgres")
        for fixture in item.fixturenames:
            tier = FIXTURE_TIERS.get(fixture)
            if tier:
                item.add_marker(tier)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """In CI a skipped tier test is a failure: a missing browser or server must not pass silently."""
    outcome = yield
    report = outcome.get_result()
    tiered = any(item.get_closest_marker(tier) for tier in TIERS)
    if os.environ.get("CI") and report.skipped and tiered and call.excinfo is not None:
        report.outcome = "failed"
        report.longrepr = f"skipped in CI: {call.excinfo.value}"
