"""Paths and helpers shared by the scenario step modules (imported as ``support``).

They live here rather than in ``conftest.py`` because ``tests/`` has a conftest of its own and
``from conftest import …`` would depend on which of the two pytest imported first.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "data" / "gold"
#: Where Moodle 4.5's own import code (run on PHP; its README tells how) is looked for.
MOODLE_IMPORT = Path(os.environ.get("QUIZGEN_MOODLE_IMPORT", ROOT.parent / "shared" / "moodle-import"))


def moodle_harness() -> Path:
    """The Moodle import harness; a test needing it is skipped, saying where it was looked for, when
    this machine has no copy (it is not part of the repository: GPL code kept beside it)."""
    import pytest

    if not (MOODLE_IMPORT / "harness" / "run.php").exists():
        pytest.skip(f"Moodle's import harness not found at {MOODLE_IMPORT} (set QUIZGEN_MOODLE_IMPORT)")
    return MOODLE_IMPORT


def anki_import(col, path) -> object:
    """Import the .apkg at ``path`` into the real Anki collection ``col``; the import log."""
    from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    request = ImportAnkiPackageRequest(package_path=str(path), options=ImportAnkiPackageOptions())
    return col.import_anki_package(request).log


def notes_by_guid(col) -> dict:
    return {note.guid: note for note in map(col.get_note, col.find_notes(""))}


def new_collection(ctx):
    """A fresh Anki collection in the scenario's folder, closed when the scenario ends (``ctx`` fixture)."""
    from anki.collection import Collection

    col = Collection(str(ctx["tmp"] / f"collection{len(ctx.setdefault('collections', []))}.anki2"))
    ctx["collections"].append(col)
    return col


def seed_name(prefix: str) -> str:
    """The seed file whose name starts with ``prefix`` ("004" -> "004_7a02….txt")."""
    return next(p.name for p in SEEDS.iterdir() if p.name.startswith(prefix))
