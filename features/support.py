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
#: Moodle 4.5's own import code run on PHP (its README tells how).
MOODLE_IMPORT = Path(os.environ.get("QUIZGEN_MOODLE_IMPORT", ROOT.parent / "shared" / "moodle-import"))


def seed_name(prefix: str) -> str:
    """The seed file whose name starts with ``prefix`` ("004" -> "004_7a02….txt")."""
    return next(p.name for p in SEEDS.iterdir() if p.name.startswith(prefix))
